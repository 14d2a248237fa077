-- The organisations' names, for a picker.
SELECT name
FROM organisation
ORDER BY name

-- Demo load: where each demo channel stands on Tynset's richness scale
-- (channel_richness.csv; migration 0014). Tynset's from its strategy (seed 004), HIS's
-- placed by the same scale; HO21's are left "ikke angitt".
UPDATE channel SET richness = rows.richness
FROM rows
WHERE channel.id = rows.channel_id

-- Whether an account id is in use by an account or a session of one (0: free).
SELECT (SELECT count(*) FROM app_user WHERE account_id = $id)
    + (SELECT count(*) FROM auth_session WHERE account_id = $id) AS uses

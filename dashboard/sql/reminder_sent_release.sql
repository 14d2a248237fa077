-- Take back the record of a reminder the mail server refused (run $run, owner $owner).
DELETE FROM reminder_sent WHERE run_no = $run AND owner_id = $owner

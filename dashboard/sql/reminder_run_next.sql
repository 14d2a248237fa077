-- A new send run's number (one press of the button, one command, one scheduled round).
SELECT nextval('reminder_run_no') AS run_no

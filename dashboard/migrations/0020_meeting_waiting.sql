-- A meeting's snapshot keeps what each measure waited on as the board saw it (issue 14,
-- item 5 with the frozen meetings of 0004): the late measures it waited on, as
-- dashboard.dependencies.add_waiting wrote them when the meeting was recorded
-- ('tynset-t12 «Title»'; '' when none). Written by dashboard.meetings.record, read by
-- dashboard/board/build.py for the meeting's report and presentation, so a later change
-- of a measure's dependencies, title or due date leaves the meeting as it was. NULL: a
-- meeting recorded before this migration; its waiting is read from the dependencies as
-- they stand (as before).
ALTER TABLE meeting_measure ADD COLUMN waiting_for VARCHAR;

-- Detach the backup file (this checkpoints it: no .wal is left beside it).
DETACH {alias}

-- The generated channel and measure batches' ids, by their key (after generate_history).
SELECT key, id FROM gen_batches WHERE kind IN ('channels', 'measures')

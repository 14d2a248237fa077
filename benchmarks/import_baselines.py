"""The two baselines for importing a metrics file, each run as its own process.

``python benchmarks/import_baselines.py duckdb|sqlite FILE TARGET MAPPING.json``

- duckdb: DuckDB's own ``read_csv`` + ``INSERT`` into Planpuls' channel_metric table
  (TARGET is a copy of a Planpuls database), with the same mapping Planpuls applies:
  channel and target group names to ids, metric words to metric ids, the file's dates
  and decimal mark.
- sqlite: pandas ``read_csv`` + the same mapping + ``to_sql`` into SQLite (TARGET is a
  new SQLite file with a table of the same columns).

MAPPING.json holds {"encoding", "separator", "decimal", "date_format", "channels",
"audiences", "metrics"} (the three last: name -> id). No checking beyond the mapping.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def duckdb_load(path: Path, target: Path, mapping: dict) -> int:
    """read_csv + INSERT … SELECT with the mapping as joins; return the rows written."""
    import duckdb

    con = duckdb.connect(str(target))
    for name in ("channels", "audiences", "metrics"):
        con.execute(f"CREATE TEMP TABLE map_{name} (word VARCHAR, id VARCHAR)")
        con.executemany(f"INSERT INTO map_{name} VALUES (?, ?)", list(mapping[name].items()))
    encoding = "latin-1" if mapping["encoding"] == "cp1252" else "utf-8"
    con.execute("BEGIN TRANSACTION")
    con.execute(
        "INSERT INTO channel_metric (channel_id, period_start, period_end, metric, value, "
        "audience_id) "
        "SELECT c.id, r.d, r.d, m.id, r.v, a.id FROM read_csv($p, delim=$sep, header=true, "
        "decimal_separator=$dec, dateformat=$fmt, encoding=$enc, "
        "names=['d', 'channel', 'metric', 'v', 'audience'], "
        "types={'d': 'DATE', 'channel': 'VARCHAR', 'metric': 'VARCHAR', 'v': 'DOUBLE', "
        "'audience': 'VARCHAR'}) r "
        "JOIN map_channels c ON c.word = r.channel "
        "JOIN map_metrics m ON m.word = lower(r.metric) "
        "LEFT JOIN map_audiences a ON a.word = r.audience",
        {"p": str(path), "sep": mapping["separator"], "dec": mapping["decimal"],
         "fmt": mapping["date_format"], "enc": encoding},
    )  # fmt: skip
    count = con.execute("SELECT count(*) FROM channel_metric WHERE import_batch_id IS NULL")
    written = count.fetchone()[0]
    con.execute("COMMIT")
    con.close()
    return written


def sqlite_load(path: Path, target: Path, mapping: dict) -> int:
    """pandas read_csv + the mapping + to_sql into SQLite; return the rows written."""
    import sqlite3

    import pandas as pd

    frame = pd.read_csv(
        path, sep=mapping["separator"], encoding=mapping["encoding"], decimal=mapping["decimal"],
        header=0, names=["d", "channel", "metric", "v", "audience"],
        dtype={"channel": str, "metric": str, "audience": str},
    )  # fmt: skip
    out = pd.DataFrame(
        {
            "channel_id": frame["channel"].map(mapping["channels"]),
            "period_start": pd.to_datetime(frame["d"], format=mapping["date_format"]).dt.date,
            "metric": frame["metric"].str.lower().map(mapping["metrics"]),
            "value": frame["v"].astype(float),
            "audience_id": frame["audience"].map(mapping["audiences"]),
        }
    )
    out = out.dropna(subset=["channel_id", "metric"])
    out["period_end"] = out["period_start"]
    con = sqlite3.connect(target)
    con.execute(
        "CREATE TABLE IF NOT EXISTS channel_metric (id INTEGER PRIMARY KEY, channel_id TEXT "
        "NOT NULL, period_start DATE NOT NULL, period_end DATE NOT NULL, metric TEXT NOT NULL, "
        "value REAL NOT NULL, audience_id TEXT)"
    )
    out.to_sql("channel_metric", con, if_exists="append", index=False)
    con.commit()
    con.close()
    return len(out)


def main() -> None:
    kind, path, target, mapping = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
    mapping = json.loads(Path(mapping).read_text(encoding="utf-8"))
    written = (duckdb_load if kind == "duckdb" else sqlite_load)(path, target, mapping)
    print(written)


if __name__ == "__main__":
    main()

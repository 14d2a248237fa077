"""``python -m dashboard``: the command line."""

import sys

from dashboard.deferred import deferred

with deferred():  # pandas, pyarrow, numpy: imported when first used, not at start
    from dashboard.cli import main

sys.exit(main())

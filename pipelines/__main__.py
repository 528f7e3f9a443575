"""`python -m pipelines` is the `tally` command."""

from pipelines.cli import main

raise SystemExit(main())

"""`python -m matrixport.cli`: the same as the `matrixport` command."""

from . import main

raise SystemExit(main())

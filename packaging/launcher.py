"""The frozen bundle's entry point, for both executables: ``odyssee-sync`` (console) and
``odyssee-sync-gui`` (windowed). Both run the same command line; with no command it opens the window."""
import sys

from core.cli import main

sys.exit(main())

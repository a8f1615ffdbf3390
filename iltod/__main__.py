import sys

from iltod.cli import main

sys.exit(main())

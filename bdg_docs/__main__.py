import sys

from bdg_docs.cli import main

sys.exit(main())

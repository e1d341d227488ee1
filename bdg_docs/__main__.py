import sys

from bdg_docs.cli import entry

sys.exit(entry())

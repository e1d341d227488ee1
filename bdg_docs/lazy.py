"""Regular expressions compiled when first used, once per process.

A one-file render imports many modules whose patterns it never runs (the checker's, the .docx
reader's, those of error messages and of rare input): compiled at import, they cost it about
15 ms of its start-up. A module defines such a pattern with :func:`pattern` and calls it where it
searches: ``_DATE = lazy.pattern(r"...")``, then ``_DATE().match(text)``.
"""
from __future__ import annotations

import re
from functools import cache, partial
from typing import Callable


def pattern(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function returning ``source`` compiled with ``flags``, compiled on its first call only.

    >>> digits = pattern(r"\\d+")
    >>> digits().findall("12/3"), digits() is digits()
    (['12', '3'], True)
    """
    return cache(partial(re.compile, source, flags))

"""Every limit bdg_docs puts on what it reads, in one place.

Data files, profiles and templates come from anyone: a commune's officer, a province's server, a
file passed round by e-mail. Each input has a budget, checked before the cost is paid: a file is
measured before it is read and read in bounded chunks; a YAML file's parsed items and the text
its aliases expand to are counted as they are built; a template's loops, calls and the text it
builds are counted while it renders. Each limit is far above what a real document needs (the
figures below say how far) and is named in the message that refuses an input, with what to do.

docs/do-tin-cay.md lists them with the attacks they stop. The limits on reading a .docx for the
checker are the reader's own (``bdg_docs/reader/package.py``); it reads the file with the same
:func:`bdg_docs.files.read_input`.
"""
from __future__ import annotations


def written(value: int) -> str:
    """A number as messages write it, thousands apart with dots: ``20.000``."""
    return f"{value:,}".replace(",", ".")


# ------------------------------------------------------------------------------ files read
MAX_YAML_FILE_BYTES = 1_000_000
"""The largest data file or locality profile (YAML), in bytes. The largest shipped fixture is
41 kB and a plan with 2,000 bullets about 310 kB; parsing a megabyte of YAML takes seconds."""

MAX_TEMPLATE_FILE_BYTES = 20_000_000
"""The largest template (.docx), in bytes: room for logos and embedded fonts. The shipped
template is 7 kB."""

MAX_TEMPLATE_XML_BYTES = 5_000_000
"""The most bytes of XML a template may inflate to (all its parts together), counted while
inflating whatever its zip headers say. The shipped template has 40 kB; this is what Jinja
compiles, so it bounds the time and memory of preparing a template."""

READ_CHUNK_BYTES = 1 << 20
"""Files are read in chunks of this size, so that reading stops at a limit instead of after it."""

# ------------------------------------------------------------------------------------ YAML
MAX_YAML_ITEMS = 10_000
"""The most keys and list items a YAML file may hold, counted both as they are parsed and once
YAML aliases (``&a`` … ``*a``) are expanded. The fixtures have about 200, a plan with 2,000
bullets and 500 recipients about 2,500; a small file of aliases can stand for billions ("billion
laughs"), and parsing costs about 0.1 ms an item."""

MAX_YAML_DEPTH = 50
"""The deepest a YAML file's lists and mappings may nest: a document nests about eight deep.
Counted as it is parsed (deep nesting also slows the parser down quadratically)."""

MAX_YAML_TEXT = 1_000_000
"""The most characters of text (keys and values) a YAML file may expand to once its aliases are
expanded: as much as a file of :data:`MAX_YAML_FILE_BYTES` can hold written out in full, so an
alias never makes a small file cost more than the largest file allowed."""

# -------------------------------------------------------------------------------- documents
MAX_TEXT = 20_000
"""The most characters one text field may hold (about eight pages): longer is a pasting mistake."""

MAX_RENDERED_TEXT = 100_000
"""The longest piece of text a render takes: a validated field holds at most :data:`MAX_TEXT`
characters and a citation written out in full adds a line; longer means the document was built
or copied without validation (``model_construct``, ``model_copy(update=...)``)."""

MAX_NUMBER_DIGITS = 20
"""The most digits a figure in a document (an indicator, an amount) may have, whole or after the
comma: a national budget in đồng has 15. YAML reads ``1e400``, ``.nan`` and numbers of thousands
of digits; babel formats at most 28."""

MAX_SO = 999_999
"""The largest document number (số). Numbers start from 1 every year; the busiest People's
Committees reach five digits."""

# ------------------------------------------------------------------------------- templates
MAX_TEMPLATE_STEPS = 500_000
"""The most loop iterations and calls (macros, functions, ``loop()``) one render of a template
may take, counted over all its parts. The shipped template takes about one per paragraph."""

MAX_TEMPLATE_TEXT = 30_000_000
"""The most characters one render may output, build or read with operators and filters (``*``,
``~``, ``|join``, ``|replace``...), counted over all its parts. A plan with 2,000 bullets
outputs about 1.5 million."""

MAX_TEMPLATE_DEPTH = 40
"""The deepest a template's calls may nest (a macro calling itself, a recursive loop)."""

MAX_TEMPLATE_NUMBER = 100_000
"""The largest width, precision or count a template may give a formatting filter or operator
(``|center``, ``|indent``, ``'%9999d' % x``, ``'{:>9999}'.format(x)``, ``x ** n``)."""

MAX_TEMPLATE_INT_BITS = 33_000
"""The largest whole number a template may compute, in bits (about 10,000 digits): multiplying
or raising numbers past it is refused before it is done (``10 ** 1000000``)."""

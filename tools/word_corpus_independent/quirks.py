"""What Word leaves in a file besides the text: runs split at random points (revision marks),
spelling-check marks, bookmarks, and tracked changes. Applied after a document is laid out."""
from __future__ import annotations

import copy
import random

from docx.oxml.ns import qn

from .ooxml import NS_W, el

W_R, W_T, W_P = qn("w:r"), qn("w:t"), qn("w:p")


def _plain_runs(root):
    for r in root.iter(W_R):
        kids = [k for k in r if k.tag != qn("w:rPr")]
        if len(kids) == 1 and kids[0].tag == W_T and kids[0].text and len(kids[0].text) > 6:
            yield r


def split_runs(root, rng: random.Random) -> None:
    """Cut runs of text in two or three at random places, as Word does when a line was edited."""
    for r in list(_plain_runs(root)):
        if rng.random() < 0.5:
            continue
        t = r.find(W_T)
        text = t.text
        cuts = sorted(rng.sample(range(1, len(text)), min(2, len(text) - 1)))
        pieces = [text[a:b] for a, b in zip([0] + cuts, cuts + [len(text)])]
        t.text = pieces[0]
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        after = r
        for piece in pieces[1:]:
            nr = copy.deepcopy(r)
            nt = nr.find(W_T)
            nt.text = piece
            nt.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            after.addnext(nr)
            after = nr


def proof_marks(root, rng: random.Random) -> None:
    for r in list(_plain_runs(root)):
        if rng.random() < 0.15:
            r.addprevious(el(f'<w:proofErr {NS_W} w:type="spellStart"/>'))
            r.addnext(el(f'<w:proofErr {NS_W} w:type="spellEnd"/>'))


def bookmarks(root, rng: random.Random) -> None:
    n = 0
    for p in list(root.iter(W_P)):
        runs = p.findall(W_R)
        if runs and rng.random() < 0.1:
            n += 1
            name = "_GoBack" if n == 1 else f"_Hlk{10000000 + n}"
            runs[0].addprevious(el(f'<w:bookmarkStart {NS_W} w:id="{n}" w:name="{name}"/>'))
            runs[-1].addnext(el(f'<w:bookmarkEnd {NS_W} w:id="{n}"/>'))


def track(root, old: str, new: str, where: str) -> bool:
    """In the first run whose text contains `where`, show `old` deleted and `new` inserted in place
    of `new` (the text as it reads once the changes are accepted)."""
    for r in root.iter(W_R):
        t = r.find(W_T)
        if t is None or not t.text or where not in t.text:
            continue
        i = t.text.index(where) + where.index(new)
        before, after = t.text[:i], t.text[i + len(new):]
        rpr = r.find(qn("w:rPr"))
        rpr_xml = "" if rpr is None else _xml(rpr)
        attrs = 'w:author="Văn thư" w:date="2026-01-01T08:00:00Z"'
        t.text = before
        t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
        d = el(f'<w:del {NS_W} w:id="9001" {attrs}><w:r>{rpr_xml}<w:delText xml:space="preserve">{old}</w:delText></w:r></w:del>')
        ins = el(f'<w:ins {NS_W} w:id="9002" {attrs}><w:r>{rpr_xml}<w:t xml:space="preserve">{new}</w:t></w:r></w:ins>')
        tail = copy.deepcopy(r)
        tail.find(W_T).text = after
        r.addnext(d)
        d.addnext(ins)
        ins.addnext(tail)
        return True
    return False


def _xml(e) -> str:
    from lxml import etree
    import re
    return re.sub(r'\sxmlns:\w+="[^"]*"', "", etree.tostring(e, encoding="unicode"))

"""The guides stay true: every command they show parses as built, every document type has its
section and its first-page picture, and the pictures come from the current output."""
from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest

from bdg_docs.cli import COMMANDS, build_parser
from bdg_docs.starters import kinds
from tests.conftest import ROOT, needs_libreoffice

GUIDES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]


def _commands(path: Path) -> list[str]:
    """Every ``bdg-docs ...`` command in the shell blocks and inline code of a guide."""
    text = path.read_text(encoding="utf-8")
    found = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            for part in line.split("&&"):
                match = re.search(r"(?:^|/)bdg-docs (.*)", part.split("#")[0].strip())
                if match:
                    found.append(match.group(1))
    found += re.findall(r"`bdg-docs ((?:new|render) [^`]*)`", text)
    return found


@pytest.mark.parametrize("path", GUIDES, ids=lambda p: p.name)
def test_every_command_in_the_guides_parses(path: Path):
    parser = build_parser()
    for command in _commands(path):
        if "[" in command or "<" in command or "..." in command:
            continue  # a synopsis, not a command to type
        args = parser.parse_args(shlex.split(command))
        assert args.module in COMMANDS, command


def test_the_readme_and_the_officers_guide_show_the_commands():
    readme = _commands(ROOT / "README.md")
    guide = _commands(ROOT / "docs" / "huong-dan-can-bo.md")
    for commands in (readme, guide):
        assert any(c.startswith("new ") for c in commands) and any("--pdf" in c for c in commands)


@pytest.mark.parametrize("kind", list(kinds()))
def test_the_officers_guide_has_every_document_type_with_its_picture(kind: str):
    guide = (ROOT / "docs" / "huong-dan-can-bo.md").read_text(encoding="utf-8")
    loai = kind.replace("-", "_")
    assert f"`bdg-docs new {kind}`" in guide and f"(`{kind}`)" in guide
    assert f"(img/{loai}.png)" in guide
    assert (ROOT / "docs" / "img" / f"{loai}.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@needs_libreoffice
@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils (pdftoppm) không có trên máy này")
def test_the_first_page_pictures_are_made_from_the_current_output(tmp_path: Path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("first_page", ROOT / "tools" / "first_page.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    for path in module.build(tmp_path):
        committed = ROOT / "docs" / "img" / path.name
        assert path.read_bytes() == committed.read_bytes(), "run: python tools/first_page.py"

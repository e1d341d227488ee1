"""Templates are not fully trusted: provinces share and adjust them. Before rendering, check
that a template's variables match what the document gives; while rendering, turn every
failure of the template (unsafe code, syntax, a damaged file) into a :class:`TemplateError`.

The engine renders in Jinja's immutable sandbox with autoescaping and strict undefined values:
``{{ ''.__class__ }}``, attribute access on functions (``{{ lipsum.__globals__ }}``) and calls
that change data fail instead of printing nothing.
"""
from __future__ import annotations

import re
import zipfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from bdg_docs.errors import TemplateError

# Context entries that only fill the file's properties: a template may leave them out.
OPTIONAL = frozenset({"tieu_de_tep", "loai_van_ban", "co_quan_ban_hanh"})


def template_variables(template: Any, jinja_env: Any) -> set[str]:
    """Every variable a docxtpl template reads: body, headers and footers (docxtpl's
    ``get_undeclared_template_variables``), footnotes and core properties."""
    from jinja2 import meta

    names = set(template.get_undeclared_template_variables(jinja_env=jinja_env))
    template.init_docx()
    package = template.docx.part.package
    for part in package.iter_parts():
        if str(part.partname) in ("/word/footnotes.xml", "/docProps/core.xml"):
            xml = template.patch_xml(part.blob.decode("utf-8"))
            names |= meta.find_undeclared_variables(jinja_env.parse(xml))
    return names


SHIPPED_VARIABLES = "van_ban.variables.json"
"""The variables of the shipped template, with the digest of its bytes: a one-file render does
not parse the whole template again to list them (tools/build_template.py writes the file, a test
checks it against :func:`template_variables`)."""


def declared_variables(data: bytes) -> frozenset[str] | None:
    """The variables of the template whose bytes are ``data`` when it is the shipped template
    (listed once, when it was built, with this version of docxtpl, whose clean-up of the XML they
    depend on); ``None`` for any other template, to be inspected."""
    import hashlib
    import json
    from importlib import resources

    import docxtpl

    try:
        declared = json.loads(resources.files("bdg_docs.templates").joinpath(SHIPPED_VARIABLES).read_bytes())
    except (OSError, ValueError):  # not installed with the package: inspected instead
        return None
    if (not isinstance(declared, dict) or declared.get("docxtpl") != docxtpl.__version__
            or declared.get("sha256") != hashlib.sha256(data).hexdigest()):
        return None
    return frozenset(declared["variables"])


def declaration(data: bytes) -> str:
    """The content of :data:`SHIPPED_VARIABLES` for the template whose bytes are ``data``."""
    import hashlib
    import io
    import json

    import docxtpl

    from bdg_docs.rendering.engine import _jinja_env

    names = sorted(template_variables(docxtpl.DocxTemplate(io.BytesIO(data)), _jinja_env()))
    return json.dumps({"docxtpl": docxtpl.__version__, "sha256": hashlib.sha256(data).hexdigest(),
                       "variables": names}, indent=1) + "\n"


def check_variables(path: Path, template: Any, context: dict[str, Any], jinja_env: Any) -> None:
    """Refuse a template that reads a value the document does not give, or that has no place
    for a value the document has (its content would be silently lost)."""
    check_context(path, template_variables(template, jinja_env), context)


def check_context(path: Path, used: set[str], context: dict[str, Any]) -> None:
    """:func:`check_variables` with the template's variables already known (a prepared
    template reads them once)."""
    unknown = sorted(used - set(context))
    if unknown:
        raise TemplateError(f"Mẫu {path.name} dùng biến không có trong văn bản: {', '.join(unknown)}. "
                            f"Các biến có: {', '.join(sorted(context))}.")
    lost = sorted(name for name, value in context.items()
                  if name not in used and name not in OPTIONAL and value not in (None, "", [], ()))
    if lost:
        raise TemplateError(f"Mẫu {path.name} không có chỗ cho: {', '.join(lost)}; nội dung đó sẽ bị mất. "
                            "Thêm các thẻ đó vào mẫu (xem tools/build_template.py).")


@contextmanager
def template_errors(path: Path) -> Iterator[None]:
    """Turn whatever an unusable, hostile or too costly template raises into a TemplateError
    naming the template and, when the failure is in one, its tag (``{{ x * 9 }}``).

    Errors of bdg_docs itself (an InputError about the document) pass through unchanged."""
    from bdg_docs.errors import BdgError

    try:
        yield
    except BdgError:
        raise
    except Exception as exc:
        from bdg_docs.rendering.sandbox import failing_tag

        tag = failing_tag(exc)
        where = f"Mẫu {path.name}" + (f", thẻ «{tag}»" if tag else "")
        raise TemplateError(f"{where}: {_reason(exc, tag)}", template=path.name, tag=tag) from None


def _reason(exc: Exception, tag: str | None) -> str:
    """What went wrong, in Vietnamese."""
    from docx.opc.exceptions import OpcError
    from jinja2 import TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError, TemplateError as JinjaError
    from lxml.etree import LxmlError

    from bdg_docs.files import os_reason
    from bdg_docs.rendering.sandbox import TooCostly

    if isinstance(exc, TooCostly):
        return f"{exc} Mẫu chỉ cần điền các biến của văn bản; sửa hoặc xóa thẻ này."
    if isinstance(exc, SecurityError):
        return (f"không an toàn: một thẻ truy cập phần bên trong của Python ({exc}). "
                "Mẫu chỉ được dùng các biến của văn bản.")
    if isinstance(exc, UndefinedError):
        return f"dùng giá trị không có ({exc})."
    if isinstance(exc, TemplateSyntaxError):
        return f"sai cú pháp thẻ{'' if tag else f' ở dòng {exc.lineno}'}: {_syntax(exc.message or '')}."
    if isinstance(exc, JinjaError):
        return f"không dùng được ({exc})."
    if isinstance(exc, RecursionError):
        return "thẻ lồng nhau hoặc gọi lại chính nó quá sâu."
    if isinstance(exc, (OverflowError, MemoryError)):
        return f"thẻ tính ra giá trị quá lớn ({type(exc).__name__})."
    if isinstance(exc, OSError) and not isinstance(exc, zipfile.BadZipFile):
        return f"không đọc được ({os_reason(exc)})."
    if tag is not None:
        return f"thẻ không tính được ({type(exc).__name__}: {exc})."
    if isinstance(exc, (zipfile.BadZipFile, OpcError, KeyError, IndexError, LxmlError, ValueError, EOFError)):
        return f"bị hỏng hoặc thiếu phần cần có ({type(exc).__name__}: {exc})."
    return f"không dùng được ({type(exc).__name__}: {exc})."


def _syntax(message: str) -> str:
    """Jinja's message, in Vietnamese where it names a filter or test the sandbox lacks."""
    found = re.match(r"No (filter|test) named '([^']*)'", message)
    if found:
        kind = "bộ lọc" if found.group(1) == "filter" else "phép thử"
        return f"không có {kind} '{found.group(2)}' trong mẫu (xem docs/do-tin-cay.md)"
    return message.rstrip(".")

"""Templates are not fully trusted: provinces share and adjust them. Before rendering, check
that a template's variables match what the document gives; while rendering, turn every
failure of the template (unsafe code, syntax, a damaged file) into a :class:`TemplateError`.

The engine renders in Jinja's immutable sandbox with autoescaping and strict undefined values:
``{{ ''.__class__ }}``, attribute access on functions (``{{ lipsum.__globals__ }}``) and calls
that change data fail instead of printing nothing.
"""
from __future__ import annotations

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
    """Turn what an unusable or hostile template raises into a TemplateError naming it."""
    from jinja2 import TemplateSyntaxError, UndefinedError
    from jinja2.exceptions import SecurityError, TemplateError as JinjaError
    from docx.opc.exceptions import OpcError
    from lxml.etree import LxmlError

    name = path.name
    try:
        yield
    except TemplateError:
        raise
    except SecurityError as exc:
        raise TemplateError(f"Mẫu {name} không an toàn: một thẻ truy cập phần bên trong của Python ({exc}). "
                            "Mẫu chỉ được dùng các biến của văn bản.") from None
    except UndefinedError as exc:
        raise TemplateError(f"Mẫu {name} dùng giá trị không có ({exc}).") from None
    except TemplateSyntaxError as exc:
        raise TemplateError(f"Mẫu {name} sai cú pháp thẻ ở dòng {exc.lineno}: {exc.message}.") from None
    except JinjaError as exc:
        raise TemplateError(f"Mẫu {name} không dùng được ({exc}).") from None
    except (zipfile.BadZipFile, OpcError, KeyError, IndexError, LxmlError, ValueError) as exc:
        raise TemplateError(f"Mẫu {name} bị hỏng hoặc thiếu phần cần có ({type(exc).__name__}: {exc}).") from None
    except OSError as exc:
        raise TemplateError(f"Không đọc được mẫu {name} ({exc.strerror}).") from None

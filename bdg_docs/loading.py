"""Read a data file (YAML) into a validated model, with errors officers can act on.

The layer below every kind of data: documents (:mod:`bdg_docs.documents.loading`), locality
profiles and the citation catalogue use it, and it knows none of them. Every problem names the
file and line, the field, what is wrong and what to write instead, in Vietnamese. YAML is read with ruamel.yaml (YAML 1.2: ``no`` stays a word, not ``false``), which
keeps the line of every key and item; duplicate keys are errors. Files are read within the limits
of :mod:`bdg_docs.limits` (:func:`read_text`), in UTF-8 or UTF-16.
"""
from __future__ import annotations

import re
import typing
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable

from pydantic import BaseModel, ValidationError

from bdg_docs import lazy
from bdg_docs.errors import InputError, Problem, RuleViolation, UnreadableFile
from bdg_docs.limits import MAX_YAML_DEPTH, MAX_YAML_ITEMS, MAX_YAML_TEXT, written

Loc = tuple[Any, ...]


# ----------------------------------------------------------------------------------- YAML
class Located:
    """Plain data read from YAML, with the line (1-based) of every key and list item."""

    def __init__(self, data: Any, lines: dict[Loc, int]):
        self.data = data
        self.lines = lines

    def line(self, loc: Loc) -> int | None:
        """The line of the deepest part of ``loc`` that exists in the file."""
        while loc:
            if loc in self.lines:
                return self.lines[loc]
            loc = loc[:-1]
        return self.lines.get((), None)


def read_yaml(text: str, *, filename: str | None = None, watcher: Any = None) -> Located:
    """Build plain data, with the line of every key and item, from YAML text: from the C parser's
    events (:meth:`_Builder.from_events`), or from the nodes composed from it.

    Working from events or nodes, not from ruamel's round-trip objects, keeps every line and
    column and the style of each scalar, and does not depend on how comments are kept.
    ``watcher`` sees each node in the same walk, where it is written (:func:`bdg_docs.slips.read`
    finds the slips of a data file so).

    Within the limits of :mod:`bdg_docs.limits`: at most MAX_YAML_ITEMS keys and items, counted
    while parsing and again with aliases expanded, and at most MAX_YAML_TEXT characters of keys
    and values once aliases are expanded. Every problem is an InputError with the file and line.
    """
    from ruamel.yaml.error import MarkedYAMLError, YAMLError
    from ruamel.yaml.reader import ReaderError

    from bdg_docs.yaml_reader import TooDeep, TooManyItems, c_parser, compose

    try:
        parser = c_parser(text)
        if parser is not None:
            try:
                builder = _Builder(parser.constructor, filename, watcher)
                return Located(builder.from_events(parser), builder.lines)
            except Exception:  # noqa: BLE001 - composed into nodes instead, which say what is wrong
                if watcher is not None:
                    watcher.clear()
        root, constructor = compose(text)
        builder = _Builder(constructor, filename, watcher)
        return Located(builder.plain(root, (), () if watcher is not None else None), builder.lines)
    except MarkedYAMLError as exc:
        raise InputError([_yaml_problem(exc, filename, text)]) from None
    except ReaderError as exc:  # a character YAML does not allow, written as it is in the file
        line = text.count("\n", 0, exc.position) + 1
        raise InputError([Problem("", f"tệp có ký tự điều khiển U+{_code(exc.character):04X} (không phải chữ).",
                                  hint="Xóa ký tự đó (thường do dán từ tệp khác).", file=filename, line=line)]) from None
    except TooDeep:
        raise InputError([Problem("", f"tệp lồng quá sâu (hơn {MAX_YAML_DEPTH} tầng danh sách và nhóm, "
                                      "giới hạn MAX_YAML_DEPTH).",
                                  hint="Kiểm tra dấu '[' và '{' có đóng đủ không.", file=filename)]) from None
    except (RecursionError, TooManyItems):
        raise InputError([Problem("", f"tệp lồng quá sâu hoặc quá nhiều mục (hơn {written(MAX_YAML_ITEMS)} khóa và mục, "
                                      "giới hạn MAX_YAML_ITEMS).",
                                  hint="Kiểm tra tệp có đúng là tệp dữ liệu văn bản; không dùng '&' và '*' của YAML "
                                       "để lặp lại cả khối.", file=filename)]) from None
    except _TooMuchText:
        raise InputError([Problem("", f"tệp có hơn {written(MAX_YAML_TEXT)} ký tự chữ khi mở hết các bí danh YAML "
                                      "('*' lặp lại khối có '&'; giới hạn MAX_YAML_TEXT).",
                                  hint="Viết từng đoạn ra, không dùng '&' và '*' để lặp lại đoạn dài.",
                                  file=filename)]) from None
    except YAMLError as exc:  # pragma: no cover - ruamel raises marked errors for syntax
        raise InputError([Problem("", f"tệp YAML không đọc được: {exc}", file=filename)]) from None


def _code(character: int | str) -> int:
    return character if isinstance(character, int) else ord(character)


class _TooMuchText(Exception):
    pass


_BULLET_LIKE = lazy.pattern(r"^\s*(?:[–—•*·]|-(?=\S))")


def _yaml_problem(exc: Any, filename: str | None, text: str) -> Problem:
    message = str(getattr(exc, "problem", "") or exc)
    marks = [m.line + 1 for m in (exc.problem_mark, exc.context_mark) if m is not None]
    line = marks[0] if marks else None
    lines = text.splitlines()
    # The mark is often on the line after the one that went wrong; the context names it.
    for n in sorted({*marks, *(m - 1 for m in marks)}):
        if 0 < n <= len(lines) and _BULLET_LIKE().match(lines[n - 1]):
            source = lines[n - 1]
            return Problem("", f"dòng này bắt đầu bằng '{source.strip()[:1]}' mà YAML không hiểu là gạch đầu dòng "
                               f"({message}).",
                           hint="Mỗi mục bắt đầu bằng dấu gạch nối '-' rồi một dấu cách, thẳng cột với các mục trên: "
                                f"'- {_BULLET_LIKE().sub('', source).strip()}'.", file=filename, line=n)
    return Problem(
        "",
        f"tệp YAML sai cú pháp ({message}).",
        hint="Kiểm tra thụt lề (dùng dấu cách, không dùng tab) và dấu ':' sau mỗi khóa; "
             "đặt đoạn chữ có dấu ':' hoặc '#' trong dấu nháy.",
        file=filename,
        line=line,
    )


_STANDARD_TAG = "tag:yaml.org,2002:"
_STR_TAG = _STANDARD_TAG + "str"


class _Builder:
    """Plain dict/list/str/int/date data from composed nodes, recording the line of every key
    and item (from the nodes' marks). Duplicate keys are refused; keys and items are counted
    against :data:`~bdg_docs.limits.MAX_YAML_ITEMS`, and the characters of keys and values
    against :data:`~bdg_docs.limits.MAX_YAML_TEXT`, with aliases expanded (an alias is walked
    again each time).

    The watcher, if any, is shown each value and list item once, where it is written (not again
    through an alias, not keys): ``seen(node, loc)`` says whether it is the first time, ``item``
    and ``scalar`` look at a first-seen list item and text (given its tag and style); from
    events, ``double_dash`` and ``after_list`` are called where ``item`` would find them.
    ``watched`` is the location the watcher names a node by (a key as written), None where it
    does not look."""

    def __init__(self, constructor: Any, filename: str | None, watcher: Any = None):
        self.constructor = constructor
        from ruamel.yaml.nodes import MappingNode, SequenceNode

        self.filename = filename
        self.watcher = watcher
        self.lines: dict[Loc, int] = {(): 1}
        self.text = MAX_YAML_TEXT
        self.tags: dict[int, tuple[Any, str]] = {}
        self.mapping, self.sequence = MappingNode, SequenceNode

    def plain(self, node: Any, loc: Loc, watched: Loc | None = None, in_list: bool = False) -> Any:
        if node is None:  # an empty file
            return None
        if len(self.lines) > MAX_YAML_ITEMS:
            from bdg_docs.yaml_reader import TooManyItems

            raise TooManyItems
        if watched is not None and not self.watcher.seen(node, watched):
            watched = None  # an alias: the watcher saw the node where it was written
        kind = type(node)
        if kind is self.mapping or isinstance(node, self.mapping):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = str(self.plain(key_node, loc + ("?",)))
                line = key_node.start_mark.line + 1
                if key in out:
                    raise InputError([Problem(key, f"khóa '{key}' bị lặp.", hint="Mỗi khóa chỉ ghi một lần; gộp hoặc xóa dòng lặp.",
                                              file=self.filename, line=line)])
                self.lines[loc + (key,)] = line
                out[key] = self.plain(value_node, loc + (key,),
                                      None if watched is None else watched + (str(key_node.value),))
            return out
        if kind is self.sequence or isinstance(node, self.sequence):
            items = []
            for i, item in enumerate(node.value):
                self.lines[loc + (i,)] = item.start_mark.line + 1
                if watched is not None:
                    self.watcher.item(node, i, watched + (i,))
                items.append(self.plain(item, loc + (i,), None if watched is None else watched + (i,), True))
            return items
        tag = self._tag(node.ctag)
        if watched is not None:
            self.watcher.scalar(node, watched, in_list, tag, node.style)
        return self.scalar(node, tag)

    def from_events(self, parser: Any) -> Any:
        """The data of the C parser's events (:func:`bdg_docs.yaml_reader.c_parser`), built and
        watched as :meth:`plain` does from nodes, without composing them: for a file with no
        anchor, alias, tag of its own or key that is not text. Such a file, a duplicate key or a
        limit reached raise :class:`~bdg_docs.yaml_reader.Different` (the nodes are composed then,
        and say what is wrong), as do the C parser's errors."""
        from ruamel.yaml.events import MappingEndEvent, MappingStartEvent, ScalarEvent, SequenceEndEvent, SequenceStartEvent
        from ruamel.yaml.nodes import ScalarNode

        from bdg_docs.yaml_reader import Different, one_document, scalar_resolver

        get, resolve, watcher, lines = parser.get_event, scalar_resolver(parser), self.watcher, self.lines

        def scalar(event: Any, watched: Loc | None, in_list: bool) -> Any:
            if event.anchor is not None or (event.ctag is not None and str(event.ctag) != "!"):
                raise Different
            ctag, style = resolve(event.value, event.implicit), event.style or None
            tag = self._tag(ctag)
            if watched is not None:
                watcher.scalar(event, watched, in_list, tag, style)
            if tag == _STR_TAG and style not in ("|", ">"):
                return self._text(event.value)  # most scalars: text, as scalar() takes it
            return self.scalar(ScalarNode(ctag, event.value, event.start_mark, event.end_mark, style=style), tag)

        def node(event: Any, depth: int, loc: Loc, watched: Loc | None, in_list: bool) -> Any:
            if depth > MAX_YAML_DEPTH or len(lines) > MAX_YAML_ITEMS:
                raise Different
            kind = type(event)
            if kind is ScalarEvent:
                return scalar(event, watched, in_list)
            if event.anchor is not None or (event.ctag is not None and str(event.ctag) != "!"):
                raise Different  # an alias too (its anchor is the name it refers to)
            if kind is MappingStartEvent:
                out: dict[str, Any] = {}
                event = get()
                while type(event) is not MappingEndEvent:
                    if type(event) is not ScalarEvent:
                        raise Different
                    key = str(scalar(event, None, False))
                    if key in out:
                        raise Different
                    lines[loc + (key,)] = event.start_mark.line + 1
                    out[key] = node(get(), depth + 1, loc + (key,),
                                    None if watched is None else watched + (event.value,), False)
                    event = get()
                return out
            if kind is not SequenceStartEvent:
                raise Different
            items: list[Any] = []
            start, event = event, get()
            if in_list and watched is not None and not start.flow_style:  # "- - x": a list in a list
                watcher.double_dash(watched, start.start_mark.line, event)
            previous: Any = None
            previous_line = 0
            while type(event) is not SequenceEndEvent:
                i = len(items)
                lines[loc + (i,)] = event.start_mark.line + 1
                item_watched = None if watched is None else watched + (i,)
                if item_watched is not None and type(event) is ScalarEvent and type(previous) is dict:
                    watcher.after_list(item_watched, event, previous, previous_line)
                previous_line = event.start_mark.line
                previous = node(event, depth + 1, loc + (i,), item_watched, True)
                items.append(previous)
                event = get()
            return items

        return one_document(parser, lambda event: node(event, 1, (), None if watcher is None else (), False))

    def scalar(self, node: Any, tag: str) -> Any:
        if not tag.startswith(_STANDARD_TAG):
            return self._text(str(node.value))  # a tag of one's own ("!x") is reported by bdg_docs.slips
        if tag == _STR_TAG and node.style not in ("|", ">"):
            return self._text(str(node.value))  # block scalars: ruamel marks their folds in the value
        value = self.constructor.construct_object(node)
        from bdg_docs.numbers import typed_float, typed_int  # here: most scalars are text

        if isinstance(value, datetime):
            return value.date() if (value.hour, value.minute, value.second) == (0, 0, 0) else datetime(*value.timetuple()[:6])
        if isinstance(value, bool) or value is None:
            return value
        if isinstance(value, int):
            return typed_int(int(value), str(node.value))
        if isinstance(value, float):  # the digits as typed are kept: 12.500 may mean twelve thousand five hundred
            return typed_float(value)
        if isinstance(value, date):
            return value
        return self._text(str(value))  # text, and what Python cannot hold as a number or date

    def _tag(self, ctag: Any) -> str:
        """A node's tag (``node.ctag``) as text, worked out once for each tag object (most
        scalars share one)."""
        kept = self.tags.get(id(ctag))
        if kept is not None and kept[0] is ctag:
            return kept[1]
        tag = str(ctag)
        self.tags[id(ctag)] = (ctag, tag)  # the object is kept: its id is not reused meanwhile
        return tag

    def _text(self, text: str) -> str:
        self.text -= len(text)
        if self.text < 0:
            raise _TooMuchText
        return text


# ----------------------------------------------------------------------------- validation
def validate(model: type[BaseModel], located: Located, *, filename: str | None = None,
             context: dict[str, Any] | None = None) -> Any:
    """Validate data against a model; raise InputError listing every problem."""
    try:  # pydantic's own validator: the models' model_validate turns errors into InputError without lines
        return model.__pydantic_validator__.validate_python(located.data, context=context)
    except ValidationError as exc:
        raise input_error(exc, model, located, filename) from None


def input_error(exc: ValidationError, model: type[BaseModel], located: Located | Any,
                filename: str | None = None) -> InputError:
    """The :class:`InputError` for a pydantic error: every problem, in file order, in Vietnamese.

    ``located`` is the data with its lines (a :class:`Located`), or the plain data given in code.
    """
    if not isinstance(located, Located):
        located = Located(located, {})
    found = [(error["type"], problem_from(error, model, located, filename)) for error in exc.errors()
             if not _counted_after_failures(error)]
    problems = [p for kind, p in found if not _other_branch(kind, p, found)]
    problems.sort(key=lambda p: (p.line or 0))
    return InputError(_dedupe(problems))


def _counted_after_failures(error: Any) -> bool:
    """pydantic counts a tuple's items after validating them: a list with a bad item is also
    "too short" when the failed items leave too few. The bad item is the problem."""
    ctx = error.get("ctx") or {}
    given = error.get("input")
    return (error["type"] == "too_short" and isinstance(given, (list, tuple))
            and len(given) >= ctx.get("min_length", 0) > ctx.get("actual_length", 0))


_NOT_A_MAPPING = frozenset({"dict_type", "model_type", "model_attributes_type"})


def _other_branch(kind: str, problem: Problem, found: list[tuple[str, Problem]]) -> bool:
    """A field that takes text or a mapping (a recipient or a group) fails both ways; when the
    text branch says what is wrong, "must be a mapping" from the other branch only confuses."""
    return kind in _NOT_A_MAPPING and any(
        k not in _NOT_A_MAPPING and (p.field, p.line) == (problem.field, problem.line) for k, p in found)


def _dedupe(problems: Iterable[Problem]) -> list[Problem]:
    seen, out = set(), []
    for p in problems:
        key = (p.line, p.field, p.message)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def data_loc(data: Any, loc: Loc) -> Loc:
    """Drop the parts of a pydantic location that are not in the data (union tags, model names)."""
    out: list[Any] = []
    node = data
    for part in loc:
        if isinstance(node, dict) and part in node:
            out.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            out.append(part)
            node = node[part]
        elif isinstance(node, dict) and isinstance(part, str) and not _is_tag(part):
            out.append(part)  # a missing or unknown key: name it
            node = None
    return tuple(out)


def _is_tag(part: str) -> bool:
    """Parts pydantic adds to a location for unions and validators, not keys of the data."""
    return part == "doan" or part.startswith(("function-", "tagged-union", "union["))


def field_name(loc: Loc) -> str:
    """``chu_ky.ho_ten``, ``yeu_cau[2]``: list positions counted from 1, as officers count."""
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def loc_of(field: str) -> Loc:
    """The location a field name stands for: ``yeu_cau[2].noi_dung`` → ``("yeu_cau", 1, "noi_dung")``.

    >>> loc_of("yeu_cau[2].noi_dung"), loc_of("")
    (('yeu_cau', 1, 'noi_dung'), ())
    """
    out: list[Any] = []
    for part in re.finditer(r"([^.\[\]]+)|\[(\d+)\]", field):
        out.append(part[1] if part[1] is not None else int(part[2]) - 1)
    return tuple(out)


def problem_from(error: dict[str, Any], model: type[BaseModel], located: Located, filename: str | None) -> Problem:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    where = ctx["error"].where if isinstance(ctx.get("error"), RuleViolation) else ()
    loc = data_loc(located.data, tuple(error["loc"]) + tuple(where))
    name = field_name(loc)
    line = located.line(loc)
    last = loc[-1] if loc else ""
    rule = None
    hint = None
    if kind == "value_error" and isinstance(ctx.get("error"), RuleViolation):
        violation = ctx["error"]
        message, hint, rule = violation.message, violation.hint, violation.rule
    elif kind == "missing":
        message = f"thiếu trường bắt buộc '{last}'."
        description = _description(model, loc)
        hint = f"Thêm '{last}: ...'" + (f" ({description})" if description else "") + "."
        line = located.line(loc[:-1])
    elif kind == "extra_forbidden":
        import difflib  # a message's suggestion: imported only when there is a mistake to name

        allowed = _allowed_keys(model, loc[:-1])
        close = difflib.get_close_matches(str(last), allowed, n=1, cutoff=0.6)
        message = f"trường '{last}' không có trong mẫu."
        if close:
            hint = f"Có phải là '{close[0]}'?"
        elif allowed:
            hint = "Các trường hợp lệ: " + ", ".join(sorted(allowed)) + "."
    else:
        message, hint = _message(kind, ctx, error)
    return Problem(name, message, hint=hint, file=filename, line=line, rule=rule)


def _message(kind: str, ctx: dict[str, Any], error: dict[str, Any]) -> tuple[str, str | None]:
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return "phải là một số nguyên.", "Ví dụ: 5 (để trống nếu chưa có)."
    if kind == "int_parsing_size":
        return "là một số quá dài (hàng nghìn chữ số).", "Ví dụ: 5 (để trống nếu chưa có)."
    if kind in {"bool_type", "bool_parsing"}:
        return "phải là true hoặc false.", None
    if kind in {"date_type", "date_parsing", "date_from_datetime_parsing", "date_from_datetime_inexact"}:
        return _impossible_date(error.get("input")) or ("phải là một ngày.", "Viết dạng năm-tháng-ngày, ví dụ 2021-10-23.")
    if kind in {"string_type"}:
        return "phải là một đoạn chữ.", None
    if kind in {"list_type", "tuple_type"}:
        return "phải là một danh sách.", "Mỗi mục một dòng, bắt đầu bằng '- '."
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return "phải là một nhóm trường (khóa: giá trị).", None
    if kind == "too_short":
        return "không được để trống.", "Thêm ít nhất một mục."
    if kind == "literal_error":
        return f"phải là một trong: {ctx.get('expected')}.", None
    if kind in {"union_tag_invalid", "union_tag_not_found", "block_kind"}:
        return ("mỗi mục nội dung là một đoạn chữ, hoặc một danh sách 'gach', 'cong' hay 'diem'.",
                "Ví dụ: '- gach: [Ý một., Ý hai.]'.")
    if kind in {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}:
        return f"giá trị ngoài khoảng cho phép ({error.get('msg')}).", None
    return str(error.get("msg", kind)), None


_ISO_DATE = lazy.pattern(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def _impossible_date(value: Any) -> tuple[str, str | None] | None:
    """What is wrong with a date written in the right form that does not exist (2022-02-30)."""
    from bdg_docs.nd30.dates import validate_ngay

    found = _ISO_DATE().fullmatch(value.strip()) if isinstance(value, str) else None
    if found is None:
        return None
    year, month, day = map(int, found.groups())
    try:
        validate_ngay(day, month, year)
    except RuleViolation as exc:
        return exc.message, exc.hint
    return None


# ------------------------------------------------------------------- model introspection
def _field_type(model: Any, loc: Loc) -> Any:
    """The annotation found by following ``loc`` through models, lists and dicts."""
    current: Any = model
    for part in loc:
        current = _unwrap(current, part)
        if current is None:
            return None
        if isinstance(current, type) and issubclass(current, BaseModel):
            if isinstance(part, int):
                continue
            field = current.model_fields.get(part)
            if field is None:
                return None
            current = field.annotation
        elif isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
        else:
            args = typing.get_args(current)
            current = args[-1] if args else None
    return _unwrap(current, None)


def _unwrap(tp: Any, part: Any) -> Any:
    """Strip Optional/Annotated and pick the model member of a union."""
    for _ in range(6):
        origin = typing.get_origin(tp)
        if origin is typing.Annotated:
            tp = typing.get_args(tp)[0]
        elif origin is typing.Union or str(origin) == "<class 'types.UnionType'>":
            members = [a for a in typing.get_args(tp) if a is not type(None)]
            models = [m for m in (_unwrap(a, None) for a in members)
                      if isinstance(m, type) and issubclass(m, BaseModel)
                      and (part is None or isinstance(part, int) or part in m.model_fields)]
            tp = models[0] if models else (members[0] if members else None)
        else:
            return tp
    return tp


def _allowed_keys(model: Any, loc: Loc) -> list[str]:
    target = _field_type(model, loc) if loc else model
    if isinstance(target, type) and issubclass(target, BaseModel):
        return list(target.model_fields)
    return []


def _description(model: Any, loc: Loc) -> str | None:
    parent = _field_type(model, loc[:-1]) if loc[:-1] else model
    if isinstance(parent, type) and issubclass(parent, BaseModel) and loc:
        field = parent.model_fields.get(loc[-1])
        return field.description if field else None
    return None


# ---------------------------------------------------------------------------- sources
@dataclass(frozen=True)
class Source:
    """Where a document was read from, for messages that name the file and line of a field.

    ``warnings`` are what the file's text itself calls for (:mod:`bdg_docs.slips`); ``profiles``
    the registry it was read with, so that a changed copy is validated the same way. Two sources
    are equal when they name the same file and warnings (a copied document equals its original).
    """

    file: str | None
    located: Located | None = field(default=None, compare=False)
    warnings: tuple[Problem, ...] = ()
    profiles: Any = field(default=None, compare=False)

    def locate(self, problem: Problem) -> Problem:
        """``problem`` with the file, and the line of its field when it has none."""
        line = problem.line
        if line is None and self.located is not None and problem.field:
            loc, lines = loc_of(problem.field), self.located.lines
            # a field the file does not have came from its locality profile: the line naming it
            line = self.located.line(loc) if loc[:1] in lines else lines.get(("dia_phuong",), lines.get(()))
        return replace(problem, file=problem.file or self.file, line=line)


# ------------------------------------------------------------------------------ files
def read_yaml_file(path: str | Path, *, what: str) -> Located:
    """A YAML input file (a profile, a catalogue) read within its limits: :func:`read_text`, then
    :func:`read_yaml`; ``what`` names the kind of file in messages."""
    return read_yaml(read_text(path, what=what), filename=str(path))


def read_text(path: str | Path, *, what: str) -> str:
    """The text of a YAML input file (a data file, a profile), read within
    :data:`~bdg_docs.limits.MAX_YAML_FILE_BYTES`; InputError names the file and what is wrong.

    UTF-8 (with or without a byte-order mark) and UTF-16 (Notepad's "Unicode", with a mark, or
    without one when its zero bytes show it) are read; another encoding is refused with the line
    where it shows, naming TCVN3 or VNI when the line is in one of them."""
    from bdg_docs.files import read_input
    from bdg_docs.limits import MAX_YAML_FILE_BYTES

    try:
        data = read_input(path, MAX_YAML_FILE_BYTES, what=what)
    except UnreadableFile as exc:
        raise InputError([Problem("", f"không đọc được {what}: {exc.reason}.", hint=exc.hint,
                                  file=str(path))]) from None
    encoding = _utf16(data)
    try:
        return data.decode(encoding) if encoding else data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if encoding:
            raise InputError([Problem("", "tệp UTF-16 bị hỏng (số byte lẻ hoặc ký tự không hợp lệ).",
                                      hint="Lưu lại tệp với Encoding: UTF-8.", file=str(path))]) from None
        raise InputError([_not_utf8(data, exc.start, str(path))]) from None


def _utf16(data: bytes) -> str | None:
    """UTF-16 by its byte-order mark, or by its zero bytes (ASCII text saved as UTF-16 has one
    in every pair, on the same side); None for anything else."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    head = data[:4000]
    if len(head) >= 4 and head.count(0) * 3 >= len(head):
        for encoding, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
            if zeros.count(0) * 4 >= len(zeros) * 3:
                return encoding
    return None


def _not_utf8(data: bytes, start: int, filename: str) -> Problem:
    """A file saved in an 8-bit encoding: say which, if it is a legacy Vietnamese one."""
    from bdg_docs import legacy

    line = data.count(b"\n", 0, start) + 1
    encoding = legacy.detect(data.split(b"\n")[line - 1].decode("latin-1"))  # the line that is not UTF-8
    if encoding is not None:
        return Problem("", f"tệp được lưu bằng bảng mã {legacy.NAMES[encoding]}, không phải Unicode (UTF-8).",
                       hint=f"Chuyển sang Unicode: bdg-docs chuyen_ma {filename} (ghi ra tệp mới), "
                            "hoặc mở bằng Notepad và lưu lại với Encoding: UTF-8.", file=filename, line=line)
    return Problem("", f"tệp không phải văn bản UTF-8 (byte {start + 1}).",
                   hint="Lưu tệp với mã UTF-8 (Notepad: Save As, Encoding: UTF-8).", file=filename, line=line)


__all__ = ["Located", "Source", "data_loc", "field_name", "input_error", "loc_of", "problem_from", "read_text",
           "read_yaml", "read_yaml_file", "validate"]

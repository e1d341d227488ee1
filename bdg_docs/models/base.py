"""The base of every bdg_docs model: strict, immutable, and clean text.

* Unknown keys are errors (a typo in a field name must not be silently ignored).
* Models are frozen, and so is what they hold (tuples, :class:`FrozenDict`): a built document is
  a value, and a shallow ``model_copy()`` cannot change the original.
* Every text field is Unicode NFC and holds only characters an XML file can carry.
"""

import re
import unicodedata
from typing import Annotated, Any, Iterable, Mapping, NoReturn, TypeVar

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, ValidationError

from bdg_docs import legacy
from bdg_docs.errors import RuleViolation
from bdg_docs.limits import MAX_TEXT, written

# Characters XML 1.0 cannot hold (C0 controls but tab and line feed, U+FFFE/U+FFFF, surrogates).
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def clean_text(value: str) -> str:
    """Normalise to NFC and line feeds; refuse what a .docx cannot hold or an officer did not mean.

    Refused: characters XML cannot carry, text longer than :data:`MAX_TEXT`, and Vietnamese
    typed in a legacy encoding (TCVN3, VNI) pasted as if it were Unicode (:mod:`bdg_docs.legacy`).
    """
    value = check_xml_text(value.replace("\r\n", "\n").replace("\r", "\n"))
    value = unicodedata.normalize("NFC", value).strip()
    if len(value) > MAX_TEXT:
        raise RuleViolation(
            f"đoạn chữ dài {written(len(value))} ký tự, quá giới hạn {written(MAX_TEXT)} ký tự của một trường (MAX_TEXT).",
            hint="Chia thành nhiều đoạn (mỗi đoạn một mục '- '); kiểm tra có dán nhầm cả tệp không.",
        )
    encoding = legacy.detect(value)
    if encoding is not None:
        sample = " ".join(value.split()[:6])
        raise RuleViolation(
            f"chữ có vẻ gõ bằng bảng mã {legacy.NAMES[encoding]}, không phải Unicode: "
            f"'{sample}' nghĩa là '{legacy.to_unicode(sample, encoding)}'.",
            hint=f"Chuyển tệp sang Unicode: bdg-docs chuyen_ma TỆP.yaml (ghi ra tệp mới), "
                 f"hoặc dùng Unikey, Công cụ chuyển mã (nguồn {legacy.NAMES[encoding].split()[0]}, đích Unicode).",
        )
    return value


def check_xml_text(value: str) -> str:
    """``value`` if a .docx can hold every character of it; RuleViolation naming the first that
    it cannot (a control character, U+FFFE, a lone surrogate) otherwise."""
    bad = NOT_XML.search(value)
    if bad:
        raise RuleViolation(
            f"có {_kind(bad.group())} U+{ord(bad.group()):04X} ở vị trí {bad.start() + 1}, không ghi được vào tệp Word.",
            hint="Xóa ký tự đó (thường do dán từ tệp khác).",
        )
    return value


def _kind(char: str) -> str:
    if char in "\ufffe\uffff":
        return "mã không phải ký tự"
    if "\ud800" <= char <= "\udfff":
        return "nửa ký tự UTF-16 lẻ"
    return "ký tự điều khiển"


def typed_text(value: Any) -> str:
    """A number in a text field, as the data file wrote it (``1.50``, not ``1.5``; see
    :class:`bdg_docs.numbers.TypedFloat`, ``TypedInt``)."""
    return getattr(value, "text", None) or str(value)


def text_from_mapping(value: Any) -> Any:
    """Give back text that YAML read as a one-entry mapping.

    In YAML, a list item such as ``- Chủ trì: Phòng Văn hóa - Xã hội`` or ``- ... như sau:``
    is a mapping, not text. Where a model expects text, such a mapping is turned back into the
    line the officer wrote (``key: value``, or ``key:`` when there is no value).
    """
    if isinstance(value, dict) and len(value) == 1:
        ((key, item),) = value.items()
        if isinstance(key, str) and (item is None or isinstance(item, (str, int, float))) and not isinstance(item, bool):
            return f"{key}:" if item is None else f"{key}: {typed_text(item)}"
    return value


Text = Annotated[str, AfterValidator(clean_text)]
"""A text field: NFC, stripped, XML-safe. Use it for every string in a model."""


def not_a_boolean(value: Any) -> Any:
    """Refuse ``true``/``false`` where a number is expected: Python counts a bool as an int
    (``so: true`` would be written ``Số: 01``)."""
    if isinstance(value, bool):
        raise RuleViolation(f"phải là một số, không phải {'true' if value else 'false'}.",
                            hint="Ghi một số, ví dụ 5 (hoặc để trống nếu chưa có).")
    return value


Int = Annotated[int, BeforeValidator(not_a_boolean)]
"""A whole-number field: ``5`` or ``"5"``, never ``true``. Use it for every number in a model."""


class FrozenDict(dict):  # type: ignore[type-arg]
    """A dict that cannot be changed: the mappings inside a validated model, which is frozen
    (a shallow ``model_copy()`` shares them with the original). Pickles and copies as a dict."""

    def _refuse(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("một mô hình đã kiểm tra không thay đổi được; dùng model_copy(update=...).")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _refuse  # type: ignore[assignment]

    def __reduce__(self) -> tuple[Any, ...]:
        return FrozenDict, (dict(self),)


V = TypeVar("V")
FrozenMapping = Annotated[Mapping[str, V], AfterValidator(FrozenDict)]
"""A mapping field of a model: validated like ``dict[str, V]``, held as a :class:`FrozenDict`.
List fields are tuples (``tuple[V, ...]``) for the same reason."""


class Model(BaseModel):
    """A bdg_docs model. Built in code (``Model(...)``, ``Model.model_validate(...)``,
    ``model.model_copy(update=...)``), invalid data raises :class:`~bdg_docs.errors.InputError`
    with the same Vietnamese messages and field paths as a data file, never pydantic's own error."""

    model_config = ConfigDict(extra="forbid", frozen=True, validate_default=False, populate_by_name=True,
                              defer_build=True)

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as exc:
            raise _input_error(exc, type(self), data) from None

    # pydantic calls __init__ itself for nested models unless it is marked as its own: nested
    # errors must stay pydantic's, so that the outermost call reports all of them with their paths.
    __init__.__pydantic_base_init__ = True  # type: ignore[attr-defined]

    @classmethod
    def model_validate(cls, obj: Any, *, context: Any | None = None, **kwargs: Any) -> Any:
        try:
            return super().model_validate(obj, context=context, **kwargs)
        except ValidationError as exc:
            raise _input_error(exc, cls, obj) from None

    @classmethod
    def model_validate_json(cls, json_data: Any, *, context: Any | None = None, **kwargs: Any) -> Any:
        try:
            return super().model_validate_json(json_data, context=context, **kwargs)
        except ValidationError as exc:
            raise _input_error(exc, cls, None) from None

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Any:
        """A copy; with ``update``, the changed model is validated again (pydantic's would not be)."""
        if not update:
            return super().model_copy(deep=deep)
        data = {name: getattr(self, name) for name in self.model_fields_set}
        copied = type(self).model_validate({**data, **update}, context=self._copy_context())
        copied._after_copy(self)
        return copied

    def field_values(self, names: Iterable[str] | None = None, *, exclude_none: bool = False) -> dict[str, Any]:
        """``model_dump(include=names, exclude_none=...)`` of a model whose fields hold plain values
        (texts, dates, tuples of them: no model, nothing serialised its own way), without building
        the serializer pydantic would build for the model on its first dump (a one-file render
        dumps its profile's header, signer and cited documents into the data it validates)."""
        values = self.__dict__ if names is None else {name: self.__dict__[name] for name in names}
        return {name: value for name, value in values.items() if not (exclude_none and value is None)}

    def _copy_context(self) -> Any:
        """The validation context a copy is validated with (the profiles a document was read with)."""
        return None

    def _after_copy(self, original: "Model") -> None:
        """Carry what is not a field over to a validated copy."""


def _input_error(exc: ValidationError, model: type[BaseModel], data: Any) -> Exception:
    from bdg_docs.loading import input_error

    return input_error(exc, model, data)

"""Numbers as Vietnamese administrative documents write them: the one place that formats them.

Every number a document shows (a count, a rate, a share, an amount of money) is formatted here,
with babel and the Vietnamese locale: thousands with ``.``, decimals with ``,`` (``1.234,5``),
percentages with ``%`` (``45,5%``), money in đồng (``15.500.000 đồng``). The template never
formats a number; document types never format one by hand.

babel has no spelled-out numbers (CLDR's rule-based number formats are not part of its data), so
an amount in words (``mười lăm triệu năm trăm nghìn đồng``) is written by :func:`spell_out`, from
the reading rules of Vietnamese: groups of three digits read as ``… trăm … mươi …``, ``mốt``
and ``lăm`` after a ten, ``linh`` for a missing ten, ``không trăm`` inside a number. (num2words
0.5.14, the usual library for this, reads 1.050 as "một nghìn lẻ năm mươi", which is wrong.)

The reverse, reading what an officer typed, is here too (:func:`parse_number`): ``1.234,5``,
``45,5%``, ``12 người``. A number YAML read with a decimal point and three digits after it
(``12.500``) is refused, since an officer may mean twelve thousand five hundred.

>>> format_number(Decimal("1234.5")), format_percent(Decimal("0.455")), format_money(15500000)
('1.234,5', '45,5%', '15.500.000 đồng')
>>> spell_out(1050000)
'một triệu không trăm năm mươi nghìn'
"""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext

from bdg_docs import lazy
from bdg_docs.errors import RuleViolation
from bdg_docs.limits import MAX_NUMBER_DIGITS

LOCALE = "vi_VN"
PERCENT = "%"
DONG = "đồng"
# A share to one decimal at most: 45,5%, 100%.
PERCENT_PATTERN = "#,##0.#%"
# Typed as a number, then (optionally) its unit: "1.234,5", "45,5 %", "12 người".
_TYPED = lazy.pattern(r"^(?P<so>[+-]?\d[\d.,]*)\s*(?P<don_vi>\D.*)?$")


class TypedFloat(float):
    """A number YAML read with a decimal point, with the digits as they were typed (``12.500``).

    The data loader makes these (:func:`typed_float`) so that a model can tell ``12.500`` from
    ``12.5``: YAML reads both as 12.5, but an officer writing ``12.500`` means 12500.
    """

    text: str

    def __new__(cls, value: float, text: str) -> "TypedFloat":
        number = super().__new__(cls, value)
        number.text = text
        return number


class TypedInt(int):
    """A whole number YAML read from other digits than its own (``0123``, ``1_000``, ``+5``), with
    the digits as typed: a text field shows them (``bdg_docs.models.base.typed_text``)."""

    text: str

    def __new__(cls, value: int, text: str) -> "TypedInt":
        number = super().__new__(cls, value)
        number.text = text
        return number


def typed_int(value: int, text: str) -> int:
    """``value``, keeping ``text`` when YAML wrote it otherwise."""
    return value if str(value) == text else TypedInt(value, text)


def typed_float(node: float) -> float:
    """A float read by ruamel.yaml, with its typed digits kept when ruamel kept them."""
    width, point = getattr(node, "_width", None), getattr(node, "_prec", None)
    if width is None or point is None or getattr(node, "_exp", None):
        return float(node)
    decimals = max(0, width - point - 1)
    return TypedFloat(float(node), f"{float(node):.{decimals}f}")


# ----------------------------------------------------------------------------- formatting
def _babel():  # type: ignore[no-untyped-def]
    from babel import numbers  # imported on first use: loading a document does not need it

    return numbers


def format_number(value: Decimal | int) -> str:
    """A number with Vietnamese separators, every typed digit kept: ``1.234,5``, ``-3``."""
    return _babel().format_decimal(Decimal(value), locale=LOCALE, decimal_quantization=False)


def format_percent(share: Decimal) -> str:
    """A share (0.455) as a percentage to one decimal, half up: ``45,5%``."""
    with localcontext() as context:
        context.rounding = ROUND_HALF_UP
        return _babel().format_percent(share, format=PERCENT_PATTERN, locale=LOCALE)


def format_money(dong: int) -> str:
    """An amount in đồng: ``15.500.000 đồng``."""
    return f"{format_number(dong)} {DONG}"


def format_money_in_words(dong: int) -> str:
    """An amount as a budget line writes it: ``15.500.000 đồng (bằng chữ: Mười lăm triệu năm trăm nghìn đồng)``."""
    words = spell_out(dong)
    return f"{format_money(dong)} (bằng chữ: {words[:1].upper()}{words[1:]} {DONG})"


# --------------------------------------------------------------------------- in words
DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
BILLION = 10 ** 9


def spell_out(n: int) -> str:
    """A whole number in Vietnamese words, as amounts are written on budget documents.

    >>> [spell_out(n) for n in (0, 15, 21, 105, 1005, 20_000_000)]
    ['không', 'mười lăm', 'hai mươi mốt', 'một trăm linh năm', 'một nghìn không trăm linh năm', 'hai mươi triệu']
    >>> spell_out(2_000_000_500_000), spell_out(1_000_005)
    ('hai nghìn tỷ năm trăm nghìn', 'một triệu không trăm linh năm')
    """
    if n < 0:
        return "âm " + spell_out(-n)
    if n == 0:
        return DIGITS[0]
    billions, rest = divmod(n, BILLION)
    if billions:
        head = f"{spell_out(billions)} tỷ"
        return head if not rest else f"{head} {_below_billion(rest, leading=False)}"
    return _below_billion(rest, leading=True)


def _below_billion(n: int, *, leading: bool) -> str:
    """0 < n < 10⁹ by groups of three digits (triệu, nghìn, units), zero groups left out; every
    group after the first one read (or after the tỷ) reads its hundreds (``không trăm năm mươi``)."""
    words = []
    for power, name in ((6, " triệu"), (3, " nghìn"), (0, "")):
        group = n // 10 ** power % 1000
        if group:
            words.append(_group(group, full=not leading) + name)
            leading = False
    return " ".join(words)


def _group(n: int, *, full: bool) -> str:
    """Three digits: ``hai trăm linh năm``; ``không trăm năm mươi`` inside a number (``full``)."""
    hundreds, tens, units = n // 100, n // 10 % 10, n % 10
    parts = []
    if hundreds or full:
        parts.append(f"{DIGITS[hundreds]} trăm")
    if tens == 0:
        if units and parts:
            parts.append("linh")
    elif tens == 1:
        parts.append("mười")
    else:
        parts.append(f"{DIGITS[tens]} mươi")
    if units:
        if units == 1 and tens >= 2:
            parts.append("mốt")
        elif units == 5 and tens >= 1:
            parts.append("lăm")
        else:
            parts.append(DIGITS[units])
    return " ".join(parts)


# ------------------------------------------------------------------------------ reading
def parse_number(value: object) -> tuple[Decimal, str | None]:
    """A number an officer wrote, and the unit written after it (None if none).

    Accepts numbers (int, Decimal, float) and text written the Vietnamese way: ``1.234,5``,
    ``45,5%``, ``20.000.000 đồng``, ``12 người``. Raises RuleViolation with what to write.

    >>> parse_number("1.234,5"), parse_number("45,5%"), parse_number(12)
    ((Decimal('1234.5'), None), (Decimal('45.5'), '%'), (Decimal('12'), None))
    """
    if isinstance(value, bool) or value is None:
        raise RuleViolation("phải là một số.", hint="Ví dụ: 12, 45,5 hoặc 1.234.")
    if isinstance(value, TypedFloat):
        return _in_bounds(_typed(value)), None
    if isinstance(value, (int, Decimal)):
        return _in_bounds(Decimal(value)), None
    if isinstance(value, float):
        return _in_bounds(Decimal(repr(value))), None
    if not isinstance(value, str):
        raise RuleViolation("phải là một số.", hint="Ví dụ: 12, 45,5 hoặc 1.234.")
    text = " ".join(value.split())
    match = _TYPED().match(text)
    if match is None:
        raise RuleViolation(f"'{text}' không phải là một số.", hint="Ghi số bằng chữ số, ví dụ 12, 45,5 hoặc 1.234.")
    numbers = _babel()
    try:
        number = numbers.parse_decimal(match["so"], locale=LOCALE, strict=True)
    except (numbers.NumberFormatError, InvalidOperation):
        raise RuleViolation(
            f"số '{match['so']}' viết không đúng cách.",
            hint="Dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân: 1.234,5 (hoặc 1234,5).") from None
    unit = match["don_vi"].strip() if match["don_vi"] else None
    return _in_bounds(number), unit


def _in_bounds(number: Decimal) -> Decimal:
    """A finite number of at most MAX_NUMBER_DIGITS digits, whole or after the comma (YAML reads
    ``.nan``, ``.inf`` and ``1e400``; babel cannot format more digits than its precision)."""
    if not number.is_finite():
        raise RuleViolation("không phải là một số (vô hạn hoặc không xác định).", hint="Ví dụ: 12, 45,5 hoặc 1.234.")
    if number and (len(number.as_tuple().digits) > MAX_NUMBER_DIGITS or abs(number.adjusted()) >= MAX_NUMBER_DIGITS):
        raise RuleViolation(f"số quá dài (hơn {MAX_NUMBER_DIGITS} chữ số, giới hạn MAX_NUMBER_DIGITS).",
                            hint="Kiểm tra lại số liệu; ghi đơn vị lớn hơn nếu cần (triệu đồng, tỷ đồng).")
    return number


def _typed(value: TypedFloat) -> Decimal:
    """A decimal point then exactly three digits (``12.500``, ``1.234``) may mean thousands."""
    whole, _, decimals = value.text.lstrip("+-").partition(".")
    if len(decimals) == 3 and whole.strip("0"):
        thousands = format_number(Decimal(value.text.replace(".", "")))
        raise RuleViolation(
            f"số '{value.text}' có thể là {thousands} hay {value.text.replace('.', ',')}.",
            hint=f"Ghi {value.text.replace('.', '')} nếu là {thousands}; ghi {value.text.replace('.', ',')} "
                 "(dấu phẩy thập phân) nếu là số lẻ.")
    return Decimal(value.text)


__all__ = ["DONG", "PERCENT", "TypedFloat", "format_money", "format_money_in_words", "format_number",
           "format_percent", "parse_number", "spell_out", "typed_float"]

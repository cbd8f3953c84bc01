"""Klarna's rules for one order line, each declared once, and the fast paths made from them.

`VALUES` are the line's fields the rules read (integers, with their bounds and what their
absence means); `RULES` are the rules, each a predicate over some of those values (a plain
function: its parameters say what it reads) with what to say when it does not hold, and
`SUMS` what a line adds to the order's sums. Everything that checks a line comes from these:

- `preflight`'s close look at a line, naming each broken rule (`Rule.broken_by`, `Rule.explain`);
- `sound_lines`, the tight loop a long order takes on every call: its sums when every line
  keeps every rule, else None (the close look then says what is wrong);
- `ORDER_LINES`, the same rules as statements for the body check to inline into its own
  generated loop over the lines (`_validation`), so a long order is walked once.

The two loops are generated from the predicates' own source (`inspect`: each is one `return`
of an expression, inlined) and compiled under a file name that tracebacks show (`_codegen`).
Where the source cannot be read (an installation without `.py` files) they call the
predicates instead: slower, never different.
"""

from __future__ import annotations

import ast
import functools
import inspect
import textwrap
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal, NamedTuple

from . import _codegen
from ._markets import Vat

__all__ = ["MAX_TAX_RATE", "ORDER_LINES", "PERCENT_SLIP_MAX", "RULES", "SUMS", "VALUES", "LineRules", "sound_lines"]

MAX_TAX_RATE: Final = 10000  # hundredths of a percent: 100 %
# A tax_rate of 1 to 99 (0.01 % to 0.99 %) is no VAT rate a Klarna country charges: it is 25
# meant as 25 % (2500), the natural slip. A warning in preflight, a ValueError in `lines`.
PERCENT_SLIP_MAX: Final = 99

CONTEXT: Final = ("us", "rates")  # what a rule may read besides the line: US rules, the country's rates


@dataclass(frozen=True)
class Value:
    """A field of a line the rules read: an integer, within its bounds.

    Absent (or null), a value with a `default` is that default; an `optional` one makes the
    rules reading it not apply; any other stops the fast path (the body check names it) and
    the rules reading it are not looked at.
    """

    field: str  # in the body
    name: str  # in the rules
    unit: str  # how "must be an integer" goes on
    minimum: int | None = None
    maximum: int | None = None
    maximum_means: str = ""  # said after the maximum: " (100 %)"
    default: int | None = None
    optional: bool = False


VALUES: Final = (
    Value("quantity", "quantity", " (fractional quantities are refused)", minimum=0),
    Value("unit_price", "unit_price", " in minor units"),
    Value("total_discount_amount", "discount", " in minor units", minimum=0, default=0),
    Value("total_amount", "total", " in minor units"),
    Value("total_tax_amount", "tax", " in minor units", default=0),
    Value(
        "tax_rate",
        "rate",
        " in hundredths of a percent (6.625 % is 663)",
        minimum=0,
        maximum=MAX_TAX_RATE,
        maximum_means=" (100 %)",
        optional=True,
    ),
)


def tax_of(total_amount: int, tax_rate: int) -> int:
    """The tax inside a gross `total_amount` at `tax_rate` (hundredths of a percent), as Klarna
    computes it: ``total_amount − total_amount × 10000 / (10000 + tax_rate)``, rounded (halves
    away from zero)."""
    numerator, denominator = total_amount * tax_rate, 10000 + tax_rate
    quotient = (2 * abs(numerator) + denominator) // (2 * denominator)
    return quotient if numerator >= 0 else -quotient


def _percent(rate: int) -> str:
    return f"{rate / 100:g} %"


# The rules. A predicate is True when the line keeps the rule; each is a single `return`, which
# the generated loops inline.


def priced(quantity: int, unit_price: int, discount: int, total: int) -> bool:
    """total_amount = quantity × unit_price − total_discount_amount."""
    return total == quantity * unit_price - discount


def untaxed_in_the_us(rate: int, us: bool) -> bool:
    """US tax goes on its own line of type sales_tax: a US line's tax_rate is 0."""
    return not (us and rate)


def no_percent_slip(rate: int) -> bool:
    """A tax_rate of 1 to 99 is a percent written as such (25 for 25 %)."""
    return not 0 < rate <= PERCENT_SLIP_MAX


def charged_in_the_country(rate: int, rates: frozenset[int] | None) -> bool:
    """The tax_rate is one of the purchase country's VAT rates, or 0 (None: no list)."""
    return rates is None or rate in rates


def taxed_within_one(total: int, tax: int, rate: int) -> bool:
    """total_tax_amount is within ±1 of total_amount × tax_rate / (10000 + tax_rate)."""
    # In integers: both sides multiplied by (10000 + rate).
    return abs(tax * (10000 + rate) - total * rate) <= 10000 + rate


Predicate = Callable[..., bool]
Explanation = Callable[[Mapping[str, Any], Vat | None], tuple[str, object, object]]  # what, expected, actual


def _unpriced(values: Mapping[str, Any], vat: Vat | None) -> tuple[str, object, object]:
    quantity, unit_price, discount, total = (
        values["quantity"],
        values["unit_price"],
        values["discount"],
        values["total"],
    )
    expected = quantity * unit_price - discount
    formula = f"{quantity} × {unit_price}" + (f" − {discount}" if discount else "")
    return f"must be {expected} ({formula}), not {total}", expected, total


def _taxed_in_the_us(values: Mapping[str, Any], vat: Vat | None) -> tuple[str, object, object]:
    rate = values["rate"]
    return f"must be 0 in the US, not {rate}: US tax goes on its own line of type sales_tax", 0, rate


def _percent_slip(values: Mapping[str, Any], vat: Vat | None) -> tuple[str, object, object]:
    rate = values["rate"]
    what = (
        f"{rate} is {_percent(rate)}: tax_rate is in hundredths of a percent, so 2500 means 25 % "
        f"({rate} % is {rate * 100})"
    )
    return what, rate * 100, rate


def _not_charged(values: Mapping[str, Any], vat: Vat | None) -> tuple[str, object, object]:
    rate = values["rate"]
    listed = sorted(vat.rates, reverse=True) if vat is not None else []
    country = vat.country if vat is not None else "the country"
    what = (
        f"{rate} ({_percent(rate)}) is not one of {country}'s VAT rates "
        f"({', '.join(_percent(known) for known in listed)}): tax_rate is in hundredths of a percent, "
        "so 2500 means 25 %"
    )
    return what, listed, rate


def _mistaxed(values: Mapping[str, Any], vat: Vat | None) -> tuple[str, object, object]:
    total, tax, rate = values["total"], values["tax"], values["rate"]
    calculated = tax_of(total, rate)
    what = (
        f"{tax} differs from the calculated value [{calculated}] by more than [1] ({total} × {rate} / (10000 + {rate}))"
    )
    return what, calculated, tax


def _parameters(predicate: Predicate) -> tuple[str, ...]:
    code = predicate.__code__
    return code.co_varnames[: code.co_argcount]


@dataclass(frozen=True)
class Rule:
    """One rule of a line: reported on `field` when `holds` is False while every predicate of
    `applies` is True (a rule another one already covers does not apply: no US line is also
    told its rate is no VAT rate)."""

    field: str
    holds: Predicate
    explain: Explanation
    severity: Literal["error", "warning"] = "error"
    applies: tuple[Predicate, ...] = ()

    @property
    def reads(self) -> tuple[str, ...]:
        """The values and context names the rule reads, in order, each once."""
        names = [name for predicate in (*self.applies, self.holds) for name in _parameters(predicate)]
        return tuple(dict.fromkeys(names))

    def broken_by(self, values: Mapping[str, int | None], context: Mapping[str, object]) -> bool:
        """Whether a line with these `values` (None: unusable or absent) breaks the rule; never
        for a line missing a value it reads."""
        if any(values[name] is None for name in self.reads if name in values):
            return False
        arguments = {**context, **values}
        for predicate in self.applies:
            if not predicate(*(arguments[name] for name in _parameters(predicate))):
                return False
        return not self.holds(*(arguments[name] for name in _parameters(self.holds)))


RULES: Final = (
    Rule("total_amount", priced, _unpriced),
    Rule("tax_rate", untaxed_in_the_us, _taxed_in_the_us),
    Rule("tax_rate", no_percent_slip, _percent_slip, "warning", applies=(untaxed_in_the_us,)),
    Rule("tax_rate", charged_in_the_country, _not_charged, "warning", applies=(untaxed_in_the_us, no_percent_slip)),
    Rule("total_tax_amount", taxed_within_one, _mistaxed, applies=(untaxed_in_the_us,)),
)


class Sum(NamedTuple):
    """What a line adds to one of the order's sums: a value, of every line or of one `kind`."""

    name: str
    value: str
    kind: str | None = None  # only lines of this `type`


SUMS: Final = (
    Sum("amounts", "total"),
    Sum("taxes", "tax"),
    Sum("items", "quantity"),
    Sum("sales_tax", "total", kind="sales_tax"),
)
KIND_FIELD: Final = "type"


# Generating the fast paths


def _expression(predicate: Predicate) -> str | None:
    """The expression `predicate` returns, as source; None when it cannot be read."""
    try:
        source = textwrap.dedent(inspect.getsource(predicate))
    except (OSError, TypeError):
        return None
    function = ast.parse(source).body[0]
    assert isinstance(function, ast.FunctionDef)
    statements = [node for node in function.body if not isinstance(node, ast.Expr)]  # the docstring aside
    if len(statements) != 1 or not isinstance(statements[0], ast.Return) or statements[0].value is None:
        return None
    return ast.unparse(statements[0].value)


@dataclass
class _Source:
    """Generated statements and the names they need beyond the line's values."""

    constants: dict[str, Any] = field(default_factory=dict)

    def test(self, predicate: Predicate) -> str:
        """`predicate` over the locals named as its parameters: inlined, or a call."""
        expression = _expression(predicate)
        if expression is None:
            self.constants[predicate.__name__] = predicate
            return f"{predicate.__name__}({', '.join(_parameters(predicate))})"
        for name in predicate.__code__.co_names:
            if name in predicate.__globals__:
                self.constants[name] = predicate.__globals__[name]
        return f"({expression})"


_BY_NAME: Final = {value.name: value for value in VALUES}


def _rule_statements(failed: str, source: _Source) -> list[str]:
    """The statements that run `failed` for a line breaking a bound or a rule, given each value
    in a local of its name (None: absent, for an optional value), then add the line to the sums.

    The tests run in order and stop at the first that fails, so a predicate some earlier rule
    already held to is not tested again where a later rule `applies` it; tests under the same
    guard (an optional value present) share one `if`."""
    needed = [value.name for value in VALUES if value.default is None and not value.optional]
    tests: dict[str, list[str]] = {"": [f"{name} is None" for name in needed]}  # guard -> tests failing the line
    for value in VALUES:
        guard = f"{value.name} is not None" if value.optional else ""
        if value.minimum is not None:
            tests.setdefault(guard, []).append(f"{value.name} < {value.minimum}")
        if value.maximum is not None:
            tests.setdefault(guard, []).append(f"{value.name} > {value.maximum}")
    held: dict[str, set[Predicate]] = {"": set()}  # guard -> predicates every line past them keeps
    for rule in RULES:
        optional = [f"{name} is not None" for name in rule.reads if name in _BY_NAME and _BY_NAME[name].optional]
        guard = " and ".join(optional)
        known = held[""] | held.setdefault(guard, set())
        applies = [source.test(predicate) for predicate in rule.applies if predicate not in known]
        tests.setdefault(guard, []).append(" and ".join([*applies, f"not {source.test(rule.holds)}"]))
        if all(predicate in known for predicate in rule.applies):
            held[guard].add(rule.holds)  # tested for every line that got this far
    lines = []
    for guard, failing in tests.items():
        condition = " or ".join(failing)  # `and` binds tighter than `or`: no parentheses needed
        lines.append(f"if {guard} and ({condition}): {failed}" if guard else f"if {condition}: {failed}")
    for total in SUMS:
        addition = f"{total.name} += {total.value}"
        lines.append(f"if kind == {total.kind!r}: {addition}" if total.kind is not None else addition)
    return lines


@dataclass(frozen=True)
class LineRules:
    """The per-line rules of a rule set, as the body check inlines them into its generated loop
    over the lines (`_validation`): a long order is then walked once, each line's documented
    checks and Klarna's rules for it in one pass, with nothing built per line.

    `statements()` runs for a line that passed its documented checks, with each field of
    `reads` in a local `line_<field>` (None when absent) and the `context` names as arguments;
    a line that breaks a rule makes them `return index, None` (the line is then looked at
    closely), and each name of `sums` starts at 0 and ends in the result. They take the fields
    of `integers` to be integers, so the pass is used only while the document types them so
    (its checks then refuse anything else).
    """

    field: str  # the body's list of lines
    reads: tuple[str, ...]
    integers: tuple[str, ...]
    sums: tuple[str, ...]
    context: tuple[str, ...]

    def statements(self) -> tuple[list[str], dict[str, Any]]:
        """The statements, and the constants they use."""
        return _inline_statements()


@functools.cache
def _inline_statements() -> tuple[list[str], dict[str, Any]]:
    source = _Source()
    names = [f"{value.name} = line_{value.field}" for value in VALUES]
    defaults = [
        f"if {value.name} is None: {value.name} = {value.default}" for value in VALUES if value.default is not None
    ]
    body = [*names, *defaults, f"kind = line_{KIND_FIELD}", *_rule_statements("return index, None", source)]
    return body, source.constants


ORDER_LINES: Final = LineRules(
    field="order_lines",
    reads=(*(value.field for value in VALUES), KIND_FIELD),
    integers=tuple(value.field for value in VALUES),
    sums=tuple(total.name for total in SUMS),
    context=CONTEXT,
)


def _absent(value: Value) -> str:
    """What the loop takes for `value` when its field is absent."""
    return "_ABSENT" if value.optional else repr(value.default)


@functools.cache
def _sound_lines() -> Callable[[Any, bool, frozenset[int] | None], tuple[int, ...] | None]:
    source = _Source()
    source.constants["_ABSENT"] = object()  # not None: a null is for the close look to judge
    typed = " and ".join(
        f"{value.name}.__class__ is int"
        if not value.optional
        else f"({value.name} is _ABSENT or {value.name}.__class__ is int)"
        for value in VALUES
    )
    body = [
        "line_get = line.get",
        # A null where there is a default is left to the close look, as anything unusual is.
        *(f"{value.name} = line_get({value.field!r}, {_absent(value)})" for value in VALUES),
        f"kind = line_get({KIND_FIELD!r})",
        f"if not ({typed}): return None",
        *(f"if {value.name} is _ABSENT: {value.name} = None" for value in VALUES if value.optional),
        *_rule_statements("return None", source),
    ]
    lines = [
        f"def sound_lines(lines, {', '.join(CONTEXT)}):",
        *(f"    {total.name} = 0" for total in SUMS),
        "    for line in lines:",
        "        if line.__class__ is not dict: return None",
        *(f"        {statement}" for statement in body),
        f"    return ({', '.join(total.name for total in SUMS)},)",
    ]
    function: Callable[[Any, bool, frozenset[int] | None], tuple[int, ...] | None] = _codegen.define(
        "sound_lines", "\n".join(lines), "order line rules", source.constants
    )
    return function


def sound_lines(lines: Any, us: bool, rates: frozenset[int] | None) -> tuple[int, ...] | None:
    """The sums (`SUMS`, in order) of `lines` when every line is a dict keeping every bound and
    rule (`rates`: the country's VAT rates and 0; None: no list); None when some line needs a
    closer look. The common case of a 1000-line order, decided in one generated loop."""
    return _sound_lines()(lines, us, rates)

"""The rules of one order line are declared once (`_line_rules`): the close look that names a
broken rule and both fast paths (the loop over a body's lines, and the body check's loop with
the rules inlined) follow the declaration, and the generated code reads like code in a
traceback."""

from __future__ import annotations

import inspect
import linecache
import traceback
from collections.abc import Iterator
from typing import Any

import pytest
from klarna_payments import _line_rules, _validation, lines, preflight

from tests.support.payloads import ORDER_BODY

LINE: dict[str, Any] = dict(lines.item("Kaffe 500 g", quantity=2, unit_price=12500, tax_rate=2500))


def at_most_three(quantity: int) -> bool:
    return quantity <= 3


def more_than_three(values: Any, vat: Any) -> tuple[str, object, object]:
    return "at most 3 of a kind", 3, values["quantity"]


def _clear_generated() -> None:
    _line_rules._sound_lines.cache_clear()
    _line_rules._inline_statements.cache_clear()
    _validation._fused_lines_check.cache_clear()


@pytest.fixture
def generated_afresh() -> Iterator[None]:
    """The generated loops made again from the declarations as a test changes them, and after."""
    _clear_generated()
    yield
    _clear_generated()


@pytest.fixture
def at_most_three_per_line(monkeypatch: pytest.MonkeyPatch, generated_afresh: None) -> None:
    rule = _line_rules.Rule("quantity", at_most_three, more_than_three)
    monkeypatch.setattr(_line_rules, "RULES", (*_line_rules.RULES, rule))
    monkeypatch.setattr(preflight, "LINE_RULES", _line_rules.RULES)


def test_a_rule_added_to_the_declaration_is_named_by_the_close_look(at_most_three_per_line: None) -> None:
    line = {**LINE, **lines.item("Kaffe 500 g", quantity=4, unit_price=12500, tax_rate=2500)}
    body = {**ORDER_BODY, "order_amount": line["total_amount"], "order_tax_amount": line["total_tax_amount"]}
    problems = preflight.check_order({**body, "order_lines": [line]})
    assert [(problem.path, problem.expected, problem.actual) for problem in problems] == [
        ("order_lines[0].quantity", 3, 4)
    ]


def test_a_rule_added_to_the_declaration_stops_the_loop_over_the_lines(at_most_three_per_line: None) -> None:
    four = dict(lines.item("Kaffe 500 g", quantity=4, unit_price=12500, tax_rate=2500))
    assert _line_rules.sound_lines([LINE], False, None) is not None
    assert _line_rules.sound_lines([LINE, four], False, None) is None


def test_a_rule_added_to_the_declaration_stops_the_body_checks_one_pass(at_most_three_per_line: None) -> None:
    four = dict(lines.item("Kaffe 500 g", quantity=4, unit_price=12500, tax_rate=2500))
    rules = preflight.RULES["order"]
    assert _validation._lines_passing("CreateOrderRequest", {**ORDER_BODY, "order_lines": [LINE]}, rules)
    assert _validation._lines_passing("CreateOrderRequest", {**ORDER_BODY, "order_lines": [LINE, four]}, rules) is None


def test_the_loop_over_the_lines_inlines_the_predicates_it_is_made_from(generated_afresh: None) -> None:
    source = "".join(linecache.getlines(_line_rules._sound_lines().__code__.co_filename))
    assert "total == quantity * unit_price - discount" in source
    assert "priced(" not in source


def test_the_loop_over_the_lines_tests_each_predicate_once(generated_afresh: None) -> None:
    # Later rules give way to earlier ones (`applies`); a line that got past an earlier rule
    # kept it, so the loop does not ask again.
    source = "".join(linecache.getlines(_line_rules._sound_lines().__code__.co_filename))
    assert source.count("not (us and rate)") == 1
    assert source.count("0 < rate <=") == 1


def test_without_the_predicates_source_the_loop_calls_them_and_decides_the_same(
    monkeypatch: pytest.MonkeyPatch, generated_afresh: None
) -> None:
    bodies = [[LINE], [LINE, {**LINE, "total_amount": 1}], [{**LINE, "tax_rate": 25}], [{**LINE, "tax_rate": None}]]
    inlined = [_line_rules.sound_lines(body, False, frozenset({0, 2500, 1200, 600})) for body in bodies]

    def unreadable(_: object) -> str:
        raise OSError("no source")

    _clear_generated()
    monkeypatch.setattr(inspect, "getsource", unreadable)
    source = "".join(linecache.getlines(_line_rules._sound_lines().__code__.co_filename))
    assert "priced(quantity, unit_price, discount, total)" in source
    assert [_line_rules.sound_lines(body, False, frozenset({0, 2500, 1200, 600})) for body in bodies] == inlined


class Unanswerable(frozenset[int]):
    def __contains__(self, item: object) -> bool:
        raise LookupError("rates unavailable")


def test_a_traceback_through_the_loop_over_the_lines_shows_its_source_line() -> None:
    with pytest.raises(LookupError) as raised:
        _line_rules.sound_lines([LINE], False, Unanswerable())
    frames = traceback.extract_tb(raised.value.__traceback__)
    generated = [frame for frame in frames if frame.filename == "<klarna_payments generated: order line rules>"]
    assert generated
    assert "rate in rates" in (generated[-1].line or "")


def test_a_traceback_through_the_body_checks_loop_shows_its_source_line() -> None:
    rules = preflight.RULES["order"]
    body = {**ORDER_BODY, "order_lines": [LINE]}
    with pytest.raises(LookupError) as raised:
        _validation._fused_lines_check("CreateOrderRequest", rules.lines)(
            body["order_lines"], 0, us=False, rates=Unanswerable()
        )
    [frame] = [f for f in traceback.extract_tb(raised.value.__traceback__) if f.filename.startswith("<klarna_payments")]
    assert frame.filename == "<klarna_payments generated: check OrderLine with its rules>"
    assert "rate in rates" in (frame.line or "")


def test_the_body_checks_loops_are_listed_for_debuggers() -> None:
    check = _validation._plan("OrderLine").check
    filename = check.__code__.co_filename
    assert filename == "<klarna_payments generated: check OrderLine>"
    assert linecache.getline(filename, 1).startswith("def check(")
    linecache.checkcache()  # what traceback and pdb call: an entry without a file stays
    assert linecache.getline(filename, 1).startswith("def check(")


def test_the_sums_are_declared_in_the_order_the_checks_return_them() -> None:
    assert preflight._Sums._fields == tuple(total.name for total in _line_rules.SUMS)
    assert _line_rules.ORDER_LINES.sums == preflight._Sums._fields


def test_each_rule_is_reported_on_a_field_of_the_line() -> None:
    fields = {value.field for value in _line_rules.VALUES}
    assert {rule.field for rule in _line_rules.RULES} <= fields

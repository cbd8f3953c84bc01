"""Every error says what to do: its class's docstring (``help()``, pdoc) carries what it means
and the advice of the README's "Errors" table, and each error has a short, stable ``hint`` that
names the README section, for a log line to carry (and that survives pickling)."""

from __future__ import annotations

import json
import pickle
import pydoc
import re
from pathlib import Path

import httpx
import pytest
from klarna_payments import errors
from klarna_payments.errors import (
    APIConnectionError,
    APITimeoutError,
    Attempt,
    KlarnaError,
    OrderRuleError,
    OutcomeUnknownError,
    ResponseValidationError,
    error_class_for,
)
from klarna_payments.preflight import Problem

from tests.support.payloads import IDEMPOTENCY_KEY

ROOT = Path(__file__).resolve().parents[2]
ERROR_CLASSES = [
    value
    for name in errors.__all__
    if isinstance(value := getattr(errors, name), type) and issubclass(value, BaseException)
]
HINT = re.compile(r"[^\n]{10,100} \(README\.md#(?P<anchor>[a-z0-9-]+)\)")
BODY = json.dumps({"error_code": "NOT_FOUND", "error_messages": ["Invalid authorization token"]}).encode()


def readme_anchors() -> set[str]:
    """The anchors GitHub gives README.md's headings: lower case, spaces to hyphens, no punctuation."""
    headings = re.findall(r"^#{1,6} (.+)$", (ROOT / "README.md").read_text(encoding="utf-8"), re.M)
    return {re.sub(r"[^a-z0-9 -]", "", heading.lower()).replace(" ", "-") for heading in headings}


def unknown(operation: str, *, creates: str | None, **case: bool) -> OutcomeUnknownError:
    attempts = [Attempt(None, "ReadTimeout"), Attempt(403, None)]
    last = error_class_for(403)(403, BODY)
    return OutcomeUnknownError(
        operation, creates=creates, idempotency_key=IDEMPOTENCY_KEY, attempts=attempts, last_error=last, **case
    )


def made_errors() -> list[BaseException]:
    """One error of every class, made as the SDK makes them (an unknown outcome in each of its cases)."""
    status_errors = [error_class_for(status)(status, BODY) for status in (400, 401, 403, 404, 409, 429, 500, 418)]
    request = httpx.Request("POST", "https://klarna.test/payments/v1/authorizations/t/order")
    response = httpx.Response(200, content=b"{}", request=request)
    return [
        *status_errors,
        APIConnectionError("refused", idempotency_key=IDEMPOTENCY_KEY),
        APITimeoutError("slow", idempotency_key=IDEMPOTENCY_KEY),
        ResponseValidationError("create_order", "no order_id", response=response, creates="an order"),
        unknown("create_order", creates="an order"),
        unknown("create_order", creates="an order", consumed=True),
        unknown("cancel_authorization", creates=None),
        unknown("create_hpp_session", creates=None, repeatable=False),
        OrderRuleError("create_order", [Problem("order_amount", "order_amount: must be 1000, not 999", 1000, 999)]),
    ]


def test_the_error_classes_are_the_whole_hierarchy() -> None:
    assert {KlarnaError, OrderRuleError} <= set(ERROR_CLASSES)
    assert all(issubclass(cls, KlarnaError | OrderRuleError) for cls in ERROR_CLASSES)


@pytest.mark.parametrize("error_class", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_class_says_in_its_own_docstring_what_it_means_and_what_to_do(error_class: type) -> None:
    own = error_class.__dict__.get("__doc__") or ""
    meaning, _, advice = own.partition("What to do:")
    assert meaning.strip(), "what it means comes first"
    assert len(advice.split()) >= 5, "then what to do"


@pytest.mark.parametrize("error_class", ERROR_CLASSES, ids=lambda cls: cls.__name__)
def test_every_error_class_has_a_one_line_hint_naming_a_readme_section(error_class: type) -> None:
    hint = getattr(error_class, "hint", "")
    match = HINT.fullmatch(hint)
    assert match is not None, hint
    assert match["anchor"] in readme_anchors(), hint


def test_help_shows_what_to_do() -> None:
    page = pydoc.render_doc(errors.NotFoundError, renderer=pydoc.plaintext)
    assert "What to do: for an authorization, start a new one" in page


@pytest.mark.parametrize("error", made_errors(), ids=lambda error: type(error).__name__)
def test_every_error_made_has_a_hint_that_survives_pickling(error: BaseException) -> None:
    hint = getattr(error, "hint", "")
    assert HINT.fullmatch(hint) is not None, hint
    copy = pickle.loads(pickle.dumps(error))
    assert copy.hint == hint


def test_an_unknown_outcome_hints_at_what_settles_its_case() -> None:
    hints = [error.hint for error in made_errors() if isinstance(error, OutcomeUnknownError)]
    created, consumed, repeatable, not_repeatable = hints
    assert "same idempotency_key" in created
    assert "find it by your reference" in consumed
    assert "repeating it" in repeatable
    assert "read the state back" in not_repeatable


def test_the_hint_is_not_in_the_message() -> None:
    # The message stays what it was (one line of facts); the hint is for the log line to add.
    error = error_class_for(404)(404, BODY)
    assert str(error) == "404 NOT_FOUND: Invalid authorization token"

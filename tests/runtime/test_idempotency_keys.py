"""`klarna_payments.idempotency_key(*parts)`: a key from the caller's own identifiers, stored
before the call, so that a crash or a double submit repeats the call with the same key."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from klarna_payments import idempotency_key

from tests.support.mock import Recorder, json_response, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN


def test_the_key_is_a_uuid5() -> None:
    assert uuid.UUID(idempotency_key("shop-se", "10042")).version == 5


def test_the_same_parts_give_the_same_key() -> None:
    assert idempotency_key("shop-se", "10042") == idempotency_key("shop-se", "10042")


def test_the_key_is_the_same_in_another_process() -> None:
    code = "from klarna_payments import idempotency_key; print(idempotency_key('shop-se', '10042'))"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert other == idempotency_key("shop-se", "10042")


@pytest.mark.parametrize(
    ("one", "other"),
    [(("ab", "c"), ("a", "bc")), (("shop-se", "1"), ("shop-no", "1")), (("a",), ("a", "b")), (("a:b",), ("a", "b"))],
)
def test_different_parts_give_different_keys(one: tuple[str, ...], other: tuple[str, ...]) -> None:
    assert idempotency_key(*one) != idempotency_key(*other)


@pytest.mark.parametrize("parts", [(), ("",), ("shop", 42), ("shop", None)])
def test_no_parts_an_empty_one_or_a_non_string_is_refused(parts: tuple[object, ...]) -> None:
    with pytest.raises(ValueError, match="idempotency_key"):
        idempotency_key(*parts)  # type: ignore[arg-type]


def test_the_key_is_sent_on_every_attempt() -> None:
    key = idempotency_key("shop-se", "10042")
    recorder = Recorder(json_response(200, {"order_id": "o-1"}))
    with sync_sdk(recorder) as sdk:
        sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=key)
    assert recorder.idempotency_keys == [key]

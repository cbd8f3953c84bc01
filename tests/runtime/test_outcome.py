"""A call that Klarna may have executed never ends in an error that says it was not.

Attempts are `Recorder` steps: a status (Klarna answered) or an httpx exception (no answer).
"""

from __future__ import annotations

import logging

import httpx
import pytest
from klarna_payments import (
    APIConnectionError,
    APITimeoutError,
    AuthorizationNotCancellableError,
    InternalServerError,
    KlarnaError,
    NotFoundError,
    OutcomeUnknownError,
    PermissionDeniedError,
    ResponseValidationError,
    UnexpectedStatusError,
)
from klarna_payments.api.orders import create_order
from klarna_payments.errors import Attempt

from tests.support.mock import Recorder, async_sdk, json_response, quiet, sync_sdk
from tests.support.payloads import IDEMPOTENCY_KEY, ORDER_BODY, TOKEN, TOKEN_BODY

CONSUMED = json_response(
    403, {"error_code": "INVALID_OPERATION", "error_messages": ["Authorization token already consumed"]}
)
INVALID_TOKEN = json_response(404, {"error_code": "NOT_FOUND", "error_messages": ["Invalid authorization token"]})
CONFLICT = json_response(409, {"error_code": "BAD_VALUE", "error_messages": ["Not matching fields: [order_lines]"]})
BAD_VALUE = json_response(400, {"error_code": "BAD_VALUE", "error_messages": ["Bad value: order_amount"]})
RATE_LIMITED = json_response(429, {"error_code": "TOO_MANY_REQUESTS"})
READ_TIMEOUT = httpx.ReadTimeout("timed out")
WRITE_ERROR = httpx.WriteError("broken pipe")
RESET = httpx.RemoteProtocolError("Server disconnected without sending a response.")
REFUSED = httpx.ConnectError("connection refused")
CONNECT_TIMEOUT = httpx.ConnectTimeout("timed out")
# A 503 that asks for a wait was turned away; a proxy's bare 503 may follow a forwarded request.
WAITED_503 = json_response(503, {"error_code": "X"}, {"Retry-After": "1"})
CANNOT_CANCEL = json_response(404, {"error_code": "NOT_FOUND", "error_messages": ["Authorization cannot be deleted"]})
INTENT = json_response(
    403, {"error_code": "INVALID_OPERATION", "error_messages": ["Not allowed to create orders for intent tokenize"]}
)


def status(code: int) -> httpx.Response:
    return json_response(code, {"error_code": "X"})


def outcome_of(
    *steps: httpx.Response | Exception, operation: str = "create_order", retries: int = 2, key: str | None = None
) -> object:
    """What `operation` raises (or returns) when its attempts meet `steps`, the last repeating."""
    recorder = Recorder(*steps)
    with sync_sdk(recorder, max_retries=retries) as sdk:
        quiet(sdk)
        try:
            if operation == "cancel_authorization":
                return sdk.orders.cancel_authorization(TOKEN)
            call = sdk.orders.create_order if operation == "create_order" else sdk.orders.purchase_token
            return call(TOKEN, ORDER_BODY if operation == "create_order" else TOKEN_BODY, idempotency_key=key)
        except KlarnaError as error:
            return error


@pytest.mark.parametrize(
    "steps",
    [
        (READ_TIMEOUT, CONSUMED),
        (READ_TIMEOUT, INVALID_TOKEN),
        (READ_TIMEOUT, CONFLICT),
        (WRITE_ERROR, CONSUMED),
        (RESET, INVALID_TOKEN),
        (status(500), CONSUMED),
        (status(502), BAD_VALUE),
        (status(504), status(503), CONSUMED),
        (REFUSED, status(500), CONSUMED),
        (READ_TIMEOUT,),
        (status(502),),
        (status(501),),
        (READ_TIMEOUT, RATE_LIMITED),
        (status(503), CONSUMED),
        (status(503),),
        (WAITED_503, status(503), INVALID_TOKEN),
    ],
    ids=lambda steps: "-then-".join(
        type(s).__name__ if isinstance(s, Exception) else str(s.status_code) for s in steps
    ),
)
def test_a_create_order_that_may_have_been_executed_ends_in_outcome_unknown(steps: tuple[object, ...]) -> None:
    error = outcome_of(*steps)
    assert type(error) is OutcomeUnknownError, repr(error)


@pytest.mark.parametrize(
    ("steps", "expected"),
    [
        ((CONSUMED,), PermissionDeniedError),
        ((INVALID_TOKEN,), NotFoundError),
        ((REFUSED,), APIConnectionError),
        ((CONNECT_TIMEOUT,), APITimeoutError),
        ((WAITED_503,), InternalServerError),
        ((RATE_LIMITED, CONSUMED), PermissionDeniedError),
        ((REFUSED, WAITED_503, INVALID_TOKEN), NotFoundError),
        ((status(408), CONFLICT), Exception),
    ],
    ids=["403", "404", "refused", "connect-timeout", "503-retry-after", "429-then-403", "refused-503-404", "408-409"],
)
def test_a_create_order_that_was_not_executed_raises_the_last_attempts_error(
    steps: tuple[object, ...], expected: type[KlarnaError]
) -> None:
    error = outcome_of(*steps)
    assert type(error) is expected or (expected is Exception and not isinstance(error, OutcomeUnknownError)), repr(
        error
    )


def test_outcome_unknown_records_every_attempt_and_the_last_error() -> None:
    error = outcome_of(READ_TIMEOUT, status(500), CONSUMED)
    assert isinstance(error, OutcomeUnknownError)
    assert error.operation == "create_order"
    assert error.attempts == (Attempt(None, "ReadTimeout"), Attempt(500, None), Attempt(403, None))
    assert isinstance(error.last_error, PermissionDeniedError)
    assert error.last_error.error_code == "INVALID_OPERATION"
    assert error.__cause__ is error.last_error


def test_outcome_unknown_carries_the_key_every_attempt_sent() -> None:
    recorder = Recorder(READ_TIMEOUT, CONSUMED)
    with sync_sdk(recorder, max_retries=1) as sdk:
        quiet(sdk)
        with pytest.raises(OutcomeUnknownError) as caught:
            sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)
    assert recorder.idempotency_keys == [IDEMPOTENCY_KEY, IDEMPOTENCY_KEY]
    assert caught.value.idempotency_key == IDEMPOTENCY_KEY


def test_outcome_unknown_says_what_may_exist_and_how_to_settle_it_on_one_line() -> None:
    error = outcome_of(READ_TIMEOUT, RATE_LIMITED)
    message = str(error)
    assert "\n" not in message
    assert message.startswith("create_order: outcome unknown: an order may exist at Klarna")
    assert "same idempotency_key" in message
    assert f"idempotency_key={error.idempotency_key}" in message  # type: ignore[attr-defined]


def test_a_customer_token_that_may_have_been_created_is_named_so() -> None:
    error = outcome_of(READ_TIMEOUT, status(500), operation="purchase_token")
    assert isinstance(error, OutcomeUnknownError)
    assert "a customer token may exist at Klarna" in str(error)


def test_the_correlation_id_of_the_last_response_is_kept() -> None:
    last = json_response(403, {"error_code": "INVALID_OPERATION", "correlation_id": "corr-9"})
    error = outcome_of(READ_TIMEOUT, last)
    assert isinstance(error, OutcomeUnknownError)
    assert error.correlation_id == "corr-9"


def test_the_functional_layers_detailed_call_raises_outcome_unknown_too() -> None:
    with sync_sdk(Recorder(READ_TIMEOUT, CONSUMED), max_retries=1) as sdk:
        quiet(sdk)
        client = sdk  # any BaseClient serves the functional layer
        with pytest.raises(OutcomeUnknownError):
            create_order.sync_detailed(TOKEN, client=client, body=ORDER_BODY)  # type: ignore[arg-type]


def test_the_functional_layers_detailed_call_returns_a_plain_error_status() -> None:
    with sync_sdk(Recorder(CONSUMED)) as sdk:
        response = create_order.sync_detailed(TOKEN, client=sdk, body=ORDER_BODY)  # type: ignore[arg-type]
    assert response.status_code == 403


def test_with_raw_response_raises_outcome_unknown_like_the_plain_method() -> None:
    with sync_sdk(Recorder(READ_TIMEOUT, CONSUMED), max_retries=1) as sdk:
        quiet(sdk)
        with pytest.raises(OutcomeUnknownError):
            sdk.orders.with_raw_response.create_order(TOKEN, ORDER_BODY)


async def test_async_create_order_that_may_have_been_executed_ends_in_outcome_unknown() -> None:
    recorder = Recorder(READ_TIMEOUT, CONSUMED)
    async with async_sdk(recorder, max_retries=1) as sdk:
        quiet(sdk)
        with pytest.raises(OutcomeUnknownError) as caught:
            await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.attempts == (Attempt(None, "ReadTimeout"), Attempt(403, None))
    assert len(set(recorder.idempotency_keys)) == 1


async def test_async_final_read_timeout_is_outcome_unknown_not_a_timeout() -> None:
    async with async_sdk(Recorder(READ_TIMEOUT), max_retries=0) as sdk:
        with pytest.raises(OutcomeUnknownError) as caught:
            await sdk.orders.purchase_token(TOKEN, TOKEN_BODY)
    assert isinstance(caught.value.last_error, APITimeoutError)


# cancel_authorization is idempotent: a 404 after an attempt that may have worked means it did.


def test_cancel_after_an_ambiguous_attempt_treats_404_as_done(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.INFO, logger="klarna_payments")
    recorder = Recorder(READ_TIMEOUT, INVALID_TOKEN)
    with sync_sdk(recorder, max_retries=1) as sdk:
        quiet(sdk)
        assert sdk.orders.cancel_authorization(TOKEN) is None
    assert len(recorder.requests) == 2
    (settled,) = [r for r in caplog.records if "done" in r.getMessage()]
    assert settled.levelno == logging.INFO
    assert settled.getMessage().endswith(" done: an earlier attempt did the work")


def test_a_settled_cancel_counts_the_attempt_before_it_as_a_retry() -> None:
    with sync_sdk(Recorder(READ_TIMEOUT, INVALID_TOKEN), max_retries=1) as sdk:
        quiet(sdk)
        raw = sdk.orders.with_raw_response.cancel_authorization(TOKEN)
    assert (raw.status_code, raw.retries_taken, raw.parse()) == (404, 1, None)


def test_cancel_whose_first_attempt_gets_404_raises_not_found() -> None:
    with sync_sdk(Recorder(INVALID_TOKEN), max_retries=2) as sdk, pytest.raises(NotFoundError):
        sdk.orders.cancel_authorization(TOKEN)


def test_cancel_whose_every_attempt_times_out_is_outcome_unknown_with_the_timeout_last() -> None:
    error = outcome_of(READ_TIMEOUT, operation="cancel_authorization", retries=1)
    assert isinstance(error, OutcomeUnknownError)
    assert error.operation == "cancel_authorization"
    assert isinstance(error.last_error, APITimeoutError)
    assert "repeating the call" in str(error)


@pytest.mark.parametrize("last", [status(500), status(502), status(504), status(503), RESET], ids=str)
def test_cancel_that_may_have_been_executed_is_outcome_unknown(last: object) -> None:
    error = outcome_of(last, operation="cancel_authorization", retries=1)  # type: ignore[arg-type]
    assert type(error) is OutcomeUnknownError, repr(error)


def test_cancel_that_was_never_sent_keeps_the_connection_error() -> None:
    assert type(outcome_of(REFUSED, operation="cancel_authorization")) is APIConnectionError


def test_cancel_turned_away_with_retry_after_keeps_the_status_error() -> None:
    assert type(outcome_of(WAITED_503, operation="cancel_authorization")) is InternalServerError


def test_cancel_after_an_ambiguous_attempt_keeps_a_404_that_is_not_invalid_token() -> None:
    # "Authorization cannot be deleted": an order was placed meanwhile; the cancel did not happen.
    error = outcome_of(READ_TIMEOUT, CANNOT_CANCEL, operation="cancel_authorization")
    assert type(error) is AuthorizationNotCancellableError, repr(error)


def test_a_cancel_refused_for_a_used_authorization_is_told_apart_from_nothing_to_cancel() -> None:
    refused = outcome_of(CANNOT_CANCEL, operation="cancel_authorization")
    gone = outcome_of(INVALID_TOKEN, operation="cancel_authorization")
    assert type(refused) is AuthorizationNotCancellableError and isinstance(refused, NotFoundError)
    assert type(gone) is NotFoundError


async def test_a_cancel_refused_for_a_used_authorization_is_told_apart_async() -> None:
    async with async_sdk(Recorder(CANNOT_CANCEL)) as sdk:
        with pytest.raises(AuthorizationNotCancellableError):
            await sdk.orders.cancel_authorization(TOKEN)


def test_a_read_after_an_ambiguous_attempt_never_settles_on_a_404() -> None:
    # A read's 500 then "invalid authorization token" is an error, never "done" (None).
    recorder = Recorder(status(500), INVALID_TOKEN)
    with sync_sdk(recorder, max_retries=1) as sdk, pytest.raises(NotFoundError):
        quiet(sdk)
        sdk.sessions.read_credit_session(TOKEN)
    assert len(recorder.requests) == 2


# A caller-keyed repeat (a crash, a double submit) that meets "already consumed"


@pytest.mark.parametrize("operation", ["create_order", "purchase_token"])
def test_a_caller_keyed_call_whose_first_attempt_is_consumed_is_outcome_unknown(operation: str) -> None:
    error = outcome_of(CONSUMED, operation=operation, key=IDEMPOTENCY_KEY)
    assert isinstance(error, OutcomeUnknownError)
    assert error.consumed
    assert error.attempts == (Attempt(403, None),)
    assert isinstance(error.last_error, PermissionDeniedError)
    assert "already consumed: an order or customer token exists for it" in str(error)


def test_a_caller_keyed_403_that_is_not_consumed_keeps_permission_denied() -> None:
    assert type(outcome_of(INTENT, key=IDEMPOTENCY_KEY)) is PermissionDeniedError


def test_a_caller_keyed_403_of_another_code_that_mentions_consumed_keeps_permission_denied() -> None:
    quota = json_response(403, {"error_code": "NOT_ALLOWED", "error_messages": ["Credit limit consumed"]})
    assert type(outcome_of(quota, key=IDEMPOTENCY_KEY)) is PermissionDeniedError


def test_a_consumed_answer_after_a_turned_away_attempt_of_a_keyed_call_is_outcome_unknown() -> None:
    error = outcome_of(RATE_LIMITED, CONSUMED, key=IDEMPOTENCY_KEY)
    assert isinstance(error, OutcomeUnknownError) and error.consumed


async def test_async_caller_keyed_consumed_is_outcome_unknown() -> None:
    async with async_sdk(Recorder(CONSUMED)) as sdk:
        with pytest.raises(OutcomeUnknownError) as caught:
            await sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)
    assert caught.value.consumed


async def test_async_cancel_whose_attempt_was_reset_is_outcome_unknown() -> None:
    async with async_sdk(Recorder(RESET), max_retries=0) as sdk:
        with pytest.raises(OutcomeUnknownError) as caught:
            await sdk.orders.cancel_authorization(TOKEN)
    assert caught.value.operation == "cancel_authorization"


# Any 2xx of a creating call means it was executed


@pytest.mark.parametrize("code", [200, 201, 202])
def test_any_2xx_of_create_order_is_the_order(code: int) -> None:
    order = outcome_of(json_response(code, {"order_id": "o-1", "fraud_status": "ACCEPTED"}))
    assert getattr(order, "order_id", None) == "o-1", repr(order)


@pytest.mark.parametrize("code", [199, 300])
def test_a_status_just_outside_2xx_is_not_a_success(code: int) -> None:
    error = outcome_of(json_response(code, {"order_id": "o-1", "fraud_status": "ACCEPTED"}))
    assert isinstance(error, UnexpectedStatusError), repr(error)
    assert error.status_code == code


def test_an_undeclared_2xx_without_a_usable_body_is_response_validation_error() -> None:
    error = outcome_of(json_response(201, {"no": "order id"}))
    assert isinstance(error, ResponseValidationError)
    assert "an order was created" in str(error)


async def test_async_any_2xx_of_purchase_token_is_the_token() -> None:
    async with async_sdk(Recorder(json_response(201, {"token_id": "t-1"}))) as sdk:
        token = await sdk.orders.purchase_token(TOKEN, TOKEN_BODY)
    assert token.token_id == "t-1"


async def test_async_cancel_after_an_ambiguous_attempt_treats_404_as_done() -> None:
    async with async_sdk(Recorder(status(502), INVALID_TOKEN), max_retries=1) as sdk:
        quiet(sdk)
        assert await sdk.orders.cancel_authorization(TOKEN) is None


# Klarna's request-timeout answer: 500 with `error_code` TIMEOUT, in a body of its own shape
KLARNA_TIMEOUT = json_response(
    500,
    {
        "error_id": "e-1",
        "error_type": "TECHNICAL_ERROR",
        "error_code": "TIMEOUT",
        "error_message": "Request processing timeout.",
    },
)


def test_klarnas_timeout_answer_means_the_call_may_have_executed() -> None:
    error = outcome_of(KLARNA_TIMEOUT, KLARNA_TIMEOUT, KLARNA_TIMEOUT)
    assert isinstance(error, OutcomeUnknownError)
    assert error.attempts == (Attempt(500, None),) * 3
    assert error.last_error.error_code == "TIMEOUT"


def test_a_refusal_after_klarnas_timeout_answer_is_not_proof_that_nothing_happened() -> None:
    error = outcome_of(KLARNA_TIMEOUT, CONSUMED)
    assert isinstance(error, OutcomeUnknownError)
    assert isinstance(error.last_error, PermissionDeniedError)

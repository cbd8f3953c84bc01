"""Every status that is not a documented success raises its typed error, with the evidence kept."""

from __future__ import annotations

import pickle

import httpx
import pytest
from klarna_payments import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    KlarnaError,
    NotFoundError,
    OrderRuleError,
    OutcomeUnknownError,
    PermissionDeniedError,
    RateLimitError,
    ResponseValidationError,
    UnexpectedStatusError,
)
from klarna_payments.errors import Attempt
from klarna_payments.preflight import Problem

from tests.support.mock import Recorder, async_sdk, json_response, sync_sdk
from tests.support.payloads import IDEMPOTENCY_KEY, ORDER_BODY, TOKEN, TOKEN_BODY

NOT_FOUND_BODY = {
    "correlation_id": "6a9b1cb1-73a3-4936-a030-481ba4bb203b",
    "error_code": "NOT_FOUND",
    "error_messages": ["Invalid authorization token"],
}


@pytest.mark.parametrize(
    ("status", "error_class"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ConflictError),
        (429, RateLimitError),
        (500, InternalServerError),
        (502, InternalServerError),
        (503, InternalServerError),
        (418, UnexpectedStatusError),
        (422, UnexpectedStatusError),
        (302, UnexpectedStatusError),
    ],
)
def test_status_raises_its_error_class(status: int, error_class: type[APIStatusError]) -> None:
    recorder = Recorder(json_response(status, {"error_code": "X", "error_messages": []}))
    with sync_sdk(recorder) as sdk, pytest.raises(KlarnaError) as caught:
        sdk.orders.cancel_authorization(TOKEN)
    error = _definite(caught.value)
    assert type(error) is error_class
    assert error.status_code == status


def _definite(error: KlarnaError) -> KlarnaError:
    """The status error itself: a 5xx leaves a cancel's outcome unknown, with it as the last error."""
    return error.last_error if isinstance(error, OutcomeUnknownError) else error


def test_error_exposes_klarna_fields_and_a_readable_message() -> None:
    with sync_sdk(Recorder(json_response(404, NOT_FOUND_BODY))) as sdk, pytest.raises(NotFoundError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)
    error = caught.value
    assert error.error_code == "NOT_FOUND"
    assert error.error_messages == ["Invalid authorization token"]
    assert error.correlation_id == "6a9b1cb1-73a3-4936-a030-481ba4bb203b"
    assert error.idempotency_key == IDEMPOTENCY_KEY
    assert str(error) == (
        "404 NOT_FOUND: Invalid authorization token (correlation_id=6a9b1cb1-73a3-4936-a030-481ba4bb203b, "
        f"idempotency_key={IDEMPOTENCY_KEY})"
    )


def test_a_status_error_keeps_the_http_response_and_request() -> None:
    with sync_sdk(Recorder(json_response(404, NOT_FOUND_BODY))) as sdk, pytest.raises(NotFoundError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    error = caught.value
    assert isinstance(error.response, httpx.Response) and error.response.status_code == 404
    assert isinstance(error.request, httpx.Request) and error.request.url.path.endswith("/order")


def test_a_connection_error_keeps_the_request() -> None:
    with sync_sdk(Recorder(httpx.ConnectError("refused"))) as sdk, pytest.raises(APIConnectionError) as caught:
        sdk.orders.cancel_authorization(TOKEN)
    assert isinstance(caught.value.request, httpx.Request)


def test_a_timeout_says_the_call_timed_out() -> None:
    with sync_sdk(Recorder(httpx.ReadTimeout("read")), max_retries=0) as sdk, pytest.raises(APITimeoutError) as caught:
        sdk.sessions.read_credit_session(TOKEN)
    assert str(caught.value) == "read_credit_session: timed out (ReadTimeout: read)"


def test_a_connection_error_says_the_call_got_no_response() -> None:
    with sync_sdk(Recorder(httpx.ConnectError("refused")), max_retries=0) as sdk:
        with pytest.raises(APIConnectionError) as caught:
            sdk.sessions.read_credit_session(TOKEN)
    assert type(caught.value) is APIConnectionError
    assert str(caught.value) == "read_credit_session: got no response (ConnectError: refused)"


@pytest.mark.parametrize(("text", "reason"), [("", "no details"), ("reset\n  by peer", "reset by peer")])
def test_a_connection_errors_reason_is_one_line(text: str, reason: str) -> None:
    with sync_sdk(Recorder(httpx.ConnectError(text)), max_retries=0) as sdk:
        with pytest.raises(APIConnectionError) as caught:
            sdk.sessions.read_credit_session(TOKEN)
    assert str(caught.value) == f"read_credit_session: got no response (ConnectError: {reason})"


def test_a_connection_errors_reason_is_cut_at_200_characters() -> None:
    with sync_sdk(Recorder(httpx.ConnectError("x" * 500)), max_retries=0) as sdk:
        with pytest.raises(APIConnectionError) as caught:
            sdk.sessions.read_credit_session(TOKEN)
    assert str(caught.value) == f"read_credit_session: got no response (ConnectError: {'x' * 200})"


@pytest.mark.parametrize(("value", "shown"), [("abcd", "[redacted]"), ("abc", "abc")])
def test_a_header_value_of_four_characters_or_more_is_redacted_from_a_cause(value: str, shown: str) -> None:
    # Shorter values would blank ordinary words of the message; no credential is that short.
    with sync_sdk(Recorder(httpx.ConnectError(f"refused {value}")), max_retries=0) as sdk:
        with pytest.raises(APIConnectionError) as caught:
            sdk.sessions.read_credit_session(TOKEN, extra_headers={"X-Trace": value})
    assert str(caught.value.__cause__) == f"refused {shown}"


def test_a_header_value_is_redacted_from_a_cause_also_as_the_bytes_an_h11_message_quotes() -> None:
    # h11 and httpcore quote header values as bytes (b'...'), where a backslash is doubled.
    value = "tr\\ce-1234"
    quoted = repr(value.encode())
    with sync_sdk(Recorder(httpx.LocalProtocolError(f"Illegal header value {quoted}")), max_retries=0) as sdk:
        with pytest.raises(APIConnectionError) as caught:
            sdk.sessions.read_credit_session(TOKEN, extra_headers={"X-Trace": value})
    assert str(caught.value.__cause__) == "Illegal header value b'[redacted]'"


def test_correlation_id_falls_back_to_the_response_header() -> None:
    response = json_response(409, {"error_code": "BAD_VALUE"}, headers={"Klarna-Correlation-Id": "from-header"})
    with sync_sdk(Recorder(response)) as sdk, pytest.raises(ConflictError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.correlation_id == "from-header"


def test_an_html_502_from_a_proxy_raises_internal_server_error_with_the_page() -> None:
    page = b"<html><body><h1>502 Bad Gateway</h1></body></html>"
    response = httpx.Response(502, content=page, headers={"Content-Type": "text/html"})
    with sync_sdk(Recorder(response)) as sdk, pytest.raises(OutcomeUnknownError) as caught:
        sdk.orders.cancel_authorization(TOKEN)
    error = caught.value.last_error
    assert isinstance(error, InternalServerError)
    assert error.error_code is None
    assert error.content == page
    assert "502 BAD_GATEWAY" in str(error)


def test_json_error_of_another_shape_still_raises_its_class() -> None:
    with sync_sdk(Recorder(json_response(404, ["not", "an", "object"]))) as sdk, pytest.raises(NotFoundError) as caught:
        sdk.orders.cancel_authorization(TOKEN)
    assert caught.value.error_code is None
    assert caught.value.content == b'["not", "an", "object"]'


def test_an_error_body_nested_beyond_the_parsers_depth_still_raises_its_class() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    with sync_sdk(Recorder(httpx.Response(404, content=deep))) as sdk, pytest.raises(NotFoundError) as caught:
        sdk.orders.cancel_authorization(TOKEN)
    assert caught.value.body is None
    assert len(caught.value.content) == 200_000


@pytest.mark.parametrize(
    ("server_text", "shown"),
    [
        ("\x1b[31mRED\x1b[0m", "\\x1b[31mRED\\x1b[0m"),
        ("line one\nFAKE LOG LINE", "line one\\nFAKE LOG LINE"),
        ("right\u202eleft", "right\\u202eleft"),
    ],
)
def test_control_characters_from_the_server_are_escaped_in_the_message(server_text: str, shown: str) -> None:
    body = {"error_code": server_text, "error_messages": [server_text], "correlation_id": server_text}
    with sync_sdk(Recorder(json_response(400, body))) as sdk, pytest.raises(BadRequestError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    message = str(caught.value)
    assert shown in message
    assert message.isprintable()
    assert caught.value.error_code == server_text  # the attribute keeps what the server sent


@pytest.mark.parametrize(
    ("messages", "fields"),
    [
        (
            ["Bad value: order_lines[2].total_tax_amount differs from the calculated value [-2990] by more than [1]"],
            ("order_lines[2].total_tax_amount",),
        ),
        (
            ["BAD_VALUE : order_lines[X].tax_rate", "Bad value: purchase_country"],
            ("order_lines[X].tax_rate", "purchase_country"),
        ),
        (["Something else went wrong"], ()),
        ([], ()),
    ],
)
def test_bad_request_fields_are_the_paths_klarna_names(messages: list[str], fields: tuple[str, ...]) -> None:
    body = {"error_code": "BAD_VALUE", "error_messages": messages}
    with sync_sdk(Recorder(json_response(400, body))) as sdk, pytest.raises(BadRequestError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.fields == fields


@pytest.mark.parametrize(
    ("messages", "fields"),
    [
        (
            ["Not matching fields: [billing_address.postal_code, shipping_address.organization_name]"],
            ("billing_address.postal_code", "shipping_address.organization_name"),
        ),
        (["Not matching fields: [Incorrect number of items in the cart. Expected: 2, Actual: 3]"], ()),
        (["The order has been already completed with different request body"], ()),
    ],
)
def test_conflict_fields_are_the_paths_that_differ_from_the_session(
    messages: list[str], fields: tuple[str, ...]
) -> None:
    body = {"error_code": "BAD_VALUE", "error_messages": messages}
    with sync_sdk(Recorder(json_response(409, body))) as sdk, pytest.raises(ConflictError) as caught:
        sdk.orders.purchase_token(TOKEN, TOKEN_BODY)
    assert caught.value.fields == fields


async def test_async_error_raises_its_class_with_fields() -> None:
    async with async_sdk(Recorder(json_response(404, NOT_FOUND_BODY))) as sdk:
        with pytest.raises(NotFoundError) as caught:
            await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert caught.value.error_code == "NOT_FOUND"
    assert caught.value.correlation_id == NOT_FOUND_BODY["correlation_id"]


# Pickling: Celery, RQ and process pools carry errors between processes.


def _raised(status: int, body: object) -> APIStatusError:
    """The error a call gets for `status` (for a 5xx, the last error of the unknown outcome it leaves)."""
    with sync_sdk(Recorder(json_response(status, body))) as sdk:
        try:
            sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)
        except APIStatusError as error:
            return error
        except OutcomeUnknownError as unknown:
            assert isinstance(unknown.last_error, APIStatusError)
            return unknown.last_error
    raise AssertionError("no error raised")


def _response_validation_error() -> ResponseValidationError:
    with sync_sdk(Recorder(json_response(200, {}))) as sdk:
        try:
            sdk.orders.create_order(TOKEN, ORDER_BODY)
        except ResponseValidationError as error:
            return error
    raise AssertionError("no error raised")


def _status_errors() -> list[APIStatusError]:
    statuses = [400, 401, 403, 404, 409, 429, 500, 418]
    return [_raised(status, NOT_FOUND_BODY) for status in statuses]


@pytest.mark.parametrize("error", _status_errors(), ids=lambda error: type(error).__name__)
def test_a_status_error_survives_pickling_with_its_fields(error: APIStatusError) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    assert str(copy) == str(error)
    fields = ("status_code", "error_code", "error_messages", "correlation_id", "idempotency_key", "content")
    assert [getattr(copy, name) for name in fields] == [getattr(error, name) for name in fields]
    assert copy.headers == error.headers
    assert (copy.response, copy.request) == (None, None)


def test_other_errors_survive_pickling_with_their_fields() -> None:
    status_error = _raised(403, NOT_FOUND_BODY)
    errors: list[BaseException] = [
        APIConnectionError("refused", idempotency_key=IDEMPOTENCY_KEY),
        APITimeoutError("slow", idempotency_key=IDEMPOTENCY_KEY),
        _response_validation_error(),
        OutcomeUnknownError(
            "create_order",
            creates="an order",
            idempotency_key=IDEMPOTENCY_KEY,
            attempts=[Attempt(None, "ReadTimeout"), Attempt(403, None)],
            last_error=status_error,
            correlation_id="c-1",
        ),
        OrderRuleError("create_order", [Problem("order_amount", "order_amount: must be 1000, not 999", 1000, 999)]),
    ]
    for error in errors:
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is type(error)
        assert str(copy) == str(error)
        public = {
            name: value for name, value in vars(error).items() if not isinstance(value, httpx.Request | httpx.Response)
        }
        for name, value in public.items():
            if isinstance(value, KlarnaError):
                assert str(getattr(copy, name)) == str(value)
            else:
                assert getattr(copy, name) == value, name


# Every error says what support needs, even when it has nothing to say


def test_klarna_error_declares_correlation_id_and_idempotency_key() -> None:
    error = KlarnaError("anything")
    assert (error.correlation_id, error.idempotency_key) == (None, None)


def test_a_connection_error_is_handled_like_any_klarna_error() -> None:
    with sync_sdk(Recorder(httpx.ConnectError("refused"))) as sdk:
        try:
            sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)
        except KlarnaError as error:
            logged = (error.correlation_id, error.idempotency_key)
    assert logged == (None, IDEMPOTENCY_KEY)


def test_a_response_validation_error_carries_the_key_and_the_correlation_id() -> None:
    answer = json_response(200, {}, {"Klarna-Correlation-Id": "c-7"})
    with sync_sdk(Recorder(answer)) as sdk, pytest.raises(ResponseValidationError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY, idempotency_key=IDEMPOTENCY_KEY)
    assert (caught.value.correlation_id, caught.value.idempotency_key) == ("c-7", IDEMPOTENCY_KEY)

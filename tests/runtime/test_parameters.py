"""Path, query and header parameters are checked against the document before anything is sent.

Like a body: a ValueError names each refused value by the Python argument it came from, and
nothing is sent. A datetime goes out as ISO 8601 with its offset, an unset optional parameter
not at all. The operations below are table entries as `make generate` writes them for a
Settlements-style list and an Order Management read (the drill generates such operations from a
document: tests/generation/test_drill.py).
"""

from __future__ import annotations

import datetime
import enum
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from klarna_payments import _base_client, _validation
from klarna_payments._schema import Field, Operation
from klarna_payments._spec import OPERATIONS

from tests.support.mock import Recorder, async_sdk, json_response, sync_sdk
from tests.support.payloads import ORDER_BODY

OK = json_response(200, {})
ORDER_ID = "0b1d9815-165e-42e2-8867-35bc03789e00"

LIST_PAYOUTS = Operation(
    name="list_payouts",
    resource="settlements",
    operation_id="listPayouts",
    method="GET",
    path="/settlements/v1/payouts",
    path_parameters=(),
    body=None,
    responses={200: None},
    sends_idempotency_key=False,
    creates=None,
    query_parameters=("size", "offset", "start_date", "day", "currency_code", "payment_reference", "status"),
    header_parameters=("X-Source",),
    parameters={
        "size": Field("integer", maximum=500),
        "offset": Field("integer", minimum=0),
        "start_date": Field("string", format="date-time"),
        "day": Field("string", format="date"),
        "currency_code": Field("string", enum=("EUR", "SEK", "USD")),
        "payment_reference": Field("string", max_length=10),
        "status": Field("array", enum=("PENDING", "PAID"), item_type="string", max_items=2),
        "X-Source": Field("string", pattern="^[a-z]+$"),
    },
    required_parameters=frozenset({"payment_reference"}),
    parameter_python_names={"X-Source": "x_source"},
)

READ_CAPTURE = Operation(
    name="read_capture",
    resource="order_management",
    operation_id="readCapture",
    method="GET",
    path="/ordermanagement/v1/orders/{order_id}/captures/{capture_id}",
    path_parameters=("order_id", "capture_id"),
    body=None,
    responses={200: None},
    sends_idempotency_key=False,
    creates=None,
    parameters={
        "order_id": Field("string", pattern="^[0-9a-f-]{36}$", secret=True),
        "capture_id": Field("integer", minimum=1),
    },
    required_parameters=frozenset({"order_id", "capture_id"}),
)


class Currency(enum.Enum):
    SEK = "SEK"


def arguments(**given: Any) -> dict[str, Any]:
    """The runtime call's keywords as a generated method makes them: every parameter, None unless given."""
    query = {name: None for name in LIST_PAYOUTS.query_parameters}
    query["payment_reference"] = "ref-1"
    headers: dict[str, Any] = {"X-Source": given.pop("x_source", None)}
    return {"query": {**query, **given}, "header_parameters": headers}


def sent(**given: Any) -> httpx.Request:
    recorder = Recorder(OK)
    with sync_sdk(recorder) as sdk:
        _base_client.call(sdk, LIST_PAYOUTS, (), **arguments(**given))
    (request,) = recorder.requests
    return request


def refused(operation: Operation = LIST_PAYOUTS, path: tuple[object, ...] = (), **given: Any) -> str:
    """The ValueError message of the call; asserts nothing was sent."""
    recorder = Recorder(OK)
    options = arguments(**given) if operation is LIST_PAYOUTS else {}
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError) as raised:
        _base_client.call(sdk, operation, path, **options)
    assert recorder.requests == []
    return str(raised.value)


# Sent as given


def test_valid_query_parameters_are_sent_as_their_text() -> None:
    request = sent(size=500, offset=0, currency_code="SEK")
    assert dict(request.url.params) == {
        "size": "500",
        "offset": "0",
        "currency_code": "SEK",
        "payment_reference": "ref-1",
    }


def test_an_unset_optional_parameter_is_not_sent() -> None:
    request = sent()
    assert list(request.url.params) == ["payment_reference"]
    assert "X-Source" not in request.headers


def test_an_enum_member_is_sent_as_its_value() -> None:
    assert sent(currency_code=Currency.SEK).url.params["currency_code"] == "SEK"


def test_a_utc_datetime_is_sent_as_iso_8601_with_z() -> None:
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert sent(start_date=start).url.params["start_date"] == "2026-01-01T00:00:00Z"


def test_a_datetime_with_another_offset_is_sent_with_it() -> None:
    start = datetime.datetime(2026, 1, 1, 9, 30, tzinfo=datetime.timezone(datetime.timedelta(hours=2)))
    request = sent(start_date=start)
    assert request.url.params["start_date"] == "2026-01-01T09:30:00+02:00"
    assert b"start_date=2026-01-01T09%3A30%3A00%2B02%3A00" in request.url.raw_path  # the + stays a plus


def test_an_iso_8601_str_with_an_offset_is_sent_as_it_is() -> None:
    assert sent(start_date="2026-01-01T00:00:00Z").url.params["start_date"] == "2026-01-01T00:00:00Z"


def test_a_date_is_sent_as_yyyy_mm_dd() -> None:
    assert sent(day=datetime.date(2026, 3, 4)).url.params["day"] == "2026-03-04"


def test_an_array_parameter_is_sent_once_per_item() -> None:
    assert sent(status=["PENDING", "PAID"]).url.params.get_list("status") == ["PENDING", "PAID"]


def test_an_integer_path_parameter_is_sent_as_its_text() -> None:
    recorder = Recorder(OK)
    with sync_sdk(recorder) as sdk:
        _base_client.call(sdk, READ_CAPTURE, (ORDER_ID, 7))
    assert recorder.requests[0].url.path == f"/ordermanagement/v1/orders/{ORDER_ID}/captures/7"


# Refused, by the Python argument's name


def test_an_integer_above_its_maximum_is_refused() -> None:
    assert refused(size=501) == "list_payouts: invalid parameters: size: must be at most 500, not 501"


def test_an_integer_below_its_minimum_is_refused() -> None:
    assert "offset: must be at least 0, not -1" in refused(offset=-1)


def test_a_bool_is_not_an_integer() -> None:
    assert "size: must be an integer, not bool" in refused(size=True)


def test_a_str_is_not_an_integer() -> None:
    assert "size: must be an integer, not str" in refused(size="20")


def test_an_int_is_not_a_str() -> None:
    assert "payment_reference: must be a string, not int" in refused(payment_reference=12)


def test_a_value_outside_the_enum_is_refused() -> None:
    assert "currency_code: 'NOK' is not one of ('EUR', 'SEK', 'USD')" in refused(currency_code="NOK")


def test_a_str_longer_than_its_max_length_is_refused() -> None:
    assert "payment_reference: must be at most 10 characters long, not 11" in refused(payment_reference="x" * 11)


def test_a_header_parameter_is_named_by_its_argument() -> None:
    assert "x_source: 'Shop' does not match ^[a-z]+$" in refused(x_source="Shop")


def test_an_array_item_outside_the_enum_is_refused_with_its_index() -> None:
    assert "status[1]: 'LOST' is not one of ('PENDING', 'PAID')" in refused(status=["PAID", "LOST"])


def test_an_array_longer_than_its_max_items_is_refused() -> None:
    assert "status: must hold at most 2 items, not 3" in refused(status=["PAID"] * 3)


def test_a_required_parameter_given_none_is_refused() -> None:
    assert "payment_reference: required parameter missing" in refused(payment_reference=None)


def test_a_required_parameter_left_out_is_refused() -> None:
    recorder = Recorder(OK)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match="payment_reference: required parameter missing"):
        _base_client.call(sdk, LIST_PAYOUTS, (), query={"size": 10})
    assert recorder.requests == []


def test_every_refused_parameter_is_named_in_one_error() -> None:
    message = refused(size=501, offset=-1, x_source="A")
    assert message.count("; ") == 2
    assert all(f"{name}: " in message for name in ("size", "offset", "x_source"))


# Dates and times


def test_a_naive_datetime_is_refused() -> None:
    assert "start_date: a naive datetime is ambiguous" in refused(start_date=datetime.datetime(2026, 1, 1))


def test_a_date_time_str_without_an_offset_is_refused() -> None:
    assert "start_date: '2026-01-01T00:00:00' has no UTC offset" in refused(start_date="2026-01-01T00:00:00")


def test_a_str_that_is_no_date_time_is_refused() -> None:
    assert "start_date: 'yesterday' is not an ISO 8601 date-time" in refused(start_date="yesterday")


def test_a_date_is_not_a_date_time() -> None:
    assert "start_date: must be a datetime or an ISO 8601 str, not date" in refused(
        start_date=datetime.date(2026, 1, 1)
    )


def test_a_datetime_is_not_a_date() -> None:
    aware = datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC)
    assert "day: must be a date, not a datetime" in refused(day=aware)


# Path parameters


def test_a_secret_path_parameter_is_named_never_quoted() -> None:
    message = refused(READ_CAPTURE, ("not-a-secret-order-id", 7))
    assert "order_id: does not match ^[0-9a-f-]{36}$" in message
    assert "not-a-secret-order-id" not in message


def test_an_integer_path_parameter_below_its_minimum_is_refused() -> None:
    assert "capture_id: must be at least 1, not 0" in refused(READ_CAPTURE, (ORDER_ID, 0))


def test_a_session_id_longer_than_the_document_allows_is_refused() -> None:
    recorder = Recorder(OK)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError) as raised:
        sdk.sessions.read_credit_session("s" * 256)
    assert str(raised.value) == (
        "read_credit_session: invalid parameters: session_id: must be at most 255 characters long, not 256"
    )
    assert recorder.requests == []


def test_a_blank_path_parameter_is_refused_as_blank() -> None:
    recorder = Recorder(OK)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError, match="session_id: must not be blank"):
        sdk.sessions.read_credit_session("   ")
    assert recorder.requests == []


def test_an_empty_authorization_token_is_refused_by_its_python_name_never_quoted() -> None:
    recorder = Recorder(OK)
    with sync_sdk(recorder) as sdk, pytest.raises(ValueError) as raised:
        sdk.orders.create_order("", ORDER_BODY)
    assert str(raised.value) == "create_order: invalid parameters: authorization_token: must not be empty"
    assert recorder.requests == []


@pytest.mark.parametrize(
    ("operation", "name"),
    [
        (operation, name)
        for operation in OPERATIONS.values()
        for name in operation.path_parameters
        if operation.parameters[name].type == "string" and operation.parameters[name].min_length
    ],
    ids=lambda value: value.name if isinstance(value, Operation) else value,
)
def test_an_empty_path_parameter_is_named_as_the_python_argument(operation: Operation, name: str) -> None:
    values = tuple("" if each == name else "x" for each in operation.path_parameters)
    problems = _validation.parameter_problems(operation, values, None, None)
    python_name = operation.parameter_python_names.get(name, name)
    assert f"{python_name}: must not be empty" in problems
    assert not any(problem.startswith(f"{name}:") for problem in problems) or python_name == name


async def test_async_calls_check_parameters_too() -> None:
    recorder = Recorder(OK)
    async with async_sdk(recorder) as sdk:
        with pytest.raises(ValueError, match="size: must be at most 500, not 501"):
            await _base_client.acall(sdk, LIST_PAYOUTS, (), **arguments(size=501))
    assert recorder.requests == []


# The compiled common case agrees with the full walk

ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-2, max_value=502),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=12),
    st.sampled_from(["EUR", "SEK", "NOK", "PAID", "2026-01-01", "2026-01-01T00:00:00Z", "   ", "abc", "x" * 11]),
    st.sampled_from([datetime.date(2026, 1, 1), datetime.datetime(2026, 1, 1), Currency.SEK, ["PAID"], ("LOST",)]),
)


@settings(max_examples=300, deadline=None)
@given(
    query=st.dictionaries(st.sampled_from(LIST_PAYOUTS.query_parameters), ODD_VALUES),
    header=ODD_VALUES,
    path=st.tuples(ODD_VALUES, ODD_VALUES),
)
def test_what_the_compiled_check_passes_the_full_walk_passes(
    query: dict[str, Any], header: object, path: tuple[object, object]
) -> None:
    headers = {"X-Source": header}
    if _validation._parameter_check(LIST_PAYOUTS)((), query, headers):
        assert _validation._parameter_walk(LIST_PAYOUTS, (), query, headers) == []
    if _validation._parameter_check(READ_CAPTURE)(path, {}, {}):
        assert _validation._parameter_walk(READ_CAPTURE, path, {}, {}) == []


def test_the_compiled_check_passes_a_typical_call() -> None:
    query = arguments(size=20, offset=0, currency_code="SEK")["query"]
    assert _validation._parameter_check(LIST_PAYOUTS)((), query, {})

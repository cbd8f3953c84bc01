"""No credential in any frame an error tracker captures, nor in any pickle.

Sentry, Django's debug page and `pytest --showlocals` record the `repr` of every local variable
of every frame of a raised error and of its causes. These tests walk exactly that, for each way
a call can fail, sync and async: `TracebackException(capture_locals=True)` and every frame's
`f_locals`, by `repr`.
"""

from __future__ import annotations

import base64
import pickle
import traceback
from collections.abc import Iterator
from types import TracebackType
from typing import Any

import httpx
import pytest
from klarna_payments import AsyncKlarnaPayments, AuthenticatedClient, KlarnaError, KlarnaPayments
from klarna_payments._schema import Operation
from klarna_payments._spec import OPERATIONS
from klarna_payments.api.orders import create_order
from local_server import Fault, Step, scripted_server

from tests.support.calls import call_arguments
from tests.support.mock import Recorder, async_sdk, json_response, quiet, sync_sdk
from tests.support.payloads import ORDER_BODY, TOKEN

ORDER = json_response(200, {"order_id": "o-1"})

PASSWORD = "pa55-W0rd-never-shown"
API_KEY = "klarna_test_api_key_never_shown_12345"
BASIC = base64.b64encode(f"merchant:{PASSWORD}".encode()).decode()
SECRETS = (PASSWORD, API_KEY, BASIC)

FAILURES: dict[str, tuple[httpx.Response | Exception, ...]] = {
    "timeout": (httpx.ReadTimeout("timed out"),),
    "connection error": (httpx.ConnectError("refused"),),
    "exhausted 5xx": (json_response(500, {"error_code": "INTERNAL_SERVER_ERROR"}),),
    "unusable 200": (json_response(200, {"no": "order id"}),),
    "404": (json_response(404, {"error_code": "NOT_FOUND", "error_messages": ["Invalid authorization token"]}),),
    "bad body": (ORDER,),
}
CREDENTIALS: dict[str, dict[str, str]] = {
    "password": {"username": "merchant", "password": PASSWORD},
    "api key": {"api_key": API_KEY, "username": None, "password": None},  # type: ignore[dict-item]
}


def _body(failure: str) -> dict[str, Any]:
    return {**ORDER_BODY, "order_amount": "not a number"} if failure == "bad body" else ORDER_BODY


def _chain(error: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending += [current.__cause__, current.__context__]


def _library_frames(tb: TracebackType | None) -> Iterator[Any]:
    """The frames of `tb` outside this test suite: the SDK's, httpx's, httpcore's."""
    while tb is not None:
        if "/tests/" not in tb.tb_frame.f_code.co_filename:
            yield tb.tb_frame
        tb = tb.tb_next


def _drop_argument(exception: traceback.TracebackException, shown: str) -> None:
    for frame in exception.stack:
        if frame.locals:
            frame.locals = {name: value for name, value in frame.locals.items() if value != shown}


def _summaries(exception: traceback.TracebackException | None) -> Iterator[str]:
    seen: set[int] = set()
    pending = [exception]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        for frame in current.stack:
            if "/tests/" not in frame.filename:
                yield f"{frame.filename}:{frame.lineno} {frame.locals}"
        yield "".join(current.format_exception_only())
        pending += [current.__cause__, current.__context__]


def captured_text(error: BaseException, argument: str | None = None) -> str:
    """Everything a tracker would record of the library's frames: the traceback with locals
    (`capture_locals=True`), every frame's locals by repr, each error's repr, str and attributes,
    and the error's pickle. A local that *is* `argument` (the caller's own str, which the SDK
    cannot give another repr: README's `before_send` scrubs it) is left out."""
    exception = traceback.TracebackException.from_exception(error, capture_locals=True)
    if argument is not None:
        _drop_argument(exception, repr(argument))
    parts = list(_summaries(exception))
    for link in _chain(error):
        parts += [repr(link), str(link), repr(vars(link)) if hasattr(link, "__dict__") else ""]
        for frame in _library_frames(link.__traceback__):
            parts += [f"{name}={value!r}" for name, value in frame.f_locals.items() if value is not argument]
    if isinstance(error, KlarnaError):
        parts.append(repr(pickle.dumps(error)))
    return "\n".join(parts)


def test_the_walk_covers_the_sdks_frames() -> None:
    with sync_sdk(Recorder(*FAILURES["timeout"]), max_retries=0) as sdk, pytest.raises(KlarnaError) as caught:
        sdk.orders.create_order(TOKEN, ORDER_BODY)
    text = captured_text(caught.value)
    assert "_policy.py" in text and "prepared=Prepared(" in text


def assert_no_secret(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text


@pytest.mark.parametrize("credentials", CREDENTIALS.values(), ids=CREDENTIALS.keys())
@pytest.mark.parametrize("failure", FAILURES)
def test_a_failed_call_shows_no_credential_in_any_frame(failure: str, credentials: dict[str, str]) -> None:
    with sync_sdk(Recorder(*FAILURES[failure]), max_retries=1, **credentials) as sdk:
        quiet(sdk)
        with pytest.raises((KlarnaError, ValueError)) as caught:
            sdk.orders.create_order(TOKEN, _body(failure))
    assert_no_secret(captured_text(caught.value))


@pytest.mark.parametrize("failure", FAILURES)
async def test_a_failed_async_call_shows_no_credential_in_any_frame(failure: str) -> None:
    async with async_sdk(Recorder(*FAILURES[failure]), max_retries=1, **CREDENTIALS["password"]) as sdk:
        quiet(sdk)
        with pytest.raises((KlarnaError, ValueError)) as caught:
            await sdk.orders.create_order(TOKEN, _body(failure))
    assert_no_secret(captured_text(caught.value))


@pytest.mark.parametrize("failure", ["timeout", "exhausted 5xx", "404"])
def test_a_failed_cancel_shows_no_credential_in_any_frame(failure: str) -> None:
    with sync_sdk(Recorder(*FAILURES[failure]), **CREDENTIALS["api key"]) as sdk:
        quiet(sdk)
        with pytest.raises(KlarnaError) as caught:
            sdk.orders.cancel_authorization(TOKEN)
    assert_no_secret(captured_text(caught.value))


def test_the_test_would_see_a_credential_in_a_frame() -> None:
    # The walk itself: a local holding the header value is found.
    with pytest.raises(RuntimeError) as caught:
        _leak()
    with pytest.raises(AssertionError):
        assert_no_secret(captured_text(caught.value))


def test_a_pickled_raw_response_holds_no_credential() -> None:
    with sync_sdk(Recorder(ORDER), **CREDENTIALS["password"]) as sdk:
        raw = sdk.orders.with_raw_response.create_order(TOKEN, ORDER_BODY)
    copy = pickle.loads(pickle.dumps(raw))
    assert_no_secret(repr(pickle.dumps(raw)))
    assert copy.parse() == raw.parse()
    assert copy.http_response is None
    assert copy.correlation_id == raw.correlation_id


def test_the_client_repr_shows_no_credential() -> None:
    sdk = KlarnaPayments(username="merchant", password=PASSWORD, base_url="https://klarna.test")
    assert_no_secret(repr(sdk) + repr(sdk._config))


# A "library" function outside tests/ whose frame holds the credential, for the walk to find.
_LIBRARY: dict[str, Any] = {}
exec(
    compile('def leak(secret):\n    header = "Basic " + secret\n    raise RuntimeError("boom")\n', "<lib>", "exec"),
    _LIBRARY,
)


def _leak() -> None:
    _LIBRARY["leak"](BASIC)


# Over real sockets: httpx's and httpcore's own frames (which hold the raw request) are not kept.

SOCKET_FAULTS = {"reset": Step(fault=Fault.RESET), "stall": Step(fault=Fault.STALL), "refused": None}


@pytest.mark.parametrize("fault", SOCKET_FAULTS)
def test_a_failed_call_over_sockets_shows_no_credential_in_any_frame(fault: str) -> None:
    step = SOCKET_FAULTS[fault]
    with scripted_server(*([step] if step else [])) as (url, _):
        base_url = url if step else "http://127.0.0.1:9"  # the discard port: nothing listens
        options = {"base_url": base_url, "timeout": 0.3, "max_retries": 0, **CREDENTIALS["password"]}
        with KlarnaPayments(**options) as sdk, pytest.raises(KlarnaError) as caught:  # type: ignore[arg-type]
            sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert_no_secret(captured_text(caught.value))


@pytest.mark.parametrize("fault", ["reset", "stall"])
async def test_a_failed_async_call_over_sockets_shows_no_credential_in_any_frame(fault: str) -> None:
    step = SOCKET_FAULTS[fault]
    assert step is not None
    with scripted_server(step) as (url, _):
        options = {"base_url": url, "timeout": 0.3, "max_retries": 0, **CREDENTIALS["password"]}
        async with AsyncKlarnaPayments(**options) as sdk:  # type: ignore[arg-type]
            with pytest.raises(KlarnaError) as caught:
                await sdk.orders.create_order(TOKEN, ORDER_BODY)
    assert_no_secret(captured_text(caught.value))


# The authorization token and every other path value the document marks secret: no frame local
# but the caller's own argument holds it, on every path a call takes.

SECRET_OPERATIONS = [
    operation
    for operation in OPERATIONS.values()
    if any(operation.parameters[name].secret for name in operation.path_parameters)
]
SECRET_VALUE = "tok-3f9c2a7e-never-in-a-frame"


def _secret_call(operation: Operation) -> tuple[list[Any], dict[str, Any]]:
    """The operation's call from the document's examples, its secret path values replaced by SECRET_VALUE."""
    _, values, keywords = call_arguments(operation.operation_id)
    secret = [operation.parameters[name].secret for name in operation.path_parameters]
    return [SECRET_VALUE if flag else value for value, flag in zip(values, secret, strict=True)], keywords


def test_the_document_marks_secret_path_values() -> None:
    assert any(operation.name == "create_order" for operation in SECRET_OPERATIONS)


@pytest.mark.parametrize("failure", FAILURES)
@pytest.mark.parametrize("operation", SECRET_OPERATIONS, ids=lambda operation: operation.name)
def test_a_failed_call_holds_a_secret_path_value_only_in_the_callers_argument(
    operation: Operation, failure: str
) -> None:
    values, keywords = _secret_call(operation)
    if failure == "bad body":
        if "body" not in keywords:
            pytest.skip("no body to get wrong")
        keywords["body"] = {**keywords["body"], "unknown_field_for_a_refusal": 1}
    with sync_sdk(Recorder(*FAILURES[failure]), max_retries=1) as sdk:
        quiet(sdk)
        with pytest.raises((KlarnaError, ValueError)) as caught:
            getattr(getattr(sdk, operation.resource), operation.name)(*values, **keywords)
            pytest.skip(f"{failure!r} is a success of {operation.name} (it decodes no body)")
    assert SECRET_VALUE not in captured_text(caught.value, argument=SECRET_VALUE)


@pytest.mark.parametrize("failure", ["timeout", "exhausted 5xx", "404"])
async def test_a_failed_async_call_holds_the_token_only_in_the_callers_argument(failure: str) -> None:
    async with async_sdk(Recorder(*FAILURES[failure]), max_retries=1) as sdk:
        quiet(sdk)
        with pytest.raises(KlarnaError) as caught:
            await sdk.orders.create_order(SECRET_VALUE, ORDER_BODY)
    assert SECRET_VALUE not in captured_text(caught.value, argument=SECRET_VALUE)


def test_a_failed_functional_call_holds_the_token_only_in_the_callers_argument() -> None:
    client = AuthenticatedClient("https://klarna.test", "dG9rZW4=", max_retries=0)
    client.set_httpx_client(httpx.Client(transport=httpx.MockTransport(Recorder(*FAILURES["exhausted 5xx"]))))
    with client, pytest.raises(KlarnaError) as caught:
        create_order.sync(SECRET_VALUE, client=client, body=ORDER_BODY)
    assert SECRET_VALUE not in captured_text(caught.value, argument=SECRET_VALUE)


def test_a_token_too_long_for_the_url_is_refused_without_the_frames_that_held_it() -> None:
    token = SECRET_VALUE + "x" * 3000
    with sync_sdk(Recorder(ORDER)) as sdk, pytest.raises(ValueError, match="fit in the URL") as caught:
        sdk.orders.create_order(token, ORDER_BODY)
    assert SECRET_VALUE not in captured_text(caught.value, argument=token)


@pytest.mark.parametrize("fault", ["reset", "stall"])
def test_a_failed_call_over_sockets_holds_the_token_only_in_the_callers_argument(fault: str) -> None:
    step = SOCKET_FAULTS[fault]
    assert step is not None
    with scripted_server(step) as (url, _):
        options = {"base_url": url, "timeout": 0.3, "max_retries": 0, **CREDENTIALS["password"]}
        with KlarnaPayments(**options) as sdk, pytest.raises(KlarnaError) as caught:  # type: ignore[arg-type]
            sdk.orders.create_order(SECRET_VALUE, ORDER_BODY)
    assert SECRET_VALUE not in captured_text(caught.value, argument=SECRET_VALUE)


def test_the_walk_would_see_the_token_in_a_local_that_is_not_the_argument() -> None:
    with pytest.raises(RuntimeError) as caught:
        _LIBRARY["leak"](SECRET_VALUE)  # its local `header` holds "Basic " + the value
    assert SECRET_VALUE in captured_text(caught.value, argument=SECRET_VALUE)

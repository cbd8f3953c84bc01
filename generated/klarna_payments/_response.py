"""Finishing a call: the success model, `None`, a `RawResponse`, or the typed error.

Any 2xx is the call's success, decoded with the operation's success model (a 201 the document
does not list included); a body cut at `max_response_size`, or one without a usable required
field, is a `ResponseValidationError` (Klarna executed the call all the same).
"""

from __future__ import annotations

import contextvars
import functools
from collections.abc import Awaitable, Callable
from http import HTTPStatus
from typing import TYPE_CHECKING, Any, Final, Generic, ParamSpec, TypeVar

from ._bodies import TRUNCATED, TRUNCATED_AT, WRITTEN
from ._policy import Sent, status_error
from ._schema import Operation
from ._spec import CORRELATION_ID_HEADER, OPERATIONS
from .errors import ResponseValidationError

if TYPE_CHECKING:
    from .types import Response

__all__ = ["RawResponse", "async_to_raw_response_wrapper", "detailed", "finish", "parse", "to_raw_response_wrapper"]

# The documented success of each operation, standing in for a 2xx the document does not list (a 201, say).
_SUCCESS_STATUS: Final = {
    name: min(operation.success_statuses) if operation.success_statuses else None
    for name, operation in OPERATIONS.items()
}


def _documented_status(operation: Operation, status: int) -> int | None:
    """The documented status whose answer decodes `status`: itself, or for an unlisted 2xx the first success."""
    if status in operation.responses:
        return status
    return _SUCCESS_STATUS[operation.name] if 200 <= status < 300 else None


def _limit_read(response: Any) -> int:
    """How many bytes of a cut body were read: what it holds, or what went to its file."""
    return len(response.content) if not response.extensions.get(WRITTEN) else response.extensions[TRUNCATED_AT]


def _decoded(operation: Operation, status: int | None, response: Any) -> Any:
    """The answer of `response` as the model of the documented `status` (None: no model); a success
    answered in its headers alone is decoded from them. DecodeProblem when it cannot be."""
    if status in operation.byte_responses:
        return response.content
    if status is None or operation.responses.get(status) is None:
        return None
    # Decoding (the models, attrs) loads with the first response, not at `import klarna_payments`.
    from ._decoding import decode, decode_data, decode_list

    model = operation.model_classes().responses[status]

    if status in operation.array_responses:
        return decode_list(model, response.content)

    headers = operation.header_results.get(status)
    if headers is not None:
        given = {key: response.headers[name] for key, name in headers.items() if name in response.headers}
        return decode_data(model, given)
    return decode(model, response.content)


def parse(operation: Operation, sent: Sent) -> Any:
    """The call's result: the success model (None for a body-less success), or the typed error."""
    response = sent.response
    if sent.outcome == "failure":
        raise status_error(operation, response)
    if sent.outcome != "success":
        return None
    if response.extensions.get(TRUNCATED):
        raise ResponseValidationError(
            operation.name,
            f"the body is larger than {'max_download_size' if operation.byte_responses else 'max_response_size'} "
            f"({_limit_read(response)} bytes); reading stopped there",
            response=response,
            creates=operation.creates,
        )
    status = _documented_status(operation, response.status_code)
    if status in operation.byte_responses:
        return response.content  # empty when it went to a file (`*_to_file`)
    if status is None or operation.responses.get(status) is None:
        return None
    from ._decoding import DecodeProblem
    from .types import ResponseInfo

    try:
        instance = _decoded(operation, status, response)
    except DecodeProblem as problem:
        raise ResponseValidationError(
            operation.name, str(problem), response=response, field=problem.field, creates=operation.creates
        ) from None
    if isinstance(instance, list):  # a list has no room for them: `with_raw_response` has them
        return instance
    instance.response_info = ResponseInfo(
        correlation_id=response.headers.get(CORRELATION_ID_HEADER),
        idempotency_key=sent.idempotency_key,
        retries_taken=sent.retries_taken,
        status_code=response.status_code,
    )
    return instance


T = TypeVar("T")


class RawResponse(Generic[T]):
    """A call's HTTP response, for its headers and metadata; `parse()` gives the model.

    Attributes:
        http_response: The `httpx.Response`.
        status_code, headers, content: As received.
        correlation_id: The ``Klarna-Correlation-Id`` header, if any.
        idempotency_key: The ``Klarna-Idempotency-Key`` the request carried, if any.
        retries_taken: How many attempts failed before this one.
    """

    def __init__(self, operation: Operation, sent: Sent) -> None:
        self.http_response = sent.response
        self.status_code = sent.response.status_code
        self.headers = sent.response.headers
        self.content = sent.response.content
        self.correlation_id: str | None = sent.response.headers.get(CORRELATION_ID_HEADER)
        self.idempotency_key = sent.idempotency_key
        self.retries_taken = sent.retries_taken
        self._parsed: T = parse(operation, sent)

    def parse(self) -> T:
        """The model the plain method returns (None for `cancel_authorization`)."""
        return self._parsed

    def __getstate__(self) -> dict[str, Any]:
        # The live response holds the request, and the request its Authorization header.
        return {**self.__dict__, "http_response": None}

    def __repr__(self) -> str:
        return f"<RawResponse [{self.status_code}] correlation_id={self.correlation_id!r}>"


_raw: contextvars.ContextVar[bool] = contextvars.ContextVar("klarna_payments_raw", default=False)


def finish(operation: Operation, sent: Sent) -> Any:
    """What a resource method returns: the parsed result, or a RawResponse under `with_raw_response`."""
    if _raw.get():
        return RawResponse(operation, sent)
    return parse(operation, sent)


def detailed(operation: Operation, sent: Sent) -> Response[Any]:
    """What `*_detailed` returns: the response, with the body parsed where it can be."""
    from ._decoding import DecodeProblem
    from .types import Response

    response = sent.response
    documented = None
    if sent.outcome == "success":
        documented = _documented_status(operation, response.status_code)
    elif sent.outcome == "failure":
        documented = response.status_code
    try:
        parsed = _decoded(operation, documented, response)
    except DecodeProblem:
        parsed = None
    try:
        status: HTTPStatus | int = HTTPStatus(response.status_code)
    except ValueError:
        status = response.status_code
    return Response(
        status_code=status,
        content=response.content,
        headers=response.headers,
        parsed=parsed,
        idempotency_key=sent.idempotency_key,
    )


P = ParamSpec("P")
R = TypeVar("R")


def to_raw_response_wrapper(method: Callable[P, R]) -> Callable[P, RawResponse[R]]:
    """`method` returning its `RawResponse` instead of its model; same arguments, same errors."""

    @functools.wraps(method)
    def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _raw.set(True)
        try:
            return method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _raw.reset(token)

    return wrapped


def async_to_raw_response_wrapper(method: Callable[P, Awaitable[R]]) -> Callable[P, Awaitable[RawResponse[R]]]:
    """The async twin of `to_raw_response_wrapper`."""

    @functools.wraps(method)
    async def wrapped(*args: P.args, **kwargs: P.kwargs) -> RawResponse[R]:
        token = _raw.set(True)
        try:
            return await method(*args, **kwargs)  # type: ignore[return-value]
        finally:
            _raw.reset(token)

    return wrapped

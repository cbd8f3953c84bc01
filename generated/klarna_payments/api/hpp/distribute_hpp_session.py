"""Send the payment page link to the shopper (the functional layer of `distribute_hpp_session`)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, cast

from ... import _base_client, _spec
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from ..._client import AuthenticatedClient
    from ...models.error_v2 import ErrorV2
    from ...models.hpp_distribution_request import HppDistributionRequest
    from ...params import HppDistributionRequestParam
    from ...types import Response


def sync_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: HppDistributionRequestParam | HppDistributionRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Any | ErrorV2]:
    """Send the payment page link to the shopper

    Klarna sends the shopper a link to the session's payment page, by text message
    (`method` `sms`, to `contact_information.phone` in `phone_country`), by e-mail
    (`email`, to `contact_information.email`), or makes it available under an access id
    (`token`, with `contact_information.access_id`). Klarna words the message in the
    shopper's language, and uses the phone number or e-mail address to recognise a
    returning Klarna customer and fill in their details. For flows run by a store
    operator, Klarna recommends its Distribution Module (`distribution_module` in the
    creation answer) over calling this directly.

    Klarna answers 201 or 204 without a body; the SDK returns `None` for either. Sending
    moves no money, and Klarna declares no idempotency key: an answer lost on the way is
    not repeated by the SDK (it raises `OutcomeUnknownError`), since a repeat would send
    the shopper a second message. Send it again yourself if a second message is
    acceptable.

    Args:
        session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
            of the Klarna Payments session behind it.
        client: The ``AuthenticatedClient`` to send with.
        body: How to send the payment page's link to the shopper. A ``HppDistributionRequestParam``
            dict or a ``HppDistributionRequest`` model; checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return _base_client.call_detailed(
        client,
        _spec.DISTRIBUTE_HPP_SESSION,
        (session_id,),
        body,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


def sync(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: HppDistributionRequestParam | HppDistributionRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> None:
    """Send the payment page link to the shopper

    Klarna sends the shopper a link to the session's payment page, by text message
    (`method` `sms`, to `contact_information.phone` in `phone_country`), by e-mail
    (`email`, to `contact_information.email`), or makes it available under an access id
    (`token`, with `contact_information.access_id`). Klarna words the message in the
    shopper's language, and uses the phone number or e-mail address to recognise a
    returning Klarna customer and fill in their details. For flows run by a store
    operator, Klarna recommends its Distribution Module (`distribution_module` in the
    creation answer) over calling this directly.

    Klarna answers 201 or 204 without a body; the SDK returns `None` for either. Sending
    moves no money, and Klarna declares no idempotency key: an answer lost on the way is
    not repeated by the SDK (it raises `OutcomeUnknownError`), since a repeat would send
    the shopper a second message. Send it again yourself if a second message is
    acceptable.

    Args:
        session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
            of the Klarna Payments session behind it.
        client: The ``AuthenticatedClient`` to send with.
        body: How to send the payment page's link to the shopper. A ``HppDistributionRequestParam``
            dict or a ``HppDistributionRequest`` model; checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        None, once Klarna has done it.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "None",
        _base_client.call(
            client,
            _spec.DISTRIBUTE_HPP_SESSION,
            (session_id,),
            body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )


async def asyncio_detailed(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: HppDistributionRequestParam | HppDistributionRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> Response[Any | ErrorV2]:
    """Send the payment page link to the shopper

    Klarna sends the shopper a link to the session's payment page, by text message
    (`method` `sms`, to `contact_information.phone` in `phone_country`), by e-mail
    (`email`, to `contact_information.email`), or makes it available under an access id
    (`token`, with `contact_information.access_id`). Klarna words the message in the
    shopper's language, and uses the phone number or e-mail address to recognise a
    returning Klarna customer and fill in their details. For flows run by a store
    operator, Klarna recommends its Distribution Module (`distribution_module` in the
    creation answer) over calling this directly.

    Klarna answers 201 or 204 without a body; the SDK returns `None` for either. Sending
    moves no money, and Klarna declares no idempotency key: an answer lost on the way is
    not repeated by the SDK (it raises `OutcomeUnknownError`), since a repeat would send
    the shopper a second message. Send it again yourself if a second message is
    acceptable.

    Args:
        session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
            of the Klarna Payments session behind it.
        client: The ``AuthenticatedClient`` to send with.
        body: How to send the payment page's link to the shopper. A ``HppDistributionRequestParam``
            dict or a ``HppDistributionRequest`` model; checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        The response whatever its status, its body parsed where the document describes it.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return await _base_client.acall_detailed(
        client,
        _spec.DISTRIBUTE_HPP_SESSION,
        (session_id,),
        body,
        timeout=timeout,
        max_retries=max_retries,
        extra_headers=extra_headers,
        extra_body=extra_body,
    )


async def asyncio(
    session_id: str,
    *,
    client: AuthenticatedClient,
    body: HppDistributionRequestParam | HppDistributionRequest,
    timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
    max_retries: int | NotGiven = NOT_GIVEN,
    extra_headers: Mapping[str, str] | None = None,
    extra_body: Mapping[str, object] | None = None,
) -> None:
    """Send the payment page link to the shopper

    Klarna sends the shopper a link to the session's payment page, by text message
    (`method` `sms`, to `contact_information.phone` in `phone_country`), by e-mail
    (`email`, to `contact_information.email`), or makes it available under an access id
    (`token`, with `contact_information.access_id`). Klarna words the message in the
    shopper's language, and uses the phone number or e-mail address to recognise a
    returning Klarna customer and fill in their details. For flows run by a store
    operator, Klarna recommends its Distribution Module (`distribution_module` in the
    creation answer) over calling this directly.

    Klarna answers 201 or 204 without a body; the SDK returns `None` for either. Sending
    moves no money, and Klarna declares no idempotency key: an answer lost on the way is
    not repeated by the SDK (it raises `OutcomeUnknownError`), since a repeat would send
    the shopper a second message. Send it again yourself if a second message is
    acceptable.

    Args:
        session_id: The HPP session's id, as createHppSession returned it (`session_id`). It is not the id
            of the Klarna Payments session behind it.
        client: The ``AuthenticatedClient`` to send with.
        body: How to send the payment page's link to the shopper. A ``HppDistributionRequestParam``
            dict or a ``HppDistributionRequest`` model; checked before anything is sent.
        timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
            disables it.
        max_retries: Retries of a failed attempt instead of the client's (0 to 10).
        extra_headers: Headers for this call only (not ``Authorization``,
            ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
        extra_body: Fields the document does not know yet, added to the body's top level as they
            are (not checked): the way to send a new Klarna field on purpose.

    Returns:
        None, once Klarna has done it.

    Raises:
        ValueError: An argument or the body is invalid; nothing was sent.
        OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
            before trying anything else.
        APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
            ``ConflictError``, ...).
        ResponseValidationError: Klarna answered with success, but the body lacks a required field.
        APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
    """

    return cast(
        "None",
        await _base_client.acall(
            client,
            _spec.DISTRIBUTE_HPP_SESSION,
            (session_id,),
            body,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
            extra_body=extra_body,
        ),
    )

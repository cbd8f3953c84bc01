"""Operations tagged `order_management`.

``OrderManagement`` and ``AsyncOrderManagement`` are what ``KlarnaPayments.order_management``
and ``AsyncKlarnaPayments.order_management`` return; the modules of this package are the
functional layer (``sync``, ``sync_detailed``, ``asyncio``, ``asyncio_detailed``).
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import TYPE_CHECKING, cast

from ... import _base_client, _iterators, _spec
from ..._base_client import BaseClient, async_to_raw_response_wrapper, to_raw_response_wrapper
from ..._config import NOT_GIVEN, NotGiven, TimeoutTypes

if TYPE_CHECKING:  # annotations only: the models load when a call first uses them
    from uuid import UUID

    from ...models.authorization_update import AuthorizationUpdate
    from ...models.capture import Capture
    from ...models.capture_order_result import CaptureOrderResult
    from ...models.capture_request import CaptureRequest
    from ...models.customer_details_update import CustomerDetailsUpdate
    from ...models.due_date_extension_options import DueDateExtensionOptions
    from ...models.due_date_extension_request import DueDateExtensionRequest
    from ...models.merchant_references_update import MerchantReferencesUpdate
    from ...models.order_management_order import OrderManagementOrder
    from ...models.refund import Refund
    from ...models.refund_order_result import RefundOrderResult
    from ...models.refund_request import RefundRequest
    from ...models.shipping_info_update import ShippingInfoUpdate
    from ...params import (
        AuthorizationUpdateParam,
        CaptureRequestParam,
        CustomerDetailsUpdateParam,
        DueDateExtensionRequestParam,
        MerchantReferencesUpdateParam,
        RefundRequestParam,
        ShippingInfoUpdateParam,
    )


class OrderManagement(_iterators.OrderManagementIterators):
    """Operations tagged `order_management`; get it as ``KlarnaPayments(...).order_management``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> OrderManagementWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return OrderManagementWithRawResponse(self)

    def get_order(
        self,
        order_id: str,
        *,
        klarna_integrator: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OrderManagementOrder:
        """Read an order

        The order as Klarna holds it now: its `status`, its amounts (the authorized
        `order_amount`, `captured_amount`, `refunded_amount`, and `remaining_authorized_amount`,
        what can still be captured), its lines and addresses, its captures and refunds, and
        `expires_at`, the deadline for capturing.

        Read it when a decision needs the current state, for example before shipping an order
        whose `fraud_status` was `PENDING`, or to check a Klarna Checkout push before acting on
        it. Klarna advises not to call getOrder to confirm an operation: the operation's own
        success is the proof.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            klarna_integrator: Declared by Klarna for this operation without an explanation of its use or values;
                leave it out unless Klarna asks you to send it.  Optional: not sent when None.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            OrderManagementOrder: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "OrderManagementOrder",
            _base_client.call(
                self._client,
                _spec.GET_ORDER,
                (order_id,),
                header_parameters={
                    "Klarna-Integrator": klarna_integrator,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def acknowledge_order(
        self,
        order_id: str,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Acknowledge a Klarna Checkout order

        For orders placed through Klarna Checkout: tells Klarna that the merchant has received
        the order, once Klarna has called `merchant_urls.push` for it. Klarna suggests reading
        the order first to make sure the push is genuine. The request has no body, and Klarna
        answers 204 without one. Refused (403 `NOT_ALLOWED`) when the order can no longer be
        updated.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                self._client,
                _spec.ACKNOWLEDGE_ORDER,
                (order_id,),
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def update_authorization(
        self,
        order_id: str,
        body: AuthorizationUpdateParam | AuthorizationUpdate,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        preflight: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change the order amount

        Sets a new total for an order that is not fully captured, cancelled or expired:
        `order_amount` replaces the authorized amount and `order_lines` replace all of the
        order's lines. Send the lines every time: an update without them leaves the order
        without lines. The new amount may not be lower than what is already captured.

        Lowering the amount needs no new credit decision. Raising it is one, which Klarna may
        refuse (403 `NOT_ALLOWED`; the customer then has to place a new order for
        the difference), and is possible only for some payment methods: invoice, B2B invoice,
        account and direct debit (all markets but CH) and fixed amount (AT, DE, DK, FI, FR, NL,
        NO, SE). Klarna answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: The order's new total and lines. A ``AuthorizationUpdateParam`` dict or a
                ``AuthorizationUpdate`` model; checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.
            preflight: Whether to check Klarna's rules for this body before sending
                (``klarna_payments.preflight``), instead of the client's setting.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
                rules); nothing was sent.
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
                self._client,
                _spec.UPDATE_AUTHORIZATION,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
                preflight=preflight,
            ),
        )

    def get_captures(
        self,
        order_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Capture]:
        """List an order's captures

        Every capture of the order, each with its id, amount, lines and shipping information
        and what has been refunded against it.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            list[Capture]: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "list[Capture]",
            _base_client.call(
                self._client,
                _spec.GET_CAPTURES,
                (order_id,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def capture_order(
        self,
        order_id: str,
        body: CaptureRequestParam | CaptureRequest,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CaptureOrderResult:
        """Capture all or part of an order

        Charges the customer for what has been shipped. `captured_amount` (minor units) may be
        at most the order's `remaining_authorized_amount`; capture before the order's
        `expires_at`, and never while its `fraud_status` is `PENDING` (wait for Klarna's
        notification). Capture when the goods ship, and again for each later shipment: every
        capture gets its own id and is its own invoice to the customer. Send the `order_lines`
        this capture covers and, for physical goods, the carrier's tracking data in
        `shipping_info`; the shipping address is the order's.

        Klarna answers 201 without a body: the new capture's id is in `Capture-Id` and its URL
        in `Location`. A 403 `CAPTURE_NOT_ALLOWED` means the order is cancelled or expired, or
        the amount is more than is left to capture: nothing was captured, so do not ship on it.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: What to capture. A ``CaptureRequestParam`` dict or a ``CaptureRequest`` model; checked
                before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.

        Returns:
            CaptureOrderResult: what Klarna returned.

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
            "CaptureOrderResult",
            _base_client.call(
                self._client,
                _spec.CAPTURE_ORDER,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def get_capture(
        self,
        order_id: str,
        capture_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Capture:
        """Read one capture

        One capture of the order: its amount, lines, addresses and shipping information, and
        how much of it has been refunded.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            capture_id: The capture's id: the `Capture-Id` header of captureOrder's answer, or `capture_id` in
                the order's `captures`.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            Capture: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "Capture",
            _base_client.call(
                self._client,
                _spec.GET_CAPTURE,
                (
                    order_id,
                    capture_id,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def extend_due_date(
        self,
        order_id: str,
        capture_id: str,
        body: DueDateExtensionRequestParam | DueDateExtensionRequest,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Give the customer more time to pay a capture

        Moves the payment due date of one capture (each capture is one invoice to the customer)
        by `number_of_days`, which must be one of the options getOptionsForExtendDueDate
        returns for this capture. The extension has a fee, the chosen option's `amount`. Only
        pay-later payment methods (such as pay in 30 days, or pay in 4) can be extended. Klarna
        answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            capture_id: The capture's id: the `Capture-Id` header of captureOrder's answer, or `capture_id` in
                the order's `captures`.
            body: How far to move a capture's due date. A ``DueDateExtensionRequestParam`` dict or a
                ``DueDateExtensionRequest`` model; checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
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
                self._client,
                _spec.EXTEND_DUE_DATE,
                (
                    order_id,
                    capture_id,
                ),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def get_options_for_extend_due_date(
        self,
        order_id: str,
        capture_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DueDateExtensionOptions:
        """List the due-date extensions a capture allows

        How many days the capture's due date can be moved by, each option with its fee in
        minor units of `currency`. Call it first, then extendDueDate with one of the options'
        `number_of_days`.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            capture_id: The capture's id: the `Capture-Id` header of captureOrder's answer, or `capture_id` in
                the order's `captures`.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            DueDateExtensionOptions: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "DueDateExtensionOptions",
            _base_client.call(
                self._client,
                _spec.GET_OPTIONS_FOR_EXTEND_DUE_DATE,
                (
                    order_id,
                    capture_id,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def append_shipping_info(
        self,
        order_id: str,
        capture_id: str,
        body: ShippingInfoUpdateParam | ShippingInfoUpdate,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Add shipping information to a capture

        Adds tracking data (carrier, shipping method, tracking number and URL, and the return
        shipment's) to a capture already made, for example when the tracking number is known
        only after capturing. The entries are appended: what the capture has stays. Klarna
        answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            capture_id: The capture's id: the `Capture-Id` header of captureOrder's answer, or `capture_id` in
                the order's `captures`.
            body: Shipping information to append. A ``ShippingInfoUpdateParam`` dict or a
                ``ShippingInfoUpdate`` model; checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
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
                self._client,
                _spec.APPEND_SHIPPING_INFO,
                (
                    order_id,
                    capture_id,
                ),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def trigger_send_out(
        self,
        order_id: str,
        capture_id: str,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Send a capture's customer communication again

        Asks Klarna to send the customer the communication for this capture again. The request
        has no body, and Klarna answers 204 without one.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            capture_id: The capture's id: the `Capture-Id` header of captureOrder's answer, or `capture_id` in
                the order's `captures`.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                self._client,
                _spec.TRIGGER_SEND_OUT,
                (
                    order_id,
                    capture_id,
                ),
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def update_consumer_details(
        self,
        order_id: str,
        body: CustomerDetailsUpdateParam | CustomerDetailsUpdate,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Change the shipping address

        Replaces the order's shipping address. Klarna checks the new address again as part of
        its credit decision and may refuse it (403 `NOT_ALLOWED`), or refuse an address it
        cannot use (422 `INVALID_ADDRESS`). To clear a field, send it as an empty string;
        mandatory fields cannot be cleared. The billing address can no longer be changed:
        Klarna refuses a request that tries. Klarna answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: The order's new shipping address. A ``CustomerDetailsUpdateParam`` dict or a
                ``CustomerDetailsUpdate`` model; checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
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
                self._client,
                _spec.UPDATE_CONSUMER_DETAILS,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def extend_authorization_time(
        self,
        order_id: str,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Extend the time to capture an order

        Moves the order's `expires_at` to the day of the call plus the number of days the
        merchant account is configured for (typically 28), but never past 180 days after the
        order was created; several extensions on one day give the same date. Not possible once
        the order is expired or cancelled, nor for US Fixed-Sum Credit ("Slice it") orders.
        Klarna means it for exceptions, such as a delayed delivery, not as a routine step. The
        request has no body, and Klarna answers 204 without one.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                self._client,
                _spec.EXTEND_AUTHORIZATION_TIME,
                (order_id,),
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def update_merchant_references(
        self,
        order_id: str,
        body: MerchantReferencesUpdateParam | MerchantReferencesUpdate,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Change the merchant references

        Sets the order's `merchant_reference1` (the order number the customer sees) and
        `merchant_reference2`: a field that is sent replaces the old value, one left out stays
        as it is. Not possible on a cancelled order. Klarna answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: The order's new merchant references; a field left out keeps its value. A
                ``MerchantReferencesUpdateParam`` dict or a ``MerchantReferencesUpdate`` model;
                checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
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
                self._client,
                _spec.UPDATE_MERCHANT_REFERENCES,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def refund_order(
        self,
        order_id: str,
        body: RefundRequestParam | RefundRequest,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        preflight: bool | NotGiven = NOT_GIVEN,
    ) -> RefundOrderResult:
        """Refund all or part of an order

        Pays money back to the customer. Only a captured order (fully or in part) can be
        refunded, and `refunded_amount` may be at most what was captured: an order's refunds
        together never exceed its captures, and a refund that asks for more may fail as a
        whole. Send the `order_lines` being refunded.

        To keep a return fee, add a line of type `return_fee`. That needs the order to have
        been captured in full in one capture, the lines to add up exactly to
        `refunded_amount`, and the market to be AT, DE, DK, FI, FR, NL, NO or SE.

        Klarna answers 201 without a body: the new refund's id is in `Refund-Id` and its URL in
        `Location`. A 403 `REFUND_NOT_ALLOWED` means nothing was refunded.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: What to refund. A ``RefundRequestParam`` dict or a ``RefundRequest`` model; checked
                before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.
            preflight: Whether to check Klarna's rules for this body before sending
                (``klarna_payments.preflight``), instead of the client's setting.

        Returns:
            RefundOrderResult: what Klarna returned.

        Raises:
            ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
                rules); nothing was sent.
            OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
                before trying anything else.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "RefundOrderResult",
            _base_client.call(
                self._client,
                _spec.REFUND_ORDER,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
                preflight=preflight,
            ),
        )

    def get_refund(
        self,
        order_id: str,
        refund_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Refund:
        """Read one refund

        One refund of the order: its amount, lines, references and when it was made.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            refund_id: The refund's id: the `Refund-Id` header of refundOrder's answer, or `refund_id` in the
                order's `refunds`.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            Refund: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "Refund",
            _base_client.call(
                self._client,
                _spec.GET_REFUND,
                (
                    order_id,
                    refund_id,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def release_remaining_authorization(
        self,
        order_id: str,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Release what will not be captured

        Tells Klarna that no more captures will follow: the part of the authorization not yet
        captured is released (for a card purchase Klarna gives it back to the customer). Use it
        after the last partial capture. An order without captures is cancelled instead, and a
        cancelled order cannot be released (both 403 `NOT_ALLOWED`). The request has no body,
        and Klarna answers 204 without one.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                self._client,
                _spec.RELEASE_REMAINING_AUTHORIZATION,
                (order_id,),
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def append_order_shipping_info(
        self,
        order_id: str,
        body: ShippingInfoUpdateParam | ShippingInfoUpdate,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Add shipping information to the order

        Adds tracking data (carrier, shipping method, tracking number and URL, and the return
        shipment's) to the order itself rather than to one capture. The entries are appended:
        what the order has stays. Klarna answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: Shipping information to append. A ``ShippingInfoUpdateParam`` dict or a
                ``ShippingInfoUpdate`` model; checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
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
                self._client,
                _spec.APPEND_ORDER_SHIPPING_INFO,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    def cancel_order(
        self,
        order_id: str,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Cancel an order

        Cancels an order that has no captures: the whole authorization is released and the
        customer is not charged. An order with captures cannot be cancelled (403
        `CANCEL_NOT_ALLOWED`): release the remaining authorization instead, and refund what has
        to be paid back. A closed order cannot be cancelled either. The request has no body,
        and Klarna answers 204 without one.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                self._client,
                _spec.CANCEL_ORDER,
                (order_id,),
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )


class AsyncOrderManagement(_iterators.AsyncOrderManagementIterators):
    """Operations tagged `order_management`; get it as ``AsyncKlarnaPayments(...).order_management``."""

    def __init__(self, client: BaseClient) -> None:
        self._client = client

    @cached_property
    def with_raw_response(self) -> AsyncOrderManagementWithRawResponse:
        """The same methods, returning a ``RawResponse`` (status, headers, correlation id, ``parse()``)."""
        return AsyncOrderManagementWithRawResponse(self)

    async def get_order(
        self,
        order_id: str,
        *,
        klarna_integrator: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> OrderManagementOrder:
        """Read an order

        The order as Klarna holds it now: its `status`, its amounts (the authorized
        `order_amount`, `captured_amount`, `refunded_amount`, and `remaining_authorized_amount`,
        what can still be captured), its lines and addresses, its captures and refunds, and
        `expires_at`, the deadline for capturing.

        Read it when a decision needs the current state, for example before shipping an order
        whose `fraud_status` was `PENDING`, or to check a Klarna Checkout push before acting on
        it. Klarna advises not to call getOrder to confirm an operation: the operation's own
        success is the proof.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            klarna_integrator: Declared by Klarna for this operation without an explanation of its use or values;
                leave it out unless Klarna asks you to send it.  Optional: not sent when None.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            OrderManagementOrder: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "OrderManagementOrder",
            await _base_client.acall(
                self._client,
                _spec.GET_ORDER,
                (order_id,),
                header_parameters={
                    "Klarna-Integrator": klarna_integrator,
                },
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def acknowledge_order(
        self,
        order_id: str,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Acknowledge a Klarna Checkout order

        For orders placed through Klarna Checkout: tells Klarna that the merchant has received
        the order, once Klarna has called `merchant_urls.push` for it. Klarna suggests reading
        the order first to make sure the push is genuine. The request has no body, and Klarna
        answers 204 without one. Refused (403 `NOT_ALLOWED`) when the order can no longer be
        updated.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                self._client,
                _spec.ACKNOWLEDGE_ORDER,
                (order_id,),
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def update_authorization(
        self,
        order_id: str,
        body: AuthorizationUpdateParam | AuthorizationUpdate,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        preflight: bool | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change the order amount

        Sets a new total for an order that is not fully captured, cancelled or expired:
        `order_amount` replaces the authorized amount and `order_lines` replace all of the
        order's lines. Send the lines every time: an update without them leaves the order
        without lines. The new amount may not be lower than what is already captured.

        Lowering the amount needs no new credit decision. Raising it is one, which Klarna may
        refuse (403 `NOT_ALLOWED`; the customer then has to place a new order for
        the difference), and is possible only for some payment methods: invoice, B2B invoice,
        account and direct debit (all markets but CH) and fixed amount (AT, DE, DK, FI, FR, NL,
        NO, SE). Klarna answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: The order's new total and lines. A ``AuthorizationUpdateParam`` dict or a
                ``AuthorizationUpdate`` model; checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.
            preflight: Whether to check Klarna's rules for this body before sending
                (``klarna_payments.preflight``), instead of the client's setting.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
                rules); nothing was sent.
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
                self._client,
                _spec.UPDATE_AUTHORIZATION,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
                preflight=preflight,
            ),
        )

    async def get_captures(
        self,
        order_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> list[Capture]:
        """List an order's captures

        Every capture of the order, each with its id, amount, lines and shipping information
        and what has been refunded against it.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            list[Capture]: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "list[Capture]",
            await _base_client.acall(
                self._client,
                _spec.GET_CAPTURES,
                (order_id,),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def capture_order(
        self,
        order_id: str,
        body: CaptureRequestParam | CaptureRequest,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> CaptureOrderResult:
        """Capture all or part of an order

        Charges the customer for what has been shipped. `captured_amount` (minor units) may be
        at most the order's `remaining_authorized_amount`; capture before the order's
        `expires_at`, and never while its `fraud_status` is `PENDING` (wait for Klarna's
        notification). Capture when the goods ship, and again for each later shipment: every
        capture gets its own id and is its own invoice to the customer. Send the `order_lines`
        this capture covers and, for physical goods, the carrier's tracking data in
        `shipping_info`; the shipping address is the order's.

        Klarna answers 201 without a body: the new capture's id is in `Capture-Id` and its URL
        in `Location`. A 403 `CAPTURE_NOT_ALLOWED` means the order is cancelled or expired, or
        the amount is more than is left to capture: nothing was captured, so do not ship on it.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: What to capture. A ``CaptureRequestParam`` dict or a ``CaptureRequest`` model; checked
                before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.

        Returns:
            CaptureOrderResult: what Klarna returned.

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
            "CaptureOrderResult",
            await _base_client.acall(
                self._client,
                _spec.CAPTURE_ORDER,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def get_capture(
        self,
        order_id: str,
        capture_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Capture:
        """Read one capture

        One capture of the order: its amount, lines, addresses and shipping information, and
        how much of it has been refunded.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            capture_id: The capture's id: the `Capture-Id` header of captureOrder's answer, or `capture_id` in
                the order's `captures`.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            Capture: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "Capture",
            await _base_client.acall(
                self._client,
                _spec.GET_CAPTURE,
                (
                    order_id,
                    capture_id,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def extend_due_date(
        self,
        order_id: str,
        capture_id: str,
        body: DueDateExtensionRequestParam | DueDateExtensionRequest,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Give the customer more time to pay a capture

        Moves the payment due date of one capture (each capture is one invoice to the customer)
        by `number_of_days`, which must be one of the options getOptionsForExtendDueDate
        returns for this capture. The extension has a fee, the chosen option's `amount`. Only
        pay-later payment methods (such as pay in 30 days, or pay in 4) can be extended. Klarna
        answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            capture_id: The capture's id: the `Capture-Id` header of captureOrder's answer, or `capture_id` in
                the order's `captures`.
            body: How far to move a capture's due date. A ``DueDateExtensionRequestParam`` dict or a
                ``DueDateExtensionRequest`` model; checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
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
                self._client,
                _spec.EXTEND_DUE_DATE,
                (
                    order_id,
                    capture_id,
                ),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def get_options_for_extend_due_date(
        self,
        order_id: str,
        capture_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> DueDateExtensionOptions:
        """List the due-date extensions a capture allows

        How many days the capture's due date can be moved by, each option with its fee in
        minor units of `currency`. Call it first, then extendDueDate with one of the options'
        `number_of_days`.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            capture_id: The capture's id: the `Capture-Id` header of captureOrder's answer, or `capture_id` in
                the order's `captures`.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            DueDateExtensionOptions: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "DueDateExtensionOptions",
            await _base_client.acall(
                self._client,
                _spec.GET_OPTIONS_FOR_EXTEND_DUE_DATE,
                (
                    order_id,
                    capture_id,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def append_shipping_info(
        self,
        order_id: str,
        capture_id: str,
        body: ShippingInfoUpdateParam | ShippingInfoUpdate,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Add shipping information to a capture

        Adds tracking data (carrier, shipping method, tracking number and URL, and the return
        shipment's) to a capture already made, for example when the tracking number is known
        only after capturing. The entries are appended: what the capture has stays. Klarna
        answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            capture_id: The capture's id: the `Capture-Id` header of captureOrder's answer, or `capture_id` in
                the order's `captures`.
            body: Shipping information to append. A ``ShippingInfoUpdateParam`` dict or a
                ``ShippingInfoUpdate`` model; checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
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
                self._client,
                _spec.APPEND_SHIPPING_INFO,
                (
                    order_id,
                    capture_id,
                ),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def trigger_send_out(
        self,
        order_id: str,
        capture_id: str,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Send a capture's customer communication again

        Asks Klarna to send the customer the communication for this capture again. The request
        has no body, and Klarna answers 204 without one.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            capture_id: The capture's id: the `Capture-Id` header of captureOrder's answer, or `capture_id` in
                the order's `captures`.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                self._client,
                _spec.TRIGGER_SEND_OUT,
                (
                    order_id,
                    capture_id,
                ),
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def update_consumer_details(
        self,
        order_id: str,
        body: CustomerDetailsUpdateParam | CustomerDetailsUpdate,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Change the shipping address

        Replaces the order's shipping address. Klarna checks the new address again as part of
        its credit decision and may refuse it (403 `NOT_ALLOWED`), or refuse an address it
        cannot use (422 `INVALID_ADDRESS`). To clear a field, send it as an empty string;
        mandatory fields cannot be cleared. The billing address can no longer be changed:
        Klarna refuses a request that tries. Klarna answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: The order's new shipping address. A ``CustomerDetailsUpdateParam`` dict or a
                ``CustomerDetailsUpdate`` model; checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
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
                self._client,
                _spec.UPDATE_CONSUMER_DETAILS,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def extend_authorization_time(
        self,
        order_id: str,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Extend the time to capture an order

        Moves the order's `expires_at` to the day of the call plus the number of days the
        merchant account is configured for (typically 28), but never past 180 days after the
        order was created; several extensions on one day give the same date. Not possible once
        the order is expired or cancelled, nor for US Fixed-Sum Credit ("Slice it") orders.
        Klarna means it for exceptions, such as a delayed delivery, not as a routine step. The
        request has no body, and Klarna answers 204 without one.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                self._client,
                _spec.EXTEND_AUTHORIZATION_TIME,
                (order_id,),
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def update_merchant_references(
        self,
        order_id: str,
        body: MerchantReferencesUpdateParam | MerchantReferencesUpdate,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Change the merchant references

        Sets the order's `merchant_reference1` (the order number the customer sees) and
        `merchant_reference2`: a field that is sent replaces the old value, one left out stays
        as it is. Not possible on a cancelled order. Klarna answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: The order's new merchant references; a field left out keeps its value. A
                ``MerchantReferencesUpdateParam`` dict or a ``MerchantReferencesUpdate`` model;
                checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
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
                self._client,
                _spec.UPDATE_MERCHANT_REFERENCES,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def refund_order(
        self,
        order_id: str,
        body: RefundRequestParam | RefundRequest,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
        preflight: bool | NotGiven = NOT_GIVEN,
    ) -> RefundOrderResult:
        """Refund all or part of an order

        Pays money back to the customer. Only a captured order (fully or in part) can be
        refunded, and `refunded_amount` may be at most what was captured: an order's refunds
        together never exceed its captures, and a refund that asks for more may fail as a
        whole. Send the `order_lines` being refunded.

        To keep a return fee, add a line of type `return_fee`. That needs the order to have
        been captured in full in one capture, the lines to add up exactly to
        `refunded_amount`, and the market to be AT, DE, DK, FI, FR, NL, NO or SE.

        Klarna answers 201 without a body: the new refund's id is in `Refund-Id` and its URL in
        `Location`. A 403 `REFUND_NOT_ALLOWED` means nothing was refunded.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: What to refund. A ``RefundRequestParam`` dict or a ``RefundRequest`` model; checked
                before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Fields the document does not know yet, added to the body's top level as they
                are (not checked): the way to send a new Klarna field on purpose.
            preflight: Whether to check Klarna's rules for this body before sending
                (``klarna_payments.preflight``), instead of the client's setting.

        Returns:
            RefundOrderResult: what Klarna returned.

        Raises:
            ValueError: An argument or the body is invalid (``OrderRuleError`` for Klarna's order
                rules); nothing was sent.
            OutcomeUnknownError: Klarna may have executed the call, but no success arrived: settle it
                before trying anything else.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "RefundOrderResult",
            await _base_client.acall(
                self._client,
                _spec.REFUND_ORDER,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
                preflight=preflight,
            ),
        )

    async def get_refund(
        self,
        order_id: str,
        refund_id: str,
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> Refund:
        """Read one refund

        One refund of the order: its amount, lines, references and when it was made.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            refund_id: The refund's id: the `Refund-Id` header of refundOrder's answer, or `refund_id` in the
                order's `refunds`.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            Refund: what Klarna returned.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
            APIStatusError: Klarna answered with an error status, as its subclass (``NotFoundError``,
                ``ConflictError``, ...).
            ResponseValidationError: Klarna answered with success, but the body lacks a required field.
            APIConnectionError: No response arrived (``APITimeoutError`` when an attempt ran out of time).
        """

        return cast(
            "Refund",
            await _base_client.acall(
                self._client,
                _spec.GET_REFUND,
                (
                    order_id,
                    refund_id,
                ),
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def release_remaining_authorization(
        self,
        order_id: str,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Release what will not be captured

        Tells Klarna that no more captures will follow: the part of the authorization not yet
        captured is released (for a card purchase Klarna gives it back to the customer). Use it
        after the last partial capture. An order without captures is cancelled instead, and a
        cancelled order cannot be released (both 403 `NOT_ALLOWED`). The request has no body,
        and Klarna answers 204 without one.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                self._client,
                _spec.RELEASE_REMAINING_AUTHORIZATION,
                (order_id,),
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def append_order_shipping_info(
        self,
        order_id: str,
        body: ShippingInfoUpdateParam | ShippingInfoUpdate,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Add shipping information to the order

        Adds tracking data (carrier, shipping method, tracking number and URL, and the return
        shipment's) to the order itself rather than to one capture. The entries are appended:
        what the order has stays. Klarna answers 204 without a body.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            body: Shipping information to append. A ``ShippingInfoUpdateParam`` dict or a
                ``ShippingInfoUpdate`` model; checked before anything is sent.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
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
                self._client,
                _spec.APPEND_ORDER_SHIPPING_INFO,
                (order_id,),
                body,
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )

    async def cancel_order(
        self,
        order_id: str,
        *,
        idempotency_key: str | UUID | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_body: Mapping[str, object] | None = None,
    ) -> None:
        """Cancel an order

        Cancels an order that has no captures: the whole authorization is released and the
        customer is not charged. An order with captures cannot be cancelled (403
        `CANCEL_NOT_ALLOWED`): release the remaining authorization instead, and refund what has
        to be paid back. A closed order cannot be cancelled either. The request has no body,
        and Klarna answers 204 without one.

        Args:
            order_id: The order's id, as placing the order returned it (`order_id`). At most 255 characters.
            idempotency_key: A UUID identifying this call to Klarna (``Klarna-Idempotency-Key``); a
                fresh one by default, the same on every retry. Pass the key of a call whose outcome
                is unknown to repeat it safely.
            timeout: Seconds or an ``httpx.Timeout`` per attempt instead of the client's; ``None``
                disables it.
            max_retries: Retries of a failed attempt instead of the client's (0 to 10).
            extra_headers: Headers for this call only (not ``Authorization``,
                ``Klarna-Idempotency-Key``, ``Content-Length``, ``Transfer-Encoding`` nor ``Host``).
            extra_body: Must be None: this operation sends no body.

        Returns:
            None, once Klarna has done it.

        Raises:
            ValueError: An argument is invalid; nothing was sent.
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
                self._client,
                _spec.CANCEL_ORDER,
                (order_id,),
                idempotency_key=idempotency_key,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
                extra_body=extra_body,
            ),
        )


class OrderManagementWithRawResponse:
    """``OrderManagement``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: OrderManagement) -> None:
        self.get_order = to_raw_response_wrapper(resource.get_order)
        self.acknowledge_order = to_raw_response_wrapper(resource.acknowledge_order)
        self.update_authorization = to_raw_response_wrapper(resource.update_authorization)
        self.get_captures = to_raw_response_wrapper(resource.get_captures)
        self.capture_order = to_raw_response_wrapper(resource.capture_order)
        self.get_capture = to_raw_response_wrapper(resource.get_capture)
        self.extend_due_date = to_raw_response_wrapper(resource.extend_due_date)
        self.get_options_for_extend_due_date = to_raw_response_wrapper(resource.get_options_for_extend_due_date)
        self.append_shipping_info = to_raw_response_wrapper(resource.append_shipping_info)
        self.trigger_send_out = to_raw_response_wrapper(resource.trigger_send_out)
        self.update_consumer_details = to_raw_response_wrapper(resource.update_consumer_details)
        self.extend_authorization_time = to_raw_response_wrapper(resource.extend_authorization_time)
        self.update_merchant_references = to_raw_response_wrapper(resource.update_merchant_references)
        self.refund_order = to_raw_response_wrapper(resource.refund_order)
        self.get_refund = to_raw_response_wrapper(resource.get_refund)
        self.release_remaining_authorization = to_raw_response_wrapper(resource.release_remaining_authorization)
        self.append_order_shipping_info = to_raw_response_wrapper(resource.append_order_shipping_info)
        self.cancel_order = to_raw_response_wrapper(resource.cancel_order)


class AsyncOrderManagementWithRawResponse:
    """``AsyncOrderManagement``'s methods, each returning the ``RawResponse`` of its call; they raise what they raise."""

    def __init__(self, resource: AsyncOrderManagement) -> None:
        self.get_order = async_to_raw_response_wrapper(resource.get_order)
        self.acknowledge_order = async_to_raw_response_wrapper(resource.acknowledge_order)
        self.update_authorization = async_to_raw_response_wrapper(resource.update_authorization)
        self.get_captures = async_to_raw_response_wrapper(resource.get_captures)
        self.capture_order = async_to_raw_response_wrapper(resource.capture_order)
        self.get_capture = async_to_raw_response_wrapper(resource.get_capture)
        self.extend_due_date = async_to_raw_response_wrapper(resource.extend_due_date)
        self.get_options_for_extend_due_date = async_to_raw_response_wrapper(resource.get_options_for_extend_due_date)
        self.append_shipping_info = async_to_raw_response_wrapper(resource.append_shipping_info)
        self.trigger_send_out = async_to_raw_response_wrapper(resource.trigger_send_out)
        self.update_consumer_details = async_to_raw_response_wrapper(resource.update_consumer_details)
        self.extend_authorization_time = async_to_raw_response_wrapper(resource.extend_authorization_time)
        self.update_merchant_references = async_to_raw_response_wrapper(resource.update_merchant_references)
        self.refund_order = async_to_raw_response_wrapper(resource.refund_order)
        self.get_refund = async_to_raw_response_wrapper(resource.get_refund)
        self.release_remaining_authorization = async_to_raw_response_wrapper(resource.release_remaining_authorization)
        self.append_order_shipping_info = async_to_raw_response_wrapper(resource.append_order_shipping_info)
        self.cancel_order = async_to_raw_response_wrapper(resource.cancel_order)


__all__ = [
    "AsyncOrderManagement",
    "AsyncOrderManagementWithRawResponse",
    "OrderManagement",
    "OrderManagementWithRawResponse",
]

"""The clients: `KlarnaPayments` and `AsyncKlarnaPayments` (one property per resource), and
`AuthenticatedClient` for the functional layer (`klarna_payments.api`)."""

from collections.abc import Mapping

import httpx

from ._base_client import AsyncAPIClient, SyncAPIClient
from ._client import AuthenticatedClient
from ._config import NOT_GIVEN, NotGiven, TimeoutTypes
from ._spec import Environment, Region
from .api.customer_tokens import AsyncCustomerTokens, CustomerTokens
from .api.hpp import AsyncHpp, Hpp
from .api.order_management import AsyncOrderManagement, OrderManagement
from .api.orders import AsyncOrders, Orders
from .api.sessions import AsyncSessions, Sessions
from .api.settlements import AsyncSettlements, Settlements

__all__ = ["AsyncKlarnaPayments", "AuthenticatedClient", "KlarnaPayments"]


class KlarnaPayments(SyncAPIClient):
    """The Klarna Payments client (synchronous).

    Create one per process and reuse it: it holds a connection pool. Use it as a context
    manager, or call ``close()``, to release the connections. ``with_options(...)`` makes a
    copy with other options that shares them.

    Operations (each also under ``with_raw_response``):

    - ``orders.cancel_authorization``: Release an authorization that will not be used
    - ``orders.create_order``: Place an order with an authorization
    - ``orders.purchase_token``: Create a customer token from an authorization
    - ``sessions.create_credit_session``: Start a payment session
    - ``sessions.read_credit_session``: Read a payment session
    - ``sessions.update_credit_session``: Change a payment session's cart
    - ``customer_tokens.read_customer_token``: Read a customer token
    - ``customer_tokens.create_customer_token_order``: Charge a customer token with a recurring order
    - ``customer_tokens.update_customer_token_status``: Cancel a customer token
    - ``order_management.get_order``: Read an order
    - ``order_management.acknowledge_order``: Acknowledge a Klarna Checkout order
    - ``order_management.update_authorization``: Change the order amount
    - ``order_management.get_captures``: List an order's captures
    - ``order_management.capture_order``: Capture all or part of an order
    - ``order_management.get_capture``: Read one capture
    - ``order_management.extend_due_date``: Give the customer more time to pay a capture
    - ``order_management.get_options_for_extend_due_date``: List the due-date extensions a capture allows
    - ``order_management.append_shipping_info``: Add shipping information to a capture
    - ``order_management.trigger_send_out``: Send a capture's customer communication again
    - ``order_management.update_consumer_details``: Change the shipping address
    - ``order_management.extend_authorization_time``: Extend the time to capture an order
    - ``order_management.update_merchant_references``: Change the merchant references
    - ``order_management.refund_order``: Refund all or part of an order
    - ``order_management.get_refund``: Read one refund
    - ``order_management.release_remaining_authorization``: Release what will not be captured
    - ``order_management.append_order_shipping_info``: Add shipping information to the order
    - ``order_management.cancel_order``: Cancel an order
    - ``settlements.get_payouts``: List payouts
    - ``settlements.get_payout_summary``: Sum up the payouts of a period, per currency
    - ``settlements.get_payout``: Read one payout
    - ``settlements.get_transactions``: List settlement transactions
    - ``settlements.get_payout_report_with_transactions``: One payout with its transactions, as CSV
    - ``settlements.get_payout_report``: One payout's settlement statement, as PDF
    - ``settlements.get_payouts_summary_report_with_transactions``: Every payout of a period with its transactions, as CSV
    - ``settlements.get_payouts_summary_report``: A summary of a period's payouts, as PDF
    - ``hpp.create_hpp_session``: Create a hosted payment page session
    - ``hpp.read_hpp_session``: Read a hosted payment page session
    - ``hpp.disable_hpp_session``: Disable a hosted payment page session
    - ``hpp.distribute_hpp_session``: Send the payment page link to the shopper
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        region: Region | None = None,
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        preflight: bool = True,
        max_response_size: int = 1024 * 1024,
        max_download_size: int = 256 * 1024 * 1024,
        allow_unverified_tls: bool = False,
    ) -> None:
        """Configure a client; nothing is sent until the first call.

        Credentials come from the keywords or, when none is passed, from ``KLARNA_API_KEY`` or
        ``KLARNA_USERNAME`` + ``KLARNA_PASSWORD``. Every value is checked here: a mistake is a
        ``ValueError`` (or ``TypeError``) that names it, before any request.

        Args:
            username: Klarna API username (HTTP Basic), with ``password``.
            password: Klarna API password.
            api_key: A Klarna API key, sent as ``Authorization: Basic <api_key>``; a
                ``klarna_test_`` key selects the playground, a ``klarna_live_`` key production.
            region: ``"eu"``, ``"na"`` or ``"oc"`` (default ``KLARNA_REGION``, else ``"eu"``).
            environment: ``"playground"`` or ``"production"`` (default ``KLARNA_ENVIRONMENT``,
                else what the api_key implies, else ``"playground"``).
            base_url: Overrides region and environment (default ``KLARNA_BASE_URL``), e.g. a
                mock server; absolute ``http(s)``, and ``https`` for production credentials
                unless it is a loopback address.
            timeout: Seconds or an ``httpx.Timeout`` per attempt (default 30 s, 5 s to connect);
                ``None`` disables it. An attempt never takes longer than twice the timeout.
            max_retries: Retries of a failed attempt, 0 to 10 (default 2).
            default_headers: Headers sent with every request (not ``Authorization`` nor
                ``Klarna-Idempotency-Key``: the SDK sets those; nor ``Content-Length``,
                ``Transfer-Encoding`` or ``Host``: httpx does).
            http_client: Your own ``httpx.Client``: proxies, certificates, transport.
                Create one per process.
            preflight: Check Klarna's order rules before sending (see
                ``klarna_payments.preflight``); default True.
            max_response_size: The most bytes of one response body read (decoded), default
                1 MiB; Klarna's answers are a few KB. A success past it is a
                ``ResponseValidationError``, an error keeps its first bytes.
            max_download_size: The same for a body returned as bytes (a CSV or PDF
                report), default 256 MiB.
            allow_unverified_tls: Accept an ``http_client`` that does not verify TLS
                certificates with production credentials (refused otherwise): logs one WARNING.
        """
        SyncAPIClient.__init__(
            self,
            username=username,
            password=password,
            api_key=api_key,
            region=region,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            preflight=preflight,
            max_response_size=max_response_size,
            max_download_size=max_download_size,
            allow_unverified_tls=allow_unverified_tls,
        )

    @property
    def orders(self) -> Orders:
        """The operations tagged `orders`:

        - ``cancel_authorization``: Release an authorization that will not be used
        - ``create_order``: Place an order with an authorization
        - ``purchase_token``: Create a customer token from an authorization
        """
        return self._resource(Orders)

    @property
    def sessions(self) -> Sessions:
        """The operations tagged `sessions`:

        - ``create_credit_session``: Start a payment session
        - ``read_credit_session``: Read a payment session
        - ``update_credit_session``: Change a payment session's cart
        """
        return self._resource(Sessions)

    @property
    def customer_tokens(self) -> CustomerTokens:
        """The operations tagged `customer_tokens`:

        - ``read_customer_token``: Read a customer token
        - ``create_customer_token_order``: Charge a customer token with a recurring order
        - ``update_customer_token_status``: Cancel a customer token
        """
        return self._resource(CustomerTokens)

    @property
    def order_management(self) -> OrderManagement:
        """The operations tagged `order_management`:

        - ``get_order``: Read an order
        - ``acknowledge_order``: Acknowledge a Klarna Checkout order
        - ``update_authorization``: Change the order amount
        - ``get_captures``: List an order's captures
        - ``capture_order``: Capture all or part of an order
        - ``get_capture``: Read one capture
        - ``extend_due_date``: Give the customer more time to pay a capture
        - ``get_options_for_extend_due_date``: List the due-date extensions a capture allows
        - ``append_shipping_info``: Add shipping information to a capture
        - ``trigger_send_out``: Send a capture's customer communication again
        - ``update_consumer_details``: Change the shipping address
        - ``extend_authorization_time``: Extend the time to capture an order
        - ``update_merchant_references``: Change the merchant references
        - ``refund_order``: Refund all or part of an order
        - ``get_refund``: Read one refund
        - ``release_remaining_authorization``: Release what will not be captured
        - ``append_order_shipping_info``: Add shipping information to the order
        - ``cancel_order``: Cancel an order
        """
        return self._resource(OrderManagement)

    @property
    def settlements(self) -> Settlements:
        """The operations tagged `settlements`:

        - ``get_payouts``: List payouts
        - ``get_payout_summary``: Sum up the payouts of a period, per currency
        - ``get_payout``: Read one payout
        - ``get_transactions``: List settlement transactions
        - ``get_payout_report_with_transactions``: One payout with its transactions, as CSV
        - ``get_payout_report``: One payout's settlement statement, as PDF
        - ``get_payouts_summary_report_with_transactions``: Every payout of a period with its transactions, as CSV
        - ``get_payouts_summary_report``: A summary of a period's payouts, as PDF
        """
        return self._resource(Settlements)

    @property
    def hpp(self) -> Hpp:
        """The operations tagged `hpp`:

        - ``create_hpp_session``: Create a hosted payment page session
        - ``read_hpp_session``: Read a hosted payment page session
        - ``disable_hpp_session``: Disable a hosted payment page session
        - ``distribute_hpp_session``: Send the payment page link to the shopper
        """
        return self._resource(Hpp)


class AsyncKlarnaPayments(AsyncAPIClient):
    """The Klarna Payments client (asynchronous): ``KlarnaPayments`` with ``await``.

    ``http_client`` is an ``httpx.AsyncClient``. Use it as an async context manager, or await
    ``close()``. Without an ``http_client`` it works across event loops (a fresh pool per loop).

    Operations (each also under ``with_raw_response``):

    - ``orders.cancel_authorization``: Release an authorization that will not be used
    - ``orders.create_order``: Place an order with an authorization
    - ``orders.purchase_token``: Create a customer token from an authorization
    - ``sessions.create_credit_session``: Start a payment session
    - ``sessions.read_credit_session``: Read a payment session
    - ``sessions.update_credit_session``: Change a payment session's cart
    - ``customer_tokens.read_customer_token``: Read a customer token
    - ``customer_tokens.create_customer_token_order``: Charge a customer token with a recurring order
    - ``customer_tokens.update_customer_token_status``: Cancel a customer token
    - ``order_management.get_order``: Read an order
    - ``order_management.acknowledge_order``: Acknowledge a Klarna Checkout order
    - ``order_management.update_authorization``: Change the order amount
    - ``order_management.get_captures``: List an order's captures
    - ``order_management.capture_order``: Capture all or part of an order
    - ``order_management.get_capture``: Read one capture
    - ``order_management.extend_due_date``: Give the customer more time to pay a capture
    - ``order_management.get_options_for_extend_due_date``: List the due-date extensions a capture allows
    - ``order_management.append_shipping_info``: Add shipping information to a capture
    - ``order_management.trigger_send_out``: Send a capture's customer communication again
    - ``order_management.update_consumer_details``: Change the shipping address
    - ``order_management.extend_authorization_time``: Extend the time to capture an order
    - ``order_management.update_merchant_references``: Change the merchant references
    - ``order_management.refund_order``: Refund all or part of an order
    - ``order_management.get_refund``: Read one refund
    - ``order_management.release_remaining_authorization``: Release what will not be captured
    - ``order_management.append_order_shipping_info``: Add shipping information to the order
    - ``order_management.cancel_order``: Cancel an order
    - ``settlements.get_payouts``: List payouts
    - ``settlements.get_payout_summary``: Sum up the payouts of a period, per currency
    - ``settlements.get_payout``: Read one payout
    - ``settlements.get_transactions``: List settlement transactions
    - ``settlements.get_payout_report_with_transactions``: One payout with its transactions, as CSV
    - ``settlements.get_payout_report``: One payout's settlement statement, as PDF
    - ``settlements.get_payouts_summary_report_with_transactions``: Every payout of a period with its transactions, as CSV
    - ``settlements.get_payouts_summary_report``: A summary of a period's payouts, as PDF
    - ``hpp.create_hpp_session``: Create a hosted payment page session
    - ``hpp.read_hpp_session``: Read a hosted payment page session
    - ``hpp.disable_hpp_session``: Disable a hosted payment page session
    - ``hpp.distribute_hpp_session``: Send the payment page link to the shopper
    """

    def __init__(
        self,
        *,
        username: str | None = None,
        password: str | None = None,
        api_key: str | None = None,
        region: Region | None = None,
        environment: Environment | None = None,
        base_url: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = 2,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        preflight: bool = True,
        max_response_size: int = 1024 * 1024,
        max_download_size: int = 256 * 1024 * 1024,
        allow_unverified_tls: bool = False,
    ) -> None:
        """Configure a client; nothing is sent until the first call.

        Credentials come from the keywords or, when none is passed, from ``KLARNA_API_KEY`` or
        ``KLARNA_USERNAME`` + ``KLARNA_PASSWORD``. Every value is checked here: a mistake is a
        ``ValueError`` (or ``TypeError``) that names it, before any request.

        Args:
            username: Klarna API username (HTTP Basic), with ``password``.
            password: Klarna API password.
            api_key: A Klarna API key, sent as ``Authorization: Basic <api_key>``; a
                ``klarna_test_`` key selects the playground, a ``klarna_live_`` key production.
            region: ``"eu"``, ``"na"`` or ``"oc"`` (default ``KLARNA_REGION``, else ``"eu"``).
            environment: ``"playground"`` or ``"production"`` (default ``KLARNA_ENVIRONMENT``,
                else what the api_key implies, else ``"playground"``).
            base_url: Overrides region and environment (default ``KLARNA_BASE_URL``), e.g. a
                mock server; absolute ``http(s)``, and ``https`` for production credentials
                unless it is a loopback address.
            timeout: Seconds or an ``httpx.Timeout`` per attempt (default 30 s, 5 s to connect);
                ``None`` disables it. An attempt never takes longer than twice the timeout.
            max_retries: Retries of a failed attempt, 0 to 10 (default 2).
            default_headers: Headers sent with every request (not ``Authorization`` nor
                ``Klarna-Idempotency-Key``: the SDK sets those; nor ``Content-Length``,
                ``Transfer-Encoding`` or ``Host``: httpx does).
            http_client: Your own ``httpx.AsyncClient``: proxies, certificates, transport.
                Create one per process.
            preflight: Check Klarna's order rules before sending (see
                ``klarna_payments.preflight``); default True.
            max_response_size: The most bytes of one response body read (decoded), default
                1 MiB; Klarna's answers are a few KB. A success past it is a
                ``ResponseValidationError``, an error keeps its first bytes.
            max_download_size: The same for a body returned as bytes (a CSV or PDF
                report), default 256 MiB.
            allow_unverified_tls: Accept an ``http_client`` that does not verify TLS
                certificates with production credentials (refused otherwise): logs one WARNING.
        """
        AsyncAPIClient.__init__(
            self,
            username=username,
            password=password,
            api_key=api_key,
            region=region,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            preflight=preflight,
            max_response_size=max_response_size,
            max_download_size=max_download_size,
            allow_unverified_tls=allow_unverified_tls,
        )

    @property
    def orders(self) -> AsyncOrders:
        """The operations tagged `orders`:

        - ``cancel_authorization``: Release an authorization that will not be used
        - ``create_order``: Place an order with an authorization
        - ``purchase_token``: Create a customer token from an authorization
        """
        return self._resource(AsyncOrders)

    @property
    def sessions(self) -> AsyncSessions:
        """The operations tagged `sessions`:

        - ``create_credit_session``: Start a payment session
        - ``read_credit_session``: Read a payment session
        - ``update_credit_session``: Change a payment session's cart
        """
        return self._resource(AsyncSessions)

    @property
    def customer_tokens(self) -> AsyncCustomerTokens:
        """The operations tagged `customer_tokens`:

        - ``read_customer_token``: Read a customer token
        - ``create_customer_token_order``: Charge a customer token with a recurring order
        - ``update_customer_token_status``: Cancel a customer token
        """
        return self._resource(AsyncCustomerTokens)

    @property
    def order_management(self) -> AsyncOrderManagement:
        """The operations tagged `order_management`:

        - ``get_order``: Read an order
        - ``acknowledge_order``: Acknowledge a Klarna Checkout order
        - ``update_authorization``: Change the order amount
        - ``get_captures``: List an order's captures
        - ``capture_order``: Capture all or part of an order
        - ``get_capture``: Read one capture
        - ``extend_due_date``: Give the customer more time to pay a capture
        - ``get_options_for_extend_due_date``: List the due-date extensions a capture allows
        - ``append_shipping_info``: Add shipping information to a capture
        - ``trigger_send_out``: Send a capture's customer communication again
        - ``update_consumer_details``: Change the shipping address
        - ``extend_authorization_time``: Extend the time to capture an order
        - ``update_merchant_references``: Change the merchant references
        - ``refund_order``: Refund all or part of an order
        - ``get_refund``: Read one refund
        - ``release_remaining_authorization``: Release what will not be captured
        - ``append_order_shipping_info``: Add shipping information to the order
        - ``cancel_order``: Cancel an order
        """
        return self._resource(AsyncOrderManagement)

    @property
    def settlements(self) -> AsyncSettlements:
        """The operations tagged `settlements`:

        - ``get_payouts``: List payouts
        - ``get_payout_summary``: Sum up the payouts of a period, per currency
        - ``get_payout``: Read one payout
        - ``get_transactions``: List settlement transactions
        - ``get_payout_report_with_transactions``: One payout with its transactions, as CSV
        - ``get_payout_report``: One payout's settlement statement, as PDF
        - ``get_payouts_summary_report_with_transactions``: Every payout of a period with its transactions, as CSV
        - ``get_payouts_summary_report``: A summary of a period's payouts, as PDF
        """
        return self._resource(AsyncSettlements)

    @property
    def hpp(self) -> AsyncHpp:
        """The operations tagged `hpp`:

        - ``create_hpp_session``: Create a hosted payment page session
        - ``read_hpp_session``: Read a hosted payment page session
        - ``disable_hpp_session``: Disable a hosted payment page session
        - ``distribute_hpp_session``: Send the payment page link to the shopper
        """
        return self._resource(AsyncHpp)

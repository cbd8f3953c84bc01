"""Tables read from openapi.yaml by `make generate` (scripts/generate.py); not edited by hand."""

import functools
from typing import Final, Literal

from ._schema import Deprecation, Field, KnownAnswer, Model, ModelClasses, Operation, Pagination

VERSION: Final = "0.1.0"

# Header names, written in the document only (x-klarna-sdk).
IDEMPOTENCY_KEY_HEADER: Final = "Klarna-Idempotency-Key"
CORRELATION_ID_HEADER: Final = "Klarna-Correlation-Id"

# The values of the region= and environment= options, from the servers' x-klarna-* names
# (Never: this document names none, and base_url= or the default server is the choice).
Region = Literal["eu", "na", "oc"]
Environment = Literal["playground", "production"]
REGIONS: Final[tuple[str, ...]] = ("eu", "na", "oc")
ENVIRONMENTS: Final[tuple[str, ...]] = ("playground", "production")

# (region, environment) -> base URL, from the document's `servers` (empty when it names none).
SERVERS: Final[dict[tuple[str, str], str]] = {
    ("eu", "playground"): "https://api.playground.klarna.com",
    ("eu", "production"): "https://api.klarna.com",
    ("na", "playground"): "https://api-na.playground.klarna.com",
    ("na", "production"): "https://api-na.klarna.com",
    ("oc", "playground"): "https://api-oc.playground.klarna.com",
    ("oc", "production"): "https://api-oc.klarna.com",
}
# Every server URL in the document's order; the first is the default base URL.
SERVER_URLS: Final[tuple[str, ...]] = (
    "https://api.playground.klarna.com",
    "https://api.klarna.com",
    "https://api-na.playground.klarna.com",
    "https://api-na.klarna.com",
    "https://api-oc.playground.klarna.com",
    "https://api-oc.klarna.com",
)
DEFAULT_BASE_URL: Final[str | None] = "https://api.playground.klarna.com"
DEFAULT_REGION: Final[str | None] = "eu"
DEFAULT_ENVIRONMENT: Final[str | None] = "playground"


# Each operation, as the generated methods pass it to the runtime (`_base_client.call(client,
# _spec.CREATE_ORDER, ...)`): what the runtime needs to call it.
# The model classes of each are imported by a function beside it, on its first call: the models
# load with the first call that needs them, not at `import klarna_payments`.
@functools.cache
def _cancel_authorization_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(body=None, responses={401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2})


CANCEL_AUTHORIZATION: Final = Operation(
    name="cancel_authorization",
    resource="orders",
    operation_id="cancelAuthorization",
    method="DELETE",
    path="/payments/v1/authorizations/{authorizationToken}",
    path_parameters=("authorizationToken",),
    body=None,
    responses={204: None, 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    answers={
        "done-earlier": KnownAnswer(404, "NOT_FOUND", "invalid authorization token"),
        "not-cancellable": KnownAnswer(404, "NOT_FOUND", "authorization cannot be deleted"),
    },
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"authorizationToken": Field("string", min_length=1, secret=True)},
    required_parameters=frozenset(["authorizationToken"]),
    parameter_python_names={"authorizationToken": "authorization_token"},
    model_classes=_cancel_authorization_classes,
)


@functools.cache
def _create_order_classes() -> ModelClasses:
    from .models import CreateOrderRequest, ErrorV2, Order

    return ModelClasses(
        body=CreateOrderRequest,
        responses={
            200: Order,
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


CREATE_ORDER: Final = Operation(
    name="create_order",
    resource="orders",
    operation_id="createOrder",
    method="POST",
    path="/payments/v1/authorizations/{authorizationToken}/order",
    path_parameters=("authorizationToken",),
    body="CreateOrderRequest",
    responses={
        200: "Order",
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="an order",
    answers={"consumed": KnownAnswer(403, "INVALID_OPERATION", "already consumed")},
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"authorizationToken": Field("string", min_length=1, secret=True)},
    required_parameters=frozenset(["authorizationToken"]),
    parameter_python_names={"authorizationToken": "authorization_token"},
    model_classes=_create_order_classes,
)


@functools.cache
def _purchase_token_classes() -> ModelClasses:
    from .models import CustomerTokenCreationRequest, CustomerTokenCreationResponse, ErrorV2

    return ModelClasses(
        body=CustomerTokenCreationRequest,
        responses={
            200: CustomerTokenCreationResponse,
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


PURCHASE_TOKEN: Final = Operation(
    name="purchase_token",
    resource="orders",
    operation_id="purchaseToken",
    method="POST",
    path="/payments/v1/authorizations/{authorizationToken}/customer-token",
    path_parameters=("authorizationToken",),
    body="CustomerTokenCreationRequest",
    responses={
        200: "CustomerTokenCreationResponse",
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="a customer token",
    answers={"consumed": KnownAnswer(403, "INVALID_OPERATION", "already consumed")},
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"authorizationToken": Field("string", min_length=1, secret=True)},
    required_parameters=frozenset(["authorizationToken"]),
    parameter_python_names={"authorizationToken": "authorization_token"},
    model_classes=_purchase_token_classes,
)


@functools.cache
def _create_credit_session_classes() -> ModelClasses:
    from .models import ErrorV2, MerchantSession, SessionCreate

    return ModelClasses(
        body=SessionCreate,
        responses={200: MerchantSession, 400: ErrorV2, 401: ErrorV2, 403: ErrorV2, 429: ErrorV2, 500: ErrorV2},
    )


CREATE_CREDIT_SESSION: Final = Operation(
    name="create_credit_session",
    resource="sessions",
    operation_id="createCreditSession",
    method="POST",
    path="/payments/v1/sessions",
    path_parameters=(),
    body="SessionCreate",
    responses={200: "MerchantSession", 400: "ErrorV2", 401: "ErrorV2", 403: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=True,
    repeatable=False,
    creates="a payment session",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={},
    required_parameters=frozenset([]),
    parameter_python_names={},
    model_classes=_create_credit_session_classes,
)


@functools.cache
def _read_credit_session_classes() -> ModelClasses:
    from .models import ErrorV2, SessionRead

    return ModelClasses(
        body=None, responses={200: SessionRead, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2}
    )


READ_CREDIT_SESSION: Final = Operation(
    name="read_credit_session",
    resource="sessions",
    operation_id="readCreditSession",
    method="GET",
    path="/payments/v1/sessions/{session_id}",
    path_parameters=("session_id",),
    body=None,
    responses={200: "SessionRead", 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"session_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["session_id"]),
    parameter_python_names={},
    model_classes=_read_credit_session_classes,
)


@functools.cache
def _update_credit_session_classes() -> ModelClasses:
    from .models import ErrorV2, Session

    return ModelClasses(
        body=Session, responses={400: ErrorV2, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2}
    )


UPDATE_CREDIT_SESSION: Final = Operation(
    name="update_credit_session",
    resource="sessions",
    operation_id="updateCreditSession",
    method="POST",
    path="/payments/v1/sessions/{session_id}",
    path_parameters=("session_id",),
    body="Session",
    responses={
        204: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"session_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["session_id"]),
    parameter_python_names={},
    model_classes=_update_credit_session_classes,
)


@functools.cache
def _read_customer_token_classes() -> ModelClasses:
    from .models import CustomerToken, ErrorV2

    return ModelClasses(
        body=None, responses={200: CustomerToken, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2}
    )


READ_CUSTOMER_TOKEN: Final = Operation(
    name="read_customer_token",
    resource="customer_tokens",
    operation_id="readCustomerToken",
    method="GET",
    path="/customer-token/v1/tokens/{customerToken}",
    path_parameters=("customerToken",),
    body=None,
    responses={200: "CustomerToken", 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"customerToken": Field("string", min_length=1, secret=True)},
    required_parameters=frozenset(["customerToken"]),
    parameter_python_names={"customerToken": "customer_token"},
    model_classes=_read_customer_token_classes,
)


@functools.cache
def _create_customer_token_order_classes() -> ModelClasses:
    from .models import CustomerTokenOrder, CustomerTokenOrderRequest, ErrorV2

    return ModelClasses(
        body=CustomerTokenOrderRequest,
        responses={
            200: CustomerTokenOrder,
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
            503: ErrorV2,
        },
    )


CREATE_CUSTOMER_TOKEN_ORDER: Final = Operation(
    name="create_customer_token_order",
    resource="customer_tokens",
    operation_id="createCustomerTokenOrder",
    method="POST",
    path="/customer-token/v1/tokens/{customerToken}/order",
    path_parameters=("customerToken",),
    body="CustomerTokenOrderRequest",
    responses={
        200: "CustomerTokenOrder",
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
        503: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="a recurring order",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"customerToken": Field("string", min_length=1, secret=True)},
    required_parameters=frozenset(["customerToken"]),
    parameter_python_names={"customerToken": "customer_token"},
    model_classes=_create_customer_token_order_classes,
)


@functools.cache
def _update_customer_token_status_classes() -> ModelClasses:
    from .models import CustomerTokenStatusUpdate, ErrorV2

    return ModelClasses(
        body=CustomerTokenStatusUpdate,
        responses={400: ErrorV2, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2},
    )


UPDATE_CUSTOMER_TOKEN_STATUS: Final = Operation(
    name="update_customer_token_status",
    resource="customer_tokens",
    operation_id="updateCustomerTokenStatus",
    method="PATCH",
    path="/customer-token/v1/tokens/{customerToken}/status",
    path_parameters=("customerToken",),
    body="CustomerTokenStatusUpdate",
    responses={
        202: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=True,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"customerToken": Field("string", min_length=1, secret=True)},
    required_parameters=frozenset(["customerToken"]),
    parameter_python_names={"customerToken": "customer_token"},
    model_classes=_update_customer_token_status_classes,
)


@functools.cache
def _get_order_classes() -> ModelClasses:
    from .models import ErrorV2, OrderManagementOrder

    return ModelClasses(
        body=None,
        responses={200: OrderManagementOrder, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2},
    )


GET_ORDER: Final = Operation(
    name="get_order",
    resource="order_management",
    operation_id="getOrder",
    method="GET",
    path="/ordermanagement/v1/orders/{order_id}",
    path_parameters=("order_id",),
    body=None,
    responses={
        200: "OrderManagementOrder",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=("Klarna-Integrator",),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255), "Klarna-Integrator": Field("string")},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={"Klarna-Integrator": "klarna_integrator"},
    model_classes=_get_order_classes,
)


@functools.cache
def _acknowledge_order_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(body=None, responses={401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2})


ACKNOWLEDGE_ORDER: Final = Operation(
    name="acknowledge_order",
    resource="order_management",
    operation_id="acknowledgeOrder",
    method="POST",
    path="/ordermanagement/v1/orders/{order_id}/acknowledge",
    path_parameters=("order_id",),
    body=None,
    responses={204: None, 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=True,
    repeatable=False,
    creates="the order's acknowledgement",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_acknowledge_order_classes,
)


@functools.cache
def _update_authorization_classes() -> ModelClasses:
    from .models import AuthorizationUpdate, ErrorV2

    return ModelClasses(
        body=AuthorizationUpdate,
        responses={
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            422: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


UPDATE_AUTHORIZATION: Final = Operation(
    name="update_authorization",
    resource="order_management",
    operation_id="updateAuthorization",
    method="PATCH",
    path="/ordermanagement/v1/orders/{order_id}/authorization",
    path_parameters=("order_id",),
    body="AuthorizationUpdate",
    responses={
        204: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        422: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="a new authorized amount",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_update_authorization_classes,
)


@functools.cache
def _get_captures_classes() -> ModelClasses:
    from .models import Capture, ErrorV2

    return ModelClasses(
        body=None, responses={200: Capture, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2}
    )


GET_CAPTURES: Final = Operation(
    name="get_captures",
    resource="order_management",
    operation_id="getCaptures",
    method="GET",
    path="/ordermanagement/v1/orders/{order_id}/captures",
    path_parameters=("order_id",),
    body=None,
    responses={200: "Capture", 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset({200}),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_get_captures_classes,
)


@functools.cache
def _capture_order_classes() -> ModelClasses:
    from .models import CaptureOrderResult, CaptureRequest, ErrorV2

    return ModelClasses(
        body=CaptureRequest,
        responses={
            201: CaptureOrderResult,
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            422: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


CAPTURE_ORDER: Final = Operation(
    name="capture_order",
    resource="order_management",
    operation_id="captureOrder",
    method="POST",
    path="/ordermanagement/v1/orders/{order_id}/captures",
    path_parameters=("order_id",),
    body="CaptureRequest",
    responses={
        201: "CaptureOrderResult",
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        422: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="a capture",
    query_parameters=(),
    header_parameters=(),
    header_results={201: {"capture_id": "Capture-Id", "location": "Location"}},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_capture_order_classes,
)


@functools.cache
def _get_capture_classes() -> ModelClasses:
    from .models import Capture, ErrorV2

    return ModelClasses(
        body=None, responses={200: Capture, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2}
    )


GET_CAPTURE: Final = Operation(
    name="get_capture",
    resource="order_management",
    operation_id="getCapture",
    method="GET",
    path="/ordermanagement/v1/orders/{order_id}/captures/{capture_id}",
    path_parameters=("order_id", "capture_id"),
    body=None,
    responses={200: "Capture", 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255), "capture_id": Field("string", min_length=1)},
    required_parameters=frozenset(["capture_id", "order_id"]),
    parameter_python_names={},
    model_classes=_get_capture_classes,
)


@functools.cache
def _extend_due_date_classes() -> ModelClasses:
    from .models import DueDateExtensionRequest, ErrorV2

    return ModelClasses(
        body=DueDateExtensionRequest,
        responses={
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            422: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


EXTEND_DUE_DATE: Final = Operation(
    name="extend_due_date",
    resource="order_management",
    operation_id="extendDueDate",
    method="PATCH",
    path="/ordermanagement/v1/orders/{order_id}/captures/{capture_id}/extend-due-date",
    path_parameters=("order_id", "capture_id"),
    body="DueDateExtensionRequest",
    responses={
        204: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        422: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="a due-date extension",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255), "capture_id": Field("string", min_length=1)},
    required_parameters=frozenset(["capture_id", "order_id"]),
    parameter_python_names={},
    model_classes=_extend_due_date_classes,
)


@functools.cache
def _get_options_for_extend_due_date_classes() -> ModelClasses:
    from .models import DueDateExtensionOptions, ErrorV2

    return ModelClasses(
        body=None,
        responses={200: DueDateExtensionOptions, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2},
    )


GET_OPTIONS_FOR_EXTEND_DUE_DATE: Final = Operation(
    name="get_options_for_extend_due_date",
    resource="order_management",
    operation_id="getOptionsForExtendDueDate",
    method="GET",
    path="/ordermanagement/v1/orders/{order_id}/captures/{capture_id}/extend-due-date-options",
    path_parameters=("order_id", "capture_id"),
    body=None,
    responses={
        200: "DueDateExtensionOptions",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255), "capture_id": Field("string", min_length=1)},
    required_parameters=frozenset(["capture_id", "order_id"]),
    parameter_python_names={},
    model_classes=_get_options_for_extend_due_date_classes,
)


@functools.cache
def _append_shipping_info_classes() -> ModelClasses:
    from .models import ErrorV2, ShippingInfoUpdate

    return ModelClasses(
        body=ShippingInfoUpdate,
        responses={
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            422: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


APPEND_SHIPPING_INFO: Final = Operation(
    name="append_shipping_info",
    resource="order_management",
    operation_id="appendShippingInfo",
    method="POST",
    path="/ordermanagement/v1/orders/{order_id}/captures/{capture_id}/shipping-info",
    path_parameters=("order_id", "capture_id"),
    body="ShippingInfoUpdate",
    responses={
        204: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        422: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="shipping information on the capture",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255), "capture_id": Field("string", min_length=1)},
    required_parameters=frozenset(["capture_id", "order_id"]),
    parameter_python_names={},
    model_classes=_append_shipping_info_classes,
)


@functools.cache
def _trigger_send_out_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(body=None, responses={401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2})


TRIGGER_SEND_OUT: Final = Operation(
    name="trigger_send_out",
    resource="order_management",
    operation_id="triggerSendOut",
    method="POST",
    path="/ordermanagement/v1/orders/{order_id}/captures/{capture_id}/trigger-send-out",
    path_parameters=("order_id", "capture_id"),
    body=None,
    responses={204: None, 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=True,
    repeatable=False,
    creates="a new send-out to the customer",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255), "capture_id": Field("string", min_length=1)},
    required_parameters=frozenset(["capture_id", "order_id"]),
    parameter_python_names={},
    model_classes=_trigger_send_out_classes,
)


@functools.cache
def _update_consumer_details_classes() -> ModelClasses:
    from .models import CustomerDetailsUpdate, ErrorV2

    return ModelClasses(
        body=CustomerDetailsUpdate,
        responses={
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            422: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


UPDATE_CONSUMER_DETAILS: Final = Operation(
    name="update_consumer_details",
    resource="order_management",
    operation_id="updateConsumerDetails",
    method="PATCH",
    path="/ordermanagement/v1/orders/{order_id}/customer-details",
    path_parameters=("order_id",),
    body="CustomerDetailsUpdate",
    responses={
        204: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        422: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="a change of the shipping address",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    deprecation=Deprecation("order_management.update_consumer_details", body=True),
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_update_consumer_details_classes,
)


@functools.cache
def _extend_authorization_time_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(body=None, responses={401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2})


EXTEND_AUTHORIZATION_TIME: Final = Operation(
    name="extend_authorization_time",
    resource="order_management",
    operation_id="extendAuthorizationTime",
    method="POST",
    path="/ordermanagement/v1/orders/{order_id}/extend-authorization-time",
    path_parameters=("order_id",),
    body=None,
    responses={204: None, 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=True,
    repeatable=False,
    creates="a later expiry of the authorization",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_extend_authorization_time_classes,
)


@functools.cache
def _update_merchant_references_classes() -> ModelClasses:
    from .models import ErrorV2, MerchantReferencesUpdate

    return ModelClasses(
        body=MerchantReferencesUpdate,
        responses={
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            422: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


UPDATE_MERCHANT_REFERENCES: Final = Operation(
    name="update_merchant_references",
    resource="order_management",
    operation_id="updateMerchantReferences",
    method="PATCH",
    path="/ordermanagement/v1/orders/{order_id}/merchant-references",
    path_parameters=("order_id",),
    body="MerchantReferencesUpdate",
    responses={
        204: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        422: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="new merchant references",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_update_merchant_references_classes,
)


@functools.cache
def _refund_order_classes() -> ModelClasses:
    from .models import ErrorV2, RefundOrderResult, RefundRequest

    return ModelClasses(
        body=RefundRequest,
        responses={
            201: RefundOrderResult,
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            422: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


REFUND_ORDER: Final = Operation(
    name="refund_order",
    resource="order_management",
    operation_id="refundOrder",
    method="POST",
    path="/ordermanagement/v1/orders/{order_id}/refunds",
    path_parameters=("order_id",),
    body="RefundRequest",
    responses={
        201: "RefundOrderResult",
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        422: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="a refund",
    query_parameters=(),
    header_parameters=(),
    header_results={201: {"refund_id": "Refund-Id", "location": "Location"}},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_refund_order_classes,
)


@functools.cache
def _get_refund_classes() -> ModelClasses:
    from .models import ErrorV2, Refund

    return ModelClasses(
        body=None, responses={200: Refund, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2}
    )


GET_REFUND: Final = Operation(
    name="get_refund",
    resource="order_management",
    operation_id="getRefund",
    method="GET",
    path="/ordermanagement/v1/orders/{order_id}/refunds/{refund_id}",
    path_parameters=("order_id", "refund_id"),
    body=None,
    responses={200: "Refund", 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255), "refund_id": Field("string", min_length=1)},
    required_parameters=frozenset(["order_id", "refund_id"]),
    parameter_python_names={},
    model_classes=_get_refund_classes,
)


@functools.cache
def _release_remaining_authorization_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(body=None, responses={401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2})


RELEASE_REMAINING_AUTHORIZATION: Final = Operation(
    name="release_remaining_authorization",
    resource="order_management",
    operation_id="releaseRemainingAuthorization",
    method="POST",
    path="/ordermanagement/v1/orders/{order_id}/release-remaining-authorization",
    path_parameters=("order_id",),
    body=None,
    responses={204: None, 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=True,
    repeatable=False,
    creates="the release of the remaining authorization",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_release_remaining_authorization_classes,
)


@functools.cache
def _append_order_shipping_info_classes() -> ModelClasses:
    from .models import ErrorV2, ShippingInfoUpdate

    return ModelClasses(
        body=ShippingInfoUpdate,
        responses={
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            409: ErrorV2,
            422: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


APPEND_ORDER_SHIPPING_INFO: Final = Operation(
    name="append_order_shipping_info",
    resource="order_management",
    operation_id="appendOrderShippingInfo",
    method="POST",
    path="/ordermanagement/v1/orders/{order_id}/shipping-info",
    path_parameters=("order_id",),
    body="ShippingInfoUpdate",
    responses={
        204: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        409: "ErrorV2",
        422: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=True,
    repeatable=False,
    creates="shipping information on the order",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_append_order_shipping_info_classes,
)


@functools.cache
def _cancel_order_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(body=None, responses={401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2})


CANCEL_ORDER: Final = Operation(
    name="cancel_order",
    resource="order_management",
    operation_id="cancelOrder",
    method="POST",
    path="/ordermanagement/v1/orders/{order_id}/cancel",
    path_parameters=("order_id",),
    body=None,
    responses={204: None, 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=True,
    repeatable=False,
    creates="the order's cancellation",
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"order_id": Field("string", min_length=1, max_length=255)},
    required_parameters=frozenset(["order_id"]),
    parameter_python_names={},
    model_classes=_cancel_order_classes,
)


@functools.cache
def _get_payouts_classes() -> ModelClasses:
    from .models import ErrorV2, SettlementPayoutCollection

    return ModelClasses(
        body=None,
        responses={
            200: SettlementPayoutCollection,
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


GET_PAYOUTS: Final = Operation(
    name="get_payouts",
    resource="settlements",
    operation_id="getPayouts",
    method="GET",
    path="/settlements/v1/payouts",
    path_parameters=(),
    body=None,
    responses={
        200: "SettlementPayoutCollection",
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=("start_date", "end_date", "currency_code", "size", "offset"),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=Pagination(
        method="iter_payouts", items_attribute="payouts", offset="offset", size="size", total=("pagination", "total")
    ),
    parameters={
        "start_date": Field("string", format="date-time"),
        "end_date": Field("string", format="date-time"),
        "currency_code": Field("string"),
        "size": Field("integer", minimum=1, maximum=500),
        "offset": Field("integer", minimum=0),
    },
    required_parameters=frozenset([]),
    parameter_python_names={},
    model_classes=_get_payouts_classes,
)


@functools.cache
def _get_payout_summary_classes() -> ModelClasses:
    from .models import ErrorV2, SettlementPayoutSummary

    return ModelClasses(
        body=None,
        responses={200: SettlementPayoutSummary, 400: ErrorV2, 401: ErrorV2, 403: ErrorV2, 429: ErrorV2, 500: ErrorV2},
    )


GET_PAYOUT_SUMMARY: Final = Operation(
    name="get_payout_summary",
    resource="settlements",
    operation_id="getPayoutSummary",
    method="GET",
    path="/settlements/v1/payouts/summary",
    path_parameters=(),
    body=None,
    responses={
        200: "SettlementPayoutSummary",
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=("start_date", "end_date", "currency_code"),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset({200}),
    pagination=None,
    parameters={
        "start_date": Field("string", format="date-time"),
        "end_date": Field("string", format="date-time"),
        "currency_code": Field("string"),
    },
    required_parameters=frozenset(["end_date", "start_date"]),
    parameter_python_names={},
    model_classes=_get_payout_summary_classes,
)


@functools.cache
def _get_payout_classes() -> ModelClasses:
    from .models import ErrorV2, SettlementPayout

    return ModelClasses(
        body=None,
        responses={
            200: SettlementPayout,
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


GET_PAYOUT: Final = Operation(
    name="get_payout",
    resource="settlements",
    operation_id="getPayout",
    method="GET",
    path="/settlements/v1/payouts/{payment_reference}",
    path_parameters=("payment_reference",),
    body=None,
    responses={
        200: "SettlementPayout",
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"payment_reference": Field("string", min_length=1)},
    required_parameters=frozenset(["payment_reference"]),
    parameter_python_names={},
    model_classes=_get_payout_classes,
)


@functools.cache
def _get_transactions_classes() -> ModelClasses:
    from .models import ErrorV2, SettlementTransactionCollection

    return ModelClasses(
        body=None,
        responses={
            200: SettlementTransactionCollection,
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


GET_TRANSACTIONS: Final = Operation(
    name="get_transactions",
    resource="settlements",
    operation_id="getTransactions",
    method="GET",
    path="/settlements/v1/transactions",
    path_parameters=(),
    body=None,
    responses={
        200: "SettlementTransactionCollection",
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=("payment_reference", "order_id", "size", "offset"),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=Pagination(
        method="iter_transactions",
        items_attribute="transactions",
        offset="offset",
        size="size",
        total=("pagination", "total"),
    ),
    parameters={
        "payment_reference": Field("string", min_length=1),
        "order_id": Field("string", min_length=1),
        "size": Field("integer", minimum=1, maximum=500),
        "offset": Field("integer", minimum=0),
    },
    required_parameters=frozenset([]),
    parameter_python_names={},
    model_classes=_get_transactions_classes,
)


@functools.cache
def _get_payout_report_with_transactions_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(
        body=None, responses={400: ErrorV2, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2}
    )


GET_PAYOUT_REPORT_WITH_TRANSACTIONS: Final = Operation(
    name="get_payout_report_with_transactions",
    resource="settlements",
    operation_id="getPayoutReportWithTransactions",
    method="GET",
    path="/settlements/v1/reports/payout-with-transactions",
    path_parameters=(),
    body=None,
    responses={
        200: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=("payment_reference",),
    header_parameters=(),
    header_results={},
    byte_responses={200: "text/csv"},
    array_responses=frozenset(),
    pagination=None,
    parameters={"payment_reference": Field("string", min_length=1)},
    required_parameters=frozenset(["payment_reference"]),
    parameter_python_names={},
    model_classes=_get_payout_report_with_transactions_classes,
)


@functools.cache
def _get_payout_report_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(
        body=None, responses={400: ErrorV2, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2}
    )


GET_PAYOUT_REPORT: Final = Operation(
    name="get_payout_report",
    resource="settlements",
    operation_id="getPayoutReport",
    method="GET",
    path="/settlements/v1/reports/payout",
    path_parameters=(),
    body=None,
    responses={
        200: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=("payment_reference",),
    header_parameters=(),
    header_results={},
    byte_responses={200: "application/pdf"},
    array_responses=frozenset(),
    pagination=None,
    parameters={"payment_reference": Field("string", min_length=1)},
    required_parameters=frozenset(["payment_reference"]),
    parameter_python_names={},
    model_classes=_get_payout_report_classes,
)


@functools.cache
def _get_payouts_summary_report_with_transactions_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(body=None, responses={400: ErrorV2, 401: ErrorV2, 403: ErrorV2, 429: ErrorV2, 500: ErrorV2})


GET_PAYOUTS_SUMMARY_REPORT_WITH_TRANSACTIONS: Final = Operation(
    name="get_payouts_summary_report_with_transactions",
    resource="settlements",
    operation_id="getPayoutsSummaryReportWithTransactions",
    method="GET",
    path="/settlements/v1/reports/payouts-summary-with-transactions",
    path_parameters=(),
    body=None,
    responses={200: None, 400: "ErrorV2", 401: "ErrorV2", 403: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=("start_date", "end_date"),
    header_parameters=(),
    header_results={},
    byte_responses={200: "text/csv"},
    array_responses=frozenset(),
    pagination=None,
    parameters={"start_date": Field("string", format="date-time"), "end_date": Field("string", format="date-time")},
    required_parameters=frozenset(["end_date", "start_date"]),
    parameter_python_names={},
    model_classes=_get_payouts_summary_report_with_transactions_classes,
)


@functools.cache
def _get_payouts_summary_report_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(body=None, responses={400: ErrorV2, 401: ErrorV2, 403: ErrorV2, 429: ErrorV2, 500: ErrorV2})


GET_PAYOUTS_SUMMARY_REPORT: Final = Operation(
    name="get_payouts_summary_report",
    resource="settlements",
    operation_id="getPayoutsSummaryReport",
    method="GET",
    path="/settlements/v1/reports/payouts-summary",
    path_parameters=(),
    body=None,
    responses={200: None, 400: "ErrorV2", 401: "ErrorV2", 403: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=("start_date", "end_date"),
    header_parameters=(),
    header_results={},
    byte_responses={200: "application/pdf"},
    array_responses=frozenset(),
    pagination=None,
    parameters={"start_date": Field("string", format="date-time"), "end_date": Field("string", format="date-time")},
    required_parameters=frozenset(["end_date", "start_date"]),
    parameter_python_names={},
    model_classes=_get_payouts_summary_report_classes,
)


@functools.cache
def _create_hpp_session_classes() -> ModelClasses:
    from .models import ErrorV2, HppSessionCreationRequest, HppSessionCreationResponse

    return ModelClasses(
        body=HppSessionCreationRequest,
        responses={
            201: HppSessionCreationResponse,
            400: ErrorV2,
            401: ErrorV2,
            403: ErrorV2,
            404: ErrorV2,
            429: ErrorV2,
            500: ErrorV2,
        },
    )


CREATE_HPP_SESSION: Final = Operation(
    name="create_hpp_session",
    resource="hpp",
    operation_id="createHppSession",
    method="POST",
    path="/hpp/v1/sessions",
    path_parameters=(),
    body="HppSessionCreationRequest",
    responses={
        201: "HppSessionCreationResponse",
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={},
    required_parameters=frozenset([]),
    parameter_python_names={},
    model_classes=_create_hpp_session_classes,
)


@functools.cache
def _read_hpp_session_classes() -> ModelClasses:
    from .models import ErrorV2, HppSession

    return ModelClasses(
        body=None, responses={200: HppSession, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2}
    )


READ_HPP_SESSION: Final = Operation(
    name="read_hpp_session",
    resource="hpp",
    operation_id="readHppSession",
    method="GET",
    path="/hpp/v1/sessions/{session_id}",
    path_parameters=("session_id",),
    body=None,
    responses={200: "HppSession", 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"session_id": Field("string", min_length=1)},
    required_parameters=frozenset(["session_id"]),
    parameter_python_names={},
    model_classes=_read_hpp_session_classes,
)


@functools.cache
def _disable_hpp_session_classes() -> ModelClasses:
    from .models import ErrorV2

    return ModelClasses(
        body=None, responses={400: ErrorV2, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2}
    )


DISABLE_HPP_SESSION: Final = Operation(
    name="disable_hpp_session",
    resource="hpp",
    operation_id="disableHppSession",
    method="DELETE",
    path="/hpp/v1/sessions/{session_id}",
    path_parameters=("session_id",),
    body=None,
    responses={
        204: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    parameters={"session_id": Field("string", min_length=1)},
    required_parameters=frozenset(["session_id"]),
    parameter_python_names={},
    model_classes=_disable_hpp_session_classes,
)


@functools.cache
def _distribute_hpp_session_classes() -> ModelClasses:
    from .models import ErrorV2, HppDistributionRequest

    return ModelClasses(
        body=HppDistributionRequest,
        responses={400: ErrorV2, 401: ErrorV2, 403: ErrorV2, 404: ErrorV2, 429: ErrorV2, 500: ErrorV2, 503: ErrorV2},
    )


DISTRIBUTE_HPP_SESSION: Final = Operation(
    name="distribute_hpp_session",
    resource="hpp",
    operation_id="distributeHppSession",
    method="POST",
    path="/hpp/v1/sessions/{session_id}/distribution",
    path_parameters=("session_id",),
    body="HppDistributionRequest",
    responses={
        201: None,
        204: None,
        400: "ErrorV2",
        401: "ErrorV2",
        403: "ErrorV2",
        404: "ErrorV2",
        429: "ErrorV2",
        500: "ErrorV2",
        503: "ErrorV2",
    },
    sends_idempotency_key=False,
    repeatable=False,
    creates=None,
    query_parameters=(),
    header_parameters=(),
    header_results={},
    byte_responses={},
    array_responses=frozenset(),
    pagination=None,
    deprecation=Deprecation("hpp.distribute_hpp_session", body=True),
    parameters={"session_id": Field("string", min_length=1)},
    required_parameters=frozenset(["session_id"]),
    parameter_python_names={},
    model_classes=_distribute_hpp_session_classes,
)

# The generator's operation name -> its operation (the fake's routes, `fail_next`, tests).
OPERATIONS: Final[dict[str, Operation]] = {
    "cancel_authorization": CANCEL_AUTHORIZATION,
    "create_order": CREATE_ORDER,
    "purchase_token": PURCHASE_TOKEN,
    "create_credit_session": CREATE_CREDIT_SESSION,
    "read_credit_session": READ_CREDIT_SESSION,
    "update_credit_session": UPDATE_CREDIT_SESSION,
    "read_customer_token": READ_CUSTOMER_TOKEN,
    "create_customer_token_order": CREATE_CUSTOMER_TOKEN_ORDER,
    "update_customer_token_status": UPDATE_CUSTOMER_TOKEN_STATUS,
    "get_order": GET_ORDER,
    "acknowledge_order": ACKNOWLEDGE_ORDER,
    "update_authorization": UPDATE_AUTHORIZATION,
    "get_captures": GET_CAPTURES,
    "capture_order": CAPTURE_ORDER,
    "get_capture": GET_CAPTURE,
    "extend_due_date": EXTEND_DUE_DATE,
    "get_options_for_extend_due_date": GET_OPTIONS_FOR_EXTEND_DUE_DATE,
    "append_shipping_info": APPEND_SHIPPING_INFO,
    "trigger_send_out": TRIGGER_SEND_OUT,
    "update_consumer_details": UPDATE_CONSUMER_DETAILS,
    "extend_authorization_time": EXTEND_AUTHORIZATION_TIME,
    "update_merchant_references": UPDATE_MERCHANT_REFERENCES,
    "refund_order": REFUND_ORDER,
    "get_refund": GET_REFUND,
    "release_remaining_authorization": RELEASE_REMAINING_AUTHORIZATION,
    "append_order_shipping_info": APPEND_ORDER_SHIPPING_INFO,
    "cancel_order": CANCEL_ORDER,
    "get_payouts": GET_PAYOUTS,
    "get_payout_summary": GET_PAYOUT_SUMMARY,
    "get_payout": GET_PAYOUT,
    "get_transactions": GET_TRANSACTIONS,
    "get_payout_report_with_transactions": GET_PAYOUT_REPORT_WITH_TRANSACTIONS,
    "get_payout_report": GET_PAYOUT_REPORT,
    "get_payouts_summary_report_with_transactions": GET_PAYOUTS_SUMMARY_REPORT_WITH_TRANSACTIONS,
    "get_payouts_summary_report": GET_PAYOUTS_SUMMARY_REPORT,
    "create_hpp_session": CREATE_HPP_SESSION,
    "read_hpp_session": READ_HPP_SESSION,
    "disable_hpp_session": DISABLE_HPP_SESSION,
    "distribute_hpp_session": DISTRIBUTE_HPP_SESSION,
}

# Model class -> its schema, by JSON property name.
MODELS: Final[dict[str, Model]] = {
    "Address": Model(
        schema="address",
        required=frozenset([]),
        fields={
            "attention": Field("string", min_length=0, max_length=99),
            "city": Field("string", min_length=0, max_length=99),
            "country": Field("string", pattern="^[A-Za-z]{2,2}$"),
            "email": Field("string", min_length=0, max_length=99),
            "family_name": Field("string", min_length=0, max_length=99),
            "given_name": Field("string", min_length=0, max_length=99),
            "organization_name": Field("string", min_length=0, max_length=99),
            "phone": Field("string", min_length=0, max_length=99),
            "postal_code": Field("string", min_length=0, max_length=10),
            "region": Field("string", min_length=0, max_length=99),
            "street_address": Field("string", min_length=0, max_length=99),
            "street_address2": Field("string", min_length=0, max_length=99),
            "title": Field("string", min_length=0, max_length=20),
        },
        python_names={},
        rules=None,
    ),
    "AssetUrls": Model(
        schema="asset_urls",
        required=frozenset([]),
        fields={
            "descriptive": Field("string", read_only=True),
            "standard": Field("string", read_only=True),
        },
        python_names={},
        rules=None,
    ),
    "Attachment": Model(
        schema="attachment",
        required=frozenset(["body", "content_type"]),
        fields={
            "body": Field("string"),
            "content_type": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "AuthorizationUpdate": Model(
        schema="authorization_update",
        required=frozenset(["order_amount"]),
        fields={
            "order_amount": Field("integer", minimum=0, maximum=200000000),
            "description": Field("string", min_length=0, max_length=255),
            "order_lines": Field(
                "array", model="OrderManagementOrderLine", item_type="object", min_items=0, max_items=1000
            ),
        },
        python_names={},
        rules="authorization-update",
    ),
    "AuthorizedPaymentMethod": Model(
        schema="authorized_payment_method",
        required=frozenset(["type"]),
        fields={
            "type": Field(
                "string",
                enum=(
                    "invoice",
                    "fixed_amount",
                    "base_account",
                    "direct_debit",
                    "direct_bank_transfer",
                    "b2b_invoice",
                    "card",
                    "slice_it_by_card",
                    "pay_later_by_card",
                    "pay_by_card",
                    "fixed_sum_credit",
                    "alternative_payment_method",
                ),
            ),
            "number_of_days": Field("integer"),
            "number_of_installments": Field("integer"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "Capture": Model(
        schema="capture",
        required=frozenset([]),
        fields={
            "capture_id": Field("string"),
            "klarna_reference": Field("string"),
            "captured_amount": Field("integer", minimum=1),
            "captured_at": Field("string", format="date-time"),
            "description": Field("string"),
            "reference": Field("string", max_length=255),
            "refunded_amount": Field("integer"),
            "order_lines": Field("array", model="OrderManagementOrderLine", item_type="object"),
            "billing_address": Field("object", model="OrderManagementAddress"),
            "shipping_address": Field("object", model="OrderManagementAddress"),
            "shipping_info": Field("array", model="ShippingInfo", item_type="object"),
        },
        python_names={},
        rules=None,
    ),
    "CaptureOrderResult": Model(
        schema="captureOrder_result",
        required=frozenset(["capture_id", "location"]),
        fields={
            "capture_id": Field("string"),
            "location": Field("string", format="uri"),
        },
        python_names={},
        rules=None,
    ),
    "CaptureRequest": Model(
        schema="capture_request",
        required=frozenset(["captured_amount"]),
        fields={
            "captured_amount": Field("integer", minimum=0, maximum=200000000),
            "description": Field("string", min_length=0, max_length=255),
            "reference": Field("string", min_length=0, max_length=255),
            "order_lines": Field(
                "array", model="OrderManagementOrderLine", item_type="object", min_items=0, max_items=1000
            ),
            "shipping_info": Field("array", model="ShippingInfo", item_type="object", min_items=0, max_items=500),
            "shipping_delay": Field("integer", minimum=0),
        },
        python_names={},
        rules=None,
    ),
    "CreateOrderRequest": Model(
        schema="create_order_request",
        required=frozenset(["order_amount", "order_lines", "purchase_country", "purchase_currency"]),
        fields={
            "authorization_token": Field("string", read_only=True, secret=True),
            "auto_capture": Field("boolean"),
            "billing_address": Field("object", model="Address"),
            "custom_payment_method_ids": Field("array", item_type="string"),
            "customer": Field("object", model="Customer"),
            "locale": Field("string", pattern="^[A-Za-z]{2,2}(?:-[A-Za-z]{2,2})*$"),
            "merchant_data": Field("string", min_length=0, max_length=6000),
            "merchant_reference1": Field("string", min_length=0, max_length=255),
            "merchant_reference2": Field("string", min_length=0, max_length=255),
            "merchant_urls": Field("object", model="MerchantUrls"),
            "order_amount": Field("integer", minimum=0),
            "order_lines": Field("array", model="OrderLine", item_type="object", min_items=1, max_items=1000),
            "order_tax_amount": Field("integer", minimum=0),
            "payment_method_categories": Field(
                "array", model="PaymentMethodCategory", item_type="object", read_only=True
            ),
            "purchase_country": Field("string", pattern="^[A-Za-z]{2,2}$"),
            "purchase_currency": Field("string", pattern="^[A-Za-z]{3,3}$"),
            "shipping_address": Field("object", model="Address"),
            "status": Field("string", enum=("complete", "incomplete"), read_only=True),
        },
        python_names={},
        rules="order",
    ),
    "Customer": Model(
        schema="customer",
        required=frozenset([]),
        fields={
            "date_of_birth": Field("string"),
            "gender": Field("string"),
            "last_four_ssn": Field("string", pattern="^([0-9]{4}|[0-9]{9})$"),
            "national_identification_number": Field("string"),
            "organization_entity_type": Field(
                "string",
                enum=(
                    "LIMITED_COMPANY",
                    "PUBLIC_LIMITED_COMPANY",
                    "ENTREPRENEURIAL_COMPANY",
                    "LIMITED_PARTNERSHIP_LIMITED_COMPANY",
                    "LIMITED_PARTNERSHIP",
                    "GENERAL_PARTNERSHIP",
                    "REGISTERED_SOLE_TRADER",
                    "SOLE_TRADER",
                    "CIVIL_LAW_PARTNERSHIP",
                    "PUBLIC_INSTITUTION",
                    "OTHER",
                ),
            ),
            "organization_registration_id": Field("string"),
            "title": Field("string"),
            "type": Field("string", pattern="^(person|organization)$"),
            "vat_id": Field("string"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "CustomerDetailsUpdate": Model(
        schema="customer_details_update",
        required=frozenset([]),
        fields={
            "shipping_address": Field("object", model="OrderManagementAddress"),
            "billing_address": Field("object", model="OrderManagementAddress", deprecated=True),
        },
        python_names={},
        rules=None,
    ),
    "CustomerReadCreateToken": Model(
        schema="customer_read_create_token",
        required=frozenset([]),
        fields={
            "date_of_birth": Field("string"),
            "gender": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "CustomerResponse": Model(
        schema="customer_response",
        required=frozenset([]),
        fields={
            "date_of_birth": Field("string"),
            "gender": Field("string"),
            "last_four_ssn": Field("string", pattern="^([0-9]{4}|[0-9]{9})$"),
            "national_identification_number": Field("string"),
            "organization_entity_type": Field(
                "string",
                enum=(
                    "LIMITED_COMPANY",
                    "PUBLIC_LIMITED_COMPANY",
                    "ENTREPRENEURIAL_COMPANY",
                    "LIMITED_PARTNERSHIP_LIMITED_COMPANY",
                    "LIMITED_PARTNERSHIP",
                    "GENERAL_PARTNERSHIP",
                    "REGISTERED_SOLE_TRADER",
                    "SOLE_TRADER",
                    "CIVIL_LAW_PARTNERSHIP",
                    "PUBLIC_INSTITUTION",
                    "OTHER",
                ),
            ),
            "organization_registration_id": Field("string"),
            "title": Field("string"),
            "type": Field("string", pattern="^(person|organization)$"),
            "vat_id": Field("string"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "CustomerToken": Model(
        schema="customer_token",
        required=frozenset(["payment_method_type", "status"]),
        fields={
            "status": Field("string", enum=("ACTIVE", "CANCELLED", "SUSPENDED"), open_enum=True),
            "payment_method_type": Field("string"),
            "card": Field("object", model="CustomerTokenCard"),
            "direct_debit": Field("object", model="CustomerTokenDirectDebit"),
        },
        python_names={},
        rules=None,
    ),
    "CustomerTokenAddress": Model(
        schema="customer_token_address",
        required=frozenset([]),
        fields={
            "attention": Field("string", min_length=0, max_length=99),
            "city": Field("string", min_length=0, max_length=99),
            "country": Field("string", pattern="^[A-Za-z]{2,2}$"),
            "email": Field("string", min_length=0, max_length=99),
            "family_name": Field("string", min_length=0, max_length=99),
            "given_name": Field("string", min_length=0, max_length=99),
            "organization_name": Field("string", min_length=0, max_length=99),
            "phone": Field("string", min_length=5, max_length=99),
            "postal_code": Field("string", min_length=0, max_length=10),
            "region": Field("string", min_length=0, max_length=99),
            "street_address": Field("string", min_length=0, max_length=99),
            "street_address2": Field("string", min_length=0, max_length=99),
            "title": Field("string", min_length=0, max_length=20),
        },
        python_names={},
        rules=None,
    ),
    "CustomerTokenAuthorizedPaymentMethod": Model(
        schema="customer_token_authorized_payment_method",
        required=frozenset(["type"]),
        fields={
            "type": Field(
                "string",
                enum=(
                    "invoice",
                    "fixed_amount",
                    "pix",
                    "base_account",
                    "deferred_interest",
                    "direct_debit",
                    "direct_bank_transfer",
                    "b2b_invoice",
                    "card",
                    "slice_it_by_card",
                    "pay_later_by_card",
                    "fixed_sum_credit",
                    "pay_by_card",
                ),
            ),
            "number_of_days": Field("integer"),
            "number_of_installments": Field("integer"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "CustomerTokenCard": Model(
        schema="customer_token_card",
        required=frozenset(["brand", "expiry_date", "masked_number"]),
        fields={
            "brand": Field("string"),
            "expiry_date": Field("string"),
            "masked_number": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "CustomerTokenCreationRequest": Model(
        schema="customer_token_creation_request",
        required=frozenset(["description", "intended_use", "locale", "purchase_country", "purchase_currency"]),
        fields={
            "billing_address": Field("object", model="Address"),
            "customer": Field("object", model="Customer"),
            "description": Field("string", min_length=1, max_length=255),
            "intended_use": Field("string", enum=("SUBSCRIPTION",)),
            "locale": Field("string", pattern="^[A-Za-z]{2,2}(?:-[A-Za-z]{2,2})*$"),
            "purchase_country": Field("string", pattern="^[A-Za-z]{2,2}$"),
            "purchase_currency": Field("string", pattern="^[A-Za-z]{3,3}$"),
        },
        python_names={},
        rules="customer-token",
    ),
    "CustomerTokenCreationResponse": Model(
        schema="customer_token_creation_response",
        required=frozenset(["token_id"]),
        fields={
            "token_id": Field("string", min_length=1, secret=True),
            "payment_method_reference": Field("string"),
            "redirect_url": Field("string"),
            "billing_address": Field("object", model="Address"),
            "customer": Field("object", model="CustomerReadCreateToken"),
        },
        python_names={},
        rules=None,
    ),
    "CustomerTokenDirectDebit": Model(
        schema="customer_token_direct_debit",
        required=frozenset(["masked_number"]),
        fields={
            "masked_number": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "CustomerTokenMerchantUrls": Model(
        schema="customer_token_merchant_urls",
        required=frozenset(["confirmation"]),
        fields={
            "confirmation": Field("string", min_length=0, max_length=2000),
            "push": Field("string", min_length=0, max_length=2000),
        },
        python_names={},
        rules=None,
    ),
    "CustomerTokenOrder": Model(
        schema="customer_token_order",
        required=frozenset(["fraud_status", "order_id"]),
        fields={
            "order_id": Field("string", min_length=1),
            "fraud_status": Field("string", enum=("ACCEPTED", "PENDING", "REJECTED"), open_enum=True),
            "redirect_url": Field("string"),
            "authorized_payment_method": Field("object", model="CustomerTokenAuthorizedPaymentMethod"),
        },
        python_names={},
        rules=None,
    ),
    "CustomerTokenOrderLine": Model(
        schema="customer_token_order_line",
        required=frozenset(["name", "quantity", "total_amount", "unit_price"]),
        fields={
            "image_url": Field("string", min_length=0, max_length=1024),
            "merchant_data": Field("string", min_length=0, max_length=255),
            "name": Field("string", min_length=1, max_length=255),
            "product_identifiers": Field("object", model="ProductIdentifiers"),
            "product_url": Field("string", min_length=0, max_length=1024),
            "quantity": Field("integer", minimum=0),
            "quantity_unit": Field("string", min_length=1, max_length=8),
            "reference": Field("string", min_length=0, max_length=256),
            "subscription": Field("object", model="CustomerTokenSubscription"),
            "tax_rate": Field("integer"),
            "total_amount": Field("integer", maximum=100000000),
            "total_discount_amount": Field("integer", minimum=0),
            "total_tax_amount": Field("integer"),
            "type": Field(
                "string",
                enum=(
                    "physical",
                    "discount",
                    "shipping_fee",
                    "sales_tax",
                    "digital",
                    "gift_card",
                    "store_credit",
                    "surcharge",
                ),
            ),
            "unit_price": Field("integer", maximum=100000000),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "CustomerTokenOrderRequest": Model(
        schema="customer_token_order_request",
        required=frozenset(["order_amount", "order_lines", "order_tax_amount", "purchase_currency"]),
        fields={
            "auto_capture": Field("boolean"),
            "attachment": Field("object", model="Attachment"),
            "merchant_data": Field("string", min_length=0, max_length=6000),
            "merchant_reference1": Field("string", min_length=0, max_length=255),
            "merchant_reference2": Field("string", min_length=0, max_length=255),
            "merchant_urls": Field("object", model="CustomerTokenMerchantUrls"),
            "order_amount": Field("integer", minimum=1),
            "order_lines": Field(
                "array", model="CustomerTokenOrderLine", item_type="object", min_items=1, max_items=1000
            ),
            "order_tax_amount": Field("integer", minimum=0),
            "purchase_currency": Field("string", pattern="^[A-Za-z]{3,3}$"),
            "shipping_address": Field("object", model="CustomerTokenAddress"),
        },
        python_names={},
        rules="order",
    ),
    "CustomerTokenStatusUpdate": Model(
        schema="customer_token_status_update",
        required=frozenset(["status"]),
        fields={
            "status": Field("string", enum=("CANCELLED",)),
        },
        python_names={},
        rules=None,
    ),
    "CustomerTokenSubscription": Model(
        schema="customer_token_subscription",
        required=frozenset(["interval", "interval_count", "name"]),
        fields={
            "name": Field("string"),
            "interval": Field("string", enum=("DAY", "WEEK", "MONTH", "YEAR")),
            "interval_count": Field("integer", minimum=1),
        },
        python_names={},
        rules=None,
    ),
    "DueDateExtensionOption": Model(
        schema="due_date_extension_option",
        required=frozenset([]),
        fields={
            "number_of_days": Field("integer"),
            "amount": Field("integer"),
        },
        python_names={},
        rules=None,
    ),
    "DueDateExtensionOptions": Model(
        schema="due_date_extension_options",
        required=frozenset([]),
        fields={
            "currency": Field("string"),
            "options": Field("array", model="DueDateExtensionOption", item_type="object"),
        },
        python_names={},
        rules=None,
    ),
    "DueDateExtensionRequest": Model(
        schema="due_date_extension_request",
        required=frozenset(["number_of_days"]),
        fields={
            "number_of_days": Field("integer"),
        },
        python_names={},
        rules=None,
    ),
    "ErrorV2": Model(
        schema="ErrorV2",
        required=frozenset([]),
        fields={
            "correlation_id": Field("string"),
            "error_code": Field("string"),
            "error_messages": Field("array", item_type="string"),
            "reason": Field("string"),
            "fraud_status": Field("string"),
            "authorized_payment_method": Field("object", model="CustomerTokenAuthorizedPaymentMethod"),
        },
        python_names={},
        rules=None,
    ),
    "HppBackgroundImage": Model(
        schema="hpp_background_image",
        required=frozenset([]),
        fields={
            "url": Field("string"),
            "width": Field("integer"),
        },
        python_names={},
        rules=None,
    ),
    "HppCustomer": Model(
        schema="hpp_customer",
        required=frozenset([]),
        fields={
            "date_of_birth": Field("string"),
            "family_name": Field("string"),
            "given_name": Field("string"),
            "national_identification_number": Field("string"),
            "title": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "HppDistributionContact": Model(
        schema="hpp_distribution_contact",
        required=frozenset([]),
        fields={
            "email": Field("string"),
            "phone": Field("string"),
            "phone_country": Field("string"),
            "access_id": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "HppDistributionModule": Model(
        schema="hpp_distribution_module",
        required=frozenset([]),
        fields={
            "token": Field("string", secret=True),
            "standalone_url": Field("string"),
            "generation_url": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "HppDistributionRequest": Model(
        schema="hpp_distribution_request",
        required=frozenset(["contact_information", "method"]),
        fields={
            "method": Field("string", enum=("sms", "email", "token")),
            "contact_information": Field("object", model="HppDistributionContact"),
            "template": Field("string", enum=("INSTORE_PURCHASE",), deprecated=True),
        },
        python_names={},
        rules=None,
    ),
    "HppManualIdentification": Model(
        schema="hpp_manual_identification",
        required=frozenset([]),
        fields={
            "challenge": Field("string"),
            "customer": Field("object", model="HppCustomer"),
            "customer_obfuscated": Field("object", model="HppCustomer"),
            "expires_at": Field("string", format="date-time"),
        },
        python_names={},
        rules=None,
    ),
    "HppMerchantUrls": Model(
        schema="hpp_merchant_urls",
        required=frozenset([]),
        fields={
            "success": Field("string"),
            "cancel": Field("string"),
            "back": Field("string"),
            "failure": Field("string"),
            "error": Field("string"),
            "status_update": Field("string", secret=True),
        },
        python_names={},
        rules=None,
    ),
    "HppOptions": Model(
        schema="hpp_options",
        required=frozenset([]),
        fields={
            "background_images": Field("array", model="HppBackgroundImage", item_type="object"),
            "logo_url": Field("string"),
            "page_title": Field("string"),
            "payment_method_categories": Field(
                "array",
                item_type="string",
                enum=("DIRECT_DEBIT", "DIRECT_BANK_TRANSFER", "PAY_NOW", "PAY_LATER", "PAY_OVER_TIME", "KLARNA"),
            ),
            "payment_method_category": Field(
                "string",
                enum=("DIRECT_DEBIT", "DIRECT_BANK_TRANSFER", "PAY_NOW", "PAY_LATER", "PAY_OVER_TIME", "KLARNA"),
            ),
            "place_order_mode": Field("string", enum=("PLACE_ORDER", "CAPTURE_ORDER", "NONE")),
            "purchase_type": Field(
                "string", enum=("BUY", "RENT", "BOOK", "SUBSCRIBE", "DOWNLOAD", "ORDER", "CONTINUE")
            ),
            "show_subtotal_detail": Field("string", enum=("HIDE",)),
        },
        python_names={},
        rules=None,
    ),
    "HppSession": Model(
        schema="hpp_session",
        required=frozenset([]),
        fields={
            "session_id": Field("string"),
            "status": Field(
                "string",
                enum=(
                    "WAITING",
                    "BACK",
                    "IN_PROGRESS",
                    "MANUAL_ID_CHECK",
                    "COMPLETED",
                    "CANCELLED",
                    "FAILED",
                    "DISABLED",
                    "ERROR",
                ),
            ),
            "updated_at": Field("string", format="date-time"),
            "expires_at": Field("string", format="date-time"),
            "authorization_token": Field("string", secret=True),
            "order_id": Field("string"),
            "klarna_reference": Field("string"),
            "customer": Field("object", model="HppCustomer"),
            "manual_identification": Field("object", model="HppManualIdentification"),
        },
        python_names={},
        rules=None,
    ),
    "HppSessionCreationRequest": Model(
        schema="hpp_session_creation_request",
        required=frozenset(["payment_session_url"]),
        fields={
            "payment_session_url": Field("string"),
            "merchant_urls": Field("object", model="HppMerchantUrls"),
            "options": Field("object", model="HppOptions"),
            "profile_id": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "HppSessionCreationResponse": Model(
        schema="hpp_session_creation_response",
        required=frozenset([]),
        fields={
            "session_id": Field("string"),
            "session_url": Field("string"),
            "distribution_url": Field("string"),
            "redirect_url": Field("string"),
            "qr_code_url": Field("string"),
            "expires_at": Field("string", format="date-time"),
            "manual_identification_check_url": Field("string"),
            "distribution_module": Field("object", model="HppDistributionModule"),
        },
        python_names={},
        rules=None,
    ),
    "InitialPaymentMethod": Model(
        schema="initial_payment_method",
        required=frozenset([]),
        fields={
            "type": Field("string"),
            "description": Field("string"),
            "number_of_installments": Field("integer"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "MerchantReferencesUpdate": Model(
        schema="merchant_references_update",
        required=frozenset([]),
        fields={
            "merchant_reference1": Field("string", min_length=0, max_length=255),
            "merchant_reference2": Field("string", min_length=0, max_length=255),
        },
        python_names={},
        rules=None,
    ),
    "MerchantSession": Model(
        schema="merchant_session",
        required=frozenset(["client_token", "session_id"]),
        fields={
            "session_id": Field("string", min_length=1, max_length=255),
            "client_token": Field("string", min_length=1, max_length=4096, secret=True),
            "payment_method_categories": Field("array", model="PaymentMethodCategory", item_type="object"),
        },
        python_names={},
        rules=None,
    ),
    "MerchantUrls": Model(
        schema="merchant_urls",
        required=frozenset([]),
        fields={
            "confirmation": Field("string", min_length=0, max_length=2000),
            "notification": Field("string", min_length=0, max_length=2000),
            "push": Field("string", min_length=0, max_length=2000),
            "authorization": Field("string", min_length=0, max_length=2000),
        },
        python_names={},
        rules=None,
    ),
    "Options": Model(
        schema="options",
        required=frozenset([]),
        fields={
            "color_border": Field("string", pattern="^#[A-Fa-f0-9]{6}$"),
            "color_border_selected": Field("string", pattern="^#[A-Fa-f0-9]{6}$"),
            "color_details": Field("string", pattern="^#[A-Fa-f0-9]{6}$"),
            "color_text": Field("string", pattern="^#[A-Fa-f0-9]{6}$"),
            "radius_border": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "Order": Model(
        schema="order",
        required=frozenset(["order_id"]),
        fields={
            "order_id": Field("string", min_length=1),
            "redirect_url": Field("string"),
            "fraud_status": Field("string", enum=("ACCEPTED", "PENDING", "REJECTED")),
            "authorized_payment_method": Field("object", model="AuthorizedPaymentMethod"),
        },
        python_names={},
        rules=None,
    ),
    "OrderLine": Model(
        schema="order_line",
        required=frozenset(["name", "quantity", "total_amount", "unit_price"]),
        fields={
            "image_url": Field("string", min_length=0, max_length=1024),
            "merchant_data": Field("string", min_length=0, max_length=1024),
            "name": Field("string", min_length=1, max_length=255),
            "product_identifiers": Field("object", model="ProductIdentifiers"),
            "product_url": Field("string", min_length=0, max_length=1024),
            "quantity": Field("integer", minimum=0),
            "quantity_unit": Field("string", min_length=1, max_length=8),
            "reference": Field("string", min_length=0, max_length=255),
            "tax_rate": Field("integer", minimum=0, maximum=10000),
            "total_amount": Field("integer", maximum=200000000),
            "total_discount_amount": Field("integer", minimum=0),
            "total_tax_amount": Field("integer"),
            "type": Field(
                "string",
                enum=(
                    "physical",
                    "discount",
                    "shipping_fee",
                    "sales_tax",
                    "digital",
                    "gift_card",
                    "store_credit",
                    "surcharge",
                ),
                open_enum=True,
            ),
            "unit_price": Field("integer", maximum=200000000),
            "subscription": Field("object", model="Subscription"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "OrderLineResponse": Model(
        schema="order_line_response",
        required=frozenset(["name", "quantity", "total_amount", "unit_price"]),
        fields={
            "image_url": Field("string", min_length=0, max_length=1024),
            "merchant_data": Field("string", min_length=0, max_length=1024),
            "name": Field("string", min_length=1, max_length=255),
            "product_identifiers": Field("object", model="ProductIdentifiers"),
            "product_url": Field("string", min_length=0, max_length=1024),
            "quantity": Field("integer", minimum=0),
            "quantity_unit": Field("string", min_length=1, max_length=8),
            "reference": Field("string", min_length=0, max_length=255),
            "tax_rate": Field("integer", minimum=0, maximum=10000),
            "total_amount": Field("integer", maximum=200000000),
            "total_discount_amount": Field("integer", minimum=0),
            "total_tax_amount": Field("integer"),
            "type": Field(
                "string",
                enum=(
                    "physical",
                    "discount",
                    "shipping_fee",
                    "sales_tax",
                    "digital",
                    "gift_card",
                    "store_credit",
                    "surcharge",
                ),
                open_enum=True,
            ),
            "unit_price": Field("integer", maximum=200000000),
            "subscription": Field("object", model="SubscriptionResponse"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "OrderManagementAddress": Model(
        schema="order_management_address",
        required=frozenset([]),
        fields={
            "attention": Field("string", min_length=0, max_length=255),
            "city": Field("string", min_length=0, max_length=200),
            "country": Field("string"),
            "email": Field("string", min_length=0, max_length=100),
            "family_name": Field("string", min_length=0, max_length=100),
            "given_name": Field("string", min_length=0, max_length=100),
            "organization_name": Field("string", min_length=0, max_length=255),
            "phone": Field("string", min_length=0, max_length=100),
            "postal_code": Field("string", min_length=0, max_length=10),
            "region": Field("string", min_length=0, max_length=200),
            "street_address": Field("string", min_length=0, max_length=100),
            "street_address2": Field("string", min_length=0, max_length=100),
            "title": Field("string", min_length=0, max_length=20),
        },
        python_names={},
        rules=None,
    ),
    "OrderManagementCustomer": Model(
        schema="order_management_customer",
        required=frozenset([]),
        fields={
            "date_of_birth": Field("string", format="date"),
            "national_identification_number": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "OrderManagementOrder": Model(
        schema="order_management_order",
        required=frozenset([]),
        fields={
            "order_id": Field("string"),
            "status": Field(
                "string", enum=("AUTHORIZED", "PART_CAPTURED", "CAPTURED", "CANCELLED", "EXPIRED", "CLOSED")
            ),
            "fraud_status": Field("string"),
            "order_amount": Field("integer"),
            "original_order_amount": Field("integer"),
            "captured_amount": Field("integer"),
            "refunded_amount": Field("integer"),
            "remaining_authorized_amount": Field("integer"),
            "purchase_country": Field("string"),
            "purchase_currency": Field("string"),
            "locale": Field("string"),
            "order_lines": Field("array", model="OrderManagementOrderLine", item_type="object"),
            "merchant_reference1": Field("string"),
            "merchant_reference2": Field("string"),
            "klarna_reference": Field("string"),
            "merchant_data": Field("string"),
            "customer": Field("object", model="OrderManagementCustomer"),
            "billing_address": Field("object", model="OrderManagementAddress"),
            "shipping_address": Field("object", model="OrderManagementAddress"),
            "created_at": Field("string", format="date-time"),
            "expires_at": Field("string", format="date-time"),
            "captures": Field("array", model="Capture", item_type="object"),
            "refunds": Field("array", model="Refund", item_type="object"),
            "initial_payment_method": Field("object", model="InitialPaymentMethod"),
            "selected_shipping_option": Field("object", model="SelectedShippingOption"),
            "shipping_info": Field("array", model="ShippingInfo", item_type="object"),
        },
        python_names={},
        rules=None,
    ),
    "OrderManagementOrderLine": Model(
        schema="order_management_order_line",
        required=frozenset(["name", "quantity", "total_amount", "unit_price"]),
        fields={
            "name": Field("string", min_length=0, max_length=255),
            "quantity": Field("integer", minimum=0),
            "unit_price": Field("integer", maximum=200000000),
            "total_amount": Field("integer", maximum=200000000),
            "total_discount_amount": Field("integer", minimum=0, maximum=200000000),
            "total_tax_amount": Field("integer", maximum=200000000),
            "tax_rate": Field("integer", minimum=0),
            "type": Field(
                "string",
                enum=(
                    "physical",
                    "discount",
                    "shipping_fee",
                    "sales_tax",
                    "store_credit",
                    "gift_card",
                    "digital",
                    "surcharge",
                    "return_fee",
                ),
                open_enum=True,
            ),
            "reference": Field("string", min_length=0, max_length=255),
            "quantity_unit": Field("string", min_length=0, max_length=10),
            "merchant_data": Field("string", min_length=0, max_length=1024),
            "product_url": Field("string", min_length=0, max_length=1024),
            "image_url": Field("string", min_length=0, max_length=1024),
            "product_identifiers": Field("object", model="OrderManagementProductIdentifiers"),
            "subscription": Field("object", model="OrderManagementSubscription"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "OrderManagementOrderLineResponse": Model(
        schema="order_management_order_line_response",
        required=frozenset(["name", "quantity", "total_amount", "unit_price"]),
        fields={
            "name": Field("string", min_length=0, max_length=255),
            "quantity": Field("integer", minimum=0),
            "unit_price": Field("integer", maximum=200000000),
            "total_amount": Field("integer", maximum=200000000),
            "total_discount_amount": Field("integer", minimum=0, maximum=200000000),
            "total_tax_amount": Field("integer", maximum=200000000),
            "tax_rate": Field("integer", minimum=0),
            "type": Field(
                "string",
                enum=(
                    "physical",
                    "discount",
                    "shipping_fee",
                    "sales_tax",
                    "store_credit",
                    "gift_card",
                    "digital",
                    "surcharge",
                    "return_fee",
                ),
                open_enum=True,
            ),
            "reference": Field("string", min_length=0, max_length=255),
            "quantity_unit": Field("string", min_length=0, max_length=10),
            "merchant_data": Field("string", min_length=0, max_length=1024),
            "product_url": Field("string", min_length=0, max_length=1024),
            "image_url": Field("string", min_length=0, max_length=1024),
            "product_identifiers": Field("object", model="OrderManagementProductIdentifiers"),
            "subscription": Field("object", model="OrderManagementSubscriptionResponse"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "OrderManagementProductIdentifiers": Model(
        schema="order_management_product_identifiers",
        required=frozenset([]),
        fields={
            "brand": Field("string", min_length=0, max_length=70),
            "category_path": Field("string", min_length=0, max_length=750),
            "global_trade_item_number": Field("string", min_length=0, max_length=50),
            "manufacturer_part_number": Field("string", min_length=0, max_length=70),
            "color": Field("string", min_length=0, max_length=64),
            "size": Field("string", min_length=0, max_length=64),
        },
        python_names={},
        rules=None,
    ),
    "OrderManagementSubscription": Model(
        schema="order_management_subscription",
        required=frozenset(["interval", "interval_count", "name"]),
        fields={
            "name": Field("string", min_length=0, max_length=255),
            "interval": Field("string", enum=("DAY", "WEEK", "MONTH", "YEAR"), open_enum=True),
            "interval_count": Field("integer", minimum=1),
        },
        python_names={},
        rules=None,
    ),
    "OrderManagementSubscriptionResponse": Model(
        schema="order_management_subscription_response",
        required=frozenset(["interval", "interval_count", "name"]),
        fields={
            "name": Field("string", min_length=0, max_length=255),
            "interval": Field("string", enum=("DAY", "WEEK", "MONTH", "YEAR"), open_enum=True),
            "interval_count": Field("integer", minimum=1),
        },
        python_names={},
        rules=None,
    ),
    "PaymentMethodCategory": Model(
        schema="payment_method_category",
        required=frozenset([]),
        fields={
            "identifier": Field("string", read_only=True),
            "name": Field("string", read_only=True),
            "asset_urls": Field("object", model="AssetUrls"),
        },
        python_names={},
        rules=None,
    ),
    "ProductIdentifiers": Model(
        schema="product_identifiers",
        required=frozenset([]),
        fields={
            "brand": Field("string", min_length=0, max_length=70),
            "category_path": Field("string", min_length=0, max_length=750),
            "global_trade_item_number": Field("string", min_length=0, max_length=50),
            "manufacturer_part_number": Field("string", min_length=0, max_length=70),
            "color": Field("string", min_length=0, max_length=64),
            "size": Field("string", min_length=0, max_length=64),
        },
        python_names={},
        rules=None,
    ),
    "Refund": Model(
        schema="refund",
        required=frozenset([]),
        fields={
            "refund_id": Field("string"),
            "refunded_amount": Field("integer"),
            "refunded_at": Field("string", format="date-time"),
            "description": Field("string"),
            "reference": Field("string"),
            "order_lines": Field("array", model="OrderManagementOrderLine", item_type="object"),
            "credit_invoice": Field("boolean"),
        },
        python_names={},
        rules=None,
    ),
    "RefundOrderResult": Model(
        schema="refundOrder_result",
        required=frozenset(["location", "refund_id"]),
        fields={
            "refund_id": Field("string"),
            "location": Field("string", format="uri"),
        },
        python_names={},
        rules=None,
    ),
    "RefundRequest": Model(
        schema="refund_request",
        required=frozenset(["refunded_amount"]),
        fields={
            "refunded_amount": Field("integer", minimum=0, maximum=200000000),
            "description": Field("string", min_length=0, max_length=255),
            "reference": Field("string", min_length=0, max_length=255),
            "order_lines": Field(
                "array", model="OrderManagementOrderLine", item_type="object", min_items=0, max_items=1000
            ),
        },
        python_names={},
        rules="refund",
    ),
    "SelectedShippingOption": Model(
        schema="selected_shipping_option",
        required=frozenset([]),
        fields={
            "id": Field("string"),
            "name": Field("string"),
            "carrier": Field("string"),
            "class": Field("string"),
            "method": Field("string"),
            "type": Field("string"),
            "tms_reference": Field("string"),
            "price": Field("integer"),
            "tax_amount": Field("integer"),
            "tax_rate": Field("integer"),
            "carrier_product": Field("object", model="ShippingCarrierProduct"),
            "location": Field("object", model="ShippingLocation"),
            "timeslot": Field("object", model="ShippingTimeslot"),
            "selected_addons": Field("array", model="ShippingAddon", item_type="object"),
        },
        python_names={"class": "class_", "type": "type_"},
        rules=None,
    ),
    "Session": Model(
        schema="session",
        required=frozenset([]),
        fields={
            "acquiring_channel": Field("string", enum=("ECOMMERCE", "IN_STORE", "TELESALES")),
            "attachment": Field("object", model="Attachment"),
            "authorization_token": Field("string", read_only=True, secret=True),
            "billing_address": Field("object", model="Address"),
            "client_token": Field("string", max_length=4096, read_only=True, secret=True),
            "custom_payment_method_ids": Field("array", item_type="string"),
            "customer": Field("object", model="Customer"),
            "design": Field("string"),
            "expires_at": Field("string", format="date-time", read_only=True),
            "intent": Field("string", enum=("buy", "tokenize", "buy_and_tokenize")),
            "locale": Field("string", pattern="^[A-Za-z]{2,2}(?:-[A-Za-z]{2,2})*$"),
            "merchant_data": Field("string", min_length=0, max_length=6000),
            "merchant_reference1": Field("string", min_length=0, max_length=255),
            "merchant_reference2": Field("string", min_length=0, max_length=255),
            "merchant_urls": Field("object", model="MerchantUrls"),
            "options": Field("object", model="Options"),
            "order_amount": Field("integer", minimum=0),
            "order_lines": Field("array", model="OrderLine", item_type="object", max_items=1000),
            "order_tax_amount": Field("integer", minimum=0),
            "payment_method_categories": Field(
                "array", model="PaymentMethodCategory", item_type="object", read_only=True
            ),
            "purchase_country": Field("string", pattern="^[A-Za-z]{2,2}$"),
            "purchase_currency": Field("string", pattern="^[A-Za-z]{3,3}$"),
            "shipping_address": Field("object", model="Address"),
            "status": Field("string", enum=("complete", "incomplete"), read_only=True),
        },
        python_names={},
        rules="order",
    ),
    "SessionCreate": Model(
        schema="session_create",
        required=frozenset(["order_amount", "order_lines", "purchase_country", "purchase_currency"]),
        fields={
            "acquiring_channel": Field("string", enum=("ECOMMERCE", "IN_STORE", "TELESALES")),
            "attachment": Field("object", model="Attachment"),
            "authorization_token": Field("string", read_only=True, secret=True),
            "billing_address": Field("object", model="Address"),
            "client_token": Field("string", max_length=4096, read_only=True, secret=True),
            "custom_payment_method_ids": Field("array", item_type="string"),
            "customer": Field("object", model="Customer"),
            "design": Field("string"),
            "expires_at": Field("string", format="date-time", read_only=True),
            "intent": Field("string", enum=("buy", "tokenize", "buy_and_tokenize")),
            "locale": Field("string", pattern="^[A-Za-z]{2,2}(?:-[A-Za-z]{2,2})*$"),
            "merchant_data": Field("string", min_length=0, max_length=6000),
            "merchant_reference1": Field("string", min_length=0, max_length=255),
            "merchant_reference2": Field("string", min_length=0, max_length=255),
            "merchant_urls": Field("object", model="MerchantUrls"),
            "options": Field("object", model="Options"),
            "order_amount": Field("integer", minimum=0),
            "order_lines": Field("array", model="OrderLine", item_type="object", max_items=1000),
            "order_tax_amount": Field("integer", minimum=0),
            "payment_method_categories": Field(
                "array", model="PaymentMethodCategory", item_type="object", read_only=True
            ),
            "purchase_country": Field("string", pattern="^[A-Za-z]{2,2}$"),
            "purchase_currency": Field("string", pattern="^[A-Za-z]{3,3}$"),
            "shipping_address": Field("object", model="Address"),
            "status": Field("string", enum=("complete", "incomplete"), read_only=True),
        },
        python_names={},
        rules="order",
    ),
    "SessionRead": Model(
        schema="session_read",
        required=frozenset([]),
        fields={
            "acquiring_channel": Field("string", enum=("ECOMMERCE", "IN_STORE", "TELESALES")),
            "attachment": Field("object", model="Attachment"),
            "authorization_token": Field("string", secret=True),
            "billing_address": Field("object", model="Address"),
            "client_token": Field("string", max_length=4096, secret=True),
            "custom_payment_method_ids": Field("array", item_type="string"),
            "customer": Field("object", model="Customer"),
            "design": Field("string"),
            "expires_at": Field("string", format="date-time"),
            "intent": Field("string", enum=("buy", "tokenize", "buy_and_tokenize")),
            "locale": Field("string", pattern="^[A-Za-z]{2,2}(?:-[A-Za-z]{2,2})*$"),
            "merchant_data": Field("string", min_length=0, max_length=6000),
            "merchant_reference1": Field("string", min_length=0, max_length=255),
            "merchant_reference2": Field("string", min_length=0, max_length=255),
            "merchant_urls": Field("object", model="MerchantUrls"),
            "options": Field("object", model="Options"),
            "order_amount": Field("integer", minimum=0),
            "order_lines": Field("array", model="OrderLine", item_type="object", max_items=1000),
            "order_tax_amount": Field("integer", minimum=0),
            "payment_method_categories": Field("array", model="PaymentMethodCategory", item_type="object"),
            "purchase_country": Field("string", pattern="^[A-Za-z]{2,2}$"),
            "purchase_currency": Field("string", pattern="^[A-Za-z]{3,3}$"),
            "shipping_address": Field("object", model="Address"),
            "status": Field("string", enum=("complete", "incomplete")),
        },
        python_names={},
        rules=None,
    ),
    "SettlementPagination": Model(
        schema="settlement_pagination",
        required=frozenset(["count"]),
        fields={
            "count": Field("integer"),
            "total": Field("integer"),
            "next": Field("string"),
            "prev": Field("string"),
            "offset": Field("integer"),
        },
        python_names={"next": "next_"},
        rules=None,
    ),
    "SettlementPayout": Model(
        schema="settlement_payout",
        required=frozenset(
            ["currency_code", "merchant_id", "merchant_settlement_type", "payment_reference", "payout_date", "totals"]
        ),
        fields={
            "payment_reference": Field("string", min_length=1),
            "payout_date": Field("string", format="date-time"),
            "currency_code": Field("string"),
            "currency_code_of_registration_country": Field("string"),
            "merchant_settlement_type": Field("string", enum=("GROSS", "NET", "GROSS_FEE")),
            "merchant_id": Field("string"),
            "transactions": Field("string"),
            "totals": Field("object", model="SettlementPayoutTotals"),
        },
        python_names={},
        rules=None,
    ),
    "SettlementPayoutCollection": Model(
        schema="settlement_payout_collection",
        required=frozenset(["pagination", "payouts"]),
        fields={
            "payouts": Field("array", model="SettlementPayout", item_type="object"),
            "pagination": Field("object", model="SettlementPagination"),
        },
        python_names={},
        rules=None,
    ),
    "SettlementPayoutSummary": Model(
        schema="settlement_payout_summary",
        required=frozenset(
            [
                "summary_payout_date_end",
                "summary_payout_date_start",
                "summary_settlement_currency",
                "summary_total_commission_amount",
                "summary_total_fee_amount",
                "summary_total_fee_correction_amount",
                "summary_total_holdback_amount",
                "summary_total_release_amount",
                "summary_total_repay_amount",
                "summary_total_return_amount",
                "summary_total_reversal_amount",
                "summary_total_sale_amount",
                "summary_total_settlement_amount",
                "summary_total_tax_amount",
            ]
        ),
        fields={
            "summary_settlement_currency": Field("string"),
            "summary_payout_date_start": Field("string", format="date-time"),
            "summary_payout_date_end": Field("string", format="date-time"),
            "summary_total_sale_amount": Field("integer"),
            "summary_total_return_amount": Field("integer"),
            "summary_total_fee_amount": Field("integer"),
            "summary_total_fee_correction_amount": Field("integer"),
            "summary_total_commission_amount": Field("integer"),
            "summary_total_tax_amount": Field("integer"),
            "summary_total_reversal_amount": Field("integer"),
            "summary_total_holdback_amount": Field("integer"),
            "summary_total_release_amount": Field("integer"),
            "summary_total_repay_amount": Field("integer"),
            "summary_total_settlement_amount": Field("integer"),
        },
        python_names={},
        rules=None,
    ),
    "SettlementPayoutTotals": Model(
        schema="settlement_payout_totals",
        required=frozenset(
            [
                "charge_amount",
                "closing_debt_balance_amount",
                "commission_amount",
                "credit_amount",
                "deposit_amount",
                "fee_amount",
                "fee_refund_amount",
                "holdback_amount",
                "opening_debt_balance_amount",
                "release_amount",
                "repay_amount",
                "return_amount",
                "reversal_amount",
                "sale_amount",
                "settlement_amount",
                "tax_refund_amount",
            ]
        ),
        fields={
            "sale_amount": Field("integer"),
            "return_amount": Field("integer"),
            "fee_amount": Field("integer"),
            "fee_refund_amount": Field("integer"),
            "fee_correction_amount": Field("integer"),
            "commission_amount": Field("integer"),
            "tax_amount": Field("integer"),
            "tax_refund_amount": Field("integer"),
            "reversal_amount": Field("integer"),
            "holdback_amount": Field("integer"),
            "release_amount": Field("integer"),
            "repay_amount": Field("integer"),
            "charge_amount": Field("integer"),
            "credit_amount": Field("integer"),
            "deposit_amount": Field("integer"),
            "opening_debt_balance_amount": Field("integer"),
            "closing_debt_balance_amount": Field("integer"),
            "settlement_amount": Field("integer"),
        },
        python_names={},
        rules=None,
    ),
    "SettlementTransaction": Model(
        schema="settlement_transaction",
        required=frozenset(
            ["amount", "capture_date", "currency_code", "order_id", "purchase_country", "sale_date", "type"]
        ),
        fields={
            "type": Field(
                "string",
                enum=(
                    "COMMISSION",
                    "SALE",
                    "REVERSAL",
                    "RETURN",
                    "TAX",
                    "FEE",
                    "FEE_REFUND",
                    "CORRECTION",
                    "REVERSAL_MERCHANT_PROTECTION",
                    "CHARGE",
                    "CREDIT",
                    "HOLDBACK",
                    "RELEASE",
                ),
            ),
            "detailed_type": Field(
                "string",
                enum=(
                    "COMMISSION",
                    "CREDITED_CORRECTION",
                    "PURCHASE_FEE_PERCENTAGE",
                    "PURCHASE_FEE_PERCENTAGE_REFUND",
                    "LATE_RETURN_FEE",
                    "PURCHASE_FEE_FIXED",
                    "EXPIRY_FEE_GROSS",
                    "EXPIRY_FEE",
                    "SERVICING_FEE",
                    "RETURN_FEE",
                    "EXTRA_INVOICE_FEE",
                    "PURCHASE_RETURN",
                    "COMMISSION_RETURN",
                    "REVERSAL",
                    "FRAUD_POLICY_CHARGE",
                    "COMMISSION_RETURN_GROSS",
                    "FRAUD_POLICY_CREDIT_NET",
                    "PURCHASE",
                    "MANUAL_ENTRY",
                    "LOAN_PAYOUT",
                    "LOAN_AMORTISATION",
                    "LOAN_FEE",
                    "FEE_REFUND",
                    "PURCHASE_COMMISSION_PERCENTAGE",
                    "EXTEND_DUE_DATE_FEE",
                    "TRANSFER_FROM_LEGACY_INTEGRATION",
                    "FIXED_FEE_CORRECTION_UK",
                    "PERCENTAGE_FEE_CORRECTION_UK",
                    "VAT_ON_FEE_CORRECTION_UK",
                    "FIXED_FEE_CORRECTION_SE",
                    "PERCENTAGE_FEE_CORRECTION_SE",
                    "PERCENTAGE_FEE_CORRECTION",
                    "FIXED_FEE_CORRECTION",
                    "ROLLING_RESERVE",
                    "PERCENTAGE_FEES",
                    "PAYMENT_REMINDER",
                    "CORRECTION",
                    "UNDER_REVIEW",
                    "INSUFFICIENT_BANK_ACCOUNT_DETAILS",
                    "DISPUTE_FEE",
                    "DISPUTE_FEE_REFUND",
                    "CORRECTION_DISPUTE",
                    "PAYMENT_DEFAULT",
                ),
            ),
            "amount": Field("integer"),
            "currency_code": Field("string"),
            "currency_code_of_registration_country": Field("string"),
            "tax_in_currency_of_registration_country": Field("integer"),
            "purchase_country": Field("string"),
            "shipping_country": Field("string"),
            "order_id": Field("string"),
            "short_order_id": Field("string"),
            "capture_id": Field("string"),
            "refund_id": Field("string"),
            "merchant_reference1": Field("string"),
            "merchant_reference2": Field("string"),
            "merchant_capture_reference": Field("string"),
            "merchant_refund_reference": Field("string"),
            "sale_date": Field("string", format="date-time"),
            "capture_date": Field("string", format="date-time"),
            "payment_reference": Field("string"),
            "payout": Field("string"),
            "vat_rate": Field("integer"),
            "vat_amount": Field("integer"),
            "initial_payment_method_type": Field("string"),
            "initial_number_of_installments": Field("integer"),
            "initial_payment_method_monthly_downpayments": Field("integer"),
            "klarna_comment": Field("string"),
            "reversal_reference": Field("string"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "SettlementTransactionCollection": Model(
        schema="settlement_transaction_collection",
        required=frozenset(["pagination", "transactions"]),
        fields={
            "transactions": Field("array", model="SettlementTransaction", item_type="object"),
            "pagination": Field("object", model="SettlementPagination"),
        },
        python_names={},
        rules=None,
    ),
    "ShippingAddon": Model(
        schema="shipping_addon",
        required=frozenset(["price", "type"]),
        fields={
            "type": Field("string"),
            "price": Field("integer", minimum=0),
            "external_id": Field("string"),
            "user_input": Field("string"),
        },
        python_names={"type": "type_"},
        rules=None,
    ),
    "ShippingCarrierProduct": Model(
        schema="shipping_carrier_product",
        required=frozenset([]),
        fields={
            "identifier": Field("string"),
            "name": Field("string"),
        },
        python_names={},
        rules=None,
    ),
    "ShippingInfo": Model(
        schema="shipping_info",
        required=frozenset([]),
        fields={
            "shipping_company": Field("string", min_length=0, max_length=100),
            "shipping_method": Field(
                "string",
                enum=(
                    "PickUpStore",
                    "Home",
                    "BoxReg",
                    "BoxUnreg",
                    "PickUpPoint",
                    "Own",
                    "Postal",
                    "DHLPackstation",
                    "Digital",
                    "Undefined",
                    "PickUpWarehouse",
                    "ClickCollect",
                    "PalletDelivery",
                ),
                open_enum=True,
            ),
            "tracking_number": Field("string", min_length=0, max_length=100),
            "tracking_uri": Field("string", min_length=0, max_length=1024),
            "return_shipping_company": Field("string", min_length=0, max_length=100),
            "return_tracking_number": Field("string", min_length=0, max_length=100),
            "return_tracking_uri": Field("string", min_length=0, max_length=1024),
        },
        python_names={},
        rules=None,
    ),
    "ShippingInfoResponse": Model(
        schema="shipping_info_response",
        required=frozenset([]),
        fields={
            "shipping_company": Field("string", min_length=0, max_length=100),
            "shipping_method": Field(
                "string",
                enum=(
                    "PickUpStore",
                    "Home",
                    "BoxReg",
                    "BoxUnreg",
                    "PickUpPoint",
                    "Own",
                    "Postal",
                    "DHLPackstation",
                    "Digital",
                    "Undefined",
                    "PickUpWarehouse",
                    "ClickCollect",
                    "PalletDelivery",
                ),
                open_enum=True,
            ),
            "tracking_number": Field("string", min_length=0, max_length=100),
            "tracking_uri": Field("string", min_length=0, max_length=1024),
            "return_shipping_company": Field("string", min_length=0, max_length=100),
            "return_tracking_number": Field("string", min_length=0, max_length=100),
            "return_tracking_uri": Field("string", min_length=0, max_length=1024),
        },
        python_names={},
        rules=None,
    ),
    "ShippingInfoUpdate": Model(
        schema="shipping_info_update",
        required=frozenset(["shipping_info"]),
        fields={
            "shipping_info": Field("array", model="ShippingInfo", item_type="object", min_items=1, max_items=500),
        },
        python_names={},
        rules=None,
    ),
    "ShippingLocation": Model(
        schema="shipping_location",
        required=frozenset([]),
        fields={
            "id": Field("string"),
            "name": Field("string"),
            "price": Field("integer"),
            "address": Field("object", model="ShippingLocationAddress"),
        },
        python_names={},
        rules=None,
    ),
    "ShippingLocationAddress": Model(
        schema="shipping_location_address",
        required=frozenset(["country", "street_address"]),
        fields={
            "country": Field("string"),
            "street_address": Field("string"),
            "street_address__2": Field("string"),
            "postal_code": Field("string"),
            "city": Field("string"),
            "region": Field("string"),
        },
        python_names={"street_address__2": "street_address_2"},
        rules=None,
    ),
    "ShippingTimeslot": Model(
        schema="shipping_timeslot",
        required=frozenset([]),
        fields={
            "id": Field("string"),
            "start": Field("string"),
            "end": Field("string"),
            "cutoff": Field("string"),
            "price": Field("integer"),
        },
        python_names={},
        rules=None,
    ),
    "Subscription": Model(
        schema="subscription",
        required=frozenset(["interval", "interval_count", "name"]),
        fields={
            "name": Field("string", min_length=1, max_length=255),
            "interval": Field("string", enum=("DAY", "WEEK", "MONTH", "YEAR")),
            "interval_count": Field("integer", minimum=1),
        },
        python_names={},
        rules=None,
    ),
    "SubscriptionResponse": Model(
        schema="subscription_response",
        required=frozenset(["interval", "interval_count", "name"]),
        fields={
            "name": Field("string", min_length=1, max_length=255),
            "interval": Field("string", enum=("DAY", "WEEK", "MONTH", "YEAR")),
            "interval_count": Field("integer", minimum=1),
        },
        python_names={},
        rules=None,
    ),
}

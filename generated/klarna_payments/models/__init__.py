"""The data models of requests and responses, each loaded when first used."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .address import Address
    from .asset_urls import AssetUrls
    from .attachment import Attachment
    from .authorized_payment_method import AuthorizedPaymentMethod
    from .authorized_payment_method_type import AuthorizedPaymentMethodType
    from .create_order_request import CreateOrderRequest
    from .customer import Customer
    from .customer_organization_entity_type import CustomerOrganizationEntityType
    from .customer_read_create_token import CustomerReadCreateToken
    from .customer_response import CustomerResponse
    from .customer_response_organization_entity_type import CustomerResponseOrganizationEntityType
    from .customer_token import CustomerToken
    from .customer_token_address import CustomerTokenAddress
    from .customer_token_authorized_payment_method import CustomerTokenAuthorizedPaymentMethod
    from .customer_token_authorized_payment_method_type import CustomerTokenAuthorizedPaymentMethodType
    from .customer_token_card import CustomerTokenCard
    from .customer_token_creation_request import CustomerTokenCreationRequest
    from .customer_token_creation_request_intended_use import CustomerTokenCreationRequestIntendedUse
    from .customer_token_creation_response import CustomerTokenCreationResponse
    from .customer_token_direct_debit import CustomerTokenDirectDebit
    from .customer_token_merchant_urls import CustomerTokenMerchantUrls
    from .customer_token_order import CustomerTokenOrder
    from .customer_token_order_fraud_status import CustomerTokenOrderFraudStatus
    from .customer_token_order_line import CustomerTokenOrderLine
    from .customer_token_order_line_type import CustomerTokenOrderLineType
    from .customer_token_order_request import CustomerTokenOrderRequest
    from .customer_token_status import CustomerTokenStatus
    from .customer_token_status_update import CustomerTokenStatusUpdate
    from .customer_token_status_update_status import CustomerTokenStatusUpdateStatus
    from .customer_token_subscription import CustomerTokenSubscription
    from .customer_token_subscription_interval import CustomerTokenSubscriptionInterval
    from .error_v2 import ErrorV2
    from .merchant_session import MerchantSession
    from .merchant_urls import MerchantUrls
    from .options import Options
    from .order import Order
    from .order_fraud_status import OrderFraudStatus
    from .order_line import OrderLine
    from .order_line_response import OrderLineResponse
    from .order_line_response_type import OrderLineResponseType
    from .order_line_type import OrderLineType
    from .payment_method_category import PaymentMethodCategory
    from .product_identifiers import ProductIdentifiers
    from .session import Session
    from .session_acquiring_channel import SessionAcquiringChannel
    from .session_create import SessionCreate
    from .session_intent import SessionIntent
    from .session_read import SessionRead
    from .session_read_acquiring_channel import SessionReadAcquiringChannel
    from .session_read_intent import SessionReadIntent
    from .session_read_status import SessionReadStatus
    from .subscription import Subscription
    from .subscription_interval import SubscriptionInterval
    from .subscription_response import SubscriptionResponse
    from .subscription_response_interval import SubscriptionResponseInterval

# Model class -> the module that defines it.
_MODULES = {
    "Address": ".address",
    "AssetUrls": ".asset_urls",
    "Attachment": ".attachment",
    "AuthorizedPaymentMethod": ".authorized_payment_method",
    "AuthorizedPaymentMethodType": ".authorized_payment_method_type",
    "CreateOrderRequest": ".create_order_request",
    "Customer": ".customer",
    "CustomerOrganizationEntityType": ".customer_organization_entity_type",
    "CustomerReadCreateToken": ".customer_read_create_token",
    "CustomerResponse": ".customer_response",
    "CustomerResponseOrganizationEntityType": ".customer_response_organization_entity_type",
    "CustomerToken": ".customer_token",
    "CustomerTokenAddress": ".customer_token_address",
    "CustomerTokenAuthorizedPaymentMethod": ".customer_token_authorized_payment_method",
    "CustomerTokenAuthorizedPaymentMethodType": ".customer_token_authorized_payment_method_type",
    "CustomerTokenCard": ".customer_token_card",
    "CustomerTokenCreationRequest": ".customer_token_creation_request",
    "CustomerTokenCreationRequestIntendedUse": ".customer_token_creation_request_intended_use",
    "CustomerTokenCreationResponse": ".customer_token_creation_response",
    "CustomerTokenDirectDebit": ".customer_token_direct_debit",
    "CustomerTokenMerchantUrls": ".customer_token_merchant_urls",
    "CustomerTokenOrder": ".customer_token_order",
    "CustomerTokenOrderFraudStatus": ".customer_token_order_fraud_status",
    "CustomerTokenOrderLine": ".customer_token_order_line",
    "CustomerTokenOrderLineType": ".customer_token_order_line_type",
    "CustomerTokenOrderRequest": ".customer_token_order_request",
    "CustomerTokenStatus": ".customer_token_status",
    "CustomerTokenStatusUpdate": ".customer_token_status_update",
    "CustomerTokenStatusUpdateStatus": ".customer_token_status_update_status",
    "CustomerTokenSubscription": ".customer_token_subscription",
    "CustomerTokenSubscriptionInterval": ".customer_token_subscription_interval",
    "ErrorV2": ".error_v2",
    "MerchantSession": ".merchant_session",
    "MerchantUrls": ".merchant_urls",
    "Options": ".options",
    "Order": ".order",
    "OrderFraudStatus": ".order_fraud_status",
    "OrderLine": ".order_line",
    "OrderLineResponse": ".order_line_response",
    "OrderLineResponseType": ".order_line_response_type",
    "OrderLineType": ".order_line_type",
    "PaymentMethodCategory": ".payment_method_category",
    "ProductIdentifiers": ".product_identifiers",
    "Session": ".session",
    "SessionAcquiringChannel": ".session_acquiring_channel",
    "SessionCreate": ".session_create",
    "SessionIntent": ".session_intent",
    "SessionRead": ".session_read",
    "SessionReadAcquiringChannel": ".session_read_acquiring_channel",
    "SessionReadIntent": ".session_read_intent",
    "SessionReadStatus": ".session_read_status",
    "Subscription": ".subscription",
    "SubscriptionInterval": ".subscription_interval",
    "SubscriptionResponse": ".subscription_response",
    "SubscriptionResponseInterval": ".subscription_response_interval",
}


def __getattr__(name: str) -> object:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module, __name__), name)
    globals()[name] = value  # later lookups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_MODULES])


__all__ = (
    "Address",
    "AssetUrls",
    "Attachment",
    "AuthorizedPaymentMethod",
    "AuthorizedPaymentMethodType",
    "CreateOrderRequest",
    "Customer",
    "CustomerOrganizationEntityType",
    "CustomerReadCreateToken",
    "CustomerResponse",
    "CustomerResponseOrganizationEntityType",
    "CustomerToken",
    "CustomerTokenAddress",
    "CustomerTokenAuthorizedPaymentMethod",
    "CustomerTokenAuthorizedPaymentMethodType",
    "CustomerTokenCard",
    "CustomerTokenCreationRequest",
    "CustomerTokenCreationRequestIntendedUse",
    "CustomerTokenCreationResponse",
    "CustomerTokenDirectDebit",
    "CustomerTokenMerchantUrls",
    "CustomerTokenOrder",
    "CustomerTokenOrderFraudStatus",
    "CustomerTokenOrderLine",
    "CustomerTokenOrderLineType",
    "CustomerTokenOrderRequest",
    "CustomerTokenStatus",
    "CustomerTokenStatusUpdate",
    "CustomerTokenStatusUpdateStatus",
    "CustomerTokenSubscription",
    "CustomerTokenSubscriptionInterval",
    "ErrorV2",
    "MerchantSession",
    "MerchantUrls",
    "Options",
    "Order",
    "OrderFraudStatus",
    "OrderLine",
    "OrderLineResponse",
    "OrderLineResponseType",
    "OrderLineType",
    "PaymentMethodCategory",
    "ProductIdentifiers",
    "Session",
    "SessionAcquiringChannel",
    "SessionCreate",
    "SessionIntent",
    "SessionRead",
    "SessionReadAcquiringChannel",
    "SessionReadIntent",
    "SessionReadStatus",
    "Subscription",
    "SubscriptionInterval",
    "SubscriptionResponse",
    "SubscriptionResponseInterval",
)

"""The data models of requests and responses, each loaded when first used."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .address import Address
    from .asset_urls import AssetUrls
    from .attachment import Attachment
    from .authorization_update import AuthorizationUpdate
    from .authorized_payment_method import AuthorizedPaymentMethod
    from .authorized_payment_method_type import AuthorizedPaymentMethodType
    from .capture import Capture
    from .capture_order_result import CaptureOrderResult
    from .capture_request import CaptureRequest
    from .create_order_request import CreateOrderRequest
    from .customer import Customer
    from .customer_details_update import CustomerDetailsUpdate
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
    from .due_date_extension_option import DueDateExtensionOption
    from .due_date_extension_options import DueDateExtensionOptions
    from .due_date_extension_request import DueDateExtensionRequest
    from .error_v2 import ErrorV2
    from .hpp_background_image import HppBackgroundImage
    from .hpp_customer import HppCustomer
    from .hpp_distribution_contact import HppDistributionContact
    from .hpp_distribution_module import HppDistributionModule
    from .hpp_distribution_request import HppDistributionRequest
    from .hpp_distribution_request_method import HppDistributionRequestMethod
    from .hpp_distribution_request_template import HppDistributionRequestTemplate
    from .hpp_manual_identification import HppManualIdentification
    from .hpp_merchant_urls import HppMerchantUrls
    from .hpp_options import HppOptions
    from .hpp_options_payment_method_categories_item import HppOptionsPaymentMethodCategoriesItem
    from .hpp_options_payment_method_category import HppOptionsPaymentMethodCategory
    from .hpp_options_place_order_mode import HppOptionsPlaceOrderMode
    from .hpp_options_purchase_type import HppOptionsPurchaseType
    from .hpp_options_show_subtotal_detail import HppOptionsShowSubtotalDetail
    from .hpp_session import HppSession
    from .hpp_session_creation_request import HppSessionCreationRequest
    from .hpp_session_creation_response import HppSessionCreationResponse
    from .hpp_session_status import HppSessionStatus
    from .initial_payment_method import InitialPaymentMethod
    from .merchant_references_update import MerchantReferencesUpdate
    from .merchant_session import MerchantSession
    from .merchant_urls import MerchantUrls
    from .options import Options
    from .order import Order
    from .order_fraud_status import OrderFraudStatus
    from .order_line import OrderLine
    from .order_line_response import OrderLineResponse
    from .order_line_response_type import OrderLineResponseType
    from .order_line_type import OrderLineType
    from .order_management_address import OrderManagementAddress
    from .order_management_customer import OrderManagementCustomer
    from .order_management_order import OrderManagementOrder
    from .order_management_order_line import OrderManagementOrderLine
    from .order_management_order_line_response import OrderManagementOrderLineResponse
    from .order_management_order_line_response_type import OrderManagementOrderLineResponseType
    from .order_management_order_line_type import OrderManagementOrderLineType
    from .order_management_order_status import OrderManagementOrderStatus
    from .order_management_product_identifiers import OrderManagementProductIdentifiers
    from .order_management_subscription import OrderManagementSubscription
    from .order_management_subscription_interval import OrderManagementSubscriptionInterval
    from .order_management_subscription_response import OrderManagementSubscriptionResponse
    from .order_management_subscription_response_interval import OrderManagementSubscriptionResponseInterval
    from .payment_method_category import PaymentMethodCategory
    from .product_identifiers import ProductIdentifiers
    from .refund import Refund
    from .refund_order_result import RefundOrderResult
    from .refund_request import RefundRequest
    from .selected_shipping_option import SelectedShippingOption
    from .session import Session
    from .session_acquiring_channel import SessionAcquiringChannel
    from .session_create import SessionCreate
    from .session_intent import SessionIntent
    from .session_read import SessionRead
    from .session_read_acquiring_channel import SessionReadAcquiringChannel
    from .session_read_intent import SessionReadIntent
    from .session_read_status import SessionReadStatus
    from .settlement_pagination import SettlementPagination
    from .settlement_payout import SettlementPayout
    from .settlement_payout_collection import SettlementPayoutCollection
    from .settlement_payout_merchant_settlement_type import SettlementPayoutMerchantSettlementType
    from .settlement_payout_summary import SettlementPayoutSummary
    from .settlement_payout_totals import SettlementPayoutTotals
    from .settlement_transaction import SettlementTransaction
    from .settlement_transaction_collection import SettlementTransactionCollection
    from .settlement_transaction_detailed_type import SettlementTransactionDetailedType
    from .settlement_transaction_type import SettlementTransactionType
    from .shipping_addon import ShippingAddon
    from .shipping_carrier_product import ShippingCarrierProduct
    from .shipping_info import ShippingInfo
    from .shipping_info_response import ShippingInfoResponse
    from .shipping_info_response_shipping_method import ShippingInfoResponseShippingMethod
    from .shipping_info_shipping_method import ShippingInfoShippingMethod
    from .shipping_info_update import ShippingInfoUpdate
    from .shipping_location import ShippingLocation
    from .shipping_location_address import ShippingLocationAddress
    from .shipping_timeslot import ShippingTimeslot
    from .subscription import Subscription
    from .subscription_interval import SubscriptionInterval
    from .subscription_response import SubscriptionResponse
    from .subscription_response_interval import SubscriptionResponseInterval

# Model class -> the module that defines it.
_MODULES = {
    "Address": ".address",
    "AssetUrls": ".asset_urls",
    "Attachment": ".attachment",
    "AuthorizationUpdate": ".authorization_update",
    "AuthorizedPaymentMethod": ".authorized_payment_method",
    "AuthorizedPaymentMethodType": ".authorized_payment_method_type",
    "Capture": ".capture",
    "CaptureOrderResult": ".capture_order_result",
    "CaptureRequest": ".capture_request",
    "CreateOrderRequest": ".create_order_request",
    "Customer": ".customer",
    "CustomerDetailsUpdate": ".customer_details_update",
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
    "DueDateExtensionOption": ".due_date_extension_option",
    "DueDateExtensionOptions": ".due_date_extension_options",
    "DueDateExtensionRequest": ".due_date_extension_request",
    "ErrorV2": ".error_v2",
    "HppBackgroundImage": ".hpp_background_image",
    "HppCustomer": ".hpp_customer",
    "HppDistributionContact": ".hpp_distribution_contact",
    "HppDistributionModule": ".hpp_distribution_module",
    "HppDistributionRequest": ".hpp_distribution_request",
    "HppDistributionRequestMethod": ".hpp_distribution_request_method",
    "HppDistributionRequestTemplate": ".hpp_distribution_request_template",
    "HppManualIdentification": ".hpp_manual_identification",
    "HppMerchantUrls": ".hpp_merchant_urls",
    "HppOptions": ".hpp_options",
    "HppOptionsPaymentMethodCategoriesItem": ".hpp_options_payment_method_categories_item",
    "HppOptionsPaymentMethodCategory": ".hpp_options_payment_method_category",
    "HppOptionsPlaceOrderMode": ".hpp_options_place_order_mode",
    "HppOptionsPurchaseType": ".hpp_options_purchase_type",
    "HppOptionsShowSubtotalDetail": ".hpp_options_show_subtotal_detail",
    "HppSession": ".hpp_session",
    "HppSessionCreationRequest": ".hpp_session_creation_request",
    "HppSessionCreationResponse": ".hpp_session_creation_response",
    "HppSessionStatus": ".hpp_session_status",
    "InitialPaymentMethod": ".initial_payment_method",
    "MerchantReferencesUpdate": ".merchant_references_update",
    "MerchantSession": ".merchant_session",
    "MerchantUrls": ".merchant_urls",
    "Options": ".options",
    "Order": ".order",
    "OrderFraudStatus": ".order_fraud_status",
    "OrderLine": ".order_line",
    "OrderLineResponse": ".order_line_response",
    "OrderLineResponseType": ".order_line_response_type",
    "OrderLineType": ".order_line_type",
    "OrderManagementAddress": ".order_management_address",
    "OrderManagementCustomer": ".order_management_customer",
    "OrderManagementOrder": ".order_management_order",
    "OrderManagementOrderLine": ".order_management_order_line",
    "OrderManagementOrderLineResponse": ".order_management_order_line_response",
    "OrderManagementOrderLineResponseType": ".order_management_order_line_response_type",
    "OrderManagementOrderLineType": ".order_management_order_line_type",
    "OrderManagementOrderStatus": ".order_management_order_status",
    "OrderManagementProductIdentifiers": ".order_management_product_identifiers",
    "OrderManagementSubscription": ".order_management_subscription",
    "OrderManagementSubscriptionInterval": ".order_management_subscription_interval",
    "OrderManagementSubscriptionResponse": ".order_management_subscription_response",
    "OrderManagementSubscriptionResponseInterval": ".order_management_subscription_response_interval",
    "PaymentMethodCategory": ".payment_method_category",
    "ProductIdentifiers": ".product_identifiers",
    "Refund": ".refund",
    "RefundOrderResult": ".refund_order_result",
    "RefundRequest": ".refund_request",
    "SelectedShippingOption": ".selected_shipping_option",
    "Session": ".session",
    "SessionAcquiringChannel": ".session_acquiring_channel",
    "SessionCreate": ".session_create",
    "SessionIntent": ".session_intent",
    "SessionRead": ".session_read",
    "SessionReadAcquiringChannel": ".session_read_acquiring_channel",
    "SessionReadIntent": ".session_read_intent",
    "SessionReadStatus": ".session_read_status",
    "SettlementPagination": ".settlement_pagination",
    "SettlementPayout": ".settlement_payout",
    "SettlementPayoutCollection": ".settlement_payout_collection",
    "SettlementPayoutMerchantSettlementType": ".settlement_payout_merchant_settlement_type",
    "SettlementPayoutSummary": ".settlement_payout_summary",
    "SettlementPayoutTotals": ".settlement_payout_totals",
    "SettlementTransaction": ".settlement_transaction",
    "SettlementTransactionCollection": ".settlement_transaction_collection",
    "SettlementTransactionDetailedType": ".settlement_transaction_detailed_type",
    "SettlementTransactionType": ".settlement_transaction_type",
    "ShippingAddon": ".shipping_addon",
    "ShippingCarrierProduct": ".shipping_carrier_product",
    "ShippingInfo": ".shipping_info",
    "ShippingInfoResponse": ".shipping_info_response",
    "ShippingInfoResponseShippingMethod": ".shipping_info_response_shipping_method",
    "ShippingInfoShippingMethod": ".shipping_info_shipping_method",
    "ShippingInfoUpdate": ".shipping_info_update",
    "ShippingLocation": ".shipping_location",
    "ShippingLocationAddress": ".shipping_location_address",
    "ShippingTimeslot": ".shipping_timeslot",
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
    "AuthorizationUpdate",
    "AuthorizedPaymentMethod",
    "AuthorizedPaymentMethodType",
    "Capture",
    "CaptureOrderResult",
    "CaptureRequest",
    "CreateOrderRequest",
    "Customer",
    "CustomerDetailsUpdate",
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
    "DueDateExtensionOption",
    "DueDateExtensionOptions",
    "DueDateExtensionRequest",
    "ErrorV2",
    "HppBackgroundImage",
    "HppCustomer",
    "HppDistributionContact",
    "HppDistributionModule",
    "HppDistributionRequest",
    "HppDistributionRequestMethod",
    "HppDistributionRequestTemplate",
    "HppManualIdentification",
    "HppMerchantUrls",
    "HppOptions",
    "HppOptionsPaymentMethodCategoriesItem",
    "HppOptionsPaymentMethodCategory",
    "HppOptionsPlaceOrderMode",
    "HppOptionsPurchaseType",
    "HppOptionsShowSubtotalDetail",
    "HppSession",
    "HppSessionCreationRequest",
    "HppSessionCreationResponse",
    "HppSessionStatus",
    "InitialPaymentMethod",
    "MerchantReferencesUpdate",
    "MerchantSession",
    "MerchantUrls",
    "Options",
    "Order",
    "OrderFraudStatus",
    "OrderLine",
    "OrderLineResponse",
    "OrderLineResponseType",
    "OrderLineType",
    "OrderManagementAddress",
    "OrderManagementCustomer",
    "OrderManagementOrder",
    "OrderManagementOrderLine",
    "OrderManagementOrderLineResponse",
    "OrderManagementOrderLineResponseType",
    "OrderManagementOrderLineType",
    "OrderManagementOrderStatus",
    "OrderManagementProductIdentifiers",
    "OrderManagementSubscription",
    "OrderManagementSubscriptionInterval",
    "OrderManagementSubscriptionResponse",
    "OrderManagementSubscriptionResponseInterval",
    "PaymentMethodCategory",
    "ProductIdentifiers",
    "Refund",
    "RefundOrderResult",
    "RefundRequest",
    "SelectedShippingOption",
    "Session",
    "SessionAcquiringChannel",
    "SessionCreate",
    "SessionIntent",
    "SessionRead",
    "SessionReadAcquiringChannel",
    "SessionReadIntent",
    "SessionReadStatus",
    "SettlementPagination",
    "SettlementPayout",
    "SettlementPayoutCollection",
    "SettlementPayoutMerchantSettlementType",
    "SettlementPayoutSummary",
    "SettlementPayoutTotals",
    "SettlementTransaction",
    "SettlementTransactionCollection",
    "SettlementTransactionDetailedType",
    "SettlementTransactionType",
    "ShippingAddon",
    "ShippingCarrierProduct",
    "ShippingInfo",
    "ShippingInfoResponse",
    "ShippingInfoResponseShippingMethod",
    "ShippingInfoShippingMethod",
    "ShippingInfoUpdate",
    "ShippingLocation",
    "ShippingLocationAddress",
    "ShippingTimeslot",
    "Subscription",
    "SubscriptionInterval",
    "SubscriptionResponse",
    "SubscriptionResponseInterval",
)

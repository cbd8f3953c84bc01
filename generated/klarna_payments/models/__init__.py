"""Contains all the data models used in inputs/outputs"""

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
from .customer_token_creation_request import CustomerTokenCreationRequest
from .customer_token_creation_request_intended_use import CustomerTokenCreationRequestIntendedUse
from .customer_token_creation_response import CustomerTokenCreationResponse
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
    "CustomerTokenCreationRequest",
    "CustomerTokenCreationRequestIntendedUse",
    "CustomerTokenCreationResponse",
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

"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .asset_urls import AssetUrls
from .authorized_payment_method import AuthorizedPaymentMethod
from .authorized_payment_method_type import AuthorizedPaymentMethodType
from .create_order_request import CreateOrderRequest
from .customer import Customer
from .customer_organization_entity_type import CustomerOrganizationEntityType
from .customer_read_create_token import CustomerReadCreateToken
from .customer_token_creation_request import CustomerTokenCreationRequest
from .customer_token_creation_request_intended_use import CustomerTokenCreationRequestIntendedUse
from .customer_token_creation_response import CustomerTokenCreationResponse
from .error_v2 import ErrorV2
from .merchant_urls import MerchantUrls
from .order import Order
from .order_fraud_status import OrderFraudStatus
from .order_line import OrderLine
from .order_line_type import OrderLineType
from .payment_method_category import PaymentMethodCategory
from .product_identifiers import ProductIdentifiers
from .subscription import Subscription
from .subscription_interval import SubscriptionInterval

__all__ = (
    "Address",
    "AssetUrls",
    "AuthorizedPaymentMethod",
    "AuthorizedPaymentMethodType",
    "CreateOrderRequest",
    "Customer",
    "CustomerOrganizationEntityType",
    "CustomerReadCreateToken",
    "CustomerTokenCreationRequest",
    "CustomerTokenCreationRequestIntendedUse",
    "CustomerTokenCreationResponse",
    "ErrorV2",
    "MerchantUrls",
    "Order",
    "OrderFraudStatus",
    "OrderLine",
    "OrderLineType",
    "PaymentMethodCategory",
    "ProductIdentifiers",
    "Subscription",
    "SubscriptionInterval",
)

"""Tables read from openapi.yaml by `make generate` (scripts/generate.py); not edited by hand."""

from typing import Final

# (region, environment) -> base URL, from the document's `servers` (x-klarna-region/-environment).
SERVERS: Final[dict[tuple[str, str], str]] = {
    ("eu", "playground"): "https://api.playground.klarna.com",
    ("eu", "production"): "https://api.klarna.com",
    ("na", "playground"): "https://api-na.playground.klarna.com",
    ("na", "production"): "https://api-na.klarna.com",
    ("oc", "playground"): "https://api-oc.playground.klarna.com",
    ("oc", "production"): "https://api-oc.klarna.com",
}

# Operations that declare the Klarna-Idempotency-Key header: each call sends one.
IDEMPOTENT_OPERATIONS: Final[frozenset[str]] = frozenset(["create_order", "purchase_token"])

# Model class -> its required fields.
REQUIRED_FIELDS: Final[dict[str, tuple[str, ...]]] = {
    "Address": (),
    "AssetUrls": (),
    "AuthorizedPaymentMethod": ("type",),
    "CreateOrderRequest": ("order_amount", "order_lines", "purchase_country", "purchase_currency"),
    "Customer": (),
    "CustomerReadCreateToken": (),
    "CustomerTokenCreationRequest": ("description", "intended_use", "locale", "purchase_country", "purchase_currency"),
    "CustomerTokenCreationResponse": ("token_id",),
    "ErrorV2": (),
    "MerchantUrls": (),
    "Order": ("order_id",),
    "OrderLine": ("name", "quantity", "total_amount", "unit_price"),
    "PaymentMethodCategory": (),
    "ProductIdentifiers": (),
    "Subscription": ("name", "interval", "interval_count"),
}

# Model class -> {field: (is a list, model class of the field or of its items)}.
NESTED_MODELS: Final[dict[str, dict[str, tuple[bool, str]]]] = {
    "CreateOrderRequest": {
        "billing_address": (False, "Address"),
        "customer": (False, "Customer"),
        "merchant_urls": (False, "MerchantUrls"),
        "order_lines": (True, "OrderLine"),
        "payment_method_categories": (True, "PaymentMethodCategory"),
        "shipping_address": (False, "Address"),
    },
    "CustomerTokenCreationRequest": {"billing_address": (False, "Address"), "customer": (False, "Customer")},
    "CustomerTokenCreationResponse": {
        "billing_address": (False, "Address"),
        "customer": (False, "CustomerReadCreateToken"),
    },
    "Order": {"authorized_payment_method": (False, "AuthorizedPaymentMethod")},
    "OrderLine": {"product_identifiers": (False, "ProductIdentifiers"), "subscription": (False, "Subscription")},
    "PaymentMethodCategory": {"asset_urls": (False, "AssetUrls")},
}

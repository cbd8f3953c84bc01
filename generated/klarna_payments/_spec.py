"""Tables read from openapi.yaml by `make generate` (scripts/generate.py); not edited by hand."""

from typing import Final, Literal

from ._schema import Field, Model, Operation

VERSION: Final = "0.1.0"

# Header names, written in the document only (x-klarna-sdk).
IDEMPOTENCY_KEY_HEADER: Final = "Klarna-Idempotency-Key"
CORRELATION_ID_HEADER: Final = "Klarna-Correlation-Id"

# The values of the region= and environment= options, from the servers' x-klarna-* names.
Region = Literal["eu", "na", "oc"]
Environment = Literal["playground", "production"]
REGIONS: Final = ("eu", "na", "oc")
ENVIRONMENTS: Final = ("playground", "production")

# (region, environment) -> base URL, from the document's `servers`.
SERVERS: Final[dict[tuple[str, str], str]] = {
    ("eu", "playground"): "https://api.playground.klarna.com",
    ("eu", "production"): "https://api.klarna.com",
    ("na", "playground"): "https://api-na.playground.klarna.com",
    ("na", "production"): "https://api-na.klarna.com",
    ("oc", "playground"): "https://api-oc.playground.klarna.com",
    ("oc", "production"): "https://api-oc.klarna.com",
}

# The generator's operation name -> what the runtime needs to call it.
OPERATIONS: Final[dict[str, Operation]] = {
    "cancel_authorization": Operation(
        name="cancel_authorization",
        operation_id="cancelAuthorization",
        method="DELETE",
        path="/payments/v1/authorizations/{authorizationToken}",
        path_parameters=("authorizationToken",),
        body=None,
        responses={204: None, 401: "ErrorV2", 403: "ErrorV2", 404: "ErrorV2", 429: "ErrorV2", 500: "ErrorV2"},
        sends_idempotency_key=False,
        creates=None,
        query_parameters=(),
        header_parameters=(),
    ),
    "create_order": Operation(
        name="create_order",
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
        creates="an order",
        query_parameters=(),
        header_parameters=(),
    ),
    "purchase_token": Operation(
        name="purchase_token",
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
        creates="a customer token",
        query_parameters=(),
        header_parameters=(),
    ),
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
    "CreateOrderRequest": Model(
        schema="create_order_request",
        required=frozenset(["order_amount", "order_lines", "purchase_country", "purchase_currency"]),
        fields={
            "authorization_token": Field("string", read_only=True),
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
            "token_id": Field("string"),
            "payment_method_reference": Field("string"),
            "redirect_url": Field("string"),
            "billing_address": Field("object", model="Address"),
            "customer": Field("object", model="CustomerReadCreateToken"),
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
    "Order": Model(
        schema="order",
        required=frozenset(["order_id"]),
        fields={
            "order_id": Field("string"),
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
}

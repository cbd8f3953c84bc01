"""Request bodies as TypedDicts, for static checking of plain dicts.

One per schema a request body can carry, named after its model with `Param`. Required
properties are `Required`, read-only ones absent, enums `Literal`s of the document's values.
Generated from openapi.yaml by `make generate`; a dict needs no import from here to be sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal, Required, TypedDict

__all__ = [
    "AddressParam",
    "AttachmentParam",
    "AuthorizationUpdateParam",
    "CaptureRequestParam",
    "CreateOrderRequestParam",
    "CustomerParam",
    "CustomerDetailsUpdateParam",
    "CustomerTokenAddressParam",
    "CustomerTokenCreationRequestParam",
    "CustomerTokenMerchantUrlsParam",
    "CustomerTokenOrderLineParam",
    "CustomerTokenOrderRequestParam",
    "CustomerTokenStatusUpdateParam",
    "CustomerTokenSubscriptionParam",
    "DueDateExtensionRequestParam",
    "HppBackgroundImageParam",
    "HppDistributionContactParam",
    "HppDistributionRequestParam",
    "HppMerchantUrlsParam",
    "HppOptionsParam",
    "HppSessionCreationRequestParam",
    "MerchantReferencesUpdateParam",
    "MerchantUrlsParam",
    "OptionsParam",
    "OrderLineParam",
    "OrderManagementAddressParam",
    "OrderManagementOrderLineParam",
    "OrderManagementProductIdentifiersParam",
    "OrderManagementSubscriptionParam",
    "ProductIdentifiersParam",
    "RefundRequestParam",
    "SessionParam",
    "SessionCreateParam",
    "ShippingInfoParam",
    "ShippingInfoUpdateParam",
    "SubscriptionParam",
]


class AddressParam(TypedDict, total=False):
    """A postal address with contact details. Every field is optional."""

    attention: str
    """The person the delivery is for ("Attn."), business purchases only."""

    city: str
    """City."""

    country: str
    """Country (ISO 3166-1 alpha-2); takes precedence over the purchase country."""

    email: str
    """E-mail address. Klarna declares no format, so none is enforced."""

    family_name: str
    """Surname in UTF-8; more than one character, not only digits (`-'’` allowed)."""

    given_name: str
    """First name, with the same rules as `family_name`."""

    organization_name: str
    """Company name, business purchases only."""

    phone: str
    """Phone number, preferably a mobile."""

    postal_code: str
    """Postal code following the country's rules, e.g. `12345` or `W1G 0PW`."""

    region: str
    """State or region (ISO 3166-2 subdivision, e.g. `OH`); required in the US and Australia."""

    street_address: str
    """First street address line."""

    street_address2: str
    """Second street address line."""

    title: str
    """
    Form of address; the accepted values depend on the country: GB `Mr`, `Ms`; DE and AT
    `Herr`, `Frau`; CH `Herr`, `Frau`, `Sig.`, `Sig.ra`, `M`, `Mme`; BE and NL `Dhr.`, `Mevr.`.
    """


class AttachmentParam(TypedDict, total=False):
    """Extra merchant data for Klarna's risk assessment (EMD), as a JSON string."""

    body: Required[str]
    """The data, serialized as a string."""

    content_type: Required[str]
    """Its media type, usually `application/vnd.klarna.internal.emd-v2+json`."""


class AuthorizationUpdateParam(TypedDict, total=False):
    """The order's new total and lines."""

    order_amount: Required[int]
    """
    The new total of the order in minor units, tax and discounts included. It replaces
    the old one and may not be lower than what is already captured.
    """

    description: str
    """Why the amount changes."""

    order_lines: Sequence[OrderManagementOrderLineParam]
    """
    The order's lines after the change; they replace all of the existing ones. Send
    them every time: without them the order is left without lines.
    """


class CaptureRequestParam(TypedDict, total=False):
    """What to capture."""

    captured_amount: Required[int]
    """
    The amount to charge, in minor units: at most the order's
    `remaining_authorized_amount`.
    """

    description: str
    """What the capture is for; shown to the customer."""

    reference: str
    """The merchant's own reference of the capture; it appears in the settlement files."""

    order_lines: Sequence[OrderManagementOrderLineParam]
    """The lines this capture covers."""

    shipping_info: Sequence[ShippingInfoParam]
    """Tracking data of the shipment, for physical goods."""

    shipping_delay: int
    """
    How long until the goods are shipped (Klarna documents no unit). A value above 0
    needs the feature enabled on the merchant account by Klarna. Not returned when the
    order is read.
    """


class CreateOrderRequestParam(TypedDict, total=False):
    """The purchase to turn into an order; must match what the shopper authorized."""

    auto_capture: bool
    """
    Ask Klarna to capture the full amount as soon as the order is created. Whether this
    is allowed depends on the merchant's contract.
    """

    billing_address: AddressParam
    """A postal address with contact details. Every field is optional."""

    custom_payment_method_ids: Sequence[str]
    """
    Promotion codes that select payment options configured for the merchant. They have
    commercial consequences; agree on them with Klarna first.
    """

    customer: CustomerParam
    """Facts about the shopper that the merchant knows. Every field is optional."""

    locale: str
    """Language and country of the purchase (RFC 1766), e.g. `en-GB` or `sv-SE`."""

    merchant_data: str
    """Free text Klarna stores with the order and hands back unchanged."""

    merchant_reference1: str
    """The merchant's own order number, shown to the shopper and on settlement reports."""

    merchant_reference2: str
    """A second merchant reference, also shown in settlement files."""

    merchant_urls: MerchantUrlsParam
    """
    The merchant's callback and redirect URLs. `{session.id}` and `{order.id}` placeholders
    are filled in by Klarna. Klarna declares no URI format, so none is enforced.
    """

    order_amount: Required[int]
    """Total of the order in minor units, tax and discounts included."""

    order_lines: Required[Sequence[OrderLineParam]]
    """The items of the purchase."""

    order_tax_amount: int
    """Total tax of the order in minor units."""

    purchase_country: Required[str]
    """Country of the purchase (ISO 3166-1 alpha-2); a billing address country takes precedence."""

    purchase_currency: Required[str]
    """Currency of the purchase (ISO 4217)."""

    shipping_address: AddressParam
    """A postal address with contact details. Every field is optional."""


class CustomerParam(TypedDict, total=False):
    """Facts about the shopper that the merchant knows. Every field is optional."""

    date_of_birth: str
    """Date of birth as `yyyy-mm-dd`. Klarna declares no format, so none is enforced."""

    gender: str
    """`male` or `female`."""

    last_four_ssn: str
    """US only. The last four digits of the social security number, or all nine."""

    national_identification_number: str
    """National identity number, in the countries that use one."""

    organization_entity_type: Literal[
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
    ]
    """Legal form of the company, business purchases only."""

    organization_registration_id: str
    """Company registration number, business purchases only."""

    title: str
    """Form of address, with the same per-country values as `address.title`."""

    type: str
    """`person` (the default) or `organization` for business purchases."""

    vat_id: str
    """VAT number, business purchases only."""


class CustomerDetailsUpdateParam(TypedDict, total=False):
    """The order's new shipping address."""

    shipping_address: OrderManagementAddressParam
    """
    A postal address with contact details, as Order Management holds it. Every field is
    optional. The limits are Order Management's, not those of the Payments `address`.
    """

    billing_address: OrderManagementAddressParam
    """
    Deprecated by Klarna: a body that sends it warns. A postal address with contact details, as Order Management holds it. Every field is
    optional. The limits are Order Management's, not those of the Payments `address`.
    """


class CustomerTokenAddressParam(TypedDict, total=False):
    """A postal address with contact details. Every field is optional."""

    attention: str
    """The person the delivery is for ("Attn."), business purchases only."""

    city: str
    """City."""

    country: str
    """Country (ISO 3166-1 alpha-2)."""

    email: str
    """E-mail address. Klarna declares no format, so none is enforced."""

    family_name: str
    """Surname in UTF-8; more than one character, not only digits (`-'’` allowed)."""

    given_name: str
    """First name, with the same rules as `family_name`."""

    organization_name: str
    """Company name, business purchases only."""

    phone: str
    """Phone number, preferably a mobile; at least 5 characters."""

    postal_code: str
    """Postal code following the country's rules, e.g. `10115` or `W1G 0PW`."""

    region: str
    """State or region (ISO 3166-2 subdivision, e.g. `OH`); required in the US and Australia."""

    street_address: str
    """First street address line."""

    street_address2: str
    """Second street address line."""

    title: str
    """
    Form of address; the accepted values depend on the country: GB `Mr`, `Ms`; DE and AT
    `Herr`, `Frau`; CH `Herr`, `Frau`, `Sig.`, `Sig.ra`, `M`, `Mme`; BE and NL `Dhr.`, `Mevr.`.
    """


class CustomerTokenCreationRequestParam(TypedDict, total=False):
    """What the customer token is for, and where the purchase happens."""

    billing_address: AddressParam
    """A postal address with contact details. Every field is optional."""

    customer: CustomerParam
    """Facts about the shopper that the merchant knows. Every field is optional."""

    description: Required[str]
    """What the token will be used for, as the shopper will recognise it."""

    intended_use: Required[Literal["SUBSCRIPTION"]]
    """How the token will be charged. Klarna defines only `SUBSCRIPTION`."""

    locale: Required[str]
    """Language and country (RFC 1766), e.g. `en-GB`."""

    purchase_country: Required[str]
    """Country of the purchase (ISO 3166-1 alpha-2)."""

    purchase_currency: Required[str]
    """Currency of the purchase (ISO 4217)."""


class CustomerTokenMerchantUrlsParam(TypedDict, total=False):
    """
    The merchant's URLs for a customer-token order. There is no `notification` URL here:
    Klarna does not document where the outcome of a `PENDING` review of such an order is
    sent, so read the order through Order Management. Klarna declares no URI format, so
    none is enforced.
    """

    confirmation: Required[str]
    """The merchant's confirmation page for the order."""

    push: str
    """Called when the order is completed; must differ from the confirmation URL."""


class CustomerTokenOrderLineParam(TypedDict, total=False):
    """
    One item of a customer-token order. A line for a recurring item must carry
    `subscription` (Klarna's documentation requires it; one-off lines such as shipping
    need none). Klarna checks the arithmetic: `total_amount` is
    `quantity × unit_price − total_discount_amount`, and `total_tax_amount` must be within
    one minor unit of `total_amount − total_amount × 10000 / (10000 + tax_rate)`.
    """

    image_url: str
    """Picture of the product, at least 250×250 px recommended."""

    merchant_data: str
    """Free text Klarna stores with this line."""

    name: Required[str]
    """What the shopper is charged for, as shown to them."""

    product_identifiers: ProductIdentifiersParam
    """Standard identifiers of a product. Every field is optional."""

    product_url: str
    """The product's page in the merchant's shop."""

    quantity: Required[int]
    """Number of units."""

    quantity_unit: str
    """Unit of the quantity, e.g. `pcs` or `kg`."""

    reference: str
    """Article number or SKU."""

    subscription: CustomerTokenSubscriptionParam
    """The subscription a recurring line bills, and how often it recurs."""

    tax_rate: int
    """
    Tax rate in percent with two implied decimals (1900 = 19 %). Klarna's order rules
    (checked before sending) allow 0 to 10000.
    """

    total_amount: Required[int]
    """Total of the line in minor units, tax included, discount deducted."""

    total_discount_amount: int
    """Discount on the line in minor units, tax included."""

    total_tax_amount: int
    """Tax of the line in minor units; negative on `discount` lines."""

    type: Literal[
        "physical", "discount", "shipping_fee", "sales_tax", "digital", "gift_card", "store_credit", "surcharge"
    ]
    """Kind of line; US sales tax goes on a line of its own with type `sales_tax`."""

    unit_price: Required[int]
    """Price of one unit in minor units, tax included, discount not deducted."""


class CustomerTokenOrderRequestParam(TypedDict, total=False):
    """A recurring order on a customer token; the country, locale and billing address are the token's."""

    auto_capture: bool
    """
    Ask Klarna to capture the full amount as soon as the order is created. Whether this
    is allowed depends on the merchant's contract.
    """

    attachment: AttachmentParam
    """Extra merchant data for Klarna's risk assessment (EMD), as a JSON string."""

    merchant_data: str
    """Free text Klarna stores with the order and hands back unchanged."""

    merchant_reference1: str
    """
    The merchant's own order number, shown to the shopper as the order number. Make it
    unique per charge: it is how a charge whose outcome is unknown is found again.
    """

    merchant_reference2: str
    """A second merchant reference, also shown in settlement files."""

    merchant_urls: CustomerTokenMerchantUrlsParam
    """
    The merchant's URLs for a customer-token order. There is no `notification` URL here:
    Klarna does not document where the outcome of a `PENDING` review of such an order is
    sent, so read the order through Order Management. Klarna declares no URI format, so
    none is enforced.
    """

    order_amount: Required[int]
    """Total of the order in minor units, tax and discounts included; at least 1."""

    order_lines: Required[Sequence[CustomerTokenOrderLineParam]]
    """The items charged."""

    order_tax_amount: Required[int]
    """Total tax of the order in minor units."""

    purchase_currency: Required[str]
    """Currency of the order (ISO 4217); one the token's payment method takes."""

    shipping_address: CustomerTokenAddressParam
    """A postal address with contact details. Every field is optional."""


class CustomerTokenStatusUpdateParam(TypedDict, total=False):
    """The status to set on a customer token."""

    status: Required[Literal["CANCELLED"]]
    """
    `CANCELLED`, the only value Klarna allows. Cancelling is final: the token can never
    be charged again, and a new purchase with intent `tokenize` is needed for a new one.
    """


class CustomerTokenSubscriptionParam(TypedDict, total=False):
    """The subscription a recurring line bills, and how often it recurs."""

    name: Required[str]
    """Name of the subscription product."""

    interval: Required[Literal["DAY", "WEEK", "MONTH", "YEAR"]]
    """Unit of the recurrence."""

    interval_count: Required[int]
    """Number of `interval` units between charges."""


class DueDateExtensionRequestParam(TypedDict, total=False):
    """How far to move a capture's due date."""

    number_of_days: Required[int]
    """
    Days to move the due date by: one of the `number_of_days` that
    getOptionsForExtendDueDate returns for the capture.
    """


class HppBackgroundImageParam(TypedDict, total=False):
    """A background image for screens of a given width."""

    url: str
    """URL of the image."""

    width: int
    """The width of the image, in pixels."""


class HppDistributionContactParam(TypedDict, total=False):
    """
    Where to send the link; give the field the `method` needs. Klarna requires none of
    them in the schema.
    """

    email: str
    """The shopper's e-mail address, for `method` `email`."""

    phone: str
    """The shopper's mobile number, for `method` `sms`."""

    phone_country: str
    """The country of `phone` (ISO 3166-1 alpha-2), for `method` `sms`."""

    access_id: str
    """The access id to make the link available under, for `method` `token`."""


class HppDistributionRequestParam(TypedDict, total=False):
    """How to send the payment page's link to the shopper."""

    method: Required[Literal["sms", "email", "token"]]
    """
    `sms`: a text message to `contact_information.phone`. `email`: an e-mail to
    `contact_information.email`. `token`: under `contact_information.access_id`.
    """

    contact_information: Required[HppDistributionContactParam]
    """
    Where to send the link; give the field the `method` needs. Klarna requires none of
    them in the schema.
    """

    template: Literal["INSTORE_PURCHASE"]
    """Deprecated by Klarna: a body that sends it warns. The message template. Klarna says it is not used and may be removed: do not send it."""


class HppMerchantUrlsParam(TypedDict, total=False):
    """
    Where the page sends the shopper's browser when it is done, and where Klarna reports
    status changes. Every URL may hold the placeholder `{{session_id}}`; the `success` URL
    of a Klarna Payments session also `{{authorization_token}}`, and every URL
    `{{order_id}}` when an order exists by then (a Checkout order, or a session with a
    `place_order_mode` that places it). Write the placeholders literally, double braces
    included: the SDK sends them unchanged and Klarna replaces them. No other placeholder
    is documented. A browser redirect is not guaranteed (the shopper may close the
    window): take the outcome from the session's status, not from a redirect.
    """

    success: str
    """
    Where the shopper lands after authorizing. The merchant still shows what was paid;
    with a Klarna Payments session, place the order with the authorization token
    (`{{authorization_token}}` here, or read the session), unless a `place_order_mode`
    places it. Left out, Klarna shows a generic confirmation page.
    """

    cancel: str
    """
    Where the shopper lands after cancelling (with a confirmation step); the session is
    then `CANCELLED`, for good. In e-commerce Klarna treats cancel like `back`. Give
    either `cancel` or `back`, not both. Left out, Klarna shows a generic page.
    """

    back: str
    """
    Where the back button leads. The session stays usable (status `BACK`); disable it
    (disableHppSession) if the shopper should not return to it. Give either `back` or
    `cancel`, not both.
    """

    failure: str
    """
    Where the shopper lands when Klarna refuses the payment, and after an error too
    when `error` is not given (then a refusal and an error cannot be told apart). Left
    out, Klarna shows a generic page.
    """

    error: str
    """
    Where the shopper lands when the flow fails with an error; when not given, `failure`
    is used.
    """

    status_update: str
    """
    Klarna POSTs here whenever the session's status changes: a JSON body with
    `event_id` (drop a repeat you have seen) and `session`, the object readHppSession
    returns. It must be an HTTPS URL. Answer with a 2xx within 3 seconds; otherwise
    Klarna tries again a few seconds later, up to three more times, and then gives up,
    so also read the sessions whose callback has not arrived. Klarna does not sign the
    call: put a secret of your own in the URL (one per session), check it, and read the
    session back before acting. Because of that secret, the SDK keeps the URL out of
    reprs and error messages.
    """


class HppOptionsParam(TypedDict, total=False):
    """How the page looks and what it offers. Every field is optional."""

    background_images: Sequence[HppBackgroundImageParam]
    """Background images for the page, one per screen width."""

    logo_url: str
    """URL of the merchant's logo, shown on the page."""

    page_title: str
    """The title of the page."""

    payment_method_categories: Sequence[
        Literal["DIRECT_DEBIT", "DIRECT_BANK_TRANSFER", "PAY_NOW", "PAY_LATER", "PAY_OVER_TIME", "KLARNA"]
    ]
    """
    The payment method categories the page offers. When neither this nor
    `payment_method_category` is given, the page offers every category of the payment
    session. Ignored for a Klarna Checkout order.
    """

    payment_method_category: Literal[
        "DIRECT_DEBIT", "DIRECT_BANK_TRANSFER", "PAY_NOW", "PAY_LATER", "PAY_OVER_TIME", "KLARNA"
    ]
    """
    The one payment method category the page offers (see `payment_method_categories`
    for several). Ignored for a Klarna Checkout order.
    """

    place_order_mode: Literal["PLACE_ORDER", "CAPTURE_ORDER", "NONE"]
    """
    Klarna Payments sessions: whether the page finishes the purchase itself.
    `PLACE_ORDER`: the page places the order once the shopper has authorized, and the
    session's `order_id` (and the `{{order_id}}` placeholder) holds it. `CAPTURE_ORDER`,
    by its name, also captures the order; Klarna documents no more. `NONE`: the page
    stops at the authorization and the merchant places the order with the
    `authorization_token`. In every mode, take the outcome from the session's status.
    """

    purchase_type: Literal["BUY", "RENT", "BOOK", "SUBSCRIBE", "DOWNLOAD", "ORDER", "CONTINUE"]
    """
    What kind of purchase the page is for, which its wording follows (`BUY` to buy,
    `RENT` to rent, and so on).
    """

    show_subtotal_detail: Literal["HIDE"]
    """`HIDE` hides the detail of the subtotal on the page."""


class HppSessionCreationRequestParam(TypedDict, total=False):
    """The payment to host a page for, and how the page behaves."""

    payment_session_url: Required[str]
    """
    The API URL of the payment the page is for: a Klarna Payments session
    (`https://api.klarna.com/payments/v1/sessions/<session_id>`) or a Klarna Checkout
    order (`https://api.klarna.com/checkout/v3/orders/<order_id>`), on the host of the
    environment and region the payment was created in.
    """

    merchant_urls: HppMerchantUrlsParam
    """
    Where the page sends the shopper's browser when it is done, and where Klarna reports
    status changes. Every URL may hold the placeholder `{{session_id}}`; the `success` URL
    of a Klarna Payments session also `{{authorization_token}}`, and every URL
    `{{order_id}}` when an order exists by then (a Checkout order, or a session with a
    `place_order_mode` that places it). Write the placeholders literally, double braces
    included: the SDK sends them unchanged and Klarna replaces them. No other placeholder
    is documented. A browser redirect is not guaranteed (the shopper may close the
    window): take the outcome from the session's status, not from a redirect.
    """

    options: HppOptionsParam
    """How the page looks and what it offers. Every field is optional."""

    profile_id: str
    """
    The id of a profile set up with Klarna that holds default options for the session.
    How options sent here combine with the profile's is not documented.
    """


class MerchantReferencesUpdateParam(TypedDict, total=False):
    """The order's new merchant references; a field left out keeps its value."""

    merchant_reference1: str
    """The merchant's order number, shown to the customer (also in the Klarna app)."""

    merchant_reference2: str
    """A second merchant reference, e.g. the ERP's."""


class MerchantUrlsParam(TypedDict, total=False):
    """
    The merchant's callback and redirect URLs. `{session.id}` and `{order.id}` placeholders
    are filled in by Klarna. Klarna declares no URI format, so none is enforced.
    """

    confirmation: str
    """The merchant's confirmation page, where the shopper lands after the purchase."""

    notification: str
    """Called with the outcome of a pending (`fraud_status` `PENDING`) order."""

    push: str
    """Called when the order is completed; must differ from the confirmation URL."""

    authorization: str
    """Receives the authorization token server-side when the shopper authorizes."""


class OptionsParam(TypedDict, total=False):
    """Colours and corners of the Klarna widget."""

    color_border: str
    """Border colour, `#RRGGBB`."""

    color_border_selected: str
    """Border colour of the selected method, `#RRGGBB`."""

    color_details: str
    """Colour of details, `#RRGGBB`."""

    color_text: str
    """Text colour, `#RRGGBB`."""

    radius_border: str
    """Corner radius, e.g. `5px`."""


class OrderLineParam(TypedDict, total=False):
    """
    One item of the purchase. Klarna checks the arithmetic: `total_amount` is
    `quantity × unit_price − total_discount_amount`, and `total_tax_amount` must be within
    one minor unit of `total_amount − total_amount × 10000 / (10000 + tax_rate)`.
    """

    image_url: str
    """Picture of the product, at least 250×250 px recommended."""

    merchant_data: str
    """Free text Klarna stores with this line."""

    name: Required[str]
    """What the shopper bought, as shown to them."""

    product_identifiers: ProductIdentifiersParam
    """Standard identifiers of a product. Every field is optional."""

    product_url: str
    """The product's page in the merchant's shop."""

    quantity: Required[int]
    """Number of units."""

    quantity_unit: str
    """Unit of the quantity, e.g. `pcs` or `kg`."""

    reference: str
    """Article number or SKU."""

    tax_rate: int
    """Tax rate in percent with two implied decimals (2500 = 25 %)."""

    total_amount: Required[int]
    """Total of the line in minor units, tax included, discount deducted."""

    total_discount_amount: int
    """Discount on the line in minor units, tax included."""

    total_tax_amount: int
    """Tax of the line in minor units; negative on `discount` lines."""

    type: Literal[
        "physical", "discount", "shipping_fee", "sales_tax", "digital", "gift_card", "store_credit", "surcharge"
    ]
    """
    Kind of line; US sales tax goes on a line of its own with type `sales_tax`. The SDK
    types these values, and sends another one with a warning.
    """

    unit_price: Required[int]
    """Price of one unit in minor units, tax included, discount not deducted."""

    subscription: SubscriptionParam
    """How often a subscription line recurs."""


class OrderManagementAddressParam(TypedDict, total=False):
    """
    A postal address with contact details, as Order Management holds it. Every field is
    optional. The limits are Order Management's, not those of the Payments `address`.
    """

    attention: str
    """The person the delivery is for ("Attn."), business purchases only."""

    city: str
    """City."""

    country: str
    """Country (ISO 3166-1 alpha-2)."""

    email: str
    """E-mail address."""

    family_name: str
    """Surname."""

    given_name: str
    """First name."""

    organization_name: str
    """Company name, business purchases only."""

    phone: str
    """Phone number."""

    postal_code: str
    """Postal code."""

    region: str
    """State or region; required for US addresses."""

    street_address: str
    """First street address line."""

    street_address2: str
    """Second street address line."""

    title: str
    """Form of address, e.g. `Mr` or `Ms`."""


class OrderManagementOrderLineParam(TypedDict, total=False):
    """
    One line of an order, a capture or a refund: what it is, how many, and its amounts in
    minor units (`total_amount` is `quantity × unit_price − total_discount_amount`).
    """

    name: Required[str]
    """What the line is, as the customer sees it."""

    quantity: Required[int]
    """Number of units."""

    unit_price: Required[int]
    """Price of one unit in minor units, tax included, discount not deducted."""

    total_amount: Required[int]
    """Total of the line in minor units, tax included, discount deducted."""

    total_discount_amount: int
    """Discount on the line in minor units, tax included."""

    total_tax_amount: int
    """Tax of the line in minor units; negative on discount lines."""

    tax_rate: int
    """Tax rate with two implied decimals (2500 = 25 %)."""

    type: Literal[
        "physical",
        "discount",
        "shipping_fee",
        "sales_tax",
        "store_credit",
        "gift_card",
        "digital",
        "surcharge",
        "return_fee",
    ]
    """
    Kind of line. `return_fee` is for a fee kept on a refund. The SDK types these
    values, and sends another one with a warning.
    """

    reference: str
    """Article number or SKU."""

    quantity_unit: str
    """Unit of the quantity, e.g. `pcs` or `kg`."""

    merchant_data: str
    """Free text Klarna stores with the line."""

    product_url: str
    """The product's page in the merchant's shop."""

    image_url: str
    """A picture of the product."""

    product_identifiers: OrderManagementProductIdentifiersParam
    """Standard identifiers of a product. Every field is optional."""

    subscription: OrderManagementSubscriptionParam
    """How often a subscription line recurs."""


class OrderManagementProductIdentifiersParam(TypedDict, total=False):
    """Standard identifiers of a product. Every field is optional."""

    brand: str
    """Brand name."""

    category_path: str
    """Category path with segments joined by ` > `, e.g. `Shoes > Running`."""

    global_trade_item_number: str
    """GTIN, EAN, ISBN or UPC."""

    manufacturer_part_number: str
    """The manufacturer's part number."""

    color: str
    """Colour of the product."""

    size: str
    """Size of the product."""


class OrderManagementSubscriptionParam(TypedDict, total=False):
    """How often a subscription line recurs."""

    name: Required[str]
    """Name of the subscription product."""

    interval: Required[Literal["DAY", "WEEK", "MONTH", "YEAR"]]
    """Unit of the recurrence. The SDK types these values, and sends another one with a warning."""

    interval_count: Required[int]
    """Number of `interval` units between charges."""


class ProductIdentifiersParam(TypedDict, total=False):
    """Standard identifiers of a product. Every field is optional."""

    brand: str
    """Brand name."""

    category_path: str
    """Category path with segments joined by ` > `, e.g. `Shoes > Running`."""

    global_trade_item_number: str
    """GTIN, EAN, ISBN or UPC, without dashes or spaces."""

    manufacturer_part_number: str
    """The manufacturer's part number."""

    color: str
    """Colour of the product."""

    size: str
    """Size of the product."""


class RefundRequestParam(TypedDict, total=False):
    """What to refund."""

    refunded_amount: Required[int]
    """The amount to pay back, in minor units; at most what was captured."""

    description: str
    """What the refund is for; shown to the customer."""

    reference: str
    """The merchant's own reference of the refund; it appears in the settlement files."""

    order_lines: Sequence[OrderManagementOrderLineParam]
    """
    The lines refunded. Required in practice for a return fee (a line of type
    `return_fee`): then the lines must add up exactly to `refunded_amount`.
    """


class SessionParam(TypedDict, total=False):
    """
    A payment session's cart and settings, as sent to change a session: every field given
    replaces the session's. The same order rules apply as to an order.
    """

    acquiring_channel: Literal["ECOMMERCE", "IN_STORE", "TELESALES"]
    """Where the purchase happens; `ECOMMERCE` when not given."""

    attachment: AttachmentParam
    """Extra merchant data for Klarna's risk assessment (EMD), as a JSON string."""

    billing_address: AddressParam
    """A postal address with contact details. Every field is optional."""

    custom_payment_method_ids: Sequence[str]
    """Promotion codes that select payment options configured for the merchant."""

    customer: CustomerParam
    """Facts about the shopper that the merchant knows. Every field is optional."""

    design: str
    """A widget design agreed with Klarna."""

    intent: Literal["buy", "tokenize", "buy_and_tokenize"]
    """
    What the authorization will be used for: an order (`buy`, the default), a customer
    token for later purchases (`tokenize`), or both (`buy_and_tokenize`).
    """

    locale: str
    """Language and country of the purchase (RFC 1766), e.g. `en-US` or `sv-SE`."""

    merchant_data: str
    """Free text Klarna stores with the session and hands back unchanged."""

    merchant_reference1: str
    """The merchant's own order number."""

    merchant_reference2: str
    """A second merchant reference."""

    merchant_urls: MerchantUrlsParam
    """
    The merchant's callback and redirect URLs. `{session.id}` and `{order.id}` placeholders
    are filled in by Klarna. Klarna declares no URI format, so none is enforced.
    """

    options: OptionsParam
    """Colours and corners of the Klarna widget."""

    order_amount: int
    """Total of the cart in minor units, tax and discounts included."""

    order_lines: Sequence[OrderLineParam]
    """The items of the cart."""

    order_tax_amount: int
    """Total tax of the cart in minor units."""

    purchase_country: str
    """Country of the purchase (ISO 3166-1 alpha-2)."""

    purchase_currency: str
    """Currency of the purchase (ISO 4217)."""

    shipping_address: AddressParam
    """A postal address with contact details. Every field is optional."""


class SessionCreateParam(TypedDict, total=False):
    """A new payment session's cart and settings."""

    acquiring_channel: Literal["ECOMMERCE", "IN_STORE", "TELESALES"]
    """Where the purchase happens; `ECOMMERCE` when not given."""

    attachment: AttachmentParam
    """Extra merchant data for Klarna's risk assessment (EMD), as a JSON string."""

    billing_address: AddressParam
    """A postal address with contact details. Every field is optional."""

    custom_payment_method_ids: Sequence[str]
    """Promotion codes that select payment options configured for the merchant."""

    customer: CustomerParam
    """Facts about the shopper that the merchant knows. Every field is optional."""

    design: str
    """A widget design agreed with Klarna."""

    intent: Literal["buy", "tokenize", "buy_and_tokenize"]
    """
    What the authorization will be used for: an order (`buy`, the default), a customer
    token for later purchases (`tokenize`), or both (`buy_and_tokenize`).
    """

    locale: str
    """Language and country of the purchase (RFC 1766), e.g. `en-US` or `sv-SE`."""

    merchant_data: str
    """Free text Klarna stores with the session and hands back unchanged."""

    merchant_reference1: str
    """The merchant's own order number."""

    merchant_reference2: str
    """A second merchant reference."""

    merchant_urls: MerchantUrlsParam
    """
    The merchant's callback and redirect URLs. `{session.id}` and `{order.id}` placeholders
    are filled in by Klarna. Klarna declares no URI format, so none is enforced.
    """

    options: OptionsParam
    """Colours and corners of the Klarna widget."""

    order_amount: Required[int]
    """Total of the cart in minor units, tax and discounts included."""

    order_lines: Required[Sequence[OrderLineParam]]
    """The items of the cart."""

    order_tax_amount: int
    """Total tax of the cart in minor units."""

    purchase_country: Required[str]
    """Country of the purchase (ISO 3166-1 alpha-2)."""

    purchase_currency: Required[str]
    """Currency of the purchase (ISO 4217)."""

    shipping_address: AddressParam
    """A postal address with contact details. Every field is optional."""


class ShippingInfoParam(TypedDict, total=False):
    """How a shipment (or its return) travels. Every field is optional."""

    shipping_company: str
    """The carrier, as specific as possible (e.g. `DHL US`, not `DHL`)."""

    shipping_method: Literal[
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
    ]
    """
    How the goods reach the customer, e.g. `Home` delivery or a `PickUpPoint`. The SDK
    types these values, and sends another one with a warning.
    """

    tracking_number: str
    """The carrier's tracking number."""

    tracking_uri: str
    """Where the customer can follow the shipment."""

    return_shipping_company: str
    """The carrier of the return shipment."""

    return_tracking_number: str
    """The return shipment's tracking number."""

    return_tracking_uri: str
    """Where the customer can follow the return shipment."""


class ShippingInfoUpdateParam(TypedDict, total=False):
    """Shipping information to append."""

    shipping_info: Required[Sequence[ShippingInfoParam]]
    """The entries to add (1 to 500)."""


class SubscriptionParam(TypedDict, total=False):
    """How often a subscription line recurs."""

    name: Required[str]
    """Name of the subscription product."""

    interval: Required[Literal["DAY", "WEEK", "MONTH", "YEAR"]]
    """Unit of the recurrence."""

    interval_count: Required[int]
    """Number of `interval` units between charges."""

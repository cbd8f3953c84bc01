from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hpp_options_payment_method_categories_item import HppOptionsPaymentMethodCategoriesItem
from ..models.hpp_options_payment_method_category import HppOptionsPaymentMethodCategory
from ..models.hpp_options_place_order_mode import HppOptionsPlaceOrderMode
from ..models.hpp_options_purchase_type import HppOptionsPurchaseType
from ..models.hpp_options_show_subtotal_detail import HppOptionsShowSubtotalDetail
from ..types import UNSET, ResponseInfo, Unset, model_repr

if TYPE_CHECKING:
    from ..models.hpp_background_image import HppBackgroundImage


T = TypeVar("T", bound="HppOptions")


@_attrs_define
class HppOptions:
    """How the page looks and what it offers. Every field is optional.

    Attributes:
        background_images (list[HppBackgroundImage] | Unset): Background images for the page, one per screen width.
        logo_url (str | Unset): URL of the merchant's logo, shown on the page.
        page_title (str | Unset): The title of the page.
        payment_method_categories (list[HppOptionsPaymentMethodCategoriesItem] | Unset): The payment method categories
            the page offers. When neither this nor
            `payment_method_category` is given, the page offers every category of the payment
            session. Ignored for a Klarna Checkout order.
        payment_method_category (HppOptionsPaymentMethodCategory | Unset): The one payment method category the page
            offers (see `payment_method_categories`
            for several). Ignored for a Klarna Checkout order.
        place_order_mode (HppOptionsPlaceOrderMode | Unset): Klarna Payments sessions: whether the page finishes the
            purchase itself.
            `PLACE_ORDER`: the page places the order once the shopper has authorized, and the
            session's `order_id` (and the `{{order_id}}` placeholder) holds it. `CAPTURE_ORDER`,
            by its name, also captures the order; Klarna documents no more. `NONE`: the page
            stops at the authorization and the merchant places the order with the
            `authorization_token`. In every mode, take the outcome from the session's status.
        purchase_type (HppOptionsPurchaseType | Unset): What kind of purchase the page is for, which its wording follows
            (`BUY` to buy,
            `RENT` to rent, and so on).
        show_subtotal_detail (HppOptionsShowSubtotalDetail | Unset): `HIDE` hides the detail of the subtotal on the
            page.
    """

    background_images: list[HppBackgroundImage] | Unset = UNSET
    logo_url: str | Unset = UNSET
    page_title: str | Unset = UNSET
    payment_method_categories: list[HppOptionsPaymentMethodCategoriesItem] | Unset = UNSET
    payment_method_category: HppOptionsPaymentMethodCategory | Unset = UNSET
    place_order_mode: HppOptionsPlaceOrderMode | Unset = UNSET
    purchase_type: HppOptionsPurchaseType | Unset = UNSET
    show_subtotal_detail: HppOptionsShowSubtotalDetail | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    response_info: ResponseInfo | None = _attrs_field(init=False, default=None, eq=False, repr=False)
    """What the SDK knew of the response this came from (correlation id, idempotency key,
    retries); None for a model you built. Not part of ``to_dict()`` or equality."""

    def __repr__(self) -> str:
        return model_repr(self)

    def to_dict(self) -> dict[str, Any]:
        background_images: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.background_images, Unset):
            background_images = []
            for background_images_item_data in self.background_images:
                background_images_item = background_images_item_data.to_dict()
                background_images.append(background_images_item)

        logo_url = self.logo_url

        page_title = self.page_title

        payment_method_categories: list[str] | Unset = UNSET
        if not isinstance(self.payment_method_categories, Unset):
            payment_method_categories = []
            for payment_method_categories_item_data in self.payment_method_categories:
                payment_method_categories_item = payment_method_categories_item_data.value
                payment_method_categories.append(payment_method_categories_item)

        payment_method_category: str | Unset = UNSET
        if not isinstance(self.payment_method_category, Unset):
            payment_method_category = self.payment_method_category.value

        place_order_mode: str | Unset = UNSET
        if not isinstance(self.place_order_mode, Unset):
            place_order_mode = self.place_order_mode.value

        purchase_type: str | Unset = UNSET
        if not isinstance(self.purchase_type, Unset):
            purchase_type = self.purchase_type.value

        show_subtotal_detail: str | Unset = UNSET
        if not isinstance(self.show_subtotal_detail, Unset):
            show_subtotal_detail = self.show_subtotal_detail.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if background_images is not UNSET:
            field_dict["background_images"] = background_images
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if page_title is not UNSET:
            field_dict["page_title"] = page_title
        if payment_method_categories is not UNSET:
            field_dict["payment_method_categories"] = payment_method_categories
        if payment_method_category is not UNSET:
            field_dict["payment_method_category"] = payment_method_category
        if place_order_mode is not UNSET:
            field_dict["place_order_mode"] = place_order_mode
        if purchase_type is not UNSET:
            field_dict["purchase_type"] = purchase_type
        if show_subtotal_detail is not UNSET:
            field_dict["show_subtotal_detail"] = show_subtotal_detail

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hpp_background_image import HppBackgroundImage  # noqa: PLC0415

        d = dict(src_dict)
        _background_images = d.pop("background_images", UNSET)
        background_images: list[HppBackgroundImage] | Unset = UNSET
        if _background_images is not UNSET:
            background_images = []
            for background_images_item_data in _background_images:
                background_images_item = HppBackgroundImage.from_dict(background_images_item_data)

                background_images.append(background_images_item)

        logo_url = d.pop("logo_url", UNSET)

        page_title = d.pop("page_title", UNSET)

        _payment_method_categories = d.pop("payment_method_categories", UNSET)
        payment_method_categories: list[HppOptionsPaymentMethodCategoriesItem] | Unset = UNSET
        if _payment_method_categories is not UNSET:
            payment_method_categories = []
            for payment_method_categories_item_data in _payment_method_categories:
                payment_method_categories_item = HppOptionsPaymentMethodCategoriesItem(
                    payment_method_categories_item_data
                )

                payment_method_categories.append(payment_method_categories_item)

        _payment_method_category = d.pop("payment_method_category", UNSET)
        payment_method_category: HppOptionsPaymentMethodCategory | Unset
        if isinstance(_payment_method_category, Unset):
            payment_method_category = UNSET
        else:
            payment_method_category = HppOptionsPaymentMethodCategory(_payment_method_category)

        _place_order_mode = d.pop("place_order_mode", UNSET)
        place_order_mode: HppOptionsPlaceOrderMode | Unset
        if isinstance(_place_order_mode, Unset):
            place_order_mode = UNSET
        else:
            place_order_mode = HppOptionsPlaceOrderMode(_place_order_mode)

        _purchase_type = d.pop("purchase_type", UNSET)
        purchase_type: HppOptionsPurchaseType | Unset
        if isinstance(_purchase_type, Unset):
            purchase_type = UNSET
        else:
            purchase_type = HppOptionsPurchaseType(_purchase_type)

        _show_subtotal_detail = d.pop("show_subtotal_detail", UNSET)
        show_subtotal_detail: HppOptionsShowSubtotalDetail | Unset
        if isinstance(_show_subtotal_detail, Unset):
            show_subtotal_detail = UNSET
        else:
            show_subtotal_detail = HppOptionsShowSubtotalDetail(_show_subtotal_detail)

        hpp_options = cls(
            background_images=background_images,
            logo_url=logo_url,
            page_title=page_title,
            payment_method_categories=payment_method_categories,
            payment_method_category=payment_method_category,
            place_order_mode=place_order_mode,
            purchase_type=purchase_type,
            show_subtotal_detail=show_subtotal_detail,
        )

        hpp_options.additional_properties = d
        return hpp_options

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties

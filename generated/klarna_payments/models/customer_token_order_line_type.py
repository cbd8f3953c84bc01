from enum import StrEnum


class CustomerTokenOrderLineType(StrEnum):
    DIGITAL = "digital"
    DISCOUNT = "discount"
    GIFT_CARD = "gift_card"
    PHYSICAL = "physical"
    SALES_TAX = "sales_tax"
    SHIPPING_FEE = "shipping_fee"
    STORE_CREDIT = "store_credit"
    SURCHARGE = "surcharge"

    def __str__(self) -> str:
        return str(self.value)

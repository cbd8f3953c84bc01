from enum import StrEnum


class HppOptionsPaymentMethodCategoriesItem(StrEnum):
    DIRECT_BANK_TRANSFER = "DIRECT_BANK_TRANSFER"
    DIRECT_DEBIT = "DIRECT_DEBIT"
    KLARNA = "KLARNA"
    PAY_LATER = "PAY_LATER"
    PAY_NOW = "PAY_NOW"
    PAY_OVER_TIME = "PAY_OVER_TIME"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class SettlementTransactionType(StrEnum):
    CHARGE = "CHARGE"
    COMMISSION = "COMMISSION"
    CORRECTION = "CORRECTION"
    CREDIT = "CREDIT"
    FEE = "FEE"
    FEE_REFUND = "FEE_REFUND"
    HOLDBACK = "HOLDBACK"
    RELEASE = "RELEASE"
    RETURN = "RETURN"
    REVERSAL = "REVERSAL"
    REVERSAL_MERCHANT_PROTECTION = "REVERSAL_MERCHANT_PROTECTION"
    SALE = "SALE"
    TAX = "TAX"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class SettlementPayoutMerchantSettlementType(StrEnum):
    GROSS = "GROSS"
    GROSS_FEE = "GROSS_FEE"
    NET = "NET"

    def __str__(self) -> str:
        return str(self.value)

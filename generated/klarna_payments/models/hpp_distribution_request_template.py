from enum import StrEnum


class HppDistributionRequestTemplate(StrEnum):
    INSTORE_PURCHASE = "INSTORE_PURCHASE"

    def __str__(self) -> str:
        return str(self.value)

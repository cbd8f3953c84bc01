from enum import StrEnum


class CustomerTokenOrderFraudStatus(StrEnum):
    ACCEPTED = "ACCEPTED"
    PENDING = "PENDING"
    REJECTED = "REJECTED"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class CustomerTokenStatus(StrEnum):
    ACTIVE = "ACTIVE"
    CANCELLED = "CANCELLED"
    SUSPENDED = "SUSPENDED"

    def __str__(self) -> str:
        return str(self.value)

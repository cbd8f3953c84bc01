from enum import StrEnum


class CustomerTokenStatusUpdateStatus(StrEnum):
    CANCELLED = "CANCELLED"

    def __str__(self) -> str:
        return str(self.value)

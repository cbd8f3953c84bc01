from enum import StrEnum


class OrderManagementOrderStatus(StrEnum):
    AUTHORIZED = "AUTHORIZED"
    CANCELLED = "CANCELLED"
    CAPTURED = "CAPTURED"
    CLOSED = "CLOSED"
    EXPIRED = "EXPIRED"
    PART_CAPTURED = "PART_CAPTURED"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class SessionAcquiringChannel(StrEnum):
    ECOMMERCE = "ECOMMERCE"
    IN_STORE = "IN_STORE"
    TELESALES = "TELESALES"

    def __str__(self) -> str:
        return str(self.value)

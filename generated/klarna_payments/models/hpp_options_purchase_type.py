from enum import StrEnum


class HppOptionsPurchaseType(StrEnum):
    BOOK = "BOOK"
    BUY = "BUY"
    CONTINUE = "CONTINUE"
    DOWNLOAD = "DOWNLOAD"
    ORDER = "ORDER"
    RENT = "RENT"
    SUBSCRIBE = "SUBSCRIBE"

    def __str__(self) -> str:
        return str(self.value)

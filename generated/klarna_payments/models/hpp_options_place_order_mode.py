from enum import StrEnum


class HppOptionsPlaceOrderMode(StrEnum):
    CAPTURE_ORDER = "CAPTURE_ORDER"
    NONE = "NONE"
    PLACE_ORDER = "PLACE_ORDER"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class HppOptionsShowSubtotalDetail(StrEnum):
    HIDE = "HIDE"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class HppSessionStatus(StrEnum):
    BACK = "BACK"
    CANCELLED = "CANCELLED"
    COMPLETED = "COMPLETED"
    DISABLED = "DISABLED"
    ERROR = "ERROR"
    FAILED = "FAILED"
    IN_PROGRESS = "IN_PROGRESS"
    MANUAL_ID_CHECK = "MANUAL_ID_CHECK"
    WAITING = "WAITING"

    def __str__(self) -> str:
        return str(self.value)

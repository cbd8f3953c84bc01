from enum import StrEnum


class HppDistributionRequestMethod(StrEnum):
    EMAIL = "email"
    SMS = "sms"
    TOKEN = "token"

    def __str__(self) -> str:
        return str(self.value)

from enum import StrEnum


class CustomerTokenCreationRequestIntendedUse(StrEnum):
    SUBSCRIPTION = "SUBSCRIPTION"

    def __str__(self) -> str:
        return str(self.value)

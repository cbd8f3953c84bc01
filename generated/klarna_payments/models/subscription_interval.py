from enum import StrEnum


class SubscriptionInterval(StrEnum):
    DAY = "DAY"
    MONTH = "MONTH"
    WEEK = "WEEK"
    YEAR = "YEAR"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SubscriptionInterval | None":
        """Klarna adds values over time: keep an unlisted one (``member.value``) instead of failing."""
        if not isinstance(value, str):
            return None
        unknown = str.__new__(cls, value)
        unknown._name_ = value
        unknown._value_ = value
        return unknown

    @property
    def is_known(self) -> bool:
        """False for a value this SDK version's document does not list."""
        return self._value_ in type(self)._value2member_map_

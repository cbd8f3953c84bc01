from enum import StrEnum


class CustomerOrganizationEntityType(StrEnum):
    CIVIL_LAW_PARTNERSHIP = "CIVIL_LAW_PARTNERSHIP"
    ENTREPRENEURIAL_COMPANY = "ENTREPRENEURIAL_COMPANY"
    GENERAL_PARTNERSHIP = "GENERAL_PARTNERSHIP"
    LIMITED_COMPANY = "LIMITED_COMPANY"
    LIMITED_PARTNERSHIP = "LIMITED_PARTNERSHIP"
    LIMITED_PARTNERSHIP_LIMITED_COMPANY = "LIMITED_PARTNERSHIP_LIMITED_COMPANY"
    OTHER = "OTHER"
    PUBLIC_INSTITUTION = "PUBLIC_INSTITUTION"
    PUBLIC_LIMITED_COMPANY = "PUBLIC_LIMITED_COMPANY"
    REGISTERED_SOLE_TRADER = "REGISTERED_SOLE_TRADER"
    SOLE_TRADER = "SOLE_TRADER"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "CustomerOrganizationEntityType | None":
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

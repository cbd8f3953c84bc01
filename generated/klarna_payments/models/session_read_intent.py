from enum import StrEnum


class SessionReadIntent(StrEnum):
    BUY = "buy"
    BUY_AND_TOKENIZE = "buy_and_tokenize"
    TOKENIZE = "tokenize"

    def __str__(self) -> str:
        return str(self.value)

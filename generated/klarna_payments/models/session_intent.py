from enum import StrEnum


class SessionIntent(StrEnum):
    BUY = "buy"
    BUY_AND_TOKENIZE = "buy_and_tokenize"
    TOKENIZE = "tokenize"

    def __str__(self) -> str:
        return str(self.value)

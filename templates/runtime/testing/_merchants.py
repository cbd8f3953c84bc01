"""Who is calling the fake: the merchant an `Authorization` header names, or why it is refused.

A merchant is what Klarna keeps state for (its sessions, tokens, orders, customer tokens, hosted
pages, payouts): the username of HTTP Basic `username:password`, or, for an API key sent as it is
(`Basic klarna_test_api_…`), the key, named in the fake's state by a digest of it (`api-key-…`),
never by the key itself. Another merchant's resources are Klarna's 404 to it.

A fake made with credentials (`FakeKlarna(username=..., password=...)` or `api_key=`) has that
one merchant and refuses every other credential. A fake made without takes any test credential,
and each username is a merchant of its own, with the first password it was seen with (another
password later is refused, as Klarna refuses a wrong one). Production credentials (a
`klarna_live_` key, in any case) are refused everywhere.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
from typing import Final

LIVE_KEY_PREFIX: Final = "klarna_live_"
TEST_KEY_PREFIX: Final = "klarna_test_"
DEFAULT_USERNAME: Final = "fake-merchant"  # what `fake.client()` sends to a fake made without credentials
DEFAULT_PASSWORD: Final = "fake-password"

NO_CREDENTIALS: Final = "No credentials: the fake takes HTTP Basic with test credentials, as Klarna does"
LIVE_CREDENTIALS: Final = "Production credentials (a klarna_live_ key) are refused by the fake: use test credentials"
WRONG_CREDENTIALS: Final = (
    "Wrong credentials: not the ones this fake was made with (FakeKlarna(username=, password=) or api_key=)"
)
WRONG_PASSWORD: Final = "Wrong credentials: merchant {} first called the fake with another password"


class Unauthorized(Exception):
    """A request the fake answers with 401; the message says why (and holds no secret)."""


def is_live(value: str | None) -> bool:
    """Whether `value` is (or carries) a production key: `klarna_live_…` in any case."""
    return value is not None and value.lower().startswith(LIVE_KEY_PREFIX)


def key_merchant(api_key: str) -> str:
    """How the fake's state names the merchant of an API key: a digest, so no key is ever shown."""
    return "api-key-" + hashlib.sha256(api_key.encode()).hexdigest()[:12]


def _digest(password: str) -> bytes:
    return hashlib.sha256(password.encode()).digest()


class Merchants:
    """The merchants a fake knows, and who each request's credentials name."""

    def __init__(self, username: str | None, password: str | None, api_key: str | None) -> None:
        if (username is None) != (password is None):
            raise ValueError("pass both username and password, or neither")
        if any(is_live(value) for value in (username, password, api_key)):
            raise ValueError("FakeKlarna refuses production credentials (a klarna_live_ key): use test ones")
        self._username, self._password, self._api_key = username, password, api_key
        self._expected = (
            f"Basic {api_key}"
            if api_key is not None
            else "Basic " + base64.b64encode(f"{username}:{password}".encode()).decode()
            if username is not None
            else None
        )
        self.default = key_merchant(api_key) if api_key is not None else username or DEFAULT_USERNAME
        self._passwords: dict[str, bytes] = {}  # username -> the digest of the first password seen

    def client_credentials(self) -> dict[str, str]:
        """What `fake.client()` authenticates with: the fake's own credentials, else the default merchant's."""
        if self._api_key is not None:
            return {"api_key": self._api_key}
        if self._username is not None and self._password is not None:
            return {"username": self._username, "password": self._password}
        return {"username": DEFAULT_USERNAME, "password": DEFAULT_PASSWORD}

    def reset(self) -> None:
        """Forget the passwords seen (a new fake's state)."""
        self._passwords.clear()

    def named(self, merchant: str | None) -> str:
        """The merchant a helper's `merchant=` keyword names (its username, or its API key);
        None is the fake's default merchant."""
        if merchant is None:
            return self.default
        if not isinstance(merchant, str) or not merchant:
            raise ValueError(f"merchant must be a merchant's username or API key, not {merchant!r}")
        if is_live(merchant):
            raise ValueError("FakeKlarna refuses production credentials (a klarna_live_ key): use test ones")
        if merchant == self._api_key or merchant.lower().startswith(TEST_KEY_PREFIX):
            return key_merchant(merchant)
        return merchant

    def identify(self, header: str | None) -> str:
        """The merchant `header` (an `Authorization` value) names.

        Raises:
            Unauthorized: No credentials, production ones, or not this fake's.
        """
        scheme, _, credential = (header or "").partition(" ")
        credential = credential.strip()
        if scheme.lower() != "basic" or not credential:
            raise Unauthorized(NO_CREDENTIALS)
        username, password = _decoded(credential)
        if any(is_live(value) for value in (credential, username, password)):
            raise Unauthorized(LIVE_CREDENTIALS)
        if self._expected is not None:
            if not hmac.compare_digest(header or "", self._expected):
                raise Unauthorized(WRONG_CREDENTIALS)
            return self.default
        if username is None or password is None:
            return key_merchant(credential)  # an API key sent as it is
        if not username:
            raise Unauthorized(NO_CREDENTIALS)
        seen = self._passwords.setdefault(username, _digest(password))
        if not hmac.compare_digest(seen, _digest(password)):
            raise Unauthorized(WRONG_PASSWORD.format(username))
        return username


def _decoded(credential: str) -> tuple[str | None, str | None]:
    """(username, password) of a base64 `username:password`; (None, None) for an API key sent as it is."""
    try:
        decoded = base64.b64decode(credential, validate=True).decode()
    except (binascii.Error, ValueError, UnicodeDecodeError):
        return None, None
    if ":" not in decoded:
        return None, None
    username, _, password = decoded.partition(":")
    return username, password

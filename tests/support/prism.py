"""What tests against Prism share: demo credentials and the `sl-violations` check."""

from __future__ import annotations

import base64
from collections.abc import Callable

import httpx
from klarna_payments import AuthenticatedClient

# Prism checks that HTTP Basic credentials are present and well-formed, never their values.
BASIC_TOKEN = base64.b64encode(b"test-user:test-password").decode()


def fail_on_violations(response: httpx.Response) -> None:
    """Prism marks every request or response that breaks the document with `sl-violations`."""
    violations = response.headers.get("sl-violations")
    assert violations is None, f"{response.request.method} {response.request.url.path}: {violations}"


async def afail_on_violations(response: httpx.Response) -> None:
    fail_on_violations(response)


ClientFactory = Callable[..., AuthenticatedClient]

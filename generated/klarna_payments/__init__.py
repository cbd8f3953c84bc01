"""A client library for accessing Klarna Payments API (authorization operations)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)

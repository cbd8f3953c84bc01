"""The callback secret stays out of the web server's access log: `callbacks.redact_url` and
`callbacks.RedactSecretsFilter`, against records made as uvicorn, gunicorn and Django make them.

The record shapes are the servers' own, read from their source: uvicorn's
`protocols/http/h11_impl.py` and `httptools_impl.py` log ``'%s - "%s %s HTTP/%s" %d'`` with
``(get_client_addr(scope), method, get_path_with_query_string(scope), http_version, status)``,
and its `logging.AccessFormatter.format` unpacks ``record.args`` into those five; gunicorn's
`glogging.Logger.access` logs ``self.access_log.info(cfg.access_log_format, safe_atoms)``,
a `SafeAtoms` dict (quotes escaped, ``"-"`` for a missing atom) that `LogRecord` keeps as
``record.args``; Django's `core/servers/basehttp.py` logs ``'"%s" %s %s'`` with
``(requestline, code, size)`` and ``extra`` to ``django.server``. Neither server is installed: the
tests log through loggers of the same names, with the same arguments.
"""

from __future__ import annotations

import contextlib
import copy
import io
import logging
import logging.config
from collections.abc import Iterator
from typing import Any

import pytest
from klarna_payments.callbacks import RedactSecretsFilter, authorization_callback_url, redact_url

BASE_URL = "https://shop.example/klarna/authorized?order=10024"


@pytest.fixture
def callback_url() -> tuple[str, str]:
    return authorization_callback_url(BASE_URL)


def path_and_query(url: str) -> str:
    return url.removeprefix("https://shop.example")


# redact_url


def test_the_secret_of_the_sdks_callback_url_is_redacted_and_the_rest_kept(callback_url: tuple[str, str]) -> None:
    url, secret = callback_url
    assert redact_url(url) == "https://shop.example/klarna/authorized?order=10024&secret=[redacted]"
    assert secret not in redact_url(url)


@pytest.mark.parametrize(
    "name",
    ["secret", "Secret", "client_secret", "token", "authorization_token", "access_token", "password", "passwd",
     "api_key", "apikey", "X-Signature", "credentials", "secr%65t"],
)  # fmt: skip
def test_a_parameter_named_like_a_secret_or_a_token_is_redacted(name: str) -> None:
    assert redact_url(f"/cb?a=1&{name}=hunter2&b=2") == f"/cb?a=1&{name}=[redacted]&b=2"


@pytest.mark.parametrize("name", ["order", "session_id", "page", "shop", "next", "key_figure"])
def test_a_parameter_named_otherwise_is_kept(name: str) -> None:
    assert redact_url(f"/cb?{name}=hunter2") == f"/cb?{name}=hunter2"


def test_a_request_line_keeps_its_method_and_protocol() -> None:
    assert redact_url("POST /cb?secret=s3 HTTP/1.1") == "POST /cb?secret=[redacted] HTTP/1.1"


def test_a_bare_query_string_is_redacted_from_its_first_parameter() -> None:
    assert redact_url("secret=s3&order=1") == "secret=[redacted]&order=1"


def test_a_url_inside_a_parameter_has_its_own_query_redacted() -> None:
    assert (
        redact_url("/login?next=https://shop.example/cb?secret=s3")
        == "/login?next=https://shop.example/cb?secret=[redacted]"
    )


def test_text_without_a_secret_is_returned_as_it_is() -> None:
    for text in ["GET /health HTTP/1.1", "/cb?order=1", "the secret = nothing", ""]:
        assert redact_url(text) == text


# The filter on the servers' own records


@contextlib.contextmanager
def access_logger(
    name: str, formatter: logging.Formatter | None = None
) -> Iterator[tuple[logging.Logger, io.StringIO, list[logging.LogRecord]]]:
    """The server's access logger `name` with the filter, a handler writing the formatted lines,
    and the records as the handler got them; restored afterwards."""
    logger, stream, records = logging.getLogger(name), io.StringIO(), []
    handler = logging.StreamHandler(stream)
    handler.setFormatter(formatter or logging.Formatter())
    saved = logger.level, logger.propagate
    redact = RedactSecretsFilter()

    def seen(record: logging.LogRecord) -> bool:  # after the filter: what the handler gets
        records.append(record)
        return True

    logger.setLevel(logging.INFO)
    logger.propagate = False
    logger.addHandler(handler)
    logger.addFilter(redact)
    logger.addFilter(seen)
    try:
        yield logger, stream, records
    finally:
        logger.removeHandler(handler)
        logger.removeFilter(redact)
        logger.removeFilter(seen)
        logger.level, logger.propagate = saved


class UvicornAccessFormatter(logging.Formatter):
    """What uvicorn's `AccessFormatter.format` does with a record (colours left out): it unpacks
    exactly five arguments, so a filter must keep them."""

    def format(self, record: logging.LogRecord) -> str:
        recordcopy = copy.copy(record)
        client_addr, method, full_path, http_version, status_code = recordcopy.args  # type: ignore[misc]
        recordcopy.__dict__.update(
            {
                "client_addr": client_addr,
                "request_line": f"{method} {full_path} HTTP/{http_version}",
                "status_code": f"{status_code} OK",
            }
        )
        return super().format(recordcopy)


def test_uvicorns_access_line_carries_no_secret_and_keeps_its_five_arguments(callback_url: tuple[str, str]) -> None:
    url, secret = callback_url
    formatter = UvicornAccessFormatter('%(client_addr)s - "%(request_line)s" %(status_code)s')
    with access_logger("uvicorn.access", formatter) as (uvicorn, stream, records):
        uvicorn.info('%s - "%s %s HTTP/%s" %d', "203.0.113.7:51234", "POST", path_and_query(url), "1.1", 200)
    line = '203.0.113.7:51234 - "POST /klarna/authorized?order=10024&secret=[redacted] HTTP/1.1" 200 OK\n'
    assert stream.getvalue() == line
    assert secret not in stream.getvalue()
    (record,) = records
    assert record.args == ("203.0.113.7:51234", "POST", "/klarna/authorized?order=10024&secret=[redacted]", "1.1", 200)


class SafeAtoms(dict[str, Any]):
    """gunicorn's `glogging.SafeAtoms`: quotes escaped, a missing atom is "-"."""

    def __init__(self, atoms: dict[str, Any]) -> None:
        dict.__init__(self)
        for key, value in atoms.items():
            self[key] = value.replace('"', '\\"') if isinstance(value, str) else value

    def __getitem__(self, k: str) -> Any:
        if k.startswith("{"):
            kl = k.lower()
            return super().__getitem__(kl) if kl in self else "-"
        return super().__getitem__(k) if k in self else "-"


GUNICORN_FORMAT = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s"'  # its access_log_format default


def gunicorn_atoms(url: str) -> SafeAtoms:
    """The atoms `glogging.Logger.atoms` makes for a POST to `url` (a few environ ones included)."""
    path, _, query = path_and_query(url).partition("?")
    return SafeAtoms(
        {
            "h": "203.0.113.7", "l": "-", "u": "-", "t": "[07/Dec/2026:10:00:00 +0000]",
            "r": f"POST {path}?{query} HTTP/1.1", "s": "200", "m": "POST", "U": path, "q": query,
            "H": "HTTP/1.1", "b": "2", "B": 2, "f": url, "a": "Klarna", "T": 0, "D": 1234, "M": 1,
            "L": "0.001234", "p": "<4242>", "{referer}i": url, "{raw_uri}e": f"{path}?{query}",
            "{query_string}e": query,
        }
    )  # fmt: skip


def test_gunicorns_access_line_carries_no_secret_in_any_atom(callback_url: tuple[str, str]) -> None:
    url, secret = callback_url
    more = " %(q)s %({referer}i)s %({raw_uri}e)s %({query_string}e)s %(M)s"
    with access_logger("gunicorn.access") as (gunicorn, stream, _):
        gunicorn.info(GUNICORN_FORMAT + more, gunicorn_atoms(url))
    line = stream.getvalue()
    assert secret not in line
    assert line.startswith(
        '203.0.113.7 - - [07/Dec/2026:10:00:00 +0000] "POST /klarna/authorized?order=10024&secret=[redacted] HTTP/1.1" '
        '200 2 "https://shop.example/klarna/authorized?order=10024&secret=[redacted]" "Klarna"'
    )
    assert line.count("secret=[redacted]") == 6  # r, f, q, {referer}i, {raw_uri}e, {query_string}e


def test_gunicorns_atoms_stay_gunicorns_and_the_callers_are_left_alone(callback_url: tuple[str, str]) -> None:
    url, secret = callback_url
    atoms = gunicorn_atoms(url)
    with access_logger("gunicorn.access") as (gunicorn, stream, records):
        gunicorn.info("%(r)s %(no_such_atom)s", atoms)
    (record,) = records
    assert type(record.args) is SafeAtoms
    assert stream.getvalue().endswith(" -\n")  # a missing atom still reads "-"
    assert secret in atoms["r"]  # the dict gunicorn passed is not changed under it


def test_djangos_runserver_line_carries_no_secret(callback_url: tuple[str, str]) -> None:
    url, secret = callback_url
    request_line = f"POST {path_and_query(url)} HTTP/1.1"
    extra = {"request": object(), "server_time": "07/Dec/2026 10:00:00", "status_code": 200}
    with access_logger("django.server") as (django, stream, _):
        django.info('"%s" %s %s', request_line, "200", "2", extra=extra)
    assert stream.getvalue() == '"POST /klarna/authorized?order=10024&secret=[redacted] HTTP/1.1" 200 2\n'
    assert secret not in stream.getvalue()


def test_a_line_formatted_before_logging_is_redacted_too(callback_url: tuple[str, str]) -> None:
    url, secret = callback_url
    with access_logger("gunicorn.access") as (gunicorn, stream, _):
        gunicorn.info(GUNICORN_FORMAT % gunicorn_atoms(url))  # older gunicorn formatted the line itself
    assert secret not in stream.getvalue()
    assert "secret=[redacted]" in stream.getvalue()


def test_arguments_that_are_not_strings_are_passed_as_they_are() -> None:
    record = logging.LogRecord("uvicorn.access", logging.INFO, __file__, 1, "%s %d %r", ("a", 200, None), None)
    assert RedactSecretsFilter().filter(record)
    assert record.args == ("a", 200, None)


def test_the_filter_can_be_named_in_dict_config(callback_url: tuple[str, str]) -> None:
    # dictConfig builds a filter from {"()": "<dotted path>"} this way; dictConfig itself would
    # close every handler in the process, pytest's included.
    configurator = logging.config.dictConfigClass({"version": 1})
    made = configurator.configure_filter({"()": "klarna_payments.callbacks.RedactSecretsFilter"})
    url, secret = callback_url
    record = logging.LogRecord("any", logging.INFO, __file__, 1, "POST %s", (path_and_query(url),), None)
    assert isinstance(made, RedactSecretsFilter) and made.filter(record)
    assert record.getMessage() == "POST /klarna/authorized?order=10024&secret=[redacted]"
    assert secret not in record.getMessage()

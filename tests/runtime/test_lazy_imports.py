"""`import klarna_payments` loads the client and its runtime; models, checks and tools load on first use.

Import time is paid by every process that imports the SDK (a CLI, a worker that may never place
an order), so the models (and attrs under them), the request checks, the order rules, the
builders, the fake and the callback helpers wait until something uses them. Type checkers still
see every name (the imports under TYPE_CHECKING), and the first call loads what it needs.
"""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

from klarna_payments._prepare import idempotency_key_value, random_uuid

DEFERRED = (
    "attr",
    "attrs",
    "uuid",
    "difflib",
    "klarna_payments.models.order",
    "klarna_payments.params",
    "klarna_payments.preflight",
    "klarna_payments._validation",
    "klarna_payments._decoding",
    "klarna_payments.types",
    "klarna_payments.lines",
    "klarna_payments.testing",
    "klarna_payments.callbacks",
    "klarna_payments._telemetry",
    "klarna_payments._deadline_transport",  # and httpcore with it, where httpx imports it lazily
    "opentelemetry",
)


def modules_after(code: str) -> set[str]:
    """The modules loaded in a fresh interpreter after running `code`."""
    probe = f"import sys, json\n{code}\nprint(json.dumps(sorted(sys.modules)))"
    output = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    return set(json.loads(output))


def test_importing_the_client_leaves_models_checks_and_tools_unloaded() -> None:
    loaded = modules_after("from klarna_payments import KlarnaPayments, AsyncKlarnaPayments, KlarnaError")
    assert loaded & set(DEFERRED) == set()


def test_a_call_without_opentelemetry_imported_loads_neither_it_nor_the_telemetry() -> None:
    call = (
        "import httpx\n"
        "from klarna_payments import KlarnaPayments\n"
        "transport = httpx.MockTransport(lambda request: httpx.Response(204))\n"
        "with KlarnaPayments(base_url='https://klarna.test', username='u', password='p',\n"
        "                    http_client=httpx.Client(transport=transport)) as klarna:\n"
        "    klarna.orders.cancel_authorization('token')"
    )
    loaded = modules_after(call)
    assert "klarna_payments._validation" in loaded  # the call ran: its path value was checked
    assert {"klarna_payments._telemetry", "opentelemetry", "opentelemetry.trace"} & loaded == set()


def test_the_sdks_own_sync_pool_loads_the_deadline_transport_when_first_built() -> None:
    loaded = modules_after("from klarna_payments._transport import deadline_transport\ndeadline_transport().close()")
    assert {"klarna_payments._deadline_transport", "httpcore"} <= loaded


def test_a_model_name_loads_its_module_on_first_use() -> None:
    loaded = modules_after("from klarna_payments.models import Order")
    assert "klarna_payments.models.order" in loaded
    assert "klarna_payments.models.session" not in loaded


def test_an_unknown_model_name_is_an_attribute_error() -> None:
    import klarna_payments.models

    try:
        klarna_payments.models.NoSuchModel  # noqa: B018
    except AttributeError as error:
        assert "NoSuchModel" in str(error)
    else:
        raise AssertionError("no AttributeError")


def test_the_models_package_lists_every_model() -> None:
    import klarna_payments.models

    assert "Order" in dir(klarna_payments.models)
    assert set(klarna_payments.models.__all__) <= set(dir(klarna_payments.models))


def test_a_fresh_idempotency_key_is_a_random_uuid4() -> None:
    keys = {random_uuid() for _ in range(1000)}
    assert len(keys) == 1000
    for key in keys:
        parsed = uuid.UUID(key)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, key)


def test_a_callers_uuid_object_is_sent_as_its_text() -> None:
    key = uuid.uuid4()
    assert idempotency_key_value(key) == str(key)

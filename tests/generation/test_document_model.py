"""The one model of the document (`scripts/sdk_document.py`): every construct a Klarna document
uses or is likely to, and a `DocumentError` naming the JSON pointer for what it cannot represent."""

from __future__ import annotations

import ast
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from sdk_document import CONFIG, RULE_SETS, SPEC, Document, DocumentError
from sdk_emit import FAKE, handlers_module, spec_module
from sdk_view import generator_view

Change = Callable[[dict[str, Any]], None]


def document_with(change: Change) -> Document:
    raw = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    change(raw)
    return Document(raw, yaml.safe_load(CONFIG.read_text(encoding="utf-8")))


def schemas(raw: dict[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = raw["components"]["schemas"]
    return result


def test_a_ref_to_a_string_schema_is_a_string_field() -> None:
    def change(raw: dict[str, Any]) -> None:
        schemas(raw)["currency_code"] = {"type": "string", "pattern": "^[A-Z]{3}$"}
        schemas(raw)["create_order_request"]["properties"]["purchase_currency"] = {
            "$ref": "#/components/schemas/currency_code"
        }

    fields = document_with(change).schema_fields("create_order_request")
    assert fields["purchase_currency"] == {"type": "string", "pattern": "^[A-Z]{3}$"}


def test_a_ref_to_an_enum_schema_is_an_enum_field() -> None:
    def change(raw: dict[str, Any]) -> None:
        schemas(raw)["intended_use"] = {"type": "string", "enum": ["SUBSCRIPTION"]}
        schemas(raw)["customer_token_creation_request"]["properties"]["intended_use"] = {
            "$ref": "#/components/schemas/intended_use"
        }

    fields = document_with(change).schema_fields("customer_token_creation_request")
    assert fields["intended_use"] == {"type": "string", "enum": ("SUBSCRIPTION",)}


@pytest.mark.parametrize(
    "schema",
    [{"type": ["string", "null"]}, {"type": "string", "nullable": True}],
    ids=["3.1 type list", "3.0 nullable"],
)
def test_nullable_fields_are_known_either_way(schema: dict[str, Any]) -> None:
    def change(raw: dict[str, Any]) -> None:
        schemas(raw)["create_order_request"]["properties"]["merchant_data"] = schema

    fields = document_with(change).schema_fields("create_order_request")
    assert fields["merchant_data"] == {"type": "string", "nullable": True}


def test_all_of_objects_are_merged() -> None:
    def change(raw: dict[str, Any]) -> None:
        schemas(raw)["named"] = {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}
        schemas(raw)["labelled"] = {
            "allOf": [
                {"$ref": "#/components/schemas/named"},
                {"type": "object", "properties": {"label": {"type": "string", "maxLength": 9}}},
            ]
        }

    document = document_with(change)
    assert document.schema_fields("labelled") == {
        "name": {"type": "string"},
        "label": {"type": "string", "max_length": 9},
    }
    assert document.object_schema(document.schemas["labelled"], "#")[1] == ["name"]


def test_formats_and_constraints_reach_the_tables() -> None:
    fields = document_with(lambda raw: None).schema_fields("order_line")
    assert fields["quantity"]["minimum"] == 0
    assert fields["name"]["max_length"] == 255


def test_arrays_of_scalars_keep_their_item_type_and_enum() -> None:
    def change(raw: dict[str, Any]) -> None:
        schemas(raw)["create_order_request"]["properties"]["tags"] = {
            "type": "array",
            "maxItems": 3,
            "items": {"type": "string", "enum": ["a", "b"]},
        }

    fields = document_with(change).schema_fields("create_order_request")
    assert fields["tags"] == {"type": "array", "item_type": "string", "enum": ("a", "b"), "max_items": 3}


@pytest.mark.parametrize(
    ("change", "pointer"),
    [
        (
            lambda raw: schemas(raw)["order"]["properties"].update(
                line={"type": "object", "properties": {"note": {"type": "string"}}}
            ),
            "#/components/schemas/order/properties/line: this inline object would be the model OrderLine",
        ),
        (
            lambda raw: raw["components"]["responses"]["NotFound"]["content"]["application/json"].update(
                schema={"type": "object", "properties": {"note": {"type": "string"}}}
            ),
            "#/components/responses/NotFound/content/application~1json/schema",
        ),
        (
            lambda raw: raw["servers"][1].pop("x-klarna-region"),
            "#/servers/1",
        ),
        (
            lambda raw: raw["servers"].append({"url": "https://api.{region}.klarna.com"}),
            "#/servers/6/url",
        ),
        (
            lambda raw: raw["paths"]["/payments/v1/sessions"]["post"].update(operationId="create_order"),
            "#/paths/~1payments~1v1~1sessions/post/operationId: 'create_order' names the method create_order, as",
        ),
        (
            lambda raw: raw["paths"]["/payments/v1/sessions"]["post"].update(operationId="withRawResponse"),
            "would shadow the resource's with_raw_response",
        ),
        (
            lambda raw: raw["paths"]["/payments/v1/sessions"]["post"].update(operationId="servers"),
            "#/paths/~1payments~1v1~1sessions/post/operationId: its constant SERVERS in _spec.py is another name",
        ),
        (
            lambda raw: raw["paths"]["/payments/v1/sessions"]["post"].update(tags=["with_options"]),
            "#/paths/~1payments~1v1~1sessions/post/tags: the tag 'with_options' would shadow the client's",
        ),
        (
            lambda raw: raw["paths"]["/payments/v1/sessions"]["post"].pop("operationId"),
            "#/paths/~1payments~1v1~1sessions/post/operationId: every operation needs one",
        ),
        (
            lambda raw: schemas(raw)["create_order_request"]["properties"].update(
                either={"oneOf": [{"type": "string"}, {"type": "integer"}]}
            ),
            "#/components/schemas/create_order_request/properties/either/oneOf",
        ),
        (
            lambda raw: schemas(raw)["create_order_request"]["properties"].update(
                mixed={"type": ["string", "integer"]}
            ),
            "#/components/schemas/create_order_request/properties/mixed",
        ),
    ],
    ids=[
        "an inline object named as a component is",
        "an inline object in a shared response",
        "a server without the region the others name",
        "a server URL with variables",
        "two operations of one method name",
        "a method shadowing the resource's",
        "an operation constant shadowing a table",
        "a tag shadowing the client's",
        "an operation without an operationId",
        "oneOf",
        "two types",
    ],
)
def test_what_the_model_cannot_represent_is_a_document_error_naming_its_pointer(change: Change, pointer: str) -> None:
    with pytest.raises(DocumentError, match=pointer):
        spec_module(document_with(change))


def test_inline_objects_become_models_named_as_the_generator_names_them() -> None:
    def change(raw: dict[str, Any]) -> None:
        properties = schemas(raw)["order"]["properties"]
        properties["gift"] = {"type": "object", "properties": {"note": {"type": "string", "maxLength": 9}}}
        properties["parcels"] = {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"}}}}
        properties["page"] = {"type": "object", "title": "page info", "properties": {"count": {"type": "integer"}}}

    document = document_with(change)
    fields = document.schema_fields("order")
    assert (fields["gift"]["model"], fields["parcels"]["model"], fields["page"]["model"]) == (
        "OrderGift",
        "OrderParcelsItem",
        "OrderPageInfo",
    )
    assert document.schema_fields("OrderGift") == {"note": {"type": "string", "max_length": 9}}


def test_an_inline_request_body_is_the_model_operation_body() -> None:
    def change(raw: dict[str, Any]) -> None:
        operation = raw["paths"]["/payments/v1/authorizations/{authorizationToken}"]["delete"]
        operation["requestBody"] = {
            "content": {"application/json": {"schema": {"type": "object", "properties": {"why": {"type": "string"}}}}}
        }

    source = spec_module(document_with(change))
    assert "body='CancelAuthorizationBody'" in source


def test_the_document_as_written_is_kept_beside_its_model() -> None:
    def change(raw: dict[str, Any]) -> None:
        schemas(raw)["order"]["properties"]["gift"] = {"type": "object", "properties": {"note": {"type": "string"}}}

    document = document_with(change)
    assert "properties" in document.source["components"]["schemas"]["order"]["properties"]["gift"]
    assert document.raw["components"]["schemas"]["order"]["properties"]["gift"] == {
        "$ref": "#/components/schemas/OrderGift"
    }


def test_plain_servers_are_the_default_base_url_and_no_regions() -> None:
    def change(raw: dict[str, Any]) -> None:
        raw["servers"] = [{"url": "https://api.klarna.com/"}, {"url": "https://api.playground.klarna.com"}]

    source = spec_module(document_with(change))
    assert "DEFAULT_BASE_URL: Final[str | None] = 'https://api.klarna.com'" in source
    assert "Region = Never" in source and "SERVERS: Final[dict[tuple[str, str], str]] = {}" in source


def test_a_document_without_x_klarna_sdk_marks_uses_klarnas_header_names() -> None:
    def change(raw: dict[str, Any]) -> None:
        del raw["components"]["parameters"]["IdempotencyKey"]["x-klarna-sdk"]
        for header in raw["components"]["headers"].values():
            header.pop("x-klarna-sdk", None)

    document = document_with(change)
    assert (document.idempotency_header, document.correlation_header) == (
        "Klarna-Idempotency-Key",
        "Klarna-Correlation-Id",
    )
    # Every POST and PATCH but those marked x-klarna-idempotent (true: a harmless repeat; false:
    # Klarna takes no key), as when marked.
    marked = document_with(lambda raw: None)
    assert [op.name for op in document.operations() if document.sends_idempotency_key(op)] == [
        op.name
        for op in marked.operations()
        if op.method in ("POST", "PATCH") and not marked.repeatable(op) and not marked.keyless(op)
    ]


def test_a_post_marked_not_idempotent_sends_no_key_and_is_never_repeated() -> None:
    """`x-klarna-idempotent: false`: Klarna takes no key on this POST and a repeat is not harmless."""

    def change(raw: dict[str, Any]) -> None:
        operation = raw["paths"]["/payments/v1/authorizations/{authorizationToken}/order"]["post"]
        operation["parameters"] = []
        operation["x-klarna-idempotent"] = False

    document = document_with(change)
    create_order = next(op for op in document.operations() if op.name == "create_order")
    assert (document.sends_idempotency_key(create_order), document.repeatable(create_order)) == (False, False)
    assert "repeatable=False" in spec_module(document)


@pytest.mark.parametrize(
    ("path", "method", "message"),
    [
        ("/payments/v1/authorizations/{authorizationToken}/order", "post", "without Klarna-Idempotency-Key"),
        ("/payments/v1/authorizations/{authorizationToken}", "delete", "is for a POST or PATCH"),
    ],
    ids=["beside the key", "on a DELETE"],
)
def test_not_idempotent_beside_the_key_or_on_a_delete_is_a_document_error(path: str, method: str, message: str) -> None:
    def change(raw: dict[str, Any]) -> None:
        raw["paths"][path][method]["x-klarna-idempotent"] = False

    with pytest.raises(DocumentError, match=message):
        spec_module(document_with(change))


def test_a_cookie_parameter_is_a_document_error() -> None:
    def change(raw: dict[str, Any]) -> None:
        operation = raw["paths"]["/payments/v1/authorizations/{authorizationToken}"]["delete"]
        operation["parameters"] = [{"name": "session", "in": "cookie", "schema": {"type": "string"}}]

    with pytest.raises(DocumentError, match="cookie"):
        spec_module(document_with(change))


def test_an_unknown_rule_set_is_a_document_error() -> None:
    def change(raw: dict[str, Any]) -> None:
        schemas(raw)["create_order_request"]["x-klarna-rules"] = "orders"

    with pytest.raises(DocumentError, match="x-klarna-rules"):
        spec_module(document_with(change))


def test_query_and_header_parameters_reach_the_operation_table() -> None:
    def change(raw: dict[str, Any]) -> None:
        operation = raw["paths"]["/payments/v1/authorizations/{authorizationToken}"]["delete"]
        operation["parameters"] = [
            {"name": "reason", "in": "query", "schema": {"type": "string"}},
            {"name": "X-Source", "in": "header", "schema": {"type": "string"}},
        ]

    source = spec_module(document_with(change))
    assert "query_parameters=('reason',)" in source
    assert "header_parameters=('X-Source',)" in source


# Parameters as the runtime checks them


def with_parameters(*parameters: dict[str, Any]) -> Change:
    def change(raw: dict[str, Any]) -> None:
        raw["paths"]["/payments/v1/authorizations/{authorizationToken}"]["delete"]["parameters"] = list(parameters)

    return change


def cancel_authorization(document: Document) -> Any:
    return next(op for op in document.operations() if op.name == "cancel_authorization")


def test_each_parameters_schema_reaches_the_operation_table_under_its_name() -> None:
    size = {"name": "size", "in": "query", "schema": {"type": "integer", "maximum": 500}}
    source = {"name": "X-Source", "in": "header", "required": True, "schema": {"type": "string", "pattern": "^a$"}}
    table = spec_module(document_with(with_parameters(size, source)))
    assert "'size': Field('integer', maximum=500), 'X-Source': Field('string', pattern='^a$')" in table
    assert "required_parameters=frozenset(['X-Source', 'authorizationToken'])" in table
    assert "parameter_python_names={'authorizationToken': 'authorization_token', 'X-Source': 'x_source'}" in table


def test_a_parameter_marked_secret_is_a_secret_field() -> None:
    document = document_with(lambda raw: None)
    fields = document.parameter_fields(cancel_authorization(document))
    assert fields["authorizationToken"][0]["secret"] is True


def test_a_parameter_default_leaves_the_generator_view_for_its_description() -> None:
    size = {"name": "size", "in": "query", "description": "Per page.", "schema": {"type": "integer", "default": 20}}
    view = generator_view(document_with(with_parameters(size)))
    (parameter,) = view["paths"]["/payments/v1/authorizations/{authorizationToken}"]["delete"]["parameters"]
    assert "default" not in parameter["schema"]
    assert parameter["schema"]["description"] == "Per page. When it is not sent, Klarna uses `20`."


def test_two_parameters_of_one_name_in_two_places_are_a_document_error() -> None:
    document = document_with(
        with_parameters({"name": "authorizationToken", "in": "query", "schema": {"type": "string"}})
    )
    with pytest.raises(DocumentError, match="parameter 'authorizationToken': a path parameter has that name too"):
        document.parameter_fields(cancel_authorization(document))


def test_an_object_parameter_is_a_document_error() -> None:
    document = document_with(
        with_parameters({"name": "filter", "in": "query", "schema": {"$ref": "#/components/schemas/address"}})
    )
    with pytest.raises(DocumentError, match="parameter 'filter'/schema: a parameter must be a scalar"):
        document.parameter_fields(cancel_authorization(document))


def test_every_rule_set_the_document_may_name_has_a_check() -> None:
    from klarna_payments.preflight import RULES

    assert set(RULE_SETS) == set(RULES)


def node_of(raw: dict[str, Any], operation_id: str) -> dict[str, Any]:
    """The operation object of `operation_id` in a raw document."""
    return next(
        node
        for item in raw["paths"].values()
        for node in item.values()
        if isinstance(node, dict) and node.get("operationId") == operation_id
    )


def test_the_answers_an_operation_declares_reach_the_runtime_table() -> None:
    document = document_with(lambda raw: None)
    cancel = next(op for op in document.operations() if op.operation_id == "cancelAuthorization")
    declared = node_of(document.raw, "cancelAuthorization")["x-klarna-answers"]
    assert document.answers(cancel) == {
        meaning: (answer["status"], answer.get("error_code"), answer["message"].lower())
        for meaning, answer in declared.items()
    }
    assert "answers={" in spec_module(document)


@pytest.mark.parametrize(
    ("operation_id", "answers", "message"),
    [
        ("cancelAuthorization", {"done-later": {"status": 404, "message": "x"}}, "unknown meaning"),
        ("readCreditSession", {"done-earlier": {"status": 404, "message": "x"}}, "repeat is harmless"),
        ("createCreditSession", {"done-earlier": {"status": 400, "message": "x"}}, "repeat is harmless"),
        ("updateCreditSession", {"consumed": {"status": 400, "message": "x"}}, "x-klarna-creates"),
        ("cancelAuthorization", {"done-earlier": {"status": 418, "message": "x"}}, "declared statuses"),
        ("cancelAuthorization", {"done-earlier": {"status": 404, "message": " "}}, "message"),
        ("cancelAuthorization", {"done-earlier": {"status": 404, "message": "x", "code": 1}}, "a mapping of"),
        ("cancelAuthorization", ["done-earlier"], "a mapping of meaning"),
    ],
    ids=["unknown meaning", "a read", "a create", "consumed without creates", "undeclared", "empty", "extra", "list"],
)
def test_an_answer_the_runtime_cannot_use_is_a_document_error(operation_id: str, answers: Any, message: str) -> None:
    def change(raw: dict[str, Any]) -> None:
        node_of(raw, operation_id)["x-klarna-answers"] = answers

    with pytest.raises(DocumentError, match=message) as raised:
        spec_module(document_with(change))
    assert "x-klarna-answers" in str(raised.value)  # its JSON pointer


def test_the_secret_path_parameters_are_marked_in_the_runtimes_table() -> None:
    document = document_with(lambda raw: None)
    create_order = next(op for op in document.operations() if op.name == "create_order")
    assert document.parameter_fields(create_order)["authorizationToken"][0]["secret"] is True


@pytest.mark.parametrize("where", ["parameter", "property"])
@pytest.mark.parametrize("value", ["yes", 1, None])
def test_an_x_klarna_secret_that_is_not_true_or_false_is_a_document_error(where: str, value: object) -> None:
    def change(raw: dict[str, Any]) -> None:
        if where == "parameter":
            raw["components"]["parameters"]["AuthorizationToken"]["x-klarna-secret"] = value
        else:
            schemas(raw)["create_order_request"]["properties"]["merchant_reference1"]["x-klarna-secret"] = value

    with pytest.raises(DocumentError, match="x-klarna-secret: true or false"):
        spec_module(document_with(change))


def handler_table(source: str) -> dict[str, str]:
    """The generated HANDLERS table: operation name -> its value's source."""
    (table,) = [node.value for node in ast.parse(source).body if isinstance(node, ast.AnnAssign)]
    assert isinstance(table, ast.Dict)
    return {ast.literal_eval(key): ast.unparse(value) for key, value in zip(table.keys, table.values, strict=True)}


def test_an_operation_the_fake_has_no_method_for_is_answered_from_the_document() -> None:
    def change(raw: dict[str, Any]) -> None:
        read = {**raw["paths"]["/payments/v1/sessions"]["post"], "operationId": "readSessionPreview"}
        read.pop("requestBody")
        raw["paths"]["/payments/v1/sessions"]["get"] = read

    table = handler_table(handlers_module(document_with(change)))
    assert table["read_session_preview"] == "None"
    assert table["create_credit_session"] == "SessionsBehaviour._operation_create_credit_session"


def test_a_handler_two_of_the_fakes_classes_define_stops_the_generation(tmp_path: Path) -> None:
    for module in ("_orders.py", "_sessions.py"):
        (tmp_path / module).write_text((FAKE / module).read_text(encoding="utf-8"), encoding="utf-8")
    twice = "\n    def _operation_create_order(self, call: Call) -> None:\n        return None\n"
    with (tmp_path / "_sessions.py").open("a", encoding="utf-8") as sessions:
        sessions.write(twice)
    with pytest.raises(ValueError, match=r"SessionsBehaviour._operation_create_order is also _orders.OrdersBehaviour"):
        handlers_module(document_with(lambda raw: None), fake=tmp_path)

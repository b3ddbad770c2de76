"""A sandbox of a spec of one's own, for what the bundled specs never exercise.

A maintainer or another team may serve a spec the sandbox was not written for: signed writes
with an idempotency key but no state model, request bodies behind `$ref`, arrays without
`items`, schemas composed with `allOf`, formats of their own. The sandbox must check requests by
that spec and answer its examples, keyed writes once (`x-matrixport-idempotency-key`).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from matrixport._signing import MatrixportAuth
from matrixport.sandbox import BASE_URL
from matrixport.sandbox.core import SandboxCore
from matrixport.sandbox.ledger import Ledger
from matrixport.sandbox.spec import Spec
from matrixport.sandbox.transport import SandboxTransport

ACCESS, SECRET = "notes-access-key", "notes-secret-key"

NOTE_BODY: dict[str, Any] = {
    "required": True,
    "content": {
        "application/json": {
            "schema": {
                "type": "object",
                "required": ["ref"],
                "properties": {"ref": {"type": "string"}},
                "allOf": [{"properties": {"text": {"$ref": "#/components/schemas/Short"}}}],
            }
        }
    },
}
NOTES = {
    "notes": {
        "security": [{"key": []}],
        "components": {
            "schemas": {"Short": {"type": "string", "maxLength": 5}},
            "requestBodies": {"Note": NOTE_BODY},
        },
        "paths": {
            "/notes": {
                "post": {
                    "operationId": "createNote",
                    "x-matrixport-idempotency-key": "ref",
                    "requestBody": {"$ref": "#/components/requestBodies/Note"},
                    "responses": {
                        "200": {"content": {"text/csv": {"examples": {"one": {"value": "ref\n"}}}}}
                    },
                }
            },
            "/draft": {
                "post": {
                    "operationId": "postDraft",
                    "security": [],  # unsigned: a signed POST always has a body (its signature)
                    "requestBody": {"$ref": "#/components/requestBodies/Note"},
                    "responses": {"200": {}},
                }
            },
            "/loose": {
                "post": {
                    "operationId": "postLoose",
                    # a body without a schema: any JSON
                    "requestBody": {"content": {"application/json": {"example": {"any": 1}}}},
                    "responses": {"200": {}},
                }
            },
            "/tagged/{n}": {
                "get": {
                    "operationId": "getTagged",
                    "parameters": [
                        {"name": "n", "in": "path", "required": True, "schema": {"type": "integer"}},
                        {"name": "x-colour", "in": "header", "required": True, "schema": {"enum": ["red"]}},
                        {"name": "tags", "in": "query", "schema": {"type": "array"}},  # items: anything
                        {"name": "rate", "in": "query", "schema": {"type": "string", "format": "e8"}},
                        {"name": "day", "in": "query", "schema": {"type": "string", "format": "date"}},
                        {"name": "open", "in": "query", "schema": {"type": "boolean", "enum": [True]}},
                        {"name": "size", "in": "query", "schema": {"type": ["number", "null"], "maximum": 2}},
                    ],
                    "responses": {"200": {}},
                }
            },
        },
    }
}


def nested(levels: int) -> dict[str, Any]:
    """An object schema `levels` objects deep (each `{"a": ...}`), a string at the bottom."""
    return {"type": "object", "properties": {"a": nested(levels - 1)}} if levels else {"type": "string"}


def posting(operation_id: str, body_schema: dict[str, Any]) -> dict[str, Any]:
    """A path item: a signed POST of a JSON body of `body_schema`."""
    body = {"content": {"application/json": {"schema": body_schema}}}
    return {"post": {"operationId": operation_id, "requestBody": body, "responses": {"200": {}}}}


NOTES["notes"]["paths"].update(  # type: ignore[attr-defined]
    {
        "/deep": posting("postDeep", nested(20)),
        "/cycle": posting("postCycle", {"$ref": "#/components/schemas/Loop"}),
        "/cycle-of-lists": posting("postCycleOfLists", {"$ref": "#/components/schemas/Knot"}),
    }
)
NOTES["notes"]["components"]["schemas"].update(  # type: ignore[index]
    Loop={"type": "object", "properties": {"next": {"$ref": "#/components/schemas/Loop"}}},
    Knot={"allOf": [{"$ref": "#/components/schemas/Knot"}]},
)


@pytest.fixture
def notes() -> Iterator[tuple[httpx.Client, Ledger]]:
    core = SandboxCore(spec=Spec(NOTES), keys={ACCESS: SECRET})
    auth = MatrixportAuth(ACCESS, SECRET)
    try:
        with httpx.Client(base_url=BASE_URL, transport=SandboxTransport(core), auth=auth) as http:
            yield http, Ledger(core.store)
    finally:
        core.close()


RED = {"x-colour": "red"}


def refusal(response: httpx.Response) -> str:
    assert response.status_code == 200
    body = response.json()
    assert body["code"] == 17002001
    return str(body["message"]).split(": ", 1)[1]


def test_a_keyed_write_without_a_state_model_acts_once(notes: tuple[httpx.Client, Ledger]) -> None:
    http, ledger = notes
    first = http.post("/notes", json={"ref": "n1", "text": "hello"})
    assert (first.status_code, first.headers["content-type"], first.content) == (200, "text/csv", b"ref\n")
    again = http.post("/notes", json={"ref": "n1", "text": "hello"})
    assert (again.status_code, again.headers["content-type"], again.content) == (200, "text/csv", b"ref\n")
    [acted] = ledger.acted("notes", "createNote")
    assert (acted.key, acted.result) == ("n1", None)  # a file is not kept as a result
    assert [entry.key for entry in ledger.repeats("notes", "createNote")] == ["n1"]
    # an empty key is no key: each such write acts
    for _ in range(2):
        assert http.post("/notes", json={"ref": "", "text": "hi"}).content == b"ref\n"
    assert [entry.key for entry in ledger.acted("notes", "createNote")] == ["n1", None, None]


def test_requests_are_checked_by_a_spec_of_ones_own(notes: tuple[httpx.Client, Ledger]) -> None:
    http, _ = notes
    # a required body behind a $ref, a property checked through allOf and a $ref
    assert refusal(http.post("/draft", auth=None)) == "the request body is required"
    assert refusal(http.post("/notes", json={"ref": "n2", "text": "too long"})) == (
        "text: 'too long' is too long"
    )
    # a body without a schema takes any JSON
    assert http.post("/loose", json={"any": [1, "two"]}).json() == {"code": 0, "message": "", "data": None}

    # an array without `items` takes any values; only the documents' formats are checked
    def tagged(**params: Any) -> httpx.Response:
        return http.get("/tagged/1", headers=RED, params=params)

    assert tagged(tags=["a", "b"], rate="150000000").json()["code"] == 0
    assert refusal(tagged(rate="1.5")) == "query parameter rate: '1.5' is not a 'e8'"
    assert tagged(day="yesterday").json()["code"] == 0
    # query text read as the type its schema declares: a boolean, a number (a list of types too)
    assert tagged(day="true", open="true", size="1.5").json()["code"] == 0
    assert refusal(tagged(open="false")) == "query parameter open: False is not one of [True]"
    assert refusal(tagged(open="yes")) == (
        "query parameter open: 'yes' is not of type 'boolean'; "
        "query parameter open: 'yes' is not one of [True]"
    )
    assert (
        refusal(tagged(size="2.5")) == "query parameter size: Decimal('2.5') is greater than the maximum of 2"
    )
    assert refusal(tagged(size="x")) == "query parameter size: 'x' is not of type 'number', 'null'"
    # path and header parameters
    assert http.get("/tagged/-3", headers=RED).json()["code"] == 0
    assert refusal(http.get("/tagged/X1", headers=RED)) == "path parameter n: 'X1' is not of type 'integer'"
    assert refusal(http.get("/tagged/1")) == "header parameter x-colour is required"
    assert refusal(http.get("/tagged/1", headers={"x-colour": "blue"})) == (
        "header parameter x-colour: 'blue' is not one of ['red']"
    )
    # bodies that are no JSON object of the schema
    draft = {"url": "/draft", "auth": None}
    assert refusal(http.post(**draft, content=b"x", headers={"content-type": "text/plain"})) == (
        "the request body must be application/json"
    )
    assert refusal(http.post(**draft, content=b"{", headers={"content-type": "application/json"})) == (
        "the request body is not JSON"
    )
    assert refusal(http.post(**draft, content=b'{"ref": 1}')) == "ref: 1 is not of type 'string'"
    assert refusal(http.post(**draft, json={})) == "body: 'ref' is a required property"
    # a deep schema is no cycle
    deep: Any = "x"
    for _ in range(20):
        deep = {"a": deep}
    assert http.post("/deep", json=deep).json()["code"] == 0
    assert refusal(http.post("/deep", json={"a": {"a": 1}})) == "a.a: 1 is not of type 'object'"


def test_a_ref_cycle_is_a_sandbox_error_that_says_so(
    notes: tuple[httpx.Client, Ledger], caplog: pytest.LogCaptureFixture
) -> None:
    http, _ = notes
    for path in ("/cycle", "/cycle-of-lists"):
        caplog.clear()
        with caplog.at_level(logging.ERROR, logger="matrixport.sandbox"):
            answer = http.post(path, json={})
        assert answer.status_code == 500
        assert [(r.getMessage(), str(r.exc_info[1])) for r in caplog.records if r.exc_info] == [
            (f"sandbox error on POST {path}", "a $ref cycle in the spec")
        ]

"""Generate the per-document client packages into generated/ from the bundled spec.

openapi-python-client (pinned) does the work, with our templates
(codegen/templates) and two additions it does not have:

- `format: decimal` and `format: e8` become `Decimal` attributes
  (`DecimalProperty`), converted by `matrixport._convert` on the way in and out;
- the templates see the spec's vendor extensions (`operations`, `error_codes`),
  so signing, the envelope, idempotency keys and error classes are driven by
  the spec, not by lists in Python.

The generator sees an adjusted copy of each bundle (`generator_input`): the
response envelope is unwrapped (the client returns `data`), and headers the
client manages itself (`x-matrixport-client-managed`) are removed.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any, ClassVar

from attrs import define, evolve, field
from openapi_python_client import Config, MetaType, Project
from openapi_python_client import schema as oai
from openapi_python_client.config import ConfigFile
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser import properties as props
from openapi_python_client.parser.errors import PropertyError
from openapi_python_client.parser.properties.protocol import PropertyProtocol, Value, convert_example
from openapi_python_client.strings import ClassName, PythonIdentifier

sys.path.insert(0, str(Path(__file__).resolve().parent))
from docstrings import for_python, wrap_markdown

ROOT = Path(__file__).resolve().parent.parent
CODEGEN = ROOT / "codegen"
TEMPLATES = CODEGEN / "templates"
ENVELOPE_REF = "#/components/schemas/Envelope"
HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SCALES = {"decimal": 0, "e8": 8}


# --- Decimal support -------------------------------------------------------------------------------


@define
class DecimalProperty(PropertyProtocol):
    """A `format: decimal` (scale 0) or `format: e8` (scale 8) value, exposed as `Decimal`."""

    name: oai.UntrustedString
    required: bool
    default: Value | None
    python_name: PythonIdentifier
    description: oai.UntrustedString | None
    example: oai.UntrustedString | None = field(converter=convert_example)
    scale: int = 0
    wire_type: str = "string"
    empty_means_none: bool = False

    _type_string: ClassVar[str] = "Decimal"
    _allowed_locations: ClassVar[set[oai.ParameterLocation]] = {
        oai.ParameterLocation.QUERY,
        oai.ParameterLocation.PATH,
        oai.ParameterLocation.HEADER,
    }
    template: ClassVar[str] = "decimal_property.py.jinja"

    def get_base_type_string(self) -> Any:
        from openapi_python_client.strings import PythonCode

        return PythonCode("Decimal | None" if self.empty_means_none else "Decimal")

    def get_instance_type_string(self) -> Any:
        from openapi_python_client.strings import PythonCode

        return PythonCode("Decimal")

    def get_base_json_type_string(self) -> Any:
        from openapi_python_client.strings import PythonCode

        return PythonCode({"string": "str", "integer": "int"}.get(self.wire_type, "Decimal"))

    def convert_value(self, value: Any) -> Value | PropertyError | None:
        if value is None or isinstance(value, Value):
            return value
        from openapi_python_client.strings import PythonCode

        return Value(python_code=PythonCode(f'Decimal("{value}")'), raw_value=value)

    def get_imports(self, *, prefix: str) -> set[str]:
        imports = super().get_imports(prefix=prefix)
        imports.add("from decimal import Decimal")
        imports.add(
            "from matrixport._convert import"
            " decimal_from_wire, decimal_or_none_from_wire, decimal_to_wire, e8_from_wire, e8_to_wire"
        )
        return imports


_original_property_from_data = props.property_from_data


def _wire_type(data: oai.Schema) -> str:
    types = data.type if isinstance(data.type, list) else [data.type]
    names = [t.value if hasattr(t, "value") else str(t) for t in types if t is not None]
    if "null" in names:
        raise ValueError(f"nullable decimals are not supported by the generator yet: {data}")
    return "string" if "string" in names else (names[0] if names else "string")


def property_from_data(
    name: Any,
    required: bool,
    data: Any,
    schemas: Any,
    parent_name: str,
    config: Any,
    process_properties: bool = True,
    roots: Any = None,
) -> Any:
    if isinstance(data, oai.Schema) and data.schema_format in SCALES:
        return (
            DecimalProperty(
                name=name,
                required=required,
                default=None,
                python_name=PythonIdentifier(value=name, prefix=config.field_prefix),
                description=data.description,
                example=data.example,
                scale=SCALES[data.schema_format],
                wire_type=_wire_type(data),
                empty_means_none=bool((data.model_extra or {}).get("x-matrixport-empty-means-none")),
            ),
            schemas,
        )
    return _original_property_from_data(
        name=name,
        required=required,
        data=data,
        schemas=schemas,
        parent_name=parent_name,
        config=config,
        process_properties=process_properties,
        roots=roots,
    )


def install_decimal_support() -> None:
    """Route decimal/e8 schemas to DecimalProperty wherever openapi-python-client builds a property."""
    import openapi_python_client.parser.openapi as openapi_module
    from openapi_python_client.parser import bodies, responses
    from openapi_python_client.parser.properties import list_property, model_property, union

    for module in (props, bodies, openapi_module, list_property, model_property, union, responses):
        if hasattr(module, "property_from_data"):
            module.property_from_data = property_from_data  # type: ignore[attr-defined]


# --- What the generator sees -----------------------------------------------------------------------


def _resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            raise ValueError(f"unbundled reference {ref}")
        target: Any = document
        for part in ref[2:].split("/"):
            target = target[part]
        node = target
    return node


def _unwrap_envelope(schema: dict[str, Any]) -> dict[str, Any]:
    parts = schema.get("allOf", [])
    if len(parts) == 2 and parts[0] == {"$ref": ENVELOPE_REF}:
        return parts[1].get("properties", {}).get("data", {"type": "null"})
    raise ValueError(
        f"an enveloped response must be allOf [Envelope, {{properties: {{data}}}}], got {schema}"
    )


def _referenced(node: Any, found: set[str]) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref" and isinstance(value, str):
                found.add(value)
            else:
                _referenced(value, found)
    elif isinstance(node, list):
        for item in node:
            _referenced(item, found)


def _unreferenced(document: dict[str, Any]) -> set[str]:
    found: set[str] = set()
    _referenced({k: v for k, v in document.items() if k != "components"}, found)
    for section, entries in document.get("components", {}).items():
        for name, entry in entries.items():
            inner: set[str] = set()
            _referenced(entry, inner)
            found |= inner - {f"#/components/{section}/{name}"}
    return {
        f"#/components/{section}/{name}"
        for section, entries in document.get("components", {}).items()
        if section != "securitySchemes"
        for name in entries
    } - found


def _prune_components(document: dict[str, Any], keep: set[str]) -> None:
    """Drop what the adjustments left unreferenced (the envelope, client-managed headers).

    Schemas the document itself defines without using (T-Bills' `AskPrice`) are kept: users
    parse such data from `client.request(...)` with their generated model.
    """
    while dropped := _unreferenced(document) - keep:
        for ref in dropped:
            _, _, section, name = ref.split("/")
            del document["components"][section][name]


def operations(document: dict[str, Any]) -> list[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, path item, operation) for every operation, in document order."""
    return [
        (path, method, item, item[method])
        for path, item in document.get("paths", {}).items()
        for method in HTTP_METHODS
        if method in item
    ]


def response_kind(document: dict[str, Any], operation: dict[str, Any]) -> str:
    content = operation["responses"]["200"].get("content", {})
    if "application/json" not in content:
        return "BINARY"
    return "ENVELOPE" if operation.get("x-matrixport-envelope", True) else "JSON"


def check_e8_places(node: Any, where: str = "") -> None:
    """e8 values only as object properties: matrixport._fast scales them by model attribute
    (`__matrixport_e8__`), and has no place to scale an e8 array item or a bare e8 `data`."""
    if isinstance(node, dict):
        items = node.get("items")
        if node.get("type") == "array" and isinstance(items, dict) and items.get("format") == "e8":
            raise ValueError(f"{where}: an array of e8 values; teach matrixport._fast to scale them first")
        for key, value in node.items():
            check_e8_places(value, f"{where}/{key}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            check_e8_places(value, f"{where}[{index}]")


def generator_input(bundle: dict[str, Any]) -> dict[str, Any]:
    check_e8_places(bundle)
    document = copy.deepcopy(bundle)
    orphans = _unreferenced(bundle)
    for _, _, item, operation in operations(document):
        for holder in (item, operation):
            if "parameters" in holder:
                holder["parameters"] = [
                    p
                    for p in holder["parameters"]
                    if not _resolve(document, p).get("x-matrixport-client-managed")
                ]
        operation["responses"] = {"200": operation["responses"]["200"]}
        media = operation["responses"]["200"].get("content", {}).get("application/json")
        if media is not None:
            media.pop("examples", None)
            if response_kind(document, operation) == "ENVELOPE":
                media["schema"] = _unwrap_envelope(media["schema"])
    _prune_components(document, keep=orphans)
    return document


def python_name(name: str) -> str:
    """A spec name (operationId, parameter, field) as openapi-python-client names it in Python."""
    return str(PythonIdentifier(name, prefix="field_"))


def tag_module(operation: dict[str, Any]) -> str:
    """The `api/<tag>` package openapi-python-client puts an operation's module in."""
    return str(PythonIdentifier(operation.get("tags", ["default"])[0], prefix="tag"))


def response_data(bundle: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """The schema of an enveloped response's `data` (None for other responses)."""
    if response_kind(bundle, operation) != "ENVELOPE":
        return None
    return _unwrap_envelope(operation["responses"]["200"]["content"]["application/json"]["schema"])


def keyed_result(bundle: dict[str, Any], operation: dict[str, Any]) -> str | None:
    """How a write with an idempotency key hands its key back (spec/README.md, "Retry safety").

    "model": `data` is an object, whose model carries `idempotency_key` and `request_id`;
    "accepted": `data` is empty or a bare value, returned inside `Accepted`.
    """
    if not operation.get("x-matrixport-idempotency-key"):
        return None
    data = response_data(bundle, operation)
    if data is not None and _resolve(bundle, data).get("type") == "object" and "$ref" in data:
        return "model"
    return "accepted"


def keyed_models(bundle: dict[str, Any]) -> set[str]:
    """Class names of the models that keyed writes return (they get `idempotency_key`, `request_id`)."""
    names = set()
    for _, _, _, operation in operations(bundle):
        if keyed_result(bundle, operation) == "model":
            ref = response_data(bundle, operation)["$ref"]  # type: ignore[index]
            names.add(str(ClassName(ref.rsplit("/", 1)[-1], prefix="field_")))
    return names


def lookup_metadata(bundle: dict[str, Any], operation: dict[str, Any]) -> dict[str, Any] | None:
    """`x-matrixport-lookup` in Python names, with the module of the lookup operation."""
    lookup = operation.get("x-matrixport-lookup")
    if lookup is None:
        return None
    if keyed_result(bundle, operation) is None:
        raise ValueError(f"{operation['operationId']}: x-matrixport-lookup needs an idempotency key")
    by_id = {op["operationId"]: op for _, _, _, op in operations(bundle)}
    target = by_id[lookup["operation"]]
    return {
        "module": f"..{tag_module(target)}.{python_name(target['operationId'])}",
        "alias": f"_lookup_{python_name(target['operationId'])}",
        "key_parameter": python_name(lookup["key_parameter"]) if "key_parameter" in lookup else None,
        "match": python_name(lookup["match"]) if "match" in lookup else None,
        "arguments": {python_name(k): python_name(v) for k, v in lookup.get("arguments", {}).items()},
        # Where `data` is empty, a confirmed write's own answer is known: `Accepted` with the key.
        "confirms_result": (response_data(bundle, operation) or {}).get("type") == "null",
    }


def operation_metadata(bundle: dict[str, Any], document: str) -> dict[str, dict[str, Any]]:
    """The facts the templates need about each operation, keyed by its Python name."""
    root_security = bundle.get("security", [])
    by_id = {op["operationId"]: op for _, _, _, op in operations(bundle)}
    result = {}
    for path, method, item, operation in operations(bundle):
        kind = response_kind(bundle, operation)
        result_operation = operation.get("x-matrixport-result-operation")
        if result_operation is not None and result_operation not in by_id:
            raise ValueError(f"{operation['operationId']}: no result operation {result_operation}")
        result[python_name(operation["operationId"])] = {
            "operation_id": operation["operationId"],
            "method": method.upper(),
            "path": path,
            "signed": bool(operation.get("security", root_security)),
            "response_kind": kind,
            "idempotency_key": operation.get("x-matrixport-idempotency-key"),
            "side_effects": operation.get("x-matrixport-side-effects", method != "get"),
            "result_operation": result_operation,
            "check_with": f"{package_name(document)}.{python_name(result_operation)}"
            if result_operation
            else None,
            "keyed_result": keyed_result(bundle, operation),
            "lookup": lookup_metadata(bundle, operation),
            "parameter_descriptions": {
                parameter["name"]: parameter.get("description", "")
                for parameter in (
                    _resolve(bundle, p)
                    for p in [*item.get("parameters", []), *operation.get("parameters", [])]
                )
            },
            "argument_limits": argument_limits(bundle, item, operation),
            "pagination": _python_names(operation.get("x-matrixport-pagination"), PAGINATION_FIELDS),
            "outcome": operation.get("x-matrixport-outcome"),
        }
    return result


LIMIT_KEYWORDS = {
    "minimum": "minimum",
    "maximum": "maximum",
    "exclusiveMinimum": "exclusive_minimum",
    "exclusiveMaximum": "exclusive_maximum",
    "minLength": "min_length",
    "maxLength": "max_length",
    "pattern": "pattern",
    "minItems": "min_items",
    "maxItems": "max_items",
}
NUMBER_LIMITS = ("minimum", "maximum", "exclusive_minimum", "exclusive_maximum")
# Pagination keys naming response fields (read as attributes, so Python names); the others name
# request parameters (wire names).
PAGINATION_FIELDS = ("items", "total", "next", "unique")


def _python_names(extension: dict[str, Any] | None, fields: tuple[str, ...]) -> dict[str, Any] | None:
    if extension is None:
        return None

    def python(name: str) -> str:
        return str(PythonIdentifier(name, prefix="field_"))

    def convert(key: str, value: Any) -> Any:
        if key not in fields:
            return value
        return [python(v) for v in value] if isinstance(value, list) else python(value)

    return {key: convert(key, value) for key, value in extension.items()}


def argument_limits(
    bundle: dict[str, Any], item: dict[str, Any], operation: dict[str, Any]
) -> dict[str, dict[str, str]]:
    """The spec's limits of each parameter and top-level body field, as `Argument(...)` keywords (code)."""
    schemas: dict[str, dict[str, Any]] = {}
    for parameter in (
        _resolve(bundle, p) for p in [*item.get("parameters", []), *operation.get("parameters", [])]
    ):
        if parameter.get("in") in ("query", "path") and not parameter.get("x-matrixport-client-managed"):
            schemas[parameter["name"]] = _resolve(bundle, parameter.get("schema", {}))
    body = operation.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")
    if body:
        for name, schema in _resolve(bundle, body).get("properties", {}).items():
            schemas[name] = _resolve(bundle, schema)
    return {
        name: {
            keyword: (
                f'Decimal("{schema[spec_keyword]}")'
                if keyword in NUMBER_LIMITS
                else repr(schema[spec_keyword])
            )
            for spec_keyword, keyword in LIMIT_KEYWORDS.items()
            if spec_keyword in schema
        }
        for name, schema in sorted(schemas.items())
    }


def argument_kind(prop: Any) -> str:
    """The Python type an argument's value must have (`matrixport._arguments.Argument.kind`), as code."""
    kind = type(prop).__name__
    simple = {
        "StringProperty": "str",
        "IntProperty": "int",
        "BooleanProperty": "bool",
        "DecimalProperty": "Decimal",
    }
    if kind in simple:
        return simple[kind]
    if kind in ("EnumProperty", "ModelProperty"):
        return str(prop.class_info.name)
    if kind == "ListProperty":
        return "list"
    raise ValueError(f"no argument check for {kind} ({prop.name}): add one to argument_kind")


# --- Running the generator -------------------------------------------------------------------------


def _list_item(endpoint: Any, field_name: str) -> Any:
    """The element property of the response's list field `field_name` (a paginator's items)."""
    model = endpoint.responses.patterns[0].prop
    for prop in [*model.required_properties, *model.optional_properties]:
        if prop.python_name == field_name:
            return prop.inner_property
    raise ValueError(f"{endpoint.name}: x-matrixport-pagination names no list field {field_name!r}")


def _list_item_type(endpoint: Any, field_name: str) -> str:
    return str(_list_item(endpoint, field_name).get_type_string(no_optional=True).as_unembedded_code())


def _list_item_imports(endpoint: Any, field_name: str) -> list[str]:
    item = _list_item(endpoint, field_name)
    return sorted(item.get_imports(prefix=".") | item.get_lazy_imports(prefix="."))


def _body_properties(endpoint: Any) -> list[Any]:
    """The JSON body's fields, which the facade takes as keyword arguments."""
    if not endpoint.bodies:
        return []
    model = endpoint.bodies[0].prop
    return [*model.required_properties, *model.optional_properties]


def package_name(document_name: str) -> str:
    return document_name.replace("-", "_")


def facade_name(title: str) -> str:
    words = title.replace("Matrixport", "").replace("API", "").replace("+", " Plus").replace("-", " ").split()
    return "".join(word[:1].upper() + word[1:] for word in words)


def generate_document(bundle_path: Path, out_dir: Path, config_file: ConfigFile) -> None:
    name = bundle_path.stem
    bundle = json.loads(bundle_path.read_text(encoding="utf-8"))
    config = Config.from_sources(
        config_file,
        meta_type=MetaType.NONE,
        document_source=bundle_path,
        file_encoding="utf-8",
        overwrite=True,
        output_path=out_dir / package_name(name),
    )
    # Descriptions name Python methods (`client.prime_broker.list_loan_bills`), not operationIds.
    bundle = for_python(bundle, name)
    openapi = GeneratorData.from_dict(generator_input(bundle), config=config)
    if not isinstance(openapi, GeneratorData):
        sys.exit(f"{name}: {openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=TEMPLATES)
    project.env.filters["wrap_markdown"] = wrap_markdown
    project.env.globals.update(
        document_name=name,
        document_title=bundle["info"]["title"],
        document_description=bundle["info"].get("description", ""),
        facade_name=facade_name(bundle["info"]["title"]),
        operations=operation_metadata(bundle, name),
        keyed_models=keyed_models(bundle),
        error_codes=bundle.get("x-matrixport-error-codes", []),
        as_required=lambda prop: evolve(prop, required=True),
        body_properties=_body_properties,
        list_item_type=_list_item_type,
        list_item_imports=_list_item_imports,
        argument_kind=argument_kind,
        repr=repr,
        tuple=tuple,
    )
    errors = project.build()
    if errors:
        for error in errors:
            print(f"{name}: {error.level.name}: {error.header}\n{error.detail or ''}", file=sys.stderr)
        sys.exit(
            f"{name}: generation reported {len(errors)} problem(s) (run with --fail-on-warning semantics)"
        )


def generate_error_sets(out_dir: Path, config_file: ConfigFile) -> None:
    """`_error_sets.py`: the error classes of the tables several documents share (spec/shared.yaml)."""
    import yaml
    from jinja2 import Environment, FileSystemLoader

    shared = yaml.safe_load((ROOT / "spec" / "shared.yaml").read_text(encoding="utf-8"))
    env = Environment(
        loader=FileSystemLoader(TEMPLATES), trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True
    )
    text = env.get_template("error_sets.py.jinja").render(sets=shared.get("x-matrixport-error-code-sets", {}))
    (out_dir / "_error_sets.py").write_text(text, encoding="utf-8")


def format_python(directory: Path) -> None:
    """Formatting independent of any ruff configuration in the tree, so output only depends on the pins."""
    import subprocess

    ruff = [sys.executable, "-m", "ruff"]
    options = ["--isolated", "--line-length", "120", "--target-version", "py310"]
    subprocess.run(
        [*ruff, "check", *options, "--fix-only", "--select", "I,F401,UP", "--quiet", str(directory)],
        check=False,
    )
    result = subprocess.run(
        [*ruff, "format", *options, str(directory)], capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"generated code does not parse:\n{result.stdout}{result.stderr}")


def generate(bundle_dir: Path, out_dir: Path) -> None:
    install_decimal_support()
    config_file = ConfigFile.load_from_path(CODEGEN / "config.yaml")
    with tempfile.TemporaryDirectory() as tmp:
        staging = Path(tmp)
        for bundle_path in sorted(bundle_dir.glob("*.json")):
            generate_document(bundle_path, staging, config_file)
        generate_error_sets(staging, config_file)
        specs = staging / "_specs"  # the sandbox serves these (matrixport._specs)
        specs.mkdir()
        for bundle_path in sorted(bundle_dir.glob("*.json")):
            shutil.copyfile(bundle_path, specs / bundle_path.name)
        out_dir.mkdir(parents=True, exist_ok=True)
        format_python(staging)
        for old in out_dir.iterdir():
            shutil.rmtree(old) if old.is_dir() else old.unlink()
        for new in sorted(staging.iterdir()):
            shutil.move(str(new), out_dir / new.name)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--bundles", type=Path, default=ROOT / "build" / "spec")
    parser.add_argument("--out", type=Path, default=ROOT / "generated")
    args = parser.parse_args()
    generate(args.bundles, args.out)


if __name__ == "__main__":
    main()

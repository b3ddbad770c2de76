"""What the client costs, side by side with the alternatives, in one run (`make bench`).

Contenders are measured in alternation (round after round, in shuffled order), so drift in
the machine's speed affects them equally; each figure is the median over the rounds. The
script prints a table and writes it as JSON; it never fails on a figure.

Usage: python bench/run.py [--quick] [--json PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import hashlib
import hmac
import json
import os
import platform
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import uuid
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
import matrixport
import requests
from matrixport import AsyncMatrixport, Matrixport, MatrixportAuth, sign
from matrixport._convert import json_dumps

ROOT = Path(__file__).resolve().parent.parent
SECRET = "sandbox-secret-key"
ACCESS = "sandbox-access-key"
SPECS = ROOT / "generated" / "_specs"


# --- helpers ---------------------------------------------------------------------------------------


def alternate(contenders: dict[str, Callable[[], Any]], rounds: int, per_round: int) -> dict[str, float]:
    """Median seconds per call of each contender, measured in shuffled alternation."""
    samples: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for _ in range(rounds):
        random.shuffle(names)
        for name in names:
            call = contenders[name]
            gc.collect()
            start = time.perf_counter()
            for _ in range(per_round):
                call()
            samples[name].append((time.perf_counter() - start) / per_round)
    return {name: statistics.median(values) for name, values in samples.items()}


def example(document: str, path: str, method: str = "get") -> dict[str, Any]:
    spec = json.loads((SPECS / f"{document}.json").read_text(encoding="utf-8"))
    media = spec["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    value: dict[str, Any] = next(iter(media["examples"].values()))["value"]
    return value


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class Sandbox:
    """`matrixport-sandbox` in its own process, as a user starts it, so the client has a core to itself."""

    def __init__(self, *options: str) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "matrixport.sandbox", "--port", str(self.port), *options]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                httpx.get(f"{self.url}/__sandbox/ledger", timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        raise SystemExit("the sandbox did not start")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


def same_headers() -> dict[str, str]:
    """What Matrixport sends besides the signature: a fresh x-request-id and the language, so every
    contender puts the same request on the wire and only the client's own cost differs."""
    return {"x-request-id": str(uuid.uuid4()), "language-type": "1"}


def demo_sign(data: dict[str, Any], api_path: str) -> str:
    """The documents' demo (prime-broker.txt), verbatim but for the secret."""
    s = [api_path]
    ss = [f"{j}={k}" for j, k in sorted(data.items())]
    s.extend(ss)
    str_to_sign = "&".join(s)
    return (
        hmac.new(SECRET.encode("utf-8"), str_to_sign.encode("UTF-8"), digestmod=hashlib.sha256)
        .hexdigest()
        .upper()
    )


def plain_sign(path: str, params: dict[str, Any]) -> str:
    """A plain implementation of the documented algorithm, nested values included."""

    def encode(value: Any) -> str:
        if isinstance(value, bool):
            return "true" if value else "false"
        if isinstance(value, dict):
            return "&".join(f"{k}={encode(v)}" for k, v in sorted(value.items()))
        if isinstance(value, list):
            return "[" + "&".join(encode(v) for v in value) + "]"
        return str(value)

    text = path + "&" + "&".join(f"{k}={encode(v)}" for k, v in sorted(params.items()) if v is not None)
    return hmac.new(SECRET.encode(), text.encode(), hashlib.sha256).hexdigest().upper()


# --- the measurements ------------------------------------------------------------------------------


def bench_signing(rounds: int, per_round: int) -> list[dict[str, Any]]:
    get_path = "/fixed-income/api/v2/orders"
    get_params = {"currency": "USDT", "offset": 0, "limit": 10, "order_status": 4, "timestamp": 1700000000000}
    post_path = "/credit/agency/v1/order/leading_account"
    post_params = {
        "order_id": "7049660130677260288",
        "lending_accounts": [
            {"account_id": "888_binance_1", "amount": "100.1"},
            {"account_id": "888_okx_1", "amount": "5"},
        ],
        "timestamp": 1700000000000,
    }
    assert sign(SECRET, post_path, post_params.items()) == plain_sign(post_path, post_params)
    rows = []
    for case, path, params in (
        ("GET, 5 parameters", get_path, get_params),
        ("POST Set Lending Account", post_path, post_params),
    ):
        medians = alternate(
            {
                "matrixport.sign": lambda p=path, q=params: sign(SECRET, p, q.items()),
                "plain implementation": lambda p=path, q=params: plain_sign(p, q),
            },
            rounds,
            per_round,
        )
        rows.append(row(f"1. signing: {case}", medians, "matrixport.sign", "plain implementation", "µs"))
    return rows


def bench_overhead(rounds: int, per_round: int) -> dict[str, Any]:
    body = json_dumps(example("balance-plus", "/flexible/api/v2/deposit-redeem/currency/detail"))

    def respond(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, content=body, headers={"content-type": "application/json"})

    transport = httpx.MockTransport(respond)
    client = Matrixport(
        ACCESS, SECRET, "http://mock", http_client=httpx.Client(base_url="http://mock", transport=transport)
    )
    raw = httpx.Client(base_url="http://mock", transport=transport, auth=MatrixportAuth(ACCESS, SECRET))
    params = {"currency": "BTC", "product_type": "flexi_saving", "subject_type": "flexi_saving"}
    medians = alternate(
        {
            "Matrixport (typed result)": lambda: client.balance_plus.get_currency_detail(currency="BTC"),
            "httpx + MatrixportAuth + json.loads": lambda: json.loads(
                raw.get(
                    "/flexible/api/v2/deposit-redeem/currency/detail", params=params, headers=same_headers()
                ).content
            ),
        },
        rounds,
        per_round,
    )
    return row(
        "2. overhead, no network (MockTransport)",
        medians,
        "Matrixport (typed result)",
        "httpx + MatrixportAuth + json.loads",
        "µs",
    )


def bench_round_trips(sandbox: Sandbox, rounds: int, per_round: int) -> dict[str, Any]:
    path = "/flexible/api/v2/deposit-redeem/currency/detail"
    params = {"currency": "BTC", "product_type": "flexi_saving", "subject_type": "flexi_saving"}
    client = Matrixport(ACCESS, SECRET, sandbox.url)
    raw = httpx.Client(base_url=sandbox.url, auth=MatrixportAuth(ACCESS, SECRET))

    def demo_style() -> Any:
        data: dict[str, Any] = {**params, "timestamp": int(round(time.time() * 1000))}  # noqa: RUF046 - as the demo
        signature = demo_sign(data, path)
        data["signature"] = signature
        headers = {
            "X-MatrixPort-Access-Key": ACCESS,
            "X-MatrixPort-Access-Signature": signature,
            **same_headers(),
        }
        return json.loads(requests.get(sandbox.url + path, params=data, headers=headers).text)

    medians = alternate(
        {
            "Matrixport": lambda: client.balance_plus.get_currency_detail(currency="BTC"),
            "httpx + MatrixportAuth": lambda: json.loads(
                raw.get(path, params=params, headers=same_headers()).content
            ),
            "requests + demo sign": demo_style,
        },
        rounds,
        per_round,
    )
    result = row(
        "3. round trip to the sandbox, sequential", medians, "Matrixport", "httpx + MatrixportAuth", "ms"
    )
    result["vs_demo"] = medians["Matrixport"] / medians["requests + demo sign"]
    return result


def bench_concurrency(sandbox: Sandbox, calls: int, rounds: int) -> dict[str, Any]:
    """`calls` calls in flight at once: one AsyncMatrixport (its limit on calls in flight set to
    `calls`) against raw httpx + MatrixportAuth behind a semaphore of the same size."""
    path = "/flexible/api/v2/user/asset/summary"
    limits = httpx.Limits(max_connections=calls, max_keepalive_connections=calls)
    refused: dict[str, int] = {"AsyncMatrixport": 0, "httpx.AsyncClient + MatrixportAuth": 0}

    async def ours() -> None:
        async with AsyncMatrixport(ACCESS, SECRET, sandbox.url, max_in_flight=calls, max_retries=0) as client:
            results = await asyncio.gather(
                *(client.balance_plus.get_total_position() for _ in range(calls)), return_exceptions=True
            )
        refused["AsyncMatrixport"] += sum(isinstance(r, BaseException) for r in results)

    async def raw() -> None:
        auth = MatrixportAuth(ACCESS, SECRET)
        async with httpx.AsyncClient(base_url=sandbox.url, limits=limits, timeout=30, auth=auth) as http:
            gate = asyncio.Semaphore(calls)

            async def one() -> int:
                async with gate:
                    body = json.loads((await http.get(path, headers=same_headers())).content)
                    return int(body["code"])

            codes = await asyncio.gather(*(one() for _ in range(calls)))
        refused["httpx.AsyncClient + MatrixportAuth"] += sum(code != 0 for code in codes)

    medians = alternate(
        {
            "AsyncMatrixport": lambda: asyncio.run(ours()),
            "httpx.AsyncClient + MatrixportAuth": lambda: asyncio.run(raw()),
        },
        rounds,
        1,
    )
    result = row(
        f"4. {calls} calls in flight (s per batch)",
        medians,
        "AsyncMatrixport",
        "httpx.AsyncClient + MatrixportAuth",
        "ms",
    )
    result["throughput_per_s"] = {name: calls / seconds for name, seconds in medians.items()}
    result["failed_calls"] = refused
    return result


def order_list_body(items: int) -> bytes:
    documented = example("fixed-income", "/fixed-income/api/v2/orders")
    template = documented["data"]["items"][0]
    rows = [{**template, "id": str(6820608333133701120 + n)} for n in range(items)]
    return json_dumps({**documented, "data": {**documented["data"], "count": items, "items": rows}})


def bench_decoding(items: int, rounds: int) -> list[dict[str, Any]]:
    """Decoding a page of `items` Fixed-Income orders: the client's whole read path (envelope, typed
    models, exact Decimals) beside pydantic and msgspec models generated from the same bundled spec
    by datamodel-code-generator, and `json.loads` alone; then the same page with one field missing
    in every order, which the tolerant reader reads field by field."""
    sys.path.insert(0, str(ROOT / "codegen"))
    import contract_models
    import msgspec
    from matrixport._envelope import read_result
    from matrixport._flow import Received
    from matrixport._operation import CallContext
    from matrixport.fixed_income.api.fixed_income_api import list_orders
    from pydantic import BaseModel, create_model

    body = order_list_body(items)
    received = Received(200, httpx.Headers({"content-type": "application/json"}), body)
    broken = json_dumps(
        {**json.loads(body), "data": {"count": items, "items": [
            {k: v for k, v in row.items() if k != "payback_dec"} for row in json.loads(body)["data"]["items"]
        ]}}
    )  # fmt: skip
    received_broken = Received(200, received.headers, broken)
    context = CallContext("bench")
    with tempfile.TemporaryDirectory() as tmp:
        contract_models.generate(SPECS, Path(tmp) / "p", only=["fixed-income"])
        contract_models.generate(SPECS, Path(tmp) / "m", only=["fixed-income"], model_type="msgspec.Struct")
        sys.path.insert(0, str(Path(tmp) / "p"))
        import fixed_income as contract  # the strict pydantic models of the same spec

        sys.path[0] = str(Path(tmp) / "m")
        del sys.modules["fixed_income"]
        import fixed_income as structs  # the msgspec Structs of the same spec

        envelope: type[BaseModel] = create_model(
            "Envelope", code=(int, ...), message=(str, ...), data=(contract.OrderList, ...)
        )
        struct_envelope = msgspec.defstruct(
            "Envelope", [("code", int), ("message", str), ("data", structs.OrderList)]
        )
        struct_decoder = msgspec.json.Decoder(struct_envelope)
    ours = "matrixport (attrs + Decimal)"
    contenders: dict[str, Callable[[], Any]] = {
        ours: lambda: read_result(list_orders.OPERATION, received, context),
        "msgspec Structs (datamodel-code-generator)": lambda: struct_decoder.decode(body),
        "pydantic v2 (datamodel-code-generator)": lambda: envelope.model_validate_json(body),
        "json.loads (floor)": lambda: json.loads(body),
    }
    parsed = contenders[ours]()
    assert len(parsed.items) == items and isinstance(parsed.items[0].amount_dec, Decimal)
    medians = alternate(contenders, rounds, 1)
    peaks = {name: peak_mib(call) for name, call in contenders.items()}
    result = row(
        f"5. decoding {items} Fixed-Income orders",
        medians,
        ours,
        "pydantic v2 (datamodel-code-generator)",
        "ms",
    )
    result["vs_msgspec"] = medians[ours] / medians["msgspec Structs (datamodel-code-generator)"]
    result["vs_json_loads"] = medians[ours] / medians["json.loads (floor)"]
    result["peak_mib"] = peaks
    tolerant = "matrixport, one field missing in every order"
    slow = alternate(
        {
            tolerant: lambda: read_result(list_orders.OPERATION, received_broken, context),
            ours: contenders[ours],
        },
        rounds,
        1,
    )
    tolerant_row = row("5b. the same, one field missing in each", slow, tolerant, ours, "ms")
    tolerant_row["peak_mib"] = {
        tolerant: peak_mib(lambda: read_result(list_orders.OPERATION, received_broken, context))
    }
    return [result, tolerant_row]


def peak_mib(call: Callable[[], Any]) -> float:
    """The most memory `call` holds at once (tracemalloc), in MiB."""
    gc.collect()
    tracemalloc.start()
    call()
    peak = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    return peak


def import_ms(module: str, runs: int) -> float:
    samples = []
    for _ in range(runs):
        output = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", f"import {module}"],
            capture_output=True,
            text=True,
            check=True,
        ).stderr
        match = re.search(rf"\|\s+(\d+) \| {re.escape(module)}$", output, re.MULTILINE)
        samples.append(int(match.group(1)) / 1000 if match else float("nan"))
    return statistics.median(samples)


def bench_import_and_generate(runs: int) -> dict[str, Any]:
    ours, httpx_only = [], []
    for _ in range(runs):
        ours.append(import_ms("matrixport", 1))
        httpx_only.append(import_ms("httpx", 1))
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run(
            [
                sys.executable,
                str(ROOT / "codegen" / "generate.py"),
                "--bundles",
                str(ROOT / "build" / "spec"),
                "--out",
                tmp,
            ],
            check=True,
            capture_output=True,
        )
    generate_s = time.perf_counter() - start
    return {
        "name": "6. import time and generation",
        "unit": "ms",
        "medians": {
            "import matrixport": statistics.median(ours),
            "import httpx": statistics.median(httpx_only),
        },
        "added_ms": statistics.median(ours) - statistics.median(httpx_only),
        "generate_s": generate_s,
    }


def row(name: str, medians: dict[str, float], ours: str, reference: str, unit: str) -> dict[str, Any]:
    return {"name": name, "unit": unit, "medians": medians, "ratio": medians[ours] / medians[reference]}


# --- report ----------------------------------------------------------------------------------------

SCALE = {"µs": 1e6, "ms": 1e3}


def report(results: list[dict[str, Any]]) -> str:
    lines = ["| measurement | contender | median | ratio |", "|---|---|---|---|"]
    for result in results:
        unit = result["unit"]
        for index, (name, value) in enumerate(result["medians"].items()):
            shown = value if result["name"].startswith("6.") else value * SCALE[unit]
            ratio = f"{result['ratio']:.2f}x" if index == 0 and "ratio" in result else ""
            lines.append(
                f"| {result['name'] if index == 0 else ''} | {name} | {shown:,.1f} {unit} | {ratio} |"
            )
        extras = []
        if "vs_demo" in result:
            extras.append(f"vs requests + demo sign: {result['vs_demo']:.2f}x")
        if "throughput_per_s" in result:
            extras.append(
                "throughput: " + ", ".join(f"{k} {v:,.0f}/s" for k, v in result["throughput_per_s"].items())
            )
        if "failed_calls" in result:
            extras.append(
                "failed calls (stale signatures): "
                + ", ".join(f"{k} {v}" for k, v in result["failed_calls"].items())
            )
        if "vs_msgspec" in result:
            extras.append(f"vs msgspec: {result['vs_msgspec']:.2f}x")
        if "vs_json_loads" in result:
            extras.append(f"vs json.loads: {result['vs_json_loads']:.2f}x")
        if "peak_mib" in result:
            extras.append(
                "peak memory: " + ", ".join(f"{k} {v:.1f} MiB" for k, v in result["peak_mib"].items())
            )
        if "added_ms" in result:
            extras.append(
                f"import adds {result['added_ms']:.1f} ms over httpx; "
                f"`make generate` {result['generate_s']:.1f} s"
            )
        lines += [f"| | {extra} | | |" for extra in extras]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="tiny sizes: proves the script runs (make test)")
    parser.add_argument("--json", type=Path, default=ROOT / "bench" / "results.json")
    args = parser.parse_args()
    quick = args.quick
    rounds = 3 if quick else 15
    results: list[dict[str, Any]] = []
    results += bench_signing(rounds, 20 if quick else 2000)
    results.append(bench_overhead(rounds, 10 if quick else 500))
    sandbox = Sandbox()  # its defaults: one process, requests validated, a 5 s timestamp window
    try:
        results.append(bench_round_trips(sandbox, rounds, 5 if quick else 100))
        results.append(bench_concurrency(sandbox, 40 if quick else 1000, 2 if quick else 5))
    finally:
        sandbox.close()
    results += bench_decoding(100 if quick else 10_000, rounds)
    results.append(bench_import_and_generate(2 if quick else 9))
    table = report(results)
    python = f"{platform.python_implementation()} {platform.python_version()}"
    machine = f"{python}, {platform.machine()}, {os.cpu_count()} cores"
    print(
        f"matrixport {matrixport.__version__} on {machine}"
        + (" (quick: tiny sizes, figures meaningless)" if quick else "")
        + "\n"
    )
    print(table)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(
        json.dumps({"machine": machine, "quick": quick, "results": results}, indent=2) + "\n"
    )


if __name__ == "__main__":
    main()

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
from matrixport._flow import Received
from matrixport._operation import CallContext

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
    """The sandbox in its own processes, so the client under test has a core to itself."""

    def __init__(self, workers: int, validate: bool = True, window_ms: int = 5_000) -> None:
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        command = [
            sys.executable,
            "-m",
            "matrixport.sandbox",
            "--port",
            str(self.port),
            "--workers",
            str(workers),
        ]
        command += ["--timestamp-window-ms", str(window_ms)] + ([] if validate else ["--no-validation"])
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


def bench_concurrency(sandbox: Sandbox, calls: int, in_flight: int, rounds: int) -> dict[str, Any]:
    path = "/flexible/api/v2/user/asset/summary"
    limits = httpx.Limits(max_connections=in_flight, max_keepalive_connections=in_flight)

    async def ours() -> None:
        http = httpx.AsyncClient(base_url=sandbox.url, limits=limits, timeout=30)
        async with AsyncMatrixport(ACCESS, SECRET, sandbox.url, http_client=http) as client:
            gate = asyncio.Semaphore(in_flight)

            async def one() -> Any:
                async with gate:
                    return await client.balance_plus.get_total_position()

            await asyncio.gather(*(one() for _ in range(calls)))

    async def raw() -> None:
        async with httpx.AsyncClient(
            base_url=sandbox.url, limits=limits, timeout=30, auth=MatrixportAuth(ACCESS, SECRET)
        ) as http:
            gate = asyncio.Semaphore(in_flight)

            async def one() -> Any:
                async with gate:
                    body = json.loads((await http.get(path, headers=same_headers())).content)
                    assert body["code"] == 0, body  # a fair race: the raw client must succeed too
                    return body

            await asyncio.gather(*(one() for _ in range(calls)))

    medians = alternate(
        {
            "AsyncMatrixport": lambda: asyncio.run(ours()),
            "httpx.AsyncClient + MatrixportAuth": lambda: asyncio.run(raw()),
        },
        rounds,
        1,
    )
    result = row(
        f"4. {calls} calls, {in_flight} in flight (s per batch)",
        medians,
        "AsyncMatrixport",
        "httpx.AsyncClient + MatrixportAuth",
        "ms",
    )
    result["throughput_per_s"] = {name: calls / seconds for name, seconds in medians.items()}
    return result


def order_list_body(items: int) -> bytes:
    documented = example("fixed-income", "/fixed-income/api/v2/orders")
    template = documented["data"]["items"][0]
    rows = [{**template, "id": str(6820608333133701120 + n)} for n in range(items)]
    return json_dumps({**documented, "data": {**documented["data"], "count": items, "items": rows}})


def bench_decoding(items: int, rounds: int) -> dict[str, Any]:
    sys.path.insert(0, str(ROOT / "codegen"))
    import contract_models
    from matrixport.fixed_income.api.fixed_income_api import list_orders
    from pydantic import BaseModel, create_model

    body = order_list_body(items)
    client = Matrixport(ACCESS, SECRET, "http://unused")
    response = httpx.Response(200, content=body)
    with tempfile.TemporaryDirectory() as tmp:
        contract_models.generate(SPECS, Path(tmp), only=["fixed-income"])
        sys.path.insert(0, tmp)
        import fixed_income as contract  # the strict pydantic models of the same spec

        envelope: type[BaseModel] = create_model(
            "Envelope", code=(int, ...), message=(str, ...), data=(contract.OrderList, ...)
        )
    contenders: dict[str, Callable[[], Any]] = {
        "matrixport (attrs + Decimal)": lambda: client.result(
            list_orders.OPERATION, Received(200, response.headers, body), CallContext("bench")
        ),
        "json.loads (floor)": lambda: json.loads(body),
        "pydantic v2 (datamodel-code-generator)": lambda: envelope.model_validate_json(body),
    }
    parsed = contenders["matrixport (attrs + Decimal)"]()
    assert len(parsed.items) == items and isinstance(parsed.items[0].amount_dec, Decimal)
    medians = alternate(contenders, rounds, 1)
    peaks = {}
    for name, call in contenders.items():
        gc.collect()
        tracemalloc.start()
        call()
        peaks[name] = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
    result = row(
        f"5. decoding {items} Fixed-Income orders",
        medians,
        "matrixport (attrs + Decimal)",
        "pydantic v2 (datamodel-code-generator)",
        "ms",
    )
    result["vs_json_loads"] = medians["matrixport (attrs + Decimal)"] / medians["json.loads (floor)"]
    result["peak_mib"] = peaks
    return result


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
        if "vs_json_loads" in result:
            extras.append(f"vs json.loads: {result['vs_json_loads']:.2f}x")
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
    sandbox = Sandbox(workers=1)
    try:
        results.append(bench_round_trips(sandbox, rounds, 5 if quick else 100))
    finally:
        sandbox.close()
    # The concurrency race needs a server that keeps up with one asyncio process on 2 cores: one
    # worker (two starve the client of CPU), no openapi-core validation (~1.5 ms of CPU a request),
    # and a 60 s timestamp window: with 100 connections the loopback server queues some requests
    # for over 5 s, which would fail both contenders alike. Signatures are still checked.
    sandbox = Sandbox(workers=1, validate=False, window_ms=60_000)
    try:
        results.append(
            bench_concurrency(sandbox, 40 if quick else 2000, 10 if quick else 100, 2 if quick else 5)
        )
    finally:
        sandbox.close()
    results.append(bench_decoding(100 if quick else 10_000, rounds))
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

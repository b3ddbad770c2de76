"""The control endpoints, `/__sandbox/...`: the clock, faults, keys, balances, the ledger, reset.

They are not part of Matrixport's API and are never signed. A request from loopback (or
through the in-process transports) may use them; any other peer must send the sandbox's admin
token (printed when `matrixport-sandbox` starts) as `Authorization: Bearer <token>`. A
malformed request gets HTTP 400 with a message.

    GET  /__sandbox                       what is here
    GET  /__sandbox/clock                 {"now_ms", "speed"}
    POST /__sandbox/clock                 {"advance_seconds": 86400} and/or {"speed": 60}
    GET  /__sandbox/faults                the fault settings
    POST /__sandbox/faults                {"rate", "kinds", "delay", "seed", "sequence", "operations"}
    DELETE /__sandbox/faults              no more faults
    GET  /__sandbox/keys                  the customers: access key and user id (never a secret)
    POST /__sandbox/keys                  a new customer: {"access_key"?, "secret_key"?,
                                          "balances"?: {"BTC": "1"}}
    GET  /__sandbox/balances?access_key=  every balance of one customer
    GET  /__sandbox/ledger                ?document= &operation= &access_key= &key=
    POST /__sandbox/reset                 a fresh state (the configured keys again)
"""

from __future__ import annotations

import hmac
import ipaddress
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import _json
from .faults import Faults

if TYPE_CHECKING:
    from .core import SandboxCore, SandboxRequest, SandboxResponse


class BadRequest(Exception):
    pass


def is_loopback(peer: str | None) -> bool:
    from .core import IN_PROCESS

    if peer == IN_PROCESS:
        return True
    if not peer:
        return False
    try:
        return ipaddress.ip_address(peer.strip("[]")).is_loopback
    except ValueError:
        return False


class Control:
    def __init__(self, core: SandboxCore) -> None:
        self.core = core
        self._routes: dict[tuple[str, str], Callable[[SandboxRequest], Any]] = {
            ("GET", "/__sandbox"): self.index,
            ("GET", "/__sandbox/clock"): self.get_clock,
            ("POST", "/__sandbox/clock"): self.set_clock,
            ("GET", "/__sandbox/faults"): self.get_faults,
            ("POST", "/__sandbox/faults"): self.set_faults,
            ("DELETE", "/__sandbox/faults"): self.clear_faults,
            ("GET", "/__sandbox/keys"): self.get_keys,
            ("POST", "/__sandbox/keys"): self.add_key,
            ("GET", "/__sandbox/balances"): self.get_balances,
            ("GET", "/__sandbox/ledger"): self.get_ledger,
            ("POST", "/__sandbox/reset"): self.reset,
        }

    def handle(self, request: SandboxRequest) -> SandboxResponse:
        from .core import json_response

        if not self._allowed(request):
            return json_response(
                {
                    "error": "control endpoints answer loopback only, or a request with the sandbox's admin "
                    "token (Authorization: Bearer <token>, printed when the sandbox starts)"
                },
                403,
            )
        route = self._routes.get((request.method, request.path.rstrip("/")))
        if route is None:
            paths = {path for _, path in self._routes}
            status = 405 if request.path.rstrip("/") in paths else 404
            return json_response({"error": f"no control endpoint {request.method} {request.path}"}, status)
        try:
            return json_response(route(request))
        except BadRequest as error:
            return json_response({"error": str(error)}, 400)

    def _allowed(self, request: SandboxRequest) -> bool:
        if is_loopback(request.client):
            return True
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        return scheme.lower() == "bearer" and hmac.compare_digest(
            token.strip().encode(), self.core.admin_token.encode()
        )

    @staticmethod
    def _body(request: SandboxRequest) -> dict[str, Any]:
        if not request.body.strip():
            return {}
        try:
            decoded = _json.loads(request.body)
        except ValueError:
            raise BadRequest("the body is not JSON") from None
        if not isinstance(decoded, dict):
            raise BadRequest("expected a JSON object")
        return decoded

    def index(self, request: SandboxRequest) -> Any:
        lines = (line.strip() for line in (__doc__ or "").splitlines())
        return {"endpoints": [line for line in lines if line.split(" ", 1)[0] in ("GET", "POST", "DELETE")]}

    def get_clock(self, request: SandboxRequest) -> Any:
        return {"now_ms": self.core.clock.now_ms(), "speed": self.core.clock.speed}

    def set_clock(self, request: SandboxRequest) -> Any:
        body = self._body(request)
        unknown = set(body) - {"advance_seconds", "speed"}
        if unknown or not body:
            raise BadRequest('expected {"advance_seconds": <seconds>} and/or {"speed": <times real time>}')
        try:
            if "speed" in body:
                self.core.clock.set_speed(_number(body["speed"], "speed"))
            if "advance_seconds" in body:
                self.core.clock.advance(_number(body["advance_seconds"], "advance_seconds"))
        except ValueError as error:
            raise BadRequest(str(error)) from None
        now = self.core.clock.now_ms()
        self.core.world.tick(now)
        return {"now_ms": now, "speed": self.core.clock.speed}

    def get_faults(self, request: SandboxRequest) -> Any:
        return self.core.faults.describe()

    def set_faults(self, request: SandboxRequest) -> Any:
        try:
            self.core.faults = Faults.from_json(self._body(request))
        except ValueError as error:
            raise BadRequest(f"faults: {error}") from None
        return self.core.faults.describe()

    def clear_faults(self, request: SandboxRequest) -> Any:
        self.core.faults = Faults()
        return self.core.faults.describe()

    def get_keys(self, request: SandboxRequest) -> Any:
        return {
            "keys": [
                {"access_key": c.access_key, "user_id": c.user_id, "wallet": f"{c.user_id}.bal"}
                for c in self.core.store.customers()
            ]
        }

    def add_key(self, request: SandboxRequest) -> Any:
        body = self._body(request)
        unknown = set(body) - {"access_key", "secret_key", "balances"}
        if unknown:
            raise BadRequest(f"unknown fields {sorted(unknown)}: expected access_key, secret_key, balances")
        for name in ("access_key", "secret_key"):
            value = body.get(name)
            if value is not None and (
                not isinstance(value, str) or not value or not value.isprintable() or " " in value
            ):
                raise BadRequest(f"{name} must be a non-empty string without spaces")
        balances = body.get("balances")
        if balances is not None:
            if not isinstance(balances, dict):
                raise BadRequest('balances must be an object: {"BTC": "1.5", ...}')
            try:
                balances = {str(c): _json.dec(a) for c, a in balances.items()}
            except ValueError as error:
                raise BadRequest(f"balances: {error}") from None
            if any(amount < 0 for amount in balances.values()):
                raise BadRequest("balances cannot be negative")
        try:
            credentials = self.core.world.add_customer(
                body.get("access_key"), body.get("secret_key"), balances
            )
        except ValueError as error:
            raise BadRequest(str(error)) from None
        return {
            "access_key": credentials.access_key,
            "secret_key": credentials.secret_key,
            "user_id": credentials.user_id,
            "wallet": credentials.wallet,
        }

    def get_balances(self, request: SandboxRequest) -> Any:
        access_key = dict(request.query).get("access_key") or next(iter(self.core.configured_keys), "")
        customer = self.core.store.customer(access_key)
        if customer is None:
            raise BadRequest(f"no customer with access key {access_key!r}")
        with self.core.store.transaction():
            self.core.world.tick(self.core.clock.now_ms())
            rows = self.core.store.balances(customer.user_id)
        return {
            "user_id": customer.user_id,
            "balances": [
                {
                    "account": account,
                    "wallet_type": wallet,
                    "currency": currency,
                    "amount": _json.plain(amount),
                }
                for account, wallet, currency, amount in rows
            ],
        }

    def get_ledger(self, request: SandboxRequest) -> Any:
        query = dict(request.query)
        unknown = set(query) - {"document", "operation", "access_key", "key"}
        if unknown:
            raise BadRequest(f"unknown filters {sorted(unknown)}: document, operation, access_key, key")
        return self.core.ledger.as_json(**query)

    def reset(self, request: SandboxRequest) -> Any:
        self.core.reset()
        return {"ok": True}


def _number(value: Any, name: str) -> float:
    from decimal import Decimal

    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValueError(f"{name} must be a number, got {value!r}")
    return float(value)

"""An offline Matrixport API server for development, tests and demos (`pip install matrixport[sandbox]`).

It serves every operation of the bundled specs on loopback: checks the
signature and the timestamp window with configured test keys, validates the
parameters against the spec (openapi-core), and answers with the documented
example, or with the documented error envelope:

- 17002013 unknown access key, 17002001 missing or malformed signing parameters
  or parameters the spec rejects, 17002010 wrong signature or stale timestamp;
- any code of the operation's table on demand: send `Prefer: code=<code>`.
"""

from .app import SandboxKeys, create_app, load_specs

__all__ = ["SandboxKeys", "create_app", "load_specs"]

"""Memory of a client with all 36 actions loaded, in a fresh interpreter, vs the reference SDK.

    python -m bench.memory

"Loaded" means every action bound on the client and every request and response model built
(pydantic builds a model's validator on first use). Measured with ``tracemalloc`` from the
moment ``httpx`` and ``pydantic`` are imported, so both columns exclude them.
"""

from __future__ import annotations

import json
import subprocess
import sys

_OURS = """
import tracemalloc, httpx, pydantic, json
tracemalloc.start()
from livechat_typed import AgentWeb
client = AgentWeb("Bearer x")
for name in dir(AgentWeb):
    action = getattr(AgentWeb, name)
    if hasattr(action, "request_model"):
        getattr(client, name)
        action.request_model.model_rebuild(force=True)
        action.response_model.model_rebuild(force=True)
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({"current": current, "peak": peak}))
"""
_REFERENCE = """
import tracemalloc, httpx, pydantic, json
tracemalloc.start()
from livechat.agent.web.api.v36 import AgentWebV36
client = AgentWebV36("Bearer x", "api.livechatinc.com", False, disable_logging=True)
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({"current": current, "peak": peak}))
"""


def measure(code: str) -> dict[str, int]:
    """Bytes traced (current and peak) by ``code`` in a fresh interpreter."""
    output = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output.strip().splitlines()[-1])  # type: ignore[no-any-return]


def run() -> dict[str, dict[str, int]]:
    return {"livechat-typed": measure(_OURS), "lc-sdk-python": measure(_REFERENCE)}


def main() -> None:
    for name, sizes in run().items():
        print(f"{name:16s} {sizes['current'] / 2**20:7.2f} MiB (peak {sizes['peak'] / 2**20:.2f})")


if __name__ == "__main__":
    main()

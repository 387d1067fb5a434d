"""Memory of a program using the client, in fresh interpreters, vs the reference SDK.

    python -m bench.memory [--rounds N]

Measured with ``tracemalloc``, started after ``import httpx, pydantic`` and one pydantic model
defined and used (so neither side pays for pydantic's schema machinery, which any program with
a model of its own has), and read after a ``gc.collect()`` at the end of the program.

On equal terms (as ``bench/first_call.py``): each side builds its real client (httpx's default
connection layer and SSL context) and a second one sending through an ``httpx.MockTransport``,
and keeps both.

* "send_event only": the program makes one ``send_event`` call.
* "all 36 actions": ours also builds every action's request and response validators (each
  action bound on the client, ``model_rebuild(force=True)`` of both models: what using every
  action once costs); the reference has nothing to build per action, so its program is the
  same ``send_event`` one.

Each program runs ``--rounds`` times (memory is nearly deterministic; the median is shown).
"""

from __future__ import annotations

import argparse
import statistics

from ._child import precompile, run_child
from ._report import HEADER, Row, format_rows

__all__ = ["PROGRAMS", "rows", "run"]

_START = """
import gc, json, tracemalloc
import httpx, pydantic

class First(pydantic.BaseModel):
    name: str

First(name="x")
tracemalloc.start()

def answer(request):
    return httpx.Response(200, content=b'{"event_id": "K600PKZON8_26"}')
"""
_END = """
gc.collect()
current, peak = tracemalloc.get_traced_memory()
print(json.dumps({"current": current, "peak": peak}))
"""
_OURS = """
from livechat_typed import AgentWeb
from livechat_typed.models import MessageEvent
client = AgentWeb("Bearer dal:benchmark-token")
sender = AgentWeb("Bearer dal:benchmark-token", transport=httpx.MockTransport(answer))
sender.send_event(chat_id="PJ0MRSHTDG", event=MessageEvent(text="Hello"))
"""
_EVERY_ACTION = """
actions = 0
for name in dir(AgentWeb):
    action = getattr(AgentWeb, name)
    if hasattr(action, "request_model"):
        getattr(sender, name)
        action.request_model.model_rebuild(force=True)
        action.response_model.model_rebuild(force=True)
        actions += 1
assert actions == 36, actions
"""
_REFERENCE = """
from livechat.agent.web.api.v36 import AgentWebV36
client = AgentWebV36("Bearer dal:benchmark-token", "api.livechatinc.com", False,
                     disable_logging=True)
real_session = client.session
client.session = httpx.Client(headers=real_session.headers,
                              transport=httpx.MockTransport(answer))
client.send_event(chat_id="PJ0MRSHTDG", event={"type": "message", "text": "Hello"}).json()
"""
PROGRAMS = {
    "send_event": _START + _OURS + _END,
    "all 36": _START + _OURS + _EVERY_ACTION + _END,
    "lc-sdk-python": _START + _REFERENCE + _END,
}
TARGETS = {"send_event": 0.70, "all 36": 1.20}


def run(rounds: int = 3) -> dict[str, dict[str, float]]:
    """Median bytes traced (current and peak) by each program."""
    precompile()
    samples: dict[str, dict[str, list[int]]] = {
        name: {"current": [], "peak": []} for name in PROGRAMS
    }
    for _ in range(rounds):
        for name, program in PROGRAMS.items():
            result = run_child(program)
            for key in ("current", "peak"):
                samples[name][key].append(result[key])
    return {
        name: {key: statistics.median(values) for key, values in sizes.items()}
        for name, sizes in samples.items()
    }


def rows(result: dict[str, dict[str, float]]) -> list[Row]:
    reference = result["lc-sdk-python"]["current"] / 2**20
    labels = {
        "send_event": "memory, send_event only, vs lc-sdk",
        "all 36": "memory, all 36 actions used, vs lc-sdk",
    }
    return [
        Row(
            labels[name],
            result[name]["current"] / 2**20,
            reference,
            "MiB",
            target=("<=", TARGETS[name]),
            note=f"peak {result[name]['peak'] / 2**20:.2f} vs "
            f"{result['lc-sdk-python']['peak'] / 2**20:.2f} MiB",
        )
        for name in labels
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    result = run(parser.parse_args().rounds)
    print("memory, tracemalloc MiB after the program (medians)")
    print(HEADER)
    for line in format_rows(rows(result)):
        print(line)


if __name__ == "__main__":
    main()

"""The first call of a program, in a fresh interpreter: import, client, one ``send_event``.

    python -m bench.first_call [--rounds N]

On equal terms, as a real program runs: each side builds its client with httpx's default
connection layer (ours: ``AgentWeb(token)`` builds its own transport over httpcore's pool, with
an SSL context; the reference: ``AgentWebV36(...)`` builds its ``httpx.Client``), then sends
through the same ``httpx.MockTransport`` (ours: a second ``AgentWeb(token, transport=mock)``;
the reference: its public ``session`` replaced by an ``httpx.Client`` on the mock, as
``bench/calls.py`` does). Each side thus builds one real client and one mock-sending one. The
event is given as the README shows for each SDK: ``MessageEvent(text=...)`` for ours, a dict
for the reference. The child measures its own CPU time (``time.process_time``) from before
``import httpx`` to the parsed answer; the children alternate round by round, with
compiled bytecode (``bench/_child.py``).

A third program, "pydantic floor", is the least any pydantic-typed client pays on the same
terms: ``import pydantic``, one model with one field, the same two ``httpx.Client`` s, one
``post`` of the same JSON body, the answer validated into the model. Its ratio to lc-sdk-python
is the part of ours that no work in this package can remove; ours over the floor is what this
package adds (its own import, its models, validating the request).
"""

from __future__ import annotations

import argparse
import statistics

from ._child import BYTECODE_NOTE, precompile, run_child
from ._report import HEADER, Row, format_rows

__all__ = ["PROGRAMS", "rows", "run"]

_ANSWER = """
def answer(request):
    return httpx.Response(200, content=b'{"event_id": "K600PKZON8_26"}')
"""
PROGRAMS = {
    "livechat-typed": f"""
import json, time
marks = [time.process_time()]
import httpx
marks.append(time.process_time())
from livechat_typed import AgentWeb
from livechat_typed.models import MessageEvent
{_ANSWER}
marks.append(time.process_time())
client = AgentWeb("Bearer dal:benchmark-token")  # its real transport: httpcore, SSL context
sender = AgentWeb("Bearer dal:benchmark-token", transport=httpx.MockTransport(answer))
marks.append(time.process_time())
sent = sender.send_event(chat_id="PJ0MRSHTDG", event=MessageEvent(text="Hello"))
assert sent.event_id == "K600PKZON8_26"
marks.append(time.process_time())
print(json.dumps([after - before for before, after in zip(marks, marks[1:])]))
""",
    "lc-sdk-python": f"""
import json, time
marks = [time.process_time()]
import httpx
marks.append(time.process_time())
from livechat.agent.web.api.v36 import AgentWebV36
{_ANSWER}
marks.append(time.process_time())
client = AgentWebV36("Bearer dal:benchmark-token", "api.livechatinc.com", False,
                     disable_logging=True)  # its real httpx.Client
real_session = client.session
client.session = httpx.Client(headers=real_session.headers,
                              transport=httpx.MockTransport(answer))
marks.append(time.process_time())
sent = client.send_event(chat_id="PJ0MRSHTDG", event={{"type": "message", "text": "Hello"}})
assert sent.json()["event_id"] == "K600PKZON8_26"
marks.append(time.process_time())
print(json.dumps([after - before for before, after in zip(marks, marks[1:])]))
""",
}
PROGRAMS["pydantic floor"] = f"""
import json, time
marks = [time.process_time()]
import httpx
marks.append(time.process_time())
import pydantic
class Sent(pydantic.BaseModel):
    event_id: str
{_ANSWER}
marks.append(time.process_time())
headers = {{"Authorization": "Bearer dal:benchmark-token"}}
client = httpx.Client(headers=headers)  # its real transport: httpcore, SSL context
sender = httpx.Client(headers=headers, transport=httpx.MockTransport(answer))
marks.append(time.process_time())
answered = sender.post(
    "https://api.livechatinc.com/v3.6/agent/action/send_event",
    json={{"chat_id": "PJ0MRSHTDG", "event": {{"type": "message", "text": "Hello"}}}},
)
sent = Sent.model_validate_json(answered.content)
assert sent.event_id == "K600PKZON8_26"
marks.append(time.process_time())
print(json.dumps([after - before for before, after in zip(marks, marks[1:])]))
"""
PHASES = ("import httpx", "import the SDK", "clients", "first send_event")
TARGET = 1.35


def run(rounds: int, *, warmup: bool = True) -> dict[str, dict[str, float]]:
    """Median CPU seconds of each program ("total") and of each of its phases, the children
    alternating round by round."""
    precompile()
    for program in PROGRAMS.values() if warmup else ():  # writes the .pyc of its imports
        run_child(program)
    samples: dict[str, list[list[float]]] = {name: [] for name in PROGRAMS}
    for _ in range(rounds):
        for name, program in PROGRAMS.items():
            samples[name].append(run_child(program))
    result = {}
    for name, runs in samples.items():
        medians = {
            phase: statistics.median(run[i] for run in runs) for i, phase in enumerate(PHASES)
        }
        result[name] = {"total": statistics.median(sum(run) for run in runs), **medians}
    return result


def rows(result: dict[str, dict[str, float]]) -> list[Row]:
    ours, reference = result["livechat-typed"], result["lc-sdk-python"]
    floor = result["pydantic floor"]

    def phases(mine: dict[str, float], theirs: dict[str, float]) -> str:
        return ", ".join(
            f"{phase} {mine[phase] * 1000:.0f}/{theirs[phase] * 1000:.0f}" for phase in PHASES
        )

    return [
        Row(
            "first call in a fresh process, vs lc-sdk",
            ours["total"] * 1000,
            reference["total"] * 1000,
            "ms",
            target=("<=", TARGET),
            note=f"ms ours/lc-sdk: {phases(ours, reference)}",
        ),
        Row(
            "first call: pydantic floor vs lc-sdk",
            floor["total"] * 1000,
            reference["total"] * 1000,
            "ms",
            note=f"ms floor/lc-sdk: {phases(floor, reference)}",
        ),
        Row(
            "first call: ours vs the pydantic floor",
            ours["total"] * 1000,
            floor["total"] * 1000,
            "ms",
            note="what this package adds: its import, its models, validating the request",
        ),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=15)
    result = run(parser.parse_args().rounds)
    print(f"first call, CPU ms, medians ({BYTECODE_NOTE})")
    print(HEADER)
    for line in format_rows(rows(result)):
        print(line)


if __name__ == "__main__":
    main()

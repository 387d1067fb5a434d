"""A faithful local stand-in for the LiveChat Agent Chat Web API v3.6, for your tests and ours.

In-memory, as an httpx transport::

    from livechat_typed.testing import FakeLiveChat

    fake = FakeLiveChat()
    client = fake.client()                      # an AgentWeb wired to the fake
    started = client.start_chat()
    client.send_event(chat_id=started.chat_id, event={"type": "message", "text": "hi"})
    assert fake.state.events(started.chat_id)[0]["text"] == "hi"

Over real sockets (HTTP/1.1 and HTTP/2 over TLS, a throwaway CA): see :class:`FakeServer`,
which also serves the RTM websocket (``fake.rtm``, a :class:`FakeRTM`, scripts its sessions).
Failures are scripted with ``fake.faults.add(...)`` (see :class:`Fault`).
"""

from ._customer import CustomerError, FakeCustomer, StartedChat
from ._fake import DEFAULT_AGENT, DEFAULT_TOKEN, FakeLiveChat, FakeResponse
from ._faults import Fault, FaultKind, FaultPlan
from ._inspect import ReceivedRequest
from ._rtm import FakeRTM, RTMSessionInfo
from ._server import FakeServer  # hypercorn and trustme are imported only when a server starts
from ._state import Chat, State, Thread, Upload

__all__ = [
    "DEFAULT_AGENT",
    "DEFAULT_TOKEN",
    "Chat",
    "CustomerError",
    "FakeCustomer",
    "FakeLiveChat",
    "FakeRTM",
    "FakeResponse",
    "FakeServer",
    "Fault",
    "FaultKind",
    "FaultPlan",
    "RTMSessionInfo",
    "ReceivedRequest",
    "StartedChat",
    "State",
    "Thread",
    "Upload",
]

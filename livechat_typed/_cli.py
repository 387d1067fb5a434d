"""``livechat-typed``: a demo against the fake server, the fake server itself, and any action.

::

    livechat-typed demo [--http1]                 # an agent session against a local fake
    livechat-typed serve [--port 8443] [--no-tls] # the fake server, until Ctrl+C
    livechat-typed call list_chats --json '{"limit": 5}' [--base-url H:P] [--ca ca.pem]
    livechat-typed call list_chats --json @args.json   # or --json - for standard input

``python -m livechat_typed ...`` is the same. A bad option or argument is one line on stderr,
``livechat-typed: error: ...``, and exit code 2 (``call`` then sends nothing; ``serve`` also
when it cannot bind its address); ``call`` exits 1 when the API or the connection fails, 130
on Ctrl+C.
"""

from __future__ import annotations

import argparse
import difflib
import json
import logging
import math
import os
import signal
import socket
import ssl
import sys
import threading
import time
from collections import Counter
from collections.abc import Sequence
from typing import Any, NoReturn, TextIO, cast

from . import errors
from ._base_url import parse_base_url
from ._client import DEFAULT_BASE_URL, AgentWeb
from ._version import __version__

__all__ = ["main"]

ACTIONS = sorted(
    name for name in dir(AgentWeb) if hasattr(getattr(AgentWeb, name), "request_model")
)
"""The 36 action names."""

_JANE = "jane@example.com"
_JANE_TOKEN = "dal:jane-token"

MAX_TIMEOUT = 86400.0
"""The longest ``--timeout``, a day (from about 1e10 seconds on, the OS's timers overflow)."""
MAX_RETRIES = 100
"""The most ``--max-retries``: more would retry a dead server for days."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit code."""
    parser = _parser()
    try:
        args, extra = parser.parse_known_args(argv)
        if extra:  # named here, so that the hint points at the subcommand's help
            prog = f"{parser.prog} {args.command}" if args.command else parser.prog
            raise _UsageError(f"unrecognized arguments: {' '.join(extra)}", prog)
    except _UsageError as exc:
        return _fail(2, f"{exc} (see `{exc.prog} -h`)")
    if args.command is None:
        parser.print_help()
        return 2
    handler = {"demo": _demo, "serve": _serve, "call": _call}[args.command]
    try:
        return handler(args)
    except KeyboardInterrupt:
        return _fail(130, "interrupted")
    except ImportError as exc:  # FakeServer's: hypercorn or trustme (the ``fake`` extra) missing
        if "livechat-typed[fake]" not in str(exc):
            raise
        return _fail(1, f"`{args.command}`: {exc}")


class _UsageError(Exception):
    """argparse's complaint about the command line, raised instead of printing the usage."""

    def __init__(self, message: str, prog: str) -> None:
        super().__init__(message)
        self.prog = prog


class _Parser(argparse.ArgumentParser):
    """An ``ArgumentParser`` whose errors become one line (see :func:`main`), not a usage dump;
    its subparsers are of this class too."""

    def error(self, message: str) -> NoReturn:
        raise _UsageError(message, self.prog)


def _seconds(text: str) -> float:
    """``--timeout``: positive, finite seconds up to :data:`MAX_TIMEOUT`."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not (math.isfinite(value) and 0 < value <= MAX_TIMEOUT):
        raise argparse.ArgumentTypeError(
            f"must be more than 0 and at most {MAX_TIMEOUT:g} seconds (got {text!r})"
        )
    return value


def _retries(text: str) -> int:
    """``--max-retries``: a whole number from 0 to :data:`MAX_RETRIES`."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if not 0 <= value <= MAX_RETRIES:
        raise argparse.ArgumentTypeError(f"must be from 0 to {MAX_RETRIES} (got {text!r})")
    return value


def _port(text: str) -> int:
    """``serve --port``: 0 (a free port) to 65535."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError(f"must be from 0 (a free port) to 65535 (got {text!r})")
    return value


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="livechat-typed",
        description="A typed client for the LiveChat Agent Chat Web API v3.6, and its fake server.",
    )
    parser.add_argument("--version", action="version", version=f"livechat-typed {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser(
        "demo",
        help="walk an agent session through the typed client against a local fake server",
        description="Start the fake server in this process (TLS with a throwaway CA, HTTP/2) and "
        "walk a realistic agent session through AgentWeb, printing the typed results.",
    )
    demo.add_argument(
        "--http1", action="store_true", help="talk HTTP/1.1 instead of HTTP/2 (still over TLS)"
    )

    serve = commands.add_parser(
        "serve",
        help="run the fake LiveChat server until interrupted",
        description="Serve an in-memory fake of the 36 actions; prints the base URL, the token "
        "and the CA to trust. Stop it with Ctrl+C.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    serve.add_argument("--port", type=_port, default=0, help="port (default: a free one)")
    versions = serve.add_mutually_exclusive_group()
    versions.add_argument("--http1", action="store_true", help="offer HTTP/1.1 only")
    versions.add_argument("--http2", action="store_true", help="offer HTTP/2 only")
    serve.add_argument("--no-tls", action="store_true", help="plain HTTP, for debugging")

    call = commands.add_parser(
        "call",
        help="call one action and print the typed result as JSON",
        description="Call ACTION with the JSON object's members as arguments and print the "
        "typed response as JSON. The token comes from --token or LIVECHAT_TOKEN (a bare token "
        "is sent as 'Bearer <token>'; a value with a scheme, e.g. 'Basic ...', is sent as is). "
        "Exit codes: 0 done, 1 the API or the connection failed, 2 bad input (nothing sent).",
        epilog=f"actions: {', '.join(ACTIONS)}",
    )
    call.add_argument("action", metavar="ACTION", help="the action, e.g. list_chats")
    call.add_argument(
        "--json",
        default="{}",
        metavar="OBJECT",
        help="the arguments: a JSON object, @FILE to read it from FILE, or - to read it from "
        "standard input (default {})",
    )
    call.add_argument(
        "--base-url",
        default=DEFAULT_BASE_URL,
        help=f"HOST[:PORT] served over HTTPS (default {DEFAULT_BASE_URL}), or an http:// URL",
    )
    call.add_argument("--token", help="the access token (default: $LIVECHAT_TOKEN)")
    call.add_argument("--ca", metavar="PEM", help="trust this CA (e.g. the one `serve` prints)")
    call.add_argument("--http2", action="store_true", help="use HTTP/2")
    call.add_argument(
        "--timeout",
        type=_seconds,
        default=15.0,
        help=f"seconds, more than 0 and at most {MAX_TIMEOUT:g} (default 15)",
    )
    call.add_argument(
        "--max-retries",
        type=_retries,
        default=2,
        help=f"retries, 0 to {MAX_RETRIES} (default 2)",
    )
    return parser


# --- call -----------------------------------------------------------------------------------------


def _call(args: argparse.Namespace) -> int:
    if args.action not in ACTIONS:
        close = difflib.get_close_matches(args.action, ACTIONS, n=1)
        hint = f"; did you mean {close[0]!r}?" if close else ""
        return _fail(2, f"unknown action {args.action!r}{hint} (see `livechat-typed call -h`)")
    arguments = _arguments(args.json)
    if isinstance(arguments, str):
        return _fail(2, arguments)
    if args.token is not None:
        source, token = "--token", args.token.strip()
        if not token:
            return _fail(2, "--token is empty (leave it out to use $LIVECHAT_TOKEN)")
    else:
        source, token = "LIVECHAT_TOKEN", os.environ.get("LIVECHAT_TOKEN", "").strip()
        if not token:
            return _fail(2, "no access token: set LIVECHAT_TOKEN or pass --token")
    try:
        parse_base_url(args.base_url)
    except ValueError as exc:
        return _fail(2, f"--base-url: {exc}")
    verify: bool | ssl.SSLContext = True
    if args.ca is not None:
        if not args.ca:
            return _fail(2, "--ca is empty (give the path of a PEM file)")
        try:
            verify = ssl.create_default_context(cafile=args.ca)
        except ssl.SSLError as exc:  # before OSError, its base
            return _fail(2, f"--ca {args.ca}: not a PEM CA certificate ({exc})")
        except OSError as exc:
            return _fail(2, f"--ca {args.ca}: {exc.strerror or exc}")
    try:
        client = AgentWeb(
            token,
            args.base_url,
            http2=args.http2,
            verify=verify,
            timeout=args.timeout,
            max_retries=args.max_retries,
        )
    except ValueError as exc:  # the token: the message never shows it
        return _fail(2, f"{source}: {exc}")
    with client:
        try:
            result = getattr(client, args.action)(**arguments)
        except errors.InvalidRequestError as exc:
            return _fail(2, str(exc))
        except errors.APIError as exc:
            status = f"HTTP {exc.status_code}" if exc.status_code is not None else "no status"
            return _fail(1, f"{type(exc).__name__} ({exc.type}, {status}): {exc.message}")
        except errors.LiveChatError as exc:
            return _fail(1, f"{type(exc).__name__}: {exc}{_tls_hint(exc, args.ca)}")
    dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return _print_result(dumped)


def _arguments(option: str) -> dict[str, Any] | str:
    """The ``--json`` object (given, ``@FILE`` or ``-`` for stdin), or the error message."""
    what = "--json"
    text: str | bytes = option
    try:
        if option == "-":
            what = "--json - (standard input)"
            if sys.stdin is None:
                return f"{what}: there is no standard input"
            stream = getattr(sys.stdin, "buffer", sys.stdin)
            text = stream.read()
        elif option.startswith("@"):
            what = f"--json {option}"
            if option == "@":
                return "--json @: a file name must follow the @"
            with open(option[1:], "rb") as file:
                text = file.read()
    except OSError as exc:
        return f"{what}: {exc.strerror or exc}"
    try:
        arguments = json.loads(text)  # bytes: UTF-8 (a BOM is skipped), -16 or -32
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return f"{what} is not valid JSON: {exc}"
    except RecursionError:
        return f"{what} is not valid JSON: nested too deeply"
    if not isinstance(arguments, dict):
        kind = "null" if arguments is None else type(arguments).__name__
        return f"{what} must be a JSON object, not {kind}"
    return arguments


def _tls_hint(exc: BaseException, ca: str | None) -> str:
    """What to do about a TLS failure in ``exc``'s causes, or ``""``."""
    seen: set[int] = set()
    cause: BaseException | None = exc
    while cause is not None and id(cause) not in seen:
        seen.add(id(cause))
        if isinstance(cause, ssl.SSLCertVerificationError):
            if ca is None:
                return (
                    "; the server's certificate is not trusted: for a server with its own CA "
                    "(e.g. `livechat-typed serve`), pass --ca with that CA's PEM file"
                )
            return f"; the server's certificate is not signed by the CA in --ca {ca}"
        if isinstance(cause, ssl.SSLError) and "WRONG_VERSION_NUMBER" in str(cause):
            return "; is the server plain HTTP? then pass --base-url http://HOST:PORT"
        cause = cause.__cause__ or cause.__context__
    return ""


def _print_result(result: Any) -> int:
    try:
        try:
            print(json.dumps(result, indent=2, ensure_ascii=False), flush=True)
        except UnicodeEncodeError:  # stdout cannot encode it: escape non-ASCII
            print(json.dumps(result, indent=2), flush=True)
    except BrokenPipeError:  # e.g. `| head`: the reader is gone, and the rest is moot
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())  # so that the exit flush does not fail again
        except (OSError, ValueError):
            pass
        return 1
    return 0


def _fail(code: int, message: str) -> int:
    """Print ``livechat-typed: error: <message>`` on one line: a multi-line message is joined,
    and control characters (from a path or an argument echoed back) are escaped."""
    line = "; ".join(part.strip() for part in message.splitlines() if part.strip())
    line = "".join(char if char.isprintable() else ascii(char)[1:-1] for char in line)
    print(f"livechat-typed: error: {line}", file=sys.stderr, flush=True)
    return code


# --- serve ----------------------------------------------------------------------------------------


def _serve(args: argparse.Namespace) -> int:
    from .testing import FakeServer

    if not args.host.strip():
        return _fail(2, "--host is empty (give an address to bind, e.g. 127.0.0.1)")
    try:
        parse_base_url(f"[{args.host}]" if ":" in args.host else args.host)
    except ValueError:
        return _fail(2, f"--host {args.host!r} is not a host name or an IP address")
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(message)s")
    server = FakeServer(
        host=args.host,
        port=args.port,
        tls=not args.no_tls,
        http1=not args.http2,
        http2=not args.http1,
    )
    try:
        server.start()
    except socket.gaierror as exc:
        return _fail(2, f"--host {args.host!r}: {exc.strerror or exc}")
    except ValueError as exc:  # a name a certificate cannot be issued for
        return _fail(2, f"--host {args.host!r}: {exc}")
    except OSError as exc:  # the port is taken or privileged, the address not this machine's
        return _fail(2, f"cannot serve on {args.host}:{args.port}: {exc.strerror or exc}")
    versions = "HTTP/1.1" if args.http1 else "HTTP/2" if args.http2 else "HTTP/1.1 and HTTP/2"
    base = server.base_url if server.tls else server.url
    lines = [
        f"Fake LiveChat Agent Chat Web API v3.6 on {server.url} ({versions})",
        f"  base URL  {base}",
        f"  token     {server.token}   (agent {server.fake.tokens[server.token]})",
    ]
    if server.tls:
        lines.append(f"  CA        {server.ca_path}")
        ca = f" --ca {server.ca_path}"
    else:
        ca = ""
    lines += [
        "Try:",
        f"  LIVECHAT_TOKEN={server.token} livechat-typed call start_chat --base-url {base}{ca}",
        "Press Ctrl+C to stop.",
    ]
    print("\n".join(lines), flush=True)
    stop = threading.Event()
    previous = signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.2) and server.running:
            pass
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.stop()
    print("stopped", flush=True)
    return 0


# --- demo -----------------------------------------------------------------------------------------


class _Steps:
    """Numbered lines, each with the HTTP version(s) the server saw for that step's requests."""

    def __init__(self, exchanges: list[Any], out: TextIO) -> None:
        self.exchanges = exchanges
        self.out = out
        self.seen = 0
        self.count = 0
        self.versions: Counter[str] = Counter()

    def __call__(self, action: str, detail: str) -> None:
        new = self.exchanges[self.seen :]
        self.seen = len(self.exchanges)
        versions = sorted({f"HTTP/{exchange.http_version}" for exchange in new})
        self.versions.update(f"HTTP/{exchange.http_version}" for exchange in new)
        self.count += 1
        wire = f"{'+'.join(versions)} x{len(new)}" if new else "(no request)"
        print(f"{self.count:>3}. {wire:<13} {action:<28} {detail}", file=self.out)


def _demo(args: argparse.Namespace, out: TextIO | None = None) -> int:
    from ._demo_rtm import LineWriter, watching
    from .models import (
        ChatInput,
        ChatUserInput,
        FileEvent,
        Message,
        MessageEvent,
        RichMessage,
        RichMessageEvent,
        ThreadInput,
        TransferTarget,
    )
    from .testing import DEFAULT_AGENT, DEFAULT_TOKEN, FakeLiveChat, FakeServer

    out = cast(TextIO, LineWriter(out or sys.stdout))  # whole lines: pushes print from a thread
    http2 = not args.http1
    expected = "HTTP/2" if http2 else "HTTP/1.1"
    started = time.perf_counter()
    fake = FakeLiveChat(tokens={DEFAULT_TOKEN: DEFAULT_AGENT, _JANE_TOKEN: _JANE})
    with FakeServer(fake) as server:
        print(
            f"Fake LiveChat server on {server.url}: TLS with a throwaway CA ({server.ca_path}),\n"
            f"HTTP/1.1 and HTTP/2 offered by ALPN; the client asks for {expected}.\n",
            file=out,
        )
        from ._demo_webhooks import receiving

        step = _Steps(server.exchanges, out)
        verify = server.ssl_context()
        with (
            receiving(server, out, http2=http2) as webhooks,
            watching(server, out, token=_JANE_TOKEN, agent=_JANE) as pushes,
            AgentWeb(f"Bearer {DEFAULT_TOKEN}", server.base_url, http2=http2, verify=verify) as me,
            AgentWeb(f"Bearer {_JANE_TOKEN}", server.base_url, http2=http2, verify=verify) as jane,
        ):
            print(f"Agent {DEFAULT_AGENT} signs in: {me!r}", file=out)
            me.set_routing_status(status="accepting_chats")
            statuses = me.list_routing_statuses()
            step(
                "set + list routing status",
                ", ".join(f"{status.agent_id}={status.status}" for status in statuses),
            )

            customer = me.create_customer(name="Ada Lovelace", email="ada@example.com")
            step("create_customer", f"customer_id={customer.customer_id}")

            chat = me.start_chat(
                chat=ChatInput(
                    users=[ChatUserInput(id=customer.customer_id, type="customer")],
                    thread=ThreadInput(
                        events=[MessageEvent(text="Hello Ada! How can I help you today?")]
                    ),
                )
            )
            chat_id, thread_id = chat.chat_id, chat.thread_id
            step(
                "start_chat", f"chat_id={chat_id} thread_id={thread_id} event_ids={chat.event_ids}"
            )

            me.send_typing_indicator(chat_id=chat_id, is_typing=True)
            sent = me.send_event(
                chat_id=chat_id, event=MessageEvent(text="Let me look up order #1042 for you.")
            )
            step("typing + send_event", f"event_id={sent.event_id}")

            upload = me.upload_file(
                file=("tracking-1042.txt", b"Parcel 1042: out for delivery\n", "text/plain")
            )
            step("upload_file", f"url={upload.url}")
            file_event = me.send_event(
                chat_id=chat_id, event=FileEvent(url=upload.url, alternative_text="tracking")
            )
            step("send_event (file)", f"event_id={file_event.event_id}")

            rich = me.send_event(
                chat_id=chat_id,
                event=RichMessageEvent(
                    template_id="quick_replies",
                    elements=[
                        {
                            "title": "Did this answer your question?",
                            "buttons": [
                                {"text": "Yes", "postback_id": "answered_yes", "type": "message"},
                                {"text": "No", "postback_id": "answered_no", "type": "message"},
                            ],
                        }
                    ],
                ),
            )
            step("send_event (quick replies)", f"event_id={rich.event_id}")
            me.send_rich_message_postback(
                chat_id=chat_id,
                thread_id=thread_id,
                event_id=rich.event_id,
                postback={"id": "answered_yes", "toggled": True},
            )
            step("send_rich_message_postback", "answered_yes toggled on")

            me.tag_thread(chat_id=chat_id, thread_id=thread_id, tag="shipping")
            me.update_chat_properties(id=chat_id, properties={"routing": {"priority": "high"}})
            me.update_thread_properties(
                chat_id=chat_id, thread_id=thread_id, properties={"order": {"number": 1042}}
            )
            step("tag + update properties", "tag=shipping routing.priority order.number")
            me.delete_chat_properties(id=chat_id, properties={"routing": ["priority"]})
            me.delete_thread_properties(
                chat_id=chat_id, thread_id=thread_id, properties={"order": ["number"]}
            )
            current = me.get_chat(chat_id=chat_id)
            thread = current.thread
            assert thread is not None and thread.events is not None
            step(
                "delete props + get_chat",
                f"properties={current.properties or {}} tags={thread.tags} "
                f"events={[event.type for event in thread.events]}",
            )
            rich_event = next(e for e in thread.events if isinstance(e, RichMessage))
            first_message = next(e for e in thread.events if isinstance(e, Message))
            buttons = [b for element in rich_event.elements or [] for b in element.buttons or []]
            step(
                "typed events",
                f"{type(first_message).__name__}(text={first_message.text!r}) "
                f"{type(rich_event).__name__}(buttons="
                f"{[(b.text, b.user_ids) for b in buttons]})",
            )

            candidates = me.list_agents_for_transfer(chat_id=chat_id)
            target = next(c.agent_id for c in candidates if c.agent_id == _JANE)
            me.transfer_chat(id=chat_id, target=TransferTarget(type="agent", ids=[target]))
            after = jane.get_chat(chat_id=chat_id)
            step(
                "transfer_chat",
                f"candidates={[c.agent_id for c in candidates]} -> users now "
                f"{[user.id for user in after.users or []]}",
            )
            reply = jane.send_event(
                chat_id=chat_id, event=MessageEvent(text="Hi Ada, Jane here: it arrives today.")
            )
            step("send_event (by Jane)", f"event_id={reply.event_id}")

            for number in range(1, 6):
                other = me.start_chat(
                    chat=ChatInput(thread=ThreadInput(events=[MessageEvent(text=f"Chat {number}")]))
                )
                me.deactivate_chat(id=other.chat_id)
            step("5 more chats", "started and deactivated")

            jane.deactivate_chat(id=chat_id)
            step("deactivate_chat (by Jane)", f"chat {chat_id} archived")

            archives = me.iterate.list_archives(limit=2, sort_order="asc")
            pages = [[archived.id for archived in page] for page in archives.pages()]
            step(
                "list_archives pages",
                f"{len(pages)} pages of <= 2: " + " | ".join(", ".join(page) for page in pages),
            )
            raw = me.raw.get_chat(chat_id=chat_id)
            step("raw.get_chat", f"status={raw.status_code} http_version={raw.http_version}")

        versions = dict(step.versions)
        elapsed = time.perf_counter() - started
        print(
            f"\nSummary: {sum(versions.values())} requests over TLS, "
            + ", ".join(f"{count} over {version}" for version, count in versions.items())
            + f"; client saw {raw.http_version}; {len(fake.state.chats)} chats, "
            f"{len(fake.state.events())} events, {len(fake.state.uploads)} upload; "
            f"{len(webhooks)} webhooks received; {len(pushes)} pushes over RTM; "
            f"{elapsed:.2f} s.",
            file=out,
        )
        if set(versions) != {expected} or raw.http_version != expected:
            print(f"FAILED: expected every response over {expected}", file=sys.stderr)
            return 1
    print(f"OK: every response came over {expected}.", file=out)
    return 0

"""The ``livechat-typed`` command line: ``demo``, ``call`` and ``serve``, in-process through
``main([...])`` where possible and as ``python -m livechat_typed`` in a subprocess otherwise."""

from __future__ import annotations

import io
import json
import math
import os
import re
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from livechat_typed import AgentWeb
from livechat_typed._cli import ACTIONS, MAX_RETRIES, MAX_TIMEOUT, main
from livechat_typed.testing import DEFAULT_TOKEN, FakeLiveChat, FakeServer

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def server() -> Iterator[FakeServer]:
    with FakeServer() as running:
        yield running


@pytest.fixture
def token(monkeypatch: pytest.MonkeyPatch, server: FakeServer) -> str:
    monkeypatch.setenv("LIVECHAT_TOKEN", server.token)
    return server.token


def call(server: FakeServer, *args: str) -> int:
    return main(["call", *args, "--base-url", server.base_url, "--ca", str(server.ca_path)])


# --- demo -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("flags", "version"), [([], "HTTP/2"), (["--http1"], "HTTP/1.1")])
def test_demo_walks_a_session_and_exits_0(
    capsys: pytest.CaptureFixture[str], flags: list[str], version: str
) -> None:
    assert main(["demo", *flags]) == 0
    out = capsys.readouterr().out
    for step in (
        "create_customer",
        "start_chat",
        "upload_file",
        "send_event (file)",
        "send_event (quick replies)",
        "send_rich_message_postback",
        "transfer_chat",
        "list_archives pages",
        "deactivate_chat",
    ):
        assert step in out
    assert "customer_id=" in out and "chat_id=" in out and "event_id=" in out
    assert f"http_version={version}" in out
    assert f"OK: every response came over {version}." in out
    pages = next(line for line in out.splitlines() if "list_archives pages" in line)
    assert "3 pages" in pages


# --- call -----------------------------------------------------------------------------------------


def test_call_prints_the_typed_result_as_json(
    server: FakeServer, token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    body = {"chat": {"thread": {"events": [{"type": "message", "text": "from the CLI"}]}}}
    assert call(server, "start_chat", "--json", json.dumps(body)) == 0
    started = json.loads(capsys.readouterr().out)
    assert set(started) == {"chat_id", "thread_id", "event_ids"}
    assert server.fake.state.events(started["chat_id"])[0]["text"] == "from the CLI"

    arguments = json.dumps({"chat_id": started["chat_id"]})
    assert call(server, "get_chat", "--http2", "--json", arguments) == 0
    chat = json.loads(capsys.readouterr().out)
    assert chat["id"] == started["chat_id"]
    assert chat["thread"]["events"][0]["text"] == "from the CLI"
    assert "is_followed" in chat  # exclude_unset: what the server sent, no defaults added


def test_call_prints_list_answers_and_takes_the_token_option(
    server: FakeServer, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("LIVECHAT_TOKEN", raising=False)
    assert call(server, "list_routing_statuses", "--token", server.token) == 0
    statuses = json.loads(capsys.readouterr().out)
    assert {"agent_id": "agent@example.com", "status": "accepting_chats"} in statuses


def test_call_uploads_a_file_by_path(
    server: FakeServer, token: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(b"hello")
    assert call(server, "upload_file", "--json", json.dumps({"file": str(path)})) == 0
    url = json.loads(capsys.readouterr().out)["url"]
    assert server.fake.state.uploads[url].content == b"hello"


def test_call_over_plain_http(token: str, capsys: pytest.CaptureFixture[str]) -> None:
    with FakeServer(tls=False) as plain:
        assert main(["call", "list_chats", "--base-url", plain.url]) == 0
    assert json.loads(capsys.readouterr().out)["found_chats"] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["list_chat"], "unknown action 'list_chat'; did you mean 'list_chats'?"),
        (["nonsense"], "unknown action 'nonsense'"),
        (["list_chats", "--json", "{limit: 5}"], "--json is not valid JSON"),
        (["list_chats", "--json", "[1, 2]"], "--json must be a JSON object, not list"),
        (["get_chat", "--json", '{"chat_id": 5}'], "chat_id: Input should be a valid string"),
        (["get_chat", "--json", "{}"], "chat_id: required"),
        (["get_chat", "--json", '{"chatid": "X"}'], "did you mean `chat_id`?"),
        (["list_chats", "--ca", "/nonexistent/ca.pem"], "--ca /nonexistent/ca.pem"),
    ],
)
def test_bad_input_exits_2_with_a_message(
    server: FakeServer,
    token: str,
    capsys: pytest.CaptureFixture[str],
    args: list[str],
    message: str,
) -> None:
    since = len(server.exchanges)
    assert main(["call", *args, "--base-url", server.base_url]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("livechat-typed: error: ")
    assert message in captured.err
    assert len(server.exchanges) == since  # nothing was sent


def test_a_missing_token_exits_2(
    server: FakeServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("LIVECHAT_TOKEN", raising=False)
    assert call(server, "list_chats") == 2
    assert "LIVECHAT_TOKEN" in capsys.readouterr().err


def test_an_api_error_exits_1(
    server: FakeServer, token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert call(server, "get_chat", "--json", '{"chat_id": "NOPE"}') == 1
    err = capsys.readouterr().err
    assert "NotFoundError (not_found, HTTP 404): Chat NOPE not found" in err


def test_an_unknown_token_exits_1(server: FakeServer, capsys: pytest.CaptureFixture[str]) -> None:
    assert call(server, "list_chats", "--token", "dal:unknown") == 1
    assert "AuthenticationError (authentication, HTTP 401)" in capsys.readouterr().err


def test_a_connection_failure_exits_1(
    server: FakeServer, token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeServer() as gone:
        port = gone.port
    args = ["call", "list_chats", "--base-url", f"127.0.0.1:{port}", "--max-retries", "0"]
    assert main(args) == 1
    assert "APIConnectionError" in capsys.readouterr().err


def test_every_action_is_listed_in_the_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["call", "--help"])
    assert exited.value.code == 0
    out = capsys.readouterr().out
    assert len(ACTIONS) == 36 and all(action in out for action in ACTIONS)


def test_no_command_prints_the_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "demo" in capsys.readouterr().out


# --- as a program ---------------------------------------------------------------------------------


def run_module(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "livechat_typed", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=ROOT,
    )


def test_python_dash_m_help() -> None:
    done = run_module("--help")
    assert done.returncode == 0
    assert all(command in done.stdout for command in ("demo", "serve", "call"))


def test_python_dash_m_call_bad_input_exits_2() -> None:
    done = run_module("call", "no_such_action", "--token", "x")
    assert done.returncode == 2
    assert "unknown action" in done.stderr


GUARD = 300
"""Seconds after which a subprocess counts as hung: a guard against hanging, never a speed check."""


def test_serve_runs_until_interrupted(tmp_path: Path) -> None:
    """``serve`` prints its banner, answers calls, and on Ctrl+C (SIGINT) stops cleanly: exit 0,
    ``stopped`` printed, the throwaway CA deleted. It is waited for however long that takes."""
    process = subprocess.Popen(
        [sys.executable, "-m", "livechat_typed", "serve", "--http2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        lines = []
        for line in process.stdout:
            lines.append(line)
            if line.startswith("Press Ctrl+C"):
                break
        banner = "".join(lines)
        base_url = re.search(r"base URL +(\S+)", banner)
        ca = re.search(r"CA +(\S+)", banner)
        assert base_url and ca, banner
        assert "(HTTP/2)" in banner and "dal:fake-token" in banner
        env = {**os.environ, "LIVECHAT_TOKEN": "dal:fake-token"}
        target = ["--base-url", base_url[1], "--ca", ca[1]]
        done = subprocess.run(
            [sys.executable, "-m", "livechat_typed", "call", "start_chat", "--http2", *target],
            capture_output=True,
            text=True,
            timeout=GUARD,
            env=env,
            cwd=ROOT,
        )
        assert done.returncode == 0, done.stderr
        assert "chat_id" in json.loads(done.stdout)
        assert process.poll() is None  # still serving
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=GUARD)  # however long stopping takes
        assert process.returncode == 0, err
        assert "stopped" in out
        assert not Path(ca[1]).exists()  # the throwaway CA is gone with the server
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


# --- every bad option: one line, exit 2, never a traceback ---------------------------------------

PREFIX = "livechat-typed: error: "
SECRET = "SECRET-7f3a"
"""A token marker that must never reach the output."""


@contextmanager
def in_memory() -> Iterator[list[httpx.Request]]:
    """Every ``AgentWeb`` answered by an in-memory fake (no sockets); yields the requests sent."""
    fake = FakeLiveChat()
    sent: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return fake.handle(request)

    def transport(self: Any, **options: Any) -> httpx.MockTransport:
        return httpx.MockTransport(answer)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(AgentWeb, "_make_transport", transport)
        patch.setenv("LIVECHAT_TOKEN", DEFAULT_TOKEN)
        yield sent


def one_line_error(err: str) -> str:
    """The one stderr line of a failed run (asserting there is exactly one, and no traceback)."""
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(PREFIX), err
    return lines[0]


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "not-json.txt").write_text("hello\n")
    (tmp_path / "list.json").write_text("[1, 2]")
    (tmp_path / "binary.json").write_bytes(b"\xff\xfe\x00")
    (tmp_path / "deep.json").write_text("[" * 100_000)
    (tmp_path / "not-a-cert.pem").write_text("-----BEGIN NOTHING-----\n")
    (tmp_path / "dir").mkdir()
    return tmp_path


BAD_CALLS = [
    # the action
    (["nope"], "unknown action 'nope'"),
    ([""], "unknown action ''"),
    (["__init__"], "unknown action '__init__'"),
    # --timeout
    *(
        (["list_chats", "--timeout", value], "argument --timeout: must be more than 0 and at most")
        for value in ("0", "-5", "-0", "inf", "nan", "1e400", "1e30", str(MAX_TIMEOUT + 1))
    ),
    (["list_chats", "--timeout", "abc"], "'abc' is not a number of seconds"),
    (["list_chats", "--timeout="], "'' is not a number of seconds"),
    (["list_chats", "--timeout", "-inf"], "argument --timeout: expected one argument"),
    # --max-retries
    *(
        (["list_chats", "--max-retries", value], "argument --max-retries: must be from 0 to")
        for value in ("-1", str(MAX_RETRIES + 1), "99999999999999999999")
    ),
    (["list_chats", "--max-retries", "1.5"], "'1.5' is not a whole number"),
    (["list_chats", "--max-retries", "x"], "'x' is not a whole number"),
    # --base-url: the library's parser, naming the accepted forms
    *(
        (["list_chats", "--base-url", value], "is not of the form 'host[:port]', 'https://")
        for value in (
            "",
            "ftp://example.com",
            "http://",
            "https://a b",
            "host:99999",
            "host:0",
            "http://host/v3.6",
            "\u0127ost",
            "https://[::1",
            "a" * 5000,
        )
    ),
    # the token: empty, or what HTTP cannot carry (never printed)
    (["list_chats", "--token", ""], "--token is empty"),
    (["list_chats", "--token", "  "], "--token is empty"),
    *(
        (["list_chats", "--token", token], "--token: the access token cannot be sent")
        for token in (f"{SECRET}\nx", f"{SECRET}\x00x", f"{SECRET}\x7fx", f"{SECRET}\u00e9")
    ),
    (["list_chats", "--token", f"Token {SECRET}"], "--token: the access token must be 'Bearer"),
    # --ca
    (["list_chats", "--ca", "{files}/missing.pem"], "missing.pem: No such file or directory"),
    (["list_chats", "--ca", "{files}/dir"], "dir: Is a directory"),
    (["list_chats", "--ca", "{files}/not-a-cert.pem"], "not a PEM CA certificate"),
    (["list_chats", "--ca", ""], "--ca is empty"),
    # --json: inline, @FILE
    (["list_chats", "--json", "{limit: 5}"], "--json is not valid JSON"),
    (["list_chats", "--json", ""], "--json is not valid JSON"),
    (["list_chats", "--json", "[" * 100_000], "--json is not valid JSON: nested too deeply"),
    (["list_chats", "--json", "[1]"], "--json must be a JSON object, not list"),
    (["list_chats", "--json", "null"], "--json must be a JSON object, not null"),
    (["list_chats", "--json", '"text"'], "--json must be a JSON object, not str"),
    (["list_chats", "--json", "5"], "--json must be a JSON object, not int"),
    (["list_chats", "--json", "@{files}/missing.json"], "No such file or directory"),
    (["list_chats", "--json", "@{files}/dir"], "Is a directory"),
    (["list_chats", "--json", "@"], "a file name must follow the @"),
    (["list_chats", "--json", "@{files}/not-json.txt"], "not-json.txt is not valid JSON"),
    (["list_chats", "--json", "@{files}/binary.json"], "binary.json is not valid JSON"),
    (["list_chats", "--json", "@{files}/deep.json"], "deep.json is not valid JSON: nested too"),
    (["list_chats", "--json", "@{files}/list.json"], "list.json must be a JSON object, not list"),
    # the arguments, refused by the request model (a multi-line message joined into one)
    (["list_chats", "--json", '{"a": 1, "b": 2}'], "2 invalid arguments; a: unexpected"),
    (["list_chats", "--json", '{"page_id": "\\ud800"}'], "page_id: holds a lone surrogate"),
    (["upload_file", "--json", '{"file": "{files}/dir"}'], "file: not a regular file"),
    # argparse
    (["list_chats", "extra", "\x1b[31m"], "unrecognized arguments: extra \\x1b[31m (see `liv"),
    (["list_chats", "--json"], "argument --json: expected one argument"),
    (["list_chats", "--nope"], "unrecognized arguments: --nope (see `livechat-typed call -h`)"),
    ([], "the following arguments are required: ACTION (see `livechat-typed call -h`)"),
]


@pytest.mark.parametrize(("args", "message"), BAD_CALLS)
def test_every_bad_call_option_is_one_line_and_exit_2(
    files: Path, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    argv = ["call", *(arg.replace("{files}", str(files)) for arg in args)]
    with in_memory() as sent:
        assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    line = one_line_error(captured.err)
    assert message.replace("{files}", str(files)) in line
    assert SECRET not in captured.err
    assert sent == []  # nothing was sent


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["serve", "--port", "99999"], "argument --port: must be from 0 (a free port) to 65535"),
        (["serve", "--port", "-1"], "argument --port: must be from 0"),
        (["serve", "--port", "x"], "'x' is not a port number (see `livechat-typed serve -h`)"),
        (["serve", "--host", ""], "--host is empty"),
        (["serve", "--host", "bad host!"], "--host 'bad host!' is not a host name or an IP"),
        (["serve", "--http1", "--http2"], "not allowed with argument --http1"),
        (["demo", "--http2"], "unrecognized arguments: --http2 (see `livechat-typed demo -h`)"),
        (["nope"], "argument COMMAND: invalid choice: 'nope'"),
        (["--nope"], "unrecognized arguments: --nope (see `livechat-typed -h`)"),
    ],
)
def test_every_bad_serve_and_demo_option_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    assert main(args) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert message in one_line_error(captured.err)


@pytest.mark.parametrize("command", ["serve", "demo"])
def test_a_missing_fake_extra_is_one_line_and_exit_1(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    monkeypatch.setitem(sys.modules, "hypercorn.asyncio", None)  # as if not installed
    assert main([command]) == 1
    captured = capsys.readouterr()
    assert f"`{command}`: FakeServer needs hypercorn and trustme" in one_line_error(captured.err)


def test_an_empty_token_option_does_not_fall_back_to_the_environment(
    server: FakeServer, token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    since = len(server.exchanges)
    assert call(server, "list_chats", "--token", "") == 2
    assert "--token is empty" in one_line_error(capsys.readouterr().err)
    assert len(server.exchanges) == since


@pytest.mark.parametrize("value", ["", "   ", None])
def test_no_token_anywhere_exits_2(capsys: pytest.CaptureFixture[str], value: str | None) -> None:
    with in_memory() as sent, pytest.MonkeyPatch.context() as patch:
        if value is None:
            patch.delenv("LIVECHAT_TOKEN")
        else:
            patch.setenv("LIVECHAT_TOKEN", value)
        assert main(["call", "list_chats"]) == 2
    assert "no access token" in one_line_error(capsys.readouterr().err)
    assert sent == []


def test_an_unsendable_token_from_the_environment_is_named_not_shown(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with in_memory() as sent, pytest.MonkeyPatch.context() as patch:
        patch.setenv("LIVECHAT_TOKEN", f"{SECRET}\x01")
        assert main(["call", "list_chats"]) == 2
    captured = capsys.readouterr()
    line = one_line_error(captured.err)
    assert line.startswith(f"{PREFIX}LIVECHAT_TOKEN: the access token cannot be sent")
    assert SECRET not in captured.err + captured.out
    assert sent == []


@pytest.mark.parametrize(
    "args",
    [
        ["call", "list_chats", "--timeout", "0"],
        ["call", "list_chats", "--token", "x\x01y"],
        ["call", "list_chats", "--json", "@/nonexistent/args.json"],
        ["serve", "--port", "99999"],
        ["serve", "--host", ""],
    ],
)
def test_bad_options_as_a_program_are_one_line_and_exit_2(args: list[str]) -> None:
    done = run_module(*args)
    assert done.returncode == 2, done.stderr
    assert done.stdout == ""
    one_line_error(done.stderr)


def test_serve_on_a_taken_port_is_one_line_and_exit_2() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        done = run_module("serve", "--port", str(taken.getsockname()[1]))
    assert done.returncode == 2
    assert "Address already in use" in one_line_error(done.stderr)


# --- any text as an option value: a working run, or one line and exit 2 ---------------------------


def run_in_memory(argv: list[str]) -> tuple[int, str, str, list[httpx.Request]]:
    out, err = io.StringIO(), io.StringIO()
    with in_memory() as sent, pytest.MonkeyPatch.context() as patch:
        patch.setattr(sys, "stdout", out)
        patch.setattr(sys, "stderr", err)
        code = main(argv)
    return code, out.getvalue(), err.getvalue(), sent


def _valid_timeout(text: str) -> bool:
    try:
        value = float(text)
    except ValueError:
        return False
    return math.isfinite(value) and 0 < value <= MAX_TIMEOUT


@given(st.one_of(st.text(), st.floats().map(str), st.integers().map(str)))
def test_any_timeout_text_runs_or_is_one_line_exit_2(text: str) -> None:
    code, out, err, sent = run_in_memory(["call", "list_chats", f"--timeout={text}"])
    if _valid_timeout(text):
        assert code == 0, err
        assert json.loads(out)["found_chats"] == 0
    else:
        assert code == 2
        assert "argument --timeout" in one_line_error(err)
        assert sent == []


@given(st.one_of(st.text(), st.integers().map(str)))
def test_any_max_retries_text_runs_or_is_one_line_exit_2(text: str) -> None:
    code, _, err, sent = run_in_memory(["call", "list_chats", f"--max-retries={text}"])
    if code == 0:
        assert 0 <= int(text) <= MAX_RETRIES
    else:
        assert code == 2
        assert "argument --max-retries" in one_line_error(err)
        assert sent == []


HOSTS = st.sampled_from(["127.0.0.1", "example.com", "[::1]", "api.livechatinc.com", "a-b.c"])
BASE_URLS = st.builds(
    "{}{}{}".format,
    st.sampled_from(["", "https://", "http://", "HTTPS://", "ftp://", "//"]),
    HOSTS,
    st.sampled_from(["", "/", ":443", ":0", ":65535", ":65536", ":x", "/path"]),
)


@given(st.one_of(st.text(), BASE_URLS))
def test_any_base_url_text_runs_or_is_one_line_exit_2(text: str) -> None:
    code, _, err, sent = run_in_memory(["call", "list_chats", f"--base-url={text}"])
    assert code in (0, 2)
    if code == 2:
        assert "--base-url: base_url" in one_line_error(err)
        assert sent == []
    else:
        assert len(sent) == 1


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=8,
)
LIST_CHATS_ARGUMENTS = st.dictionaries(
    st.sampled_from(["limit", "sort_order", "page_id", "filters", "unknown"]), JSON_VALUES
)


@given(st.one_of(st.text(), JSON_VALUES.map(json.dumps), LIST_CHATS_ARGUMENTS.map(json.dumps)))
def test_any_json_text_runs_or_is_one_line_exit_2(text: str) -> None:
    code, out, err, sent = run_in_memory(["call", "list_chats", "--json", text])
    assert code in (0, 2)
    if code == 2:
        one_line_error(err)
        assert sent == []
    else:
        assert isinstance(json.loads(text), dict)
        assert json.loads(out)["found_chats"] == 0


@given(st.text())
def test_any_token_is_sent_or_refused_but_never_shown(text: str) -> None:
    code, out, err, _ = run_in_memory(["call", "list_chats", "--token", SECRET + text])
    assert code in (1, 2)  # the fake knows no such token: 401, exit 1
    one_line_error(err)
    assert SECRET not in out + err


# --- --json @FILE and --json - --------------------------------------------------------------------

START = {"chat": {"thread": {"events": [{"type": "message", "text": "from a file"}]}}}


def test_json_from_a_file(
    server: FakeServer, token: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "args.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(START).encode())  # a UTF-8 BOM is skipped
    assert call(server, "start_chat", "--json", f"@{path}") == 0
    started = json.loads(capsys.readouterr().out)
    assert server.fake.state.events(started["chat_id"])[0]["text"] == "from a file"


@pytest.mark.parametrize("kind", ["bytes", "text"])
def test_json_from_standard_input(
    server: FakeServer,
    token: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
) -> None:
    body = json.dumps(START).replace("from a file", f"from stdin ({kind})")
    stdin = io.TextIOWrapper(io.BytesIO(body.encode())) if kind == "bytes" else io.StringIO(body)
    monkeypatch.setattr(sys, "stdin", stdin)
    assert call(server, "start_chat", "--json", "-") == 0
    started = json.loads(capsys.readouterr().out)
    text = server.fake.state.events(started["chat_id"])[0]["text"]
    assert text == f"from stdin ({kind})"


@pytest.mark.parametrize(
    ("stdin", "message"),
    [
        ("", "--json - (standard input) is not valid JSON"),
        ("[]", "--json - (standard input) must be a JSON object, not list"),
        (None, "--json - (standard input): there is no standard input"),
    ],
)
def test_bad_standard_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    stdin: str | None,
    message: str,
) -> None:
    monkeypatch.setattr(sys, "stdin", None if stdin is None else io.StringIO(stdin))
    with in_memory() as sent:
        assert main(["call", "list_chats", "--json", "-"]) == 2
    assert message in one_line_error(capsys.readouterr().err)
    assert sent == []


def test_json_from_standard_input_as_a_program(server: FakeServer) -> None:
    target = ["--base-url", server.base_url, "--ca", str(server.ca_path)]
    done = subprocess.run(
        [sys.executable, "-m", "livechat_typed", "call", "start_chat", "--json", "-", *target],
        input=json.dumps(START),
        capture_output=True,
        text=True,
        timeout=GUARD,
        cwd=ROOT,
        env={**os.environ, "LIVECHAT_TOKEN": server.token},
    )
    assert done.returncode == 0, done.stderr
    chat_id = json.loads(done.stdout)["chat_id"]
    assert server.fake.state.events(chat_id)[0]["text"] == "from a file"


# --- TLS failures say what to do ------------------------------------------------------------------


def test_an_untrusted_certificate_suggests_ca(
    server: FakeServer, token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["call", "list_chats", "--base-url", server.base_url, "--max-retries", "0"]
    assert main(args) == 1
    line = one_line_error(capsys.readouterr().err)
    assert "CERTIFICATE_VERIFY_FAILED" in line
    assert "pass --ca with that CA's PEM file" in line


def test_a_certificate_of_another_ca_names_the_ca_given(
    server: FakeServer, token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeServer() as other:
        args = ["--base-url", server.base_url, "--ca", str(other.ca_path), "--max-retries", "0"]
        assert main(["call", "list_chats", *args]) == 1
        line = one_line_error(capsys.readouterr().err)
        assert f"not signed by the CA in --ca {other.ca_path}" in line


def test_https_to_a_plain_http_server_suggests_http(
    token: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with FakeServer(tls=False) as plain:
        host = plain.url.removeprefix("http://")
        assert main(["call", "list_chats", "--base-url", host, "--max-retries", "0"]) == 1
    assert "--base-url http://HOST:PORT" in one_line_error(capsys.readouterr().err)


# --- Ctrl+C ---------------------------------------------------------------------------------------


def test_an_interrupted_call_exits_130_without_a_traceback(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupt(request: httpx.Request) -> httpx.Response:
        raise KeyboardInterrupt

    def transport(self: Any, **options: Any) -> httpx.MockTransport:
        return httpx.MockTransport(interrupt)

    monkeypatch.setattr(AgentWeb, "_make_transport", transport)
    monkeypatch.setenv("LIVECHAT_TOKEN", DEFAULT_TOKEN)
    assert main(["call", "list_chats"]) == 130
    captured = capsys.readouterr()
    assert captured.out == ""
    assert one_line_error(captured.err) == f"{PREFIX}interrupted"


def test_ctrl_c_during_a_call_as_a_program_exits_130() -> None:
    """A server that accepts and never answers; SIGINT once the call's connection is in."""
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        silent.settimeout(GUARD)
        base_url = f"http://127.0.0.1:{silent.getsockname()[1]}"
        process = subprocess.Popen(
            [sys.executable, "-m", "livechat_typed", "call", "list_chats", "--base-url", base_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, "LIVECHAT_TOKEN": "dal:x"},
        )
        try:
            connection, _ = silent.accept()  # the call is now waiting for an answer
            with connection:
                process.send_signal(signal.SIGINT)
                out, err = process.communicate(timeout=GUARD)
        finally:
            if process.poll() is None:
                process.kill()
                process.communicate()
    assert process.returncode == 130, err
    assert out == ""
    assert one_line_error(err) == f"{PREFIX}interrupted"


def test_a_closed_stdout_is_not_a_traceback(server: FakeServer) -> None:
    target = ["--base-url", server.base_url, "--ca", str(server.ca_path)]
    process = subprocess.Popen(
        [sys.executable, "-m", "livechat_typed", "call", "list_chats", *target],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env={**os.environ, "LIVECHAT_TOKEN": server.token},
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # as `| head -0` would
    err = process.stderr.read()
    assert process.wait(timeout=GUARD) == 1
    assert "Traceback" not in err

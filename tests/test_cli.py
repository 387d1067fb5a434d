"""The ``livechat-typed`` command line: ``demo``, ``call`` and ``serve``, in-process through
``main([...])`` where possible and as ``python -m livechat_typed`` in a subprocess otherwise."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from livechat_typed._cli import ACTIONS, main
from livechat_typed.testing import FakeServer

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

"""A small Language Server Protocol client over stdio, to ask a type checker's language server
what an editor would show: completion, hover and signature help.

The servers are started from the test environment (``basedpyright-langserver --stdio``,
``pyrefly lsp``, ``ty server``) on a workspace folder whose configuration file points them at the
same Python environment. Requests made by the server (configuration, capability registration,
progress) are answered with what a minimal editor answers; notifications are ignored.
"""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

BIN = Path(sys.executable).parent
TIMEOUT = 300.0
"""Seconds to wait for one answer: generous, since a server indexes the environment first."""

SERVERS: dict[str, list[str]] = {
    "pyright": [str(BIN / "basedpyright-langserver"), "--stdio"],
    "pyrefly": [str(BIN / "pyrefly"), "lsp"],
    "ty": [str(BIN / "ty"), "server"],
}


def write_config(server: str, workspace: Path) -> None:
    """The server's configuration file in ``workspace``: this Python environment, standard mode."""
    prefix = Path(sys.prefix)
    if server == "pyright":
        config = {"typeCheckingMode": "standard", "venvPath": str(prefix.parent)}
        config["venv"] = prefix.name
        (workspace / "pyrightconfig.json").write_text(json.dumps(config), encoding="utf-8")
    elif server == "pyrefly":
        (workspace / "pyrefly.toml").write_text(
            f"python-interpreter-path = {json.dumps(sys.executable)}\n", encoding="utf-8"
        )
    elif server == "ty":
        (workspace / "ty.toml").write_text(
            f"[environment]\npython = {json.dumps(str(prefix))}\n", encoding="utf-8"
        )


class LanguageServer:
    """One running server: :meth:`request` sends a request and waits for its answer."""

    def __init__(self, server: str, workspace: Path) -> None:
        write_config(server, workspace)
        self.workspace = workspace
        self.process = subprocess.Popen(
            SERVERS[server],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            cwd=workspace,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.stdin: IO[bytes] = self.process.stdin
        self.messages: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.reader = threading.Thread(target=self._read, args=(self.process.stdout,), daemon=True)
        self.reader.start()
        self.next_id = 0
        self.versions: dict[str, int] = {}
        self.request(
            "initialize",
            {
                "processId": None,
                "rootUri": workspace.as_uri(),
                "workspaceFolders": [{"uri": workspace.as_uri(), "name": "cases"}],
                "capabilities": {
                    "workspace": {"configuration": True, "workspaceFolders": True},
                    "textDocument": {
                        "completion": {"completionItem": {"snippetSupport": False}},
                        "hover": {"contentFormat": ["markdown", "plaintext"]},
                        "signatureHelp": {
                            "signatureInformation": {
                                "documentationFormat": ["markdown", "plaintext"],
                                "parameterInformation": {"labelOffsetSupport": True},
                            }
                        },
                    },
                },
            },
        )
        self.notify("initialized", {})

    # --- the wire --------------------------------------------------------------------------------

    def _read(self, stream: IO[bytes]) -> None:
        try:
            while True:
                length = 0
                while (line := stream.readline()) not in (b"\r\n", b""):
                    name, _, value = line.decode("ascii").partition(":")
                    if name.lower() == "content-length":
                        length = int(value)
                if not line:
                    break
                self.messages.put(json.loads(stream.read(length)))
        finally:
            self.messages.put(None)

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **message}).encode("utf-8")
        self.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        self._send({"method": method, "params": params})

    def request(self, method: str, params: Any) -> Any:
        """Send a request; answer the server's own requests meanwhile; return the result."""
        self.next_id += 1
        ident = self.next_id
        self._send({"id": ident, "method": method, "params": params})
        while True:
            try:
                message = self.messages.get(timeout=TIMEOUT)
            except queue.Empty:
                raise TimeoutError(f"no answer to {method} in {TIMEOUT:.0f} s") from None
            if message is None:
                raise RuntimeError(f"the server stopped before answering {method}")
            if "method" in message and "id" in message:  # a request from the server
                self._send({"id": message["id"], "result": self._answer(message)})
            elif message.get("id") == ident:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result")

    def _answer(self, message: dict[str, Any]) -> Any:
        if message["method"] == "workspace/configuration":
            return [self._setting(item.get("section", "")) for item in message["params"]["items"]]
        return None  # registerCapability, workDoneProgress/create, ...

    @staticmethod
    def _setting(section: str) -> Any:
        if section == "python":
            return {"pythonPath": sys.executable}
        if section.endswith("analysis"):
            return {"typeCheckingMode": "standard"}
        return {}

    # --- what an editor asks --------------------------------------------------------------------

    def open(self, name: str, text: str) -> str:
        """Open (or replace) a document of the workspace; return its URI."""
        path = self.workspace / name
        path.write_text(text, encoding="utf-8")
        uri = path.as_uri()
        version = self.versions.get(uri, 0) + 1
        self.versions[uri] = version
        if version == 1:
            document = {"uri": uri, "languageId": "python", "version": version, "text": text}
            self.notify("textDocument/didOpen", {"textDocument": document})
        else:
            self.notify(
                "textDocument/didChange",
                {
                    "textDocument": {"uri": uri, "version": version},
                    "contentChanges": [{"text": text}],
                },
            )
        return uri

    def at(self, method: str, uri: str, line: int, character: int) -> Any:
        position = {"line": line, "character": character}
        return self.request(method, {"textDocument": {"uri": uri}, "position": position})

    def completion_labels(self, uri: str, line: int, character: int) -> list[str]:
        result = self.at("textDocument/completion", uri, line, character)
        items = result.get("items", []) if isinstance(result, dict) else result or []
        return [item["label"] for item in items]

    def hover_text(self, uri: str, line: int, character: int) -> str:
        result = self.at("textDocument/hover", uri, line, character)
        return text_of(result["contents"]) if result else ""

    def signature_help(self, uri: str, line: int, character: int) -> Any:
        return self.at("textDocument/signatureHelp", uri, line, character)

    def close(self) -> None:
        try:
            self.request("shutdown", None)
            self.notify("exit", None)
            self.process.wait(timeout=30)
        except Exception:  # a server that will not stop is stopped
            self.process.kill()
            self.process.wait()


def text_of(contents: Any) -> str:
    """Hover contents (a string, a MarkupContent or a list of marked strings) as text."""
    if isinstance(contents, str):
        return contents
    if isinstance(contents, list):
        return "\n".join(map(text_of, contents))
    value: Callable[[str], Any] = contents.get
    return str(value("value") or "")

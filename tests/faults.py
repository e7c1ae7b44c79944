"""Faults on demand for the tests: a Redis server of the test's own, and a TCP proxy to cut.

Fault tests never stop the shared Redis or PostgreSQL: they start their own Redis, or put a
:class:`TcpProxy` between the site and a server and cut that.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from tests.servers import free_port


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            if time.monotonic() > deadline:
                raise RuntimeError(f"Nothing listens on port {port}.") from None
            time.sleep(0.05)


def require_redis_server() -> str:
    path = shutil.which("redis-server")
    if path:
        return path
    reason = "redis-server not found: the cache fault tests need it (apt-get install redis-server)."
    if os.environ.get("CI"):
        pytest.fail(reason, pytrace=False)
    pytest.skip(reason)


class RedisServer:
    """A Redis server on a free loopback port, started and stopped by the test (no data kept
    on disk, so a restart comes back empty, like a cache that was restarted)."""

    def __init__(self, directory: Path, *arguments: str) -> None:
        self.binary = require_redis_server()
        self.directory = directory
        self.arguments = arguments
        self.port = free_port()
        self.process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            [
                self.binary,
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(self.directory),
                *self.arguments,
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port)
        if self.process.poll() is not None:
            raise RuntimeError(f"redis-server did not start on port {self.port}.")

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


class TcpProxy:
    """Forwards a loopback port to ``target_port`` until cut.

    ``cut()`` closes every open connection and refuses new ones (the server "went away");
    ``hang()`` accepts connections and forwards nothing (the server, or the network, hangs);
    ``restore()`` forwards again. ``connections`` counts the connections accepted.
    """

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.connections = 0
        self._listener: socket.socket | None = None
        self._open: list[socket.socket] = []
        self._hanging = False
        self._lock = threading.Lock()

    def start(self) -> TcpProxy:
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self._listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()
        return self

    def cut(self) -> None:
        self._hanging = False
        listener, self._listener = self._listener, None
        if listener is not None:
            # close() alone leaves a listener blocked in accept() listening (Linux).
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        self._close_open()

    def hang(self) -> None:
        self._close_open()
        self._hanging = True
        if self._listener is None:
            self.start()

    def restore(self) -> None:
        self._hanging = False
        self._close_open()
        if self._listener is None:
            self.start()

    def _close_open(self) -> None:
        with self._lock:
            sockets, self._open = self._open, []
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return
            self.connections += 1
            if self._hanging:
                with self._lock:
                    self._open.append(client)
                continue
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            with self._lock:
                self._open += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)

"""A TCP proxy on loopback that kills the first connection once it has carried `cut_after` bytes from
the client: a dropped connection in the middle of an upload, as a flaky network makes one."""

from __future__ import annotations

import contextlib
import socket
import threading

from servicekit.testing.ports import free_port


class DroppingProxy:
    def __init__(self, upstream_port: int, *, cut_after: int) -> None:
        self.upstream_port = upstream_port
        self.cut_after = cut_after
        self.port = free_port()
        self.cuts = 0
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._stopped = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._stopped.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            cut = self.cuts == 0
            threading.Thread(target=self._pump, args=(client, upstream, cut), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, cut: bool) -> None:
        carried = 0
        with contextlib.suppress(OSError):
            while data := source.recv(65536):
                if cut and carried + len(data) > self.cut_after:
                    target.sendall(data[: self.cut_after - carried])
                    self.cuts += 1
                    break
                target.sendall(data)
                carried += len(data)
        for end in (source, target):
            with contextlib.suppress(OSError):
                end.shutdown(socket.SHUT_RDWR)
            end.close()

    def close(self) -> None:
        self._stopped.set()
        self._listener.close()

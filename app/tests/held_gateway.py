"""A stand-in for the gateway on a local port that holds every request until the test answers it, so
the test decides in which order answers arrive. The app's own client, session and views talk to it
over real HTTP: nothing of ours is replaced."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Mapping
from dataclasses import dataclass, field
from typing import Any

HEAD_END = b"\r\n\r\n"


@dataclass
class HeldRequest:
    """One GraphQL request that reached the gateway and waits for its answer."""

    variables: Mapping[str, object]
    _reply: asyncio.Future[tuple[int, bytes]] = field(repr=False)

    def answer(self, data: Mapping[str, object]) -> None:
        self._reply.set_result((200, json.dumps({"data": data}).encode()))

    def fail(self, status: int) -> None:
        """Answers as a gateway that could not reach the service (e.g. 502), with no GraphQL body."""
        self._reply.set_result((status, b"{}"))


class HeldGateway:
    def __init__(self) -> None:
        self.requests: asyncio.Queue[HeldRequest] = asyncio.Queue()
        self._server: asyncio.Server | None = None

    @property
    def url(self) -> str:
        assert self._server is not None, "start the gateway first"
        host, port = self._server.sockets[0].getsockname()[:2]
        return f"http://{host}:{port}/graphql"

    async def start(self) -> None:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = (await reader.readuntil(HEAD_END)).decode("latin-1").lower()
        length = next(
            int(line.split(":", 1)[1]) for line in head.split("\r\n") if line.startswith("content-length:")
        )
        request = json.loads(await reader.readexactly(length))
        reply: asyncio.Future[tuple[int, bytes]] = asyncio.get_running_loop().create_future()
        await self.requests.put(HeldRequest(request["variables"], reply))
        status, body = await reply
        writer.write(
            f"HTTP/1.1 {status} Held\r\ncontent-type: application/json\r\n"
            f"content-length: {len(body)}\r\nconnection: close\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        writer.close()
        await writer.wait_closed()


async def answer_next(
    gateway: HeldGateway, pressed: Awaitable[None], answer: Mapping[str, Any]
) -> Mapping[str, object]:
    """Presses, answers the one request it sends with `answer`, and returns that request's variables."""
    running = asyncio.ensure_future(pressed)
    request = await gateway.requests.get()
    request.answer(answer)
    await running
    return request.variables

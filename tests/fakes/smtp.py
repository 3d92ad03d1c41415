"""A real SMTP server on 127.0.0.1 (aiosmtpd) that records what it accepts."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import Envelope


class RecordingHandler:
    """An aiosmtpd handler that keeps every accepted message and refuses chosen recipients."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.refuse: dict[str, str] = {}

    async def handle_RCPT(  # noqa: N802 (aiosmtpd's hook name)
        self, server: object, session: object, envelope: Envelope, address: str, options: object
    ) -> str:
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(  # noqa: N802
        self, server: object, session: object, envelope: Envelope
    ) -> str:
        assert isinstance(envelope.content, bytes)
        self.messages.append((envelope.mail_from or "", list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp() -> Iterator[tuple[RecordingHandler, int]]:
    handler = RecordingHandler()
    port = free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield handler, port
    finally:
        controller.stop()

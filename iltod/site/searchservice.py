"""Pagefind's indexing service, with its answers read as soon as it writes them.

Pagefind's Python API (``pagefind.service.PagefindService``) reads the service's answers in a
loop that sleeps 0.1 s before each read. An index takes three requests (new index, add the
folder, write the files), so every build waited at least 0.3 s for nothing: most of what a
one-agency site's search index took (0.55 s). Here the loop waits on the pipe itself; the
requests, the service and what it writes are Pagefind's own.
"""

from __future__ import annotations

import base64
import json
from typing import Any, cast

from pagefind.service import PagefindService
from pagefind.service.types import InternalResponsePayload


class Service(PagefindService):
    """``PagefindService`` whose answers are read without a pause."""

    async def _wait_for_responses(self) -> None:
        assert self._backend.stdout is not None
        while True:
            output = await self._backend.stdout.readuntil(b",")
            answer = json.loads(base64.b64decode(output[:-1]))
            if answer is not None:
                self._resolve(answer)

    def _resolve(self, answer: dict[str, Any]) -> None:
        """Hand an answer to the request waiting for it, as Pagefind's own loop does."""
        payload = answer["payload"]
        message_id = answer.get("message_id")
        if message_id is None and payload.get("original_message"):
            # a request the service could not read comes back without its id, but with itself
            message_id = json.loads(payload["original_message"]).get("message_id")
        future = self._responses.get(message_id) if message_id is not None else None
        if future is None or future.done():
            return
        if payload["type"] == "Error":
            future.set_exception(Exception(payload["message"], payload.get("original_message")))
        else:
            future.set_result(cast(InternalResponsePayload, payload))

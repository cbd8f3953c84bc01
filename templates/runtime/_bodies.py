"""One attempt, sent and its response body read: within the attempt's deadline (checked between
chunks; the SDK's own sockets clamp every read and write), never more than its size limit,
decoded as it arrives (gzip and deflate by the SDK, bounded like reading), to memory or to a
file sink, and with redirects never followed."""

from __future__ import annotations

import contextlib
import time
import zlib
from typing import Any, Final

import httpx

from . import _logs
from ._deadlines import AttemptProgress, attempt_deadline, attempt_progress

__all__ = [
    "ACCEPT_ENCODING",
    "TRUNCATED",
    "TRUNCATED_AT",
    "UNDECODABLE",
    "WRITTEN",
    "BodyReader",
    "aread_response",
    "read_response",
]

# Content codings the SDK decodes itself (and asks for: `Accept-Encoding`), so that decoding is
# bounded like reading: httpx's decoders inflate a whole chunk at once, and 64 KiB of gzip can
# inflate to 64 MiB.
ACCEPT_ENCODING: Final = "gzip, deflate"
_WBITS: Final = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}
TRUNCATED: Final = "klarna_truncated"  # response extension: the body was cut at max_response_size
WRITTEN: Final = "klarna_written"  # response extension: the body went to the call's FileSink, not memory
TRUNCATED_AT: Final = "klarna_truncated_at"  # response extension: the bytes of a written body read before the cut
UNDECODABLE: Final = "klarna_undecodable_encoding"  # response extension: the coding that failed


class BodyReader:
    """Reads one response body chunk by chunk: against the attempt's deadline, decoded as it
    arrives, and never more than `limit` decoded bytes (the rest is not read).

    When the body cannot be decoded (`Content-Encoding: gzip` on a plain body, an unknown
    coding), its raw bytes become the body, so that a created order's id is not lost to a
    gateway's mislabelled header.
    """

    def __init__(self, response: httpx.Response, deadline: float | None, limit: int, sink: Any = None) -> None:
        self.response, self.deadline, self.limit = response, deadline, limit
        # A successful body goes to the sink (a FileSink) as it arrives; an error body stays in memory.
        self.sink = sink if sink is not None and 200 <= response.status_code < 300 else None
        if self.sink is not None:
            self.sink.begin()
        codings = [c.strip().lower() for c in response.headers.get("content-encoding", "").split(",") if c.strip()]
        codings = [c for c in codings if c != "identity"]
        self.coding = ",".join(codings)
        self.undecodable = len(codings) > 1 or (bool(codings) and codings[0] not in _WBITS)
        self.decompressor = zlib.decompressobj(_WBITS[codings[0]]) if codings and not self.undecodable else None
        self.started = False
        self.raw: list[bytes] = []
        self.raw_size = 0
        self.body: list[bytes] = []
        self.size = 0

    @property
    def full(self) -> bool:
        return self.size > self.limit or (self.undecodable and self.raw_size > self.limit)

    def feed(self, chunk: bytes) -> bool:
        """Take one raw chunk; False once the body is over the limit (stop reading)."""
        if self.deadline is not None and time.monotonic() > self.deadline:
            raise httpx.ReadTimeout("the attempt's deadline passed while the body was still arriving")
        if self.raw_size <= self.limit and self.sink is None:
            self.raw.append(chunk)
            self.raw_size += len(chunk)
        if self.undecodable and self.sink is not None:
            raise httpx.DecodingError(f"the body's Content-Encoding {self.coding!r} cannot be decoded")
        if self.undecodable:
            pass  # the raw bytes above are the body
        elif self.decompressor is None:
            self._keep(chunk)
        else:
            self._inflate(chunk)
        return not self.full

    def _keep(self, data: bytes) -> None:
        if self.sink is None:
            self.body.append(data)
        elif self.size + len(data) <= self.limit:
            self.sink.write(data)
        self.size += len(data)

    def _inflate(self, chunk: bytes) -> None:
        assert self.decompressor is not None
        data = chunk
        try:
            while data and self.size <= self.limit:
                self._keep(self.decompressor.decompress(data, self.limit - self.size + 1))
                data = self.decompressor.unconsumed_tail
        except zlib.error:
            if not self.started and self.coding == "deflate":  # raw deflate, without the zlib header
                self.decompressor = zlib.decompressobj(-zlib.MAX_WBITS)
                self.started = True
                self.body, self.size = [], 0
                self._inflate(chunk)
                return
            self.undecodable = True
        self.started = True

    def preloaded(self) -> httpx.Response:
        """The response of a transport that answered with its body already read (httpx decoded
        it then; `MockTransport` does so): only the limit is left to apply."""
        if len(self.response.content) <= self.limit and self.sink is None:
            return self.response
        self.undecodable, self.decompressor = False, None
        self._keep(self.response.content)
        return self.result()

    def result(self) -> httpx.Response:
        """The response with its body read: decoded, or raw when undecodable, cut at the limit."""
        if self.decompressor is not None and not self.undecodable and not self.full:
            try:
                self._keep(self.decompressor.flush())
            except zlib.error:
                self.undecodable = True
        extensions = dict(self.response.extensions)
        if self.undecodable:
            content = b"".join(self.raw)
            extensions[UNDECODABLE] = self.coding
        else:
            content = b"".join(self.body)
        if len(content) > self.limit:
            content = content[: self.limit]
            extensions[TRUNCATED] = True
        if self.sink is not None:
            extensions[WRITTEN] = True
            if self.size > self.limit:
                extensions[TRUNCATED], extensions[TRUNCATED_AT] = True, self.limit
        read = httpx.Response(
            self.response.status_code, content=content, request=self.response.request, extensions=extensions
        )
        read.headers = self.response.headers  # as received (the body is already decoded)
        return read


def read_response(
    http: httpx.Client,
    request: httpx.Request,
    deadline: float | None,
    limit: int,
    transport: httpx.BaseTransport | None = None,
    sink: Any = None,
    progress: AttemptProgress | None = None,
) -> httpx.Response:
    """Send `request` and read its body, within `deadline` (a monotonic time) and `limit` bytes:
    through `transport` when the pool gives one (`HttpPool.sync_target`), else through `http`.
    `progress` learns how far it got (through the SDK's own sockets)."""
    token = attempt_deadline.set(deadline)  # bounds the sockets of the SDK's own pool (DeadlineTransport)
    redacting = _logs.redacting(request)  # httpx's and httpcore's lines of this request
    progress = progress if progress is not None else AttemptProgress()
    tracking = attempt_progress.set(progress)
    try:
        if transport is None:
            response = http.send(request, stream=True, follow_redirects=False)
        else:
            response = transport.handle_request(request)
            response.request = request
        try:
            reader = BodyReader(response, deadline, limit, sink)
            if response.is_stream_consumed:
                return reader.preloaded()
            for chunk in response.iter_raw():
                if not reader.feed(chunk):
                    break
            return reader.result()
        finally:
            response.close()
    except BaseException as interrupt:
        if not isinstance(interrupt, Exception):
            progress.close_streams()  # its connection may be half-written: never used again
        raise
    finally:
        attempt_deadline.reset(token)
        _logs.REDACTED.reset(redacting)
        attempt_progress.reset(tracking)


async def aread_response(
    http: httpx.AsyncClient,
    request: httpx.Request,
    deadline: float | None,
    limit: int,
    transport: httpx.AsyncBaseTransport | None = None,
    sink: Any = None,
    progress: AttemptProgress | None = None,
) -> httpx.Response:
    """The async twin of `read_response`: the whole attempt runs in a cancel scope."""
    import anyio

    progress = progress if progress is not None else AttemptProgress()

    async def trace(event: str, info: object) -> None:
        if event.endswith("send_request_headers.started"):
            progress.sent = True

    request.extensions["trace"] = trace
    scope = anyio.fail_after(max(deadline - time.monotonic(), 0)) if deadline is not None else contextlib.nullcontext()
    redacting = _logs.redacting(request)
    try:
        with scope:
            if transport is None:
                response = await http.send(request, stream=True, follow_redirects=False)
            else:
                response = await transport.handle_async_request(request)
                response.request = request
            try:
                reader = BodyReader(response, deadline, limit, sink)
                if response.is_stream_consumed:
                    return reader.preloaded()
                async for chunk in response.aiter_raw():
                    if not reader.feed(chunk):
                        break
                return reader.result()
            finally:
                await response.aclose()
    except TimeoutError:
        # Cancelled by the deadline: after the request went out it may have been executed.
        if progress.sent:
            raise httpx.ReadTimeout("the attempt's deadline passed", request=request) from None
        raise httpx.PoolTimeout("the attempt's deadline passed before the request was sent", request=request) from None
    finally:
        _logs.REDACTED.reset(redacting)

"""Start a Prism mock server from openapi.yaml on a free port, and stop it reliably.

Used by `make mock` (foreground, until Ctrl-C) and by the contract tests' session fixture.
Prism is the pinned one in node_modules (never npx, whose wrapper process orphans the server
when killed). Readiness is an HTTP answer on the port, not a log line (which Prism omits at
higher log levels); if Prism exits first its log is shown.

Usage: python scripts/prism.py [--port N]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / "node_modules" / ".bin" / "prism"
SPEC = ROOT / "openapi.yaml"
STARTUP_SECONDS = 30.0
PORT_ATTEMPTS = 3


class PrismError(RuntimeError):
    """Prism could not be started; the message includes its log."""


def free_port() -> int:
    """A port nothing listens on right now (another process may still take it before Prism)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def answers_http(url: str) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=0.5):
            return True
    except urllib.error.HTTPError:
        return True  # Any status (Prism answers / with 404) means the server is up.
    except OSError:
        return False


def stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group, SIGKILL it if it lingers."""
    if process.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=5)


def _launch(spec: Path, port: int, log_path: Path) -> subprocess.Popen[bytes]:
    if not PRISM.exists():
        raise PrismError(f"{PRISM} is missing: run `make bootstrap` (npm ci) first")
    with log_path.open("wb") as log:
        return subprocess.Popen(
            [str(PRISM), "mock", str(spec), "--host", "127.0.0.1", "--port", str(port), "--errors"],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,  # its own process group, so stop() reaches every child
        )


def _wait_until_ready(process: subprocess.Popen[bytes], url: str, log_path: Path) -> bool:
    """True when Prism answers; False when it exited first; PrismError on timeout."""
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            return False
        if answers_http(url):
            return True
        time.sleep(0.1)
    stop(process)
    raise PrismError(f"Prism did not answer on {url} within {STARTUP_SECONDS:.0f} s.\n{log_path.read_text()}")


@contextlib.contextmanager
def running_prism(spec: Path = SPEC, port: int | None = None) -> Iterator[str]:
    """Run Prism for the duration of the block and yield its base URL.

    With no `port`, a free one is picked, and a lost race for it (another process bound it
    first) is retried with a new port.
    """
    with tempfile.TemporaryDirectory(prefix="klarna-prism-") as tmp:
        log_path = Path(tmp) / "prism.log"
        for _attempt in range(1 if port else PORT_ATTEMPTS):
            chosen = port or free_port()
            url = f"http://127.0.0.1:{chosen}"
            process = _launch(spec, chosen, log_path)
            try:
                if _wait_until_ready(process, url, log_path):
                    yield url
                    return
            finally:
                stop(process)
            log = log_path.read_text(errors="replace")
            if "EADDRINUSE" not in log or port:
                raise PrismError(f"Prism exited with status {process.returncode} before serving.\n{log}")
        raise PrismError(f"Prism could not bind a port in {PORT_ATTEMPTS} attempts.\n{log}")


def main() -> int:
    parser = argparse.ArgumentParser(description="Serve a Prism mock of openapi.yaml until Ctrl-C.")
    parser.add_argument("--port", type=int, default=int(os.environ.get("PORT") or 0) or None)
    args = parser.parse_args()
    try:
        with running_prism(port=args.port) as url:
            print(f"==> Prism mock of {SPEC.name} at {url}  (Ctrl-C to stop)", flush=True)
            print(f"    e.g. TEST_API_BASE_URL={url} make test", flush=True)
            stop_signals = {signal.SIGINT, signal.SIGTERM}
            signal.pthread_sigmask(signal.SIG_BLOCK, stop_signals)  # sigwait needs them blocked
            signal.sigwait(stop_signals)
    except PrismError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""A body written to a file as it arrives, never held whole in memory (a report of megabytes).

The bytes go to a temporary file beside the target; only a whole, successful body replaces the
target (one rename), so a reader of the target never sees half a report, an attempt that fails
midway leaves nothing behind, and a retry starts the temporary file afresh.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import IO


class FileSink:
    """Where a call's successful body goes instead of memory; `commit` or `discard` ends it."""

    def __init__(self, target: str | os.PathLike[str]) -> None:
        if not isinstance(target, str | os.PathLike):
            raise TypeError(f"path must be a str or a path, not {type(target).__name__}")
        self.target = Path(target)
        if self.target.is_dir():
            raise ValueError(f"path is a directory: {self.target}")
        if not self.target.parent.is_dir():
            raise ValueError(f"path's folder does not exist: {self.target.parent}")
        self._file: IO[bytes] | None = None
        self._partial: Path | None = None

    def __repr__(self) -> str:
        return f"FileSink({str(self.target)!r})"

    def begin(self) -> None:
        """Start an attempt's body: an empty temporary file (a retry's body replaces the last one's)."""
        self.discard()
        handle, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=self.target.parent)
        self._file, self._partial = os.fdopen(handle, "wb"), Path(name)

    def write(self, data: bytes) -> None:
        assert self._file is not None, "begin() comes first"
        self._file.write(data)

    def commit(self) -> Path:
        """The whole body arrived: it becomes the target."""
        assert self._file is not None and self._partial is not None, "nothing was written"
        self._file.close()
        os.replace(self._partial, self.target)
        self._file = self._partial = None
        return self.target

    def discard(self) -> None:
        """No usable body: the temporary file goes, the target stays as it was."""
        if self._file is not None:
            self._file.close()
        if self._partial is not None:
            self._partial.unlink(missing_ok=True)
        self._file = self._partial = None

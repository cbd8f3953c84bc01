"""Python written at run time: the checks' fast paths, compiled under a name tracebacks can show.

The body checks (`_validation`) and the order-line rules (`_line_rules`) generate one tight
loop each from their declarations, as attrs and dataclasses generate their methods. Code made
by `exec` of a bare string has no file, so a traceback through it shows no line and a debugger
cannot list it; here each piece is compiled under a stable file name (``<klarna_payments
generated: check OrderLine>``) and its text is put in `linecache`, where `traceback`, `pdb`
and error trackers look lines up.
"""

from __future__ import annotations

import linecache
from collections.abc import Mapping
from typing import Any

__all__ = ["define", "filename_of"]


def filename_of(what: str) -> str:
    """The file name generated code about `what` is compiled under."""
    return f"<klarna_payments generated: {what}>"


def define(name: str, source: str, what: str, constants: Mapping[str, Any]) -> Any:
    """The function `name` that `source` defines, with `constants` as its globals, compiled under
    `filename_of(what)` and listed in `linecache` (the same `what` and text: the same entry)."""
    filename = filename_of(what)
    text = source if source.endswith("\n") else source + "\n"
    # mtime None: `linecache.checkcache` keeps the entry (there is no file to compare it with).
    linecache.cache[filename] = (len(text), None, text.splitlines(keepends=True), filename)
    namespace: dict[str, Any] = dict(constants)
    exec(compile(text, filename, "exec"), namespace)
    return namespace[name]

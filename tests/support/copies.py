"""Importing a generated copy of the package in place of the installed one, and putting it back.

Generation tests build `klarna_payments` from a changed document into a scratch folder and call
it in this process. While a copy is imported, pytest's assertion-rewriting import hook is set
aside: it hands out resource readers keyed by module name, so a copy imported through it would
stay, for the rest of the run, where the installed package's `importlib.resources` files
(`openapi.json`, which the test fake reads) come from.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

PACKAGE = "klarna_payments"


def _package_modules() -> dict[str, ModuleType]:
    return {name: module for name, module in sys.modules.items() if name.split(".")[0] == PACKAGE}


@contextlib.contextmanager
def imported_copy(folder: Path) -> Iterator[ModuleType]:
    """`klarna_payments` as generated into `folder`, for the duration; then the installed one as it was."""
    saved = _package_modules()
    hooks = [
        (index, hook) for index, hook in enumerate(sys.meta_path) if type(hook).__name__ == "AssertionRewritingHook"
    ]
    for _, hook in hooks:
        sys.meta_path.remove(hook)
    for name in saved:
        del sys.modules[name]
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(folder))
        for name in _package_modules():
            del sys.modules[name]
        sys.modules.update(saved)
        for index, hook in hooks:
            sys.meta_path.insert(index, hook)

"""`make docs`: the API reference and the SDK reference, as static HTML in docs/.

- docs/api.html: openapi.yaml rendered by Redocly as one self-contained page (the Redoc
  bundle is inlined, so the page works offline).
- docs/sdk/: the installed klarna_payments package rendered by pdoc from its docstrings:
  every public module (no `_`-prefixed ones), its classes, methods and errors.

Both are build output (not committed); `make test` builds them so a broken docstring or
document fails CI.

Usage: python scripts/build_docs.py [--output DIR]
"""

from __future__ import annotations

import argparse
import pkgutil
import re
import shutil
import sys
import warnings
from pathlib import Path

import pdoc
import pdoc.render
from redocly import output_of, redocly

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "openapi.yaml"
DEFAULT_OUTPUT = ROOT / "docs"
PACKAGE = "klarna_payments"
TITLE = "Klarna Payments API"


def public_modules(package: str = PACKAGE) -> list[str]:
    """The package and its submodules whose dotted names have no `_`-prefixed part."""
    root = __import__(package)
    walked = (module.name for module in pkgutil.walk_packages(root.__path__, prefix=f"{package}."))
    return [package, *sorted(name for name in walked if not any(part.startswith("_") for part in name.split(".")))]


def build_api_reference(output: Path) -> Path:
    page = output / "api.html"
    result = redocly("build-docs", str(SPEC), "--output", str(page), "--inlineBundle", "--title", TITLE)
    if result.returncode != 0:
        raise RuntimeError(f"redocly build-docs failed:\n{output_of(result)}")
    return page


def build_sdk_reference(output: Path) -> Path:
    target = output / "sdk"
    shutil.rmtree(target, ignore_errors=True)
    pdoc.render.configure(docformat="google", show_source=False, search=True)
    with warnings.catch_warnings():
        # pdoc also walks the submodules of a package without `__all__` (klarna_payments.api),
        # and warns when the explicit list names one of them again; the page is made once.
        warnings.filterwarnings("ignore", message="The module specification .* adds a module named")
        pdoc.pdoc(*public_modules(), output_directory=target)
    for page in target.rglob("*.html"):
        page.write_text(_SELF_LINK.sub(r"\1", page.read_text(encoding="utf-8")), encoding="utf-8")
    return target / "index.html"


# pdoc links a module's own name, in its docstring's text and code, to the page itself with an
# empty href: a link that goes nowhere. Such names are left as plain text.
_SELF_LINK = re.compile(r'<a href="">([^<]*)</a>')


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)
    try:
        pages = [build_api_reference(args.output), build_sdk_reference(args.output)]
    except RuntimeError as error:
        print(f"docs: {error}", file=sys.stderr)
        return 1
    for page in pages:
        print(f"docs: {page}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

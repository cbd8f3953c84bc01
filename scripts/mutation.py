"""`make mutation`: a sampled, seeded, time-boxed mutation run over the runtime's decision code.

Each mutant is one small change to one module of `templates/runtime/` (the operators mutmut
applies, written here over `ast`: a comparison, boolean or arithmetic operator swapped, a `not`
removed, a number plus one, a `True`/`False` flipped, a string changed, an augmented assignment
made plain, a returned value made None, a `continue`/`break` made `pass`). It is applied to a
scratch copy of `generated/klarna_payments` that goes on `PYTHONPATH` ahead of `.venv`'s
site-packages (templates/ and .venv are never touched), and the tests that cover the module
run against it with `-x`: any failure, or a run past the timeout, kills the mutant; a mutant
every test passes survives, and is printed with its place, operator and the line before and
after. `EQUIVALENT` lists the mutants that cannot change behaviour, and why: they are counted
apart, not as survivors.

Usage: python scripts/mutation.py [--minutes 20] [--seed 1] [--sample 40] [--module _policy.py]
                                  [--only _policy.py:142] [--list]
"""

from __future__ import annotations

import argparse
import ast
import bisect
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = ROOT / ".venv" / "bin" / "python"
RUNTIME = ROOT / "templates" / "runtime"
PACKAGE = ROOT / "generated" / "klarna_payments"  # the runtime modules are copied in verbatim

# The modules mutated, and where their tests are: every module of templates/runtime/ is tested
# by tests/runtime/ (without the `slow` tests: real time, processes). The files named for a
# module own its behaviour and run first, so that a mutant they kill stops early (-x); the rest
# of the folder follows (pytest collects a path once).
MODULE_TESTS: dict[str, tuple[str, ...]] = {
    "_policy.py": ("test_retries.py", "test_outcome.py", "test_errors.py"),
    "preflight.py": ("test_preflight.py", "test_check_fast_paths.py", "test_lines.py"),
    "_line_rules.py": ("test_preflight.py", "test_line_rules.py", "test_check_fast_paths.py", "test_lines.py"),
    "_markets.py": ("test_preflight_rates_and_regions.py", "test_preflight.py"),
    "_validation.py": ("test_bodies.py", "test_input_guards.py", "test_parameters.py", "test_check_fast_paths.py"),
    "_decoding.py": ("test_decoding.py", "test_models.py", "test_response_size.py"),
}
TEST_FOLDER = {RUNTIME: "tests/runtime"}
PYTEST_ARGS = ("-x", "-q", "-p", "no:cacheprovider", "-m", "not slow", "--no-header")

# Mutants that cannot change what a caller sees, keyed by (module, line before, line after),
# both stripped: a killed-or-survived verdict on them says nothing about the tests.
EQUIVALENT: dict[tuple[str, str, str], str] = {
    (
        "_policy.py",
        'return Sent(response, "settled", prepared.idempotency_key, number - 1)',
        "return Sent(response, 'XXsettledXX', prepared.idempotency_key, number - 1)",
    ): "_response reads only `success` and `failure`: any other outcome is a settled call",
    (
        "_policy.py",
        'return Sent(response, "failure", prepared.idempotency_key, number - 1)',
        'return Sent(response, "failure", prepared.idempotency_key, number - 2)',
    ): "a failure's retries_taken reaches no caller: it raises, and `*_detailed` has no such field",
    (
        "_policy.py",
        'return Sent(response, "failure", prepared.idempotency_key, number - 1)',
        'return Sent(response, "failure", prepared.idempotency_key, number + 1)',
    ): "a failure's retries_taken reaches no caller: it raises, and `*_detailed` has no such field",
    ("_markets.py", "return False", "return None"): "`listed` is read as a condition only: None is as false",
    ("preflight.py", "return (len(keys), 0, 0)", "return (len(keys), 1, 0)"): (
        "`_in_body_order`'s fallback for a path it cannot parse: every path preflight writes parses"
    ),
    (
        "preflight.py",
        "if field is not None and isinstance(lines, Sequence) and 0 <= line_index < len(lines):",
        "if field is not None or isinstance(lines, Sequence) and 0 <= line_index < len(lines):",
    ): "a line's problem always names a field of a line of a list: the tests after `and` never decide",
    (
        "preflight.py",
        "if field is not None and isinstance(lines, Sequence) and 0 <= line_index < len(lines):",
        "if field is not None and isinstance(lines, Sequence) or 0 <= line_index < len(lines):",
    ): "a line's problem always names a field of a line of a list: the tests after `and` never decide",
    (
        "preflight.py",
        "if field is not None and isinstance(lines, Sequence) and 0 <= line_index < len(lines):",
        "if field is not None and isinstance(lines, Sequence) and 0 <= line_index <= len(lines):",
    ): "a line's problem names a line that exists: its index is never len(lines)",
}


@dataclass(frozen=True)
class Mutant:
    module: str
    line: int  # 1-based, of the change's start
    start: int  # offsets into the module's text
    end: int
    replacement: str
    operator: str

    def apply(self, source: str) -> str:
        return source[: self.start] + self.replacement + source[self.end :]

    def lines(self, source: str) -> tuple[str, str]:
        """The changed line (or lines, joined) before and after."""
        first = source.rfind("\n", 0, self.start) + 1
        last = source.find("\n", self.end)
        before = source[first : last if last >= 0 else len(source)]
        after = before[: self.start - first] + self.replacement + before[self.end - first :]
        return " ".join(before.split()), " ".join(after.split())

    @property
    def where(self) -> str:
        return f"{self.module}:{self.line}"


class _Text:
    """Offsets into a module's text from ast positions (whose columns count UTF-8 bytes)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.line_starts = [0]
        for index, char in enumerate(source):
            if char == "\n":
                self.line_starts.append(index + 1)

    def offset(self, line: int, byte_column: int) -> int:
        start = self.line_starts[line - 1]
        end = self.source.find("\n", start)
        text = self.source[start : end if end >= 0 else len(self.source)]
        return start + len(text.encode()[:byte_column].decode())

    def start(self, node: ast.AST) -> int:
        return self.offset(node.lineno, node.col_offset)  # type: ignore[attr-defined]

    def end(self, node: ast.AST) -> int:
        return self.offset(node.end_lineno, node.end_col_offset)  # type: ignore[attr-defined]

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset)

    def token_between(self, left: ast.AST, right: ast.AST, token: str) -> tuple[int, int] | None:
        """Where `token` (an operator between two operands: only brackets, spaces and comments
        around it) is, as offsets."""
        low, high = self.end(left), self.start(right)
        gap = re.sub(r"#[^\n]*", lambda match: " " * len(match.group()), self.source[low:high])
        words = r"\s+".join(re.escape(part) for part in token.split())
        found = re.search(rf"(?<![\w=<>!*/]){words}(?![\w=*/])", gap)
        return (low + found.start(), low + found.end()) if found else None


COMPARE_SWAPS = {
    ast.Lt: ("<", "<="),
    ast.LtE: ("<=", "<"),
    ast.Gt: (">", ">="),
    ast.GtE: (">=", ">"),
    ast.Eq: ("==", "!="),
    ast.NotEq: ("!=", "=="),
    ast.In: ("in", "not in"),
    ast.NotIn: ("not in", "in"),
    ast.Is: ("is", "is not"),
    ast.IsNot: ("is not", "is"),
}
BINARY_SWAPS = {
    ast.Add: ("+", "-"),
    ast.Sub: ("-", "+"),
    ast.Mult: ("*", "/"),
    ast.Div: ("/", "*"),
    ast.FloorDiv: ("//", "/"),
    ast.Mod: ("%", "/"),
    ast.Pow: ("**", "*"),
    ast.BitAnd: ("&", "|"),
    ast.BitOr: ("|", "&"),
}
AUGMENTED = {ast.Add: "+=", ast.Sub: "-=", ast.BitAnd: "&=", ast.BitOr: "|=", ast.Mult: "*="}


def _skipped(tree: ast.Module) -> set[int]:
    """Ids of the nodes no mutant touches: docstrings, annotations (never evaluated here:
    `from __future__ import annotations`), `__all__`, and what they contain."""
    skipped: list[ast.AST] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skipped.append(body[0])
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns is not None:
            skipped.append(node.returns)
        if isinstance(node, ast.arg) and node.annotation is not None:
            skipped.append(node.annotation)
        if isinstance(node, ast.AnnAssign):
            skipped.append(node.annotation)
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            skipped.append(node)
        if isinstance(node, ast.JoinedStr):  # an f-string's parts have no positions of their own (3.11)
            skipped.append(node)
    return {id(inner) for node in skipped for inner in ast.walk(node)}


def mutants_of(module: str, source: str) -> list[Mutant]:
    """Every mutant of `source` that compiles, in source order."""
    tree, text = ast.parse(source), _Text(source)
    skipped = _skipped(tree)
    found: list[tuple[int, int, str, str]] = []

    def between(left: ast.AST, right: ast.AST, token: str, replacement: str, name: str) -> None:
        span = text.token_between(left, right, token)
        if span is not None:
            found.append((*span, replacement, name))

    def whole(node: ast.AST, replacement: str, name: str) -> None:
        found.append((text.start(node), text.end(node), replacement, name))

    for node in ast.walk(tree):
        if id(node) in skipped:
            continue
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            for index, op in enumerate(node.ops):
                token, swapped = COMPARE_SWAPS[type(op)]
                between(operands[index], operands[index + 1], token, swapped, f"{token} → {swapped}")
        elif isinstance(node, ast.BoolOp):
            token, swapped = ("and", "or") if isinstance(node.op, ast.And) else ("or", "and")
            for left, right in zip(node.values, node.values[1:], strict=False):
                between(left, right, token, swapped, f"{token} → {swapped}")
        elif isinstance(node, ast.BinOp) and type(node.op) in BINARY_SWAPS:
            token, swapped = BINARY_SWAPS[type(node.op)]
            between(node.left, node.right, token, swapped, f"{token} → {swapped}")
        elif isinstance(node, ast.AugAssign) and type(node.op) in AUGMENTED:
            token = AUGMENTED[type(node.op)]
            between(node.target, node.value, token, "=", f"{token} → =")
            if token in ("+=", "-="):
                swapped = "-=" if token == "+=" else "+="
                between(node.target, node.value, token, swapped, f"{token} → {swapped}")
        elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            start = text.start(node)
            end = start + len("not")
            while text.source[end] in " \t":
                end += 1
            found.append((start, end, "", "not removed"))
        elif isinstance(node, ast.Constant):
            value = node.value
            if isinstance(value, bool):
                whole(node, repr(not value), f"{value} → {not value}")
            elif isinstance(value, int | float):
                whole(node, repr(value + 1), "number + 1")
            elif isinstance(value, str):
                whole(node, repr(f"XX{value}XX"), "string changed")
        elif isinstance(node, ast.Return) and node.value is not None:
            if not (isinstance(node.value, ast.Constant) and node.value.value is None):
                whole(node.value, "None", "return None")
        elif isinstance(node, ast.Continue | ast.Break):
            whole(node, "pass", f"{'continue' if isinstance(node, ast.Continue) else 'break'} → pass")

    result = []
    for start, end, replacement, name in sorted(found):
        mutant = Mutant(module, text.line_of(start), start, end, replacement, name)
        mutated = mutant.apply(source)
        if mutated == source:
            continue
        try:
            compile(mutated, module, "exec", dont_inherit=True)
        except SyntaxError:
            continue
        result.append(mutant)
    return result


def test_runs(module: str) -> list[list[str]]:
    """The pytest arguments of the runs that test `module`, in turn: its owners, then the rest
    of the folder (one run would not keep that order: pytest collects in tree order)."""
    folder = TEST_FOLDER[RUNTIME]
    owners = [f"{folder}/{name}" for name in MODULE_TESTS[module]]
    return [owners, [folder, *(f"--ignore={owner}" for owner in owners)]]


@dataclass
class Verdict:
    mutant: Mutant
    outcome: str  # killed, timeout, survived, equivalent
    seconds: float
    killer: str = ""  # the first failing test


def run_tests(scratch: Path, module: str, timeout: float) -> tuple[str, float, str]:
    """`killed`, `timeout` or `survived`, the seconds taken, and the first failing test: the
    module's tests against the scratch package."""
    env = {**os.environ, "PYTHONPATH": str(scratch)}
    # A mutant the same size as the module, written within the same second, would otherwise
    # load the previous run's bytecode.
    for cached in (scratch / "klarna_payments" / "__pycache__").glob(f"{Path(module).stem}.*.pyc"):
        cached.unlink()
    started = time.monotonic()
    for arguments in test_runs(module):
        command = [str(PYTHON), "-m", "pytest", *PYTEST_ARGS, *arguments]
        process = subprocess.Popen(
            command,
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
            text=True,
        )
        try:
            output, _ = process.communicate(timeout=max(1.0, started + timeout - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            return "timeout", time.monotonic() - started, ""
        if process.returncode != 0:
            failing = [line for line in output.splitlines() if line.startswith(("FAILED ", "ERROR "))]
            return "killed", time.monotonic() - started, (failing or [f"pytest exit {process.returncode}"])[0][:160]
    return "survived", time.monotonic() - started, ""


def _interleaved(chosen: dict[str, list[Mutant]]) -> Iterator[Mutant]:
    """The modules' mutants in turn, so that a time box cuts each module's sample alike."""
    queues = [list(mutants) for mutants in chosen.values()]
    while any(queues):
        for queue in queues:
            if queue:
                yield queue.pop(0)


def _check_scratch(scratch: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(scratch)}
    code = "import klarna_payments; print(klarna_payments.__file__)"
    where = subprocess.run([str(PYTHON), "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    if not where.stdout.strip().startswith(str(scratch)):
        raise SystemExit(f"mutation: the scratch copy is not the package imported ({where.stdout.strip()})")


def _report(module: str, verdicts: list[Verdict], planned: int, source: str) -> None:
    killed = sum(verdict.outcome in ("killed", "timeout") for verdict in verdicts)
    equivalent = [verdict for verdict in verdicts if verdict.outcome == "equivalent"]
    survivors = [verdict for verdict in verdicts if verdict.outcome == "survived"]
    counted = killed + len(survivors)
    rate = f"{100 * killed / counted:.1f} %" if counted else "n/a"
    print(
        f"{module}: {killed}/{counted} killed ({rate}); {len(equivalent)} equivalent; "
        f"{planned - len(verdicts)} of {planned} sampled not run (time box)"
    )
    for verdict in survivors:
        before, after = verdict.mutant.lines(source)
        print(f"  SURVIVED templates/runtime/{verdict.mutant.where} [{verdict.mutant.operator}]")
        print(f"    - {before}\n    + {after}")
    for verdict in equivalent:
        before, after = verdict.mutant.lines(source)
        print(f"  equivalent {verdict.mutant.where} [{verdict.mutant.operator}]: {EQUIVALENT[(module, before, after)]}")


def _choose(options: argparse.Namespace, sources: dict[str, str]) -> dict[str, list[Mutant]]:
    """The sample of each module's mutants, in source order: the same for the same seed."""
    chosen: dict[str, list[Mutant]] = {}
    for module in options.module or list(MODULE_TESTS):
        every = mutants_of(module, sources[module])
        if options.only:
            picked = [mutant for mutant in every if mutant.where in options.only]
        elif options.sample and options.sample < len(every):
            picked = random.Random(f"{options.seed}:{module}").sample(every, options.sample)
            picked.sort(key=lambda mutant: mutant.start)
        else:
            picked = every
        chosen[module] = picked
        print(f"{module}: {len(every)} mutants, {len(picked)} sampled (seed {options.seed})")
    return chosen


def _run(chosen: dict[str, list[Mutant]], sources: dict[str, str], deadline: float) -> dict[str, list[Verdict]]:
    """Each chosen mutant's verdict, until `deadline`; exits when the tests fail unmutated."""
    verdicts: dict[str, list[Verdict]] = {module: [] for module in chosen}
    with tempfile.TemporaryDirectory(prefix="klarna-mutation-") as tmp:
        scratch = Path(tmp)
        package = scratch / "klarna_payments"
        shutil.copytree(PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
        for module in chosen:
            if (package / module).read_text(encoding="utf-8") != sources[module]:
                raise SystemExit(f"mutation: generated/klarna_payments/{module} is stale: run `make generate`")
        _check_scratch(scratch)
        timeouts: dict[str, float] = {}
        for module in chosen:
            outcome, seconds, killer = run_tests(scratch, module, timeout=600)
            if outcome != "survived":
                raise SystemExit(f"mutation: the tests of {module} fail without a mutant ({outcome}): {killer}")
            timeouts[module] = max(60.0, 3 * seconds)
            print(f"{module}: its tests pass unmutated in {seconds:.1f} s (mutant timeout {timeouts[module]:.0f} s)")
        for mutant in _interleaved(chosen):
            if time.monotonic() > deadline:
                break
            if mutant.lines(sources[mutant.module]) in _equivalent_lines(mutant.module):
                verdicts[mutant.module].append(Verdict(mutant, "equivalent", 0.0))
                continue
            target = package / mutant.module
            target.write_text(mutant.apply(sources[mutant.module]), encoding="utf-8")
            try:
                outcome, seconds, killer = run_tests(scratch, mutant.module, timeouts[mutant.module])
            finally:
                target.write_text(sources[mutant.module], encoding="utf-8")
            verdicts[mutant.module].append(Verdict(mutant, outcome, seconds, killer))
            print(f"  {outcome:8} {seconds:5.1f} s  {mutant.where} [{mutant.operator}] {killer}", flush=True)
    return verdicts


def _equivalent_lines(module: str) -> set[tuple[str, str]]:
    return {(before, after) for (name, before, after) in EQUIVALENT if name == module}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=20.0, help="start no mutant after this (default 20)")
    parser.add_argument("--seed", type=int, default=1, help="of the sample (default 1)")
    parser.add_argument("--sample", type=int, default=40, help="mutants per module (default 40; 0: all)")
    parser.add_argument("--module", action="append", choices=sorted(MODULE_TESTS), help="only these modules")
    parser.add_argument("--only", action="append", metavar="MODULE:LINE", help="every mutant of these lines")
    parser.add_argument("--list", action="store_true", help="print the sampled mutants, run nothing")
    options = parser.parse_args(argv)

    sources = {module: (RUNTIME / module).read_text(encoding="utf-8") for module in MODULE_TESTS}
    chosen = _choose(options, sources)
    if options.list:
        for module, picked in chosen.items():
            for mutant in picked:
                before, after = mutant.lines(sources[module])
                print(f"  {mutant.where} [{mutant.operator}]\n    - {before}\n    + {after}")
        return 0
    started = time.monotonic()
    verdicts = _run(chosen, sources, deadline=started + 60 * options.minutes)
    print(f"\n{sum(map(len, verdicts.values()))} mutants in {(time.monotonic() - started) / 60:.1f} min")
    for module, picked in chosen.items():
        _report(module, verdicts[module], len(picked), sources[module])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""The command line: ``factcheck table|json|html|spans|compare INPUT... [options]``.

Every command reads the same inputs (see :mod:`factcheck.inputs`): text files, directories (every
``*.txt`` under them), JSON Lines files (``.jsonl``: one ``{"id", "text"}`` record a line, with
optional ``publisher`` and ``published`` or ``date``) and standard input (``-``). Articles are
read lazily, analysed on ``--jobs`` processes (default: every core; see :mod:`factcheck.corpus`)
and written as they are done, in input order. A last line on standard error counts the records
read, written and failed when some failed, after a long run in a terminal, or with
``--summary``.

Exit codes:

- ``0``: every article was read and written;
- ``1``: some records could not be read (a JSON Lines line that is not JSON or has no text, a
  file found in a directory that does not decode) or analysed: each is reported on standard
  error with its file and line, and every other one is written;
- ``2``: the command could not run: a bad option, a path that does not exist, a file named on
  the command line that does not decode (use ``--encoding``, or ``--errors replace``), an output
  that cannot be written. One line on standard error says why.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

from . import __version__
from ._record import Frozen, setfield
from .corpus import (
    Failed,
    JsonLine,
    SpansLine,
    WorkersFailed,
    analyze_record,
    counts,
    default_jobs,
    map_records,
)
from .enums import DEFAULT_TOLERANCE
from .inputs import BadRecord, Input, InputError, Record, parse_when, plan, read, safe_name
from .inputs import total_size as _total_size
from .progress import Progress

if TYPE_CHECKING:
    import datetime as dt

    from .html import IndexEntry
    from .model import Claim, Document
    from .tables import Row

# tables and html are imported by the commands that use them: "spans" starts faster without
# tabulate (and its wcwidth) or the page templates
TABLE_NAMES = ("attributions", "sources", "flags", "conflicts")
COMMANDS = ("table", "json", "html", "spans", "compare")

EXIT_OK, EXIT_BAD_RECORDS, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")


class CliError(Exception):
    """An error that ends the command with exit code 2 and one line on standard error."""


class _Tally:
    __slots__ = ("failed", "read", "written")

    def __init__(self) -> None:
        self.read = 0
        self.written = 0
        self.failed = 0


class _Run:
    """What every command needs: the parsed options, the inputs, the counts, the progress."""

    __slots__ = ("args", "inputs", "progress", "tally")

    def __init__(self, args: argparse.Namespace, inputs: list[Input], progress: Progress) -> None:
        self.args = args
        self.inputs = inputs
        self.progress = progress
        self.tally = _Tally()

    @property
    def single(self) -> bool:
        """One article named on the command line (one text file, or text on standard input):
        outputs are then one object; otherwise they are one per article."""
        return len(self.inputs) == 1 and not self.inputs[0].jsonl and self.inputs[0].named

    def report(self, where: str, message: str) -> None:
        self.progress.close()
        print(f"{where}: {message}", file=sys.stderr)

    def records(self) -> Iterator[Record | BadRecord]:
        """Every article read, lazily, in input order (bad records too, in their place)."""
        args = self.args
        return read(
            self.inputs,
            encoding=args.encoding,
            errors=args.errors,
            publisher=args.publisher,
            published=args.published,
        )

    def each(self, work: Callable[[Record], T]) -> Iterator[tuple[Record, T]]:
        """``work`` done on every article, in input order, on ``--jobs`` processes; a record
        that cannot be read, or on which the engine fails, is reported, counted and skipped,
        and the others go on. (The one place articles are analysed.)

        With more than one job, ``work`` goes to worker processes, so it must be picklable: a
        module-level function or an instance of a module-level class."""
        for out in map_records(work, self.records(), jobs=self.args.jobs):
            self.tally.read += 1
            if isinstance(out, Failed):
                self.tally.failed += 1
                self.report(out.origin, out.message)
                self.progress.update(size=out.size, failed=True)
                continue
            self.progress.update(size=out.record.size)
            yield out.record, out.value
            self.tally.written += 1

    def documents(self) -> Iterator[tuple[Record, Document]]:
        """Every article read and analysed, in input order."""
        return self.each(analyze_record)


class _TableRows(Frozen):
    """The work of ``table``: a record to the rows of each table asked for (made in the
    worker: only rows come back)."""

    __slots__ = ("names", "width")
    names: tuple[str, ...]
    width: int

    def __init__(self, names: tuple[str, ...], width: int) -> None:
        setfield(self, "names", names)
        setfield(self, "width", width)

    def __call__(self, record: Record) -> dict[str, list[Row]]:
        from .tables import TABLES

        doc = analyze_record(record)
        return {name: TABLES[name][1](doc, width=self.width) for name in self.names}


_HREF = "\x00"  # stands for the page's name, which only the main process can choose


def _page(record: Record) -> tuple[str, IndexEntry]:
    """The work of ``html`` over several articles: the page and its index line (whose href
    is filled in by :func:`_named`)."""
    from .html import index_entry, render_html

    doc = analyze_record(record)
    return render_html(doc), index_entry(_HREF, doc)


def _named(entry: IndexEntry, href: str) -> IndexEntry:
    """``entry`` for the page at ``href`` (a document with no headline nor id is titled by it)."""
    from .tables import shorten

    title = shorten(href, 100) if entry.title == _HREF else entry.title
    return entry._replace(href=href, title=title)


class _LazyFile:
    """A file opened at the first write, so that a command that cannot run leaves no file."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.fh: TextIO | None = None

    def open(self) -> TextIO:
        if self.fh is None:
            try:
                self.fh = open(self.path, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
            except OSError as exc:
                raise CliError(f"cannot write {self.path}: {exc.strerror or exc}") from None
        return self.fh

    def write(self, text: str) -> int:
        return self.open().write(text)


@contextmanager
def _output(path: str | None) -> Iterator[TextIO | _LazyFile]:
    """Standard output, or the file ``path`` (UTF-8), made when first written to, or at the
    end of a command that wrote nothing; never when the command could not run."""
    if path is None or path == "-":
        yield sys.stdout
        return
    out = _LazyFile(path)
    try:
        yield out
        out.open()
    finally:
        if out.fh is not None:
            out.fh.close()


# -- the commands -------------------------------------------------------------------------------


def _cmd_table(run: _Run) -> None:
    from .tables import TABLES, render_table

    args = run.args
    names = list(TABLES) if args.table == "all" else [args.table]
    rows: dict[str, list[list[Row]]] = {name: [] for name in names}
    labels: list[str] = []
    for record, made in run.each(_TableRows(tuple(names), args.width)):
        # a document is named by its id (as tables.document_label does), else where it came from
        labels.append(record.id or record.origin)
        for name in names:
            rows[name].append(made[name])
    run.progress.close()
    with _output(args.output) as out:
        for k, name in enumerate(names):
            if len(names) > 1:
                out.write(("\n" if k else "") + f"{name.capitalize()}\n\n")
            out.write(render_table(name, rows[name], labels, args.format) + "\n")


def _cmd_json(run: _Run) -> None:
    args = run.args
    if not (args.lines or not run.single):
        with _output(args.output) as out:
            for _, doc in run.documents():
                out.write(doc.to_json(indent=args.indent) + "\n")
        return
    with _output(args.output) as out:
        for _, line in run.each(JsonLine()):
            out.write(line + "\n")


def _cmd_spans(run: _Run) -> None:
    with _output(run.args.output) as out:
        # spans need only the attribution stages: spans_of(text) == to_spans(analyze(text))
        for _, line in run.each(SpansLine(nested=run.args.nested)):
            out.write(line + "\n")


def _cmd_html(run: _Run) -> None:
    from .html import render_html, render_index

    args = run.args
    target = Path(args.output) if args.output not in (None, "-") else None
    if run.single and (target is None or not target.is_dir()):
        for _, doc in run.documents():
            page = render_html(doc)
            with _output(args.output) as out:
                out.write(page)
        return
    if target is None:
        raise CliError(
            "several articles make several pages: name a directory for them with --output DIR"
        )
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"cannot make the directory {target}: {exc.strerror or exc}") from None
    if not target.is_dir():  # pragma: no cover - mkdir(exist_ok) raised already
        raise CliError(f"{target}: not a directory")
    used: set[str] = {"index"}
    entries: list[IndexEntry] = []
    for record, (page, entry) in run.each(_page):
        stem = safe_name(record.id or record.origin)
        name, k = stem, 1
        while name.lower() in used:
            k += 1
            name = f"{stem}-{k}"
        used.add(name.lower())
        with _output(str(target / f"{name}.html")) as out:
            out.write(page)
        entries.append(_named(entry, f"{name}.html"))
    if entries:
        with _output(str(target / "index.html")) as out:
            out.write(render_index(entries))


def _claims_of_record(record: Record) -> list[Claim]:
    """The work of ``compare``: a record to its claims (made in the worker)."""
    from .claims import claims_of

    return claims_of(analyze_record(record))


def _cmd_compare(run: _Run) -> None:
    import json

    from .conflicts import conflicts_of_groups, group_claims
    from .serialize import to_dict

    args = run.args
    n_docs = 0

    def claims() -> Iterator[Claim]:
        nonlocal n_docs
        # only the claims of each article come back (from the workers), not the article
        for _, found in run.each(_claims_of_record):
            n_docs += 1
            yield from found

    groups = group_claims(claims())
    conflicts = conflicts_of_groups(groups, tolerance=args.tolerance)
    run.progress.close()
    n_claims = sum(len(g) for g in groups.values())
    with _output(args.output) as out:
        if args.format == "json":
            for x in conflicts:
                out.write(json.dumps(to_dict(x), ensure_ascii=False) + "\n")
        else:
            from .tables import conflict_table

            out.write(conflict_table(conflicts, args.format, width=args.width) + "\n")
    print(
        f"factcheck: {len(conflicts)} conflict{'s' if len(conflicts) != 1 else ''} among "
        f"{n_claims} claims of {n_docs} document{'s' if n_docs != 1 else ''}",
        file=sys.stderr,
    )


def _tolerance(value: str) -> float:
    try:
        v = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number") from None
    if not 0 <= v < 1:
        raise argparse.ArgumentTypeError(f"{value!r} must be at least 0 and below 1 (0.1 = 10%)")
    return v


# -- the parser ---------------------------------------------------------------------------------


def _when(value: str) -> dt.datetime:
    when = parse_when(value)
    if when is None:
        raise argparse.ArgumentTypeError(
            f"{value!r} is not an ISO 8601 date or date-time (e.g. 2017-11-09T15:25+00:00)"
        )
    return when


def _inputs_parser() -> argparse.ArgumentParser:
    """The options every command that reads articles shares."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a text file, a directory (every *.txt under it), a JSON Lines file (.jsonl) "
        "of {id, text} records, or - for standard input",
    )
    p.add_argument("-o", "--output", metavar="PATH", help="write here, not to standard output")
    p.add_argument(
        "--input-format",
        choices=["auto", "text", "jsonl"],
        default="auto",
        help="how to read files: auto (by name: .jsonl and .ndjson are JSON Lines), text, jsonl",
    )
    p.add_argument("--encoding", default="utf-8", help="text encoding of the input (utf-8)")
    p.add_argument(
        "--errors",
        default="strict",
        choices=["strict", "replace", "ignore", "surrogateescape"],
        help="what to do with bytes that do not decode (strict: stop with an error)",
    )
    p.add_argument("--publisher", help="the publisher of text inputs")
    p.add_argument(
        "--published",
        type=_when,
        metavar="WHEN",
        help="when text inputs were published (ISO 8601); wins over a dateline",
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a progress line on standard error (default: on long runs in a terminal)",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        default=None,
        metavar="N",
        help=f"analyse on N processes (default: every core, here {default_jobs()}); "
        "1 runs in this process. Output keeps input order",
    )
    p.add_argument(
        "--summary",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="a last line on standard error counting records read, written and failed "
        "(default: when some failed, or after a progress line)",
    )
    return p


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes (1 or more)")
    return n


EPILOG = """\
exit codes:
  0  every article was read and written
  1  some records could not be read or analysed: each is reported on standard error with
     its file and line, every other one is written, and a last line counts them
  2  the command could not run (a bad option, a missing file, a named file that does not
     decode: use --encoding or --errors replace); one line on standard error says why"""


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The ``factcheck`` argument parser; with ``command``, the parser of that command alone
    (what :func:`main` builds when the command line names one: the others take time to
    build, and a run of one command never reads them)."""
    ap = argparse.ArgumentParser(
        prog="factcheck",
        description="Read news text and say, for every statement, who says so.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    inputs = _inputs_parser()

    if command in (None, "table"):
        p = sub.add_parser(
            "table",
            parents=[inputs],
            help="tables of who says what: attributions, sources, flags",
            description="Print tables of who says what, in any tabulate format. Several articles "
            "make one table with a document column.",
        )
        p.add_argument(
            "--format",
            "-f",
            default="simple",
            metavar="TABLEFMT",
            help="any tabulate format: simple, github, grid, html, latex, tsv, ... "
            "(default: simple)",
        )
        p.add_argument(
            "--table",
            "-t",
            choices=[*TABLE_NAMES, "all"],
            default="attributions",
            help="which table (default: attributions)",
        )
        p.add_argument(
            "--width", type=int, default=60, metavar="N", help="cut texts to N characters (60)"
        )
        p.set_defaults(run=_cmd_table)

    if command in (None, "json"):
        p = sub.add_parser(
            "json",
            parents=[inputs],
            help="the analysed articles as JSON",
            description="Write the analysed article as one JSON object; several articles (or JSON "
            "Lines input) as JSON Lines, one document a line. The format is described by the JSON "
            "Schema in factcheck/data/document.schema.json.",
        )
        p.add_argument("--indent", type=int, default=1, metavar="N", help="indent one article by N")
        p.add_argument("--lines", action="store_true", help="JSON Lines even for one article")
        p.set_defaults(run=_cmd_json)

    if command in (None, "html"):
        p = sub.add_parser(
            "html",
            parents=[inputs],
            help="a page of the article, marked, with notes and summary",
            description="Write a self-contained HTML page of the article. Several articles make "
            "one page each and an index.html, in the directory --output names.",
        )
        p.set_defaults(run=_cmd_html)

    if command in (None, "spans"):
        p = sub.add_parser(
            "spans",
            parents=[inputs],
            help="spans JSON Lines, for scoring against annotations",
            description="Write one line of spans a record: {id, attributions: [{source, cue, "
            "content}]}. Standard input is read as JSON Lines unless --input-format text.",
        )
        p.add_argument("--nested", action="store_true", help="also write nested attributions")
        p.set_defaults(run=_cmd_spans, stdin_jsonl=True)

    if command in (None, "compare"):
        p = sub.add_parser(
            "compare",
            parents=[inputs],
            help="conflicts: claims that cannot all hold, within and across articles",
            description="Find claims that cannot all hold (figures, dates, assertions and denials) "
            "within each article and across all of them, and print them as a table: what is in "
            "dispute, who says what, how surely, when. Claims are grouped by what they are about "
            "and compared within each group. A summary line goes to standard error.",
        )
        p.add_argument(
            "--format",
            "-f",
            default="simple",
            metavar="FORMAT",
            help="json (JSON Lines, one conflict a line) or any tabulate format: simple, github, "
            "grid, html, ... (default: simple)",
        )
        p.add_argument(
            "--width", type=int, default=60, metavar="N", help="cut texts to N characters (60)"
        )
        p.add_argument(
            "--tolerance",
            type=_tolerance,
            default=DEFAULT_TOLERANCE,
            metavar="X",
            help="how far apart approximate figures may be and still agree "
            f"(default {DEFAULT_TOLERANCE}: 'about 300' is 270 to 330)",
        )
        p.set_defaults(run=_cmd_compare)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    argv = sys.argv[1:] if argv is None else list(argv)
    ap = build_parser(argv[0] if argv and argv[0] in COMMANDS else None)
    args = ap.parse_args(argv)
    if args.command in ("table", "compare"):
        from .tables import TABLEFMTS

        choices = TABLEFMTS if args.command == "table" else ("json", *TABLEFMTS)
        if args.format not in choices:
            ap.error(f"unknown --format {args.format!r}; choose one of: {', '.join(choices)}")
    if getattr(args, "width", 1) < 1:
        ap.error("--width must be at least 1")
    progress: Progress | None = None
    started = time.monotonic()
    try:
        fmt = args.input_format
        if fmt == "auto" and "-" in args.inputs and getattr(args, "stdin_jsonl", False):
            inputs = [i if i.path != "-" else i.replace(jsonl=True) for i in plan(args.inputs, fmt)]
        else:
            inputs = plan(args.inputs, fmt)
        enabled = args.progress if args.progress is not None else sys.stderr.isatty()
        progress = Progress(sys.stderr, total_bytes=_total_size(inputs), enabled=enabled)
        run = _Run(args, inputs, progress)
        args.run(run)
        progress.close()
    except (CliError, InputError, WorkersFailed) as exc:
        if progress is not None:
            progress.close()
        print(f"factcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        # the reader went away (| head): stop quietly, and keep Python from complaining at exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except OSError as exc:  # writing the output failed (disk full, ...)
        print(f"factcheck: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_USAGE
    tally = run.tally
    elapsed = time.monotonic() - started
    # a long interactive run erased its progress line: the summary takes its place
    long_run = progress.enabled and tally.read > 1 and elapsed >= progress.delay
    wanted = args.summary if args.summary is not None else bool(tally.failed) or long_run
    if wanted:
        print(
            summary_line(tally.read, tally.written, tally.failed, progress.bytes, elapsed),
            file=sys.stderr,
        )
    return EXIT_BAD_RECORDS if tally.failed else EXIT_OK


def summary_line(read: int, written: int, failed: int, size: int, seconds: float) -> str:
    """The last line on standard error: records read, written and failed (read = written +
    failed), and how long it took."""
    rate = f", {size / 1e6 / seconds:,.2f} MB/s" if size and seconds >= 1 else ""
    reported = " (reported above)" if failed else ""
    return f"factcheck: {counts(read, written, failed)}{reported}; {seconds:,.1f} s{rate}"


def program() -> int:
    """The ``factcheck`` program (and ``python -m factcheck``): :func:`main` on the command
    line's arguments, for a process that then exits with the code returned.

    Everything left when the command is done is freed as the interpreter exits; the garbage
    collector is told not to look through it for cycles first (``gc.freeze()``), which took
    some 6 ms of every run. Only here: code that calls :func:`main` and goes on keeps its
    collector as it was."""
    code = main()
    import gc

    gc.freeze()
    return code


if __name__ == "__main__":
    raise SystemExit(program())

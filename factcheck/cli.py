"""The command line: ``factcheck table|json|html|spans|compare INPUT... [options]``.

Every command reads the same inputs (see :mod:`factcheck.inputs`): text files, directories (every
``*.txt`` under them), JSON Lines files (``.jsonl``: one ``{"id", "text"}`` record a line, with
optional ``publisher`` and ``published`` or ``date``) and standard input (``-``). Each article is
read, analysed and written in turn, in input order.

Exit codes:

- ``0``: every article was read and written;
- ``1``: some records could not be read (a JSON Lines line that is not JSON or has no text, a
  file found in a directory that does not decode): each is reported on standard error with its
  file and line, and every other one is written;
- ``2``: the command could not run: a bad option, a path that does not exist, a file named on
  the command line that does not decode (use ``--encoding``, or ``--errors replace``), an output
  that cannot be written. One line on standard error says why.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, TextIO, TypeVar

import attrs

from . import __version__
from .conflicts import DEFAULT_TOLERANCE
from .inputs import BadRecord, Input, InputError, Record, parse_when, plan, read, safe_name
from .inputs import total_size as _total_size
from .model import Claim, Document
from .pipeline import analyze
from .progress import Progress
from .spans import spans_of

if TYPE_CHECKING:
    from .html import IndexEntry
    from .tables import Row

# tables and html are imported by the commands that use them: "spans" starts faster without
# tabulate (and its wcwidth) or the page templates
TABLE_NAMES = ("attributions", "sources", "flags", "conflicts")

EXIT_OK, EXIT_BAD_RECORDS, EXIT_USAGE = 0, 1, 2
T = TypeVar("T")


class CliError(Exception):
    """An error that ends the command with exit code 2 and one line on standard error."""


@attrs.define
class _Tally:
    read: int = 0
    written: int = 0
    failed: int = 0


@attrs.define
class _Run:
    """What every command needs: the parsed options, the inputs, the counts, the progress."""

    args: argparse.Namespace
    inputs: list[Input]
    progress: Progress
    tally: _Tally = attrs.Factory(_Tally)

    @property
    def single(self) -> bool:
        """One article named on the command line (one text file, or text on standard input):
        outputs are then one object; otherwise they are one per article."""
        return len(self.inputs) == 1 and not self.inputs[0].jsonl and self.inputs[0].named

    def report(self, where: str, message: str) -> None:
        self.progress.close()
        print(f"{where}: {message}", file=sys.stderr)

    def records(self) -> Iterator[Record]:
        """Every article read, in input order; bad records reported, counted and skipped."""
        args = self.args
        for item in read(
            self.inputs,
            encoding=args.encoding,
            errors=args.errors,
            publisher=args.publisher,
            published=args.published,
        ):
            self.tally.read += 1
            if isinstance(item, BadRecord):
                self.tally.failed += 1
                self.report(item.origin, item.message)
                self.progress.update(size=item.size, failed=True)
                continue
            yield item

    def each(self, work: Callable[[Record], T]) -> Iterator[tuple[Record, T]]:
        """``work`` done on every article, in input order; an article on which the engine
        fails is reported and skipped, and the others go on.

        (The one place articles are analysed: a process pool can take over here.)"""
        for item in self.records():
            try:
                result = work(item)
            except Exception as exc:  # an engine bug must not lose the other records
                self.tally.failed += 1
                self.report(
                    item.origin,
                    f"could not be analysed ({type(exc).__name__}: {exc}); please report it",
                )
                self.progress.update(size=item.size, failed=True)
                continue
            self.progress.update(size=item.size)
            yield item, result
            self.tally.written += 1

    def documents(self) -> Iterator[tuple[Record, Document]]:
        """Every article read and analysed, in input order."""
        return self.each(
            lambda item: analyze(
                item.text, id=item.id, publisher=item.publisher, published=item.published
            )
        )


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
    from .tables import TABLES, document_label, render_table

    args = run.args
    names = list(TABLES) if args.table == "all" else [args.table]
    rows: dict[str, list[list[Row]]] = {name: [] for name in names}
    labels: list[str] = []
    for record, doc in run.documents():
        labels.append(document_label(doc, len(labels)) if doc.id else record.origin)
        for name in names:
            rows[name].append(TABLES[name][1](doc, width=args.width))
    run.progress.close()
    with _output(args.output) as out:
        for k, name in enumerate(names):
            if len(names) > 1:
                out.write(("\n" if k else "") + f"{name.capitalize()}\n\n")
            out.write(render_table(name, rows[name], labels, args.format) + "\n")


def _cmd_json(run: _Run) -> None:
    args = run.args
    lines = args.lines or not run.single
    with _output(args.output) as out:
        for _, doc in run.documents():
            out.write(doc.to_json(indent=None if lines else args.indent) + "\n")


def _cmd_spans(run: _Run) -> None:
    nested = run.args.nested
    with _output(run.args.output) as out:
        # spans need only the attribution stages: spans_of(text) == to_spans(analyze(text))
        for record, spans in run.each(lambda item: spans_of(item.text, nested=nested)):
            spans["id"] = record.raw_id
            out.write(json.dumps(spans) + "\n")


def _cmd_html(run: _Run) -> None:
    from .html import index_entry, render_html, render_index

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
    for record, doc in run.documents():
        stem = safe_name(record.id or record.origin)
        name, k = stem, 1
        while name.lower() in used:
            k += 1
            name = f"{stem}-{k}"
        used.add(name.lower())
        with _output(str(target / f"{name}.html")) as out:
            out.write(render_html(doc))
        entries.append(index_entry(f"{name}.html", doc))
    if entries:
        with _output(str(target / "index.html")) as out:
            out.write(render_index(entries))


def _cmd_compare(run: _Run) -> None:
    from .claims import claims_of
    from .conflicts import conflicts_of_groups, group_claims
    from .serialize import to_dict

    args = run.args
    n_docs = 0

    def claims() -> Iterator[Claim]:
        nonlocal n_docs
        # only the claims of each article are kept, not the article
        for _, found in run.each(
            lambda item: claims_of(
                analyze(item.text, id=item.id, publisher=item.publisher, published=item.published)
            )
        ):
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
    return p


EPILOG = """\
exit codes:
  0  every article was read and written
  1  some records could not be read: each is reported on standard error with its file and
     line, and every other one is written
  2  the command could not run (a bad option, a missing file, a named file that does not
     decode: use --encoding or --errors replace); one line on standard error says why"""


def build_parser() -> argparse.ArgumentParser:
    """The ``factcheck`` argument parser."""
    ap = argparse.ArgumentParser(
        prog="factcheck",
        description="Read news text and say, for every statement, who says so.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    ap.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = ap.add_subparsers(dest="command", required=True, metavar="COMMAND")
    inputs = _inputs_parser()

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
        help="any tabulate format: simple, github, grid, html, latex, tsv, ... (default: simple)",
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

    p = sub.add_parser(
        "html",
        parents=[inputs],
        help="a page of the article, marked, with notes and summary",
        description="Write a self-contained HTML page of the article. Several articles make "
        "one page each and an index.html, in the directory --output names.",
    )
    p.set_defaults(run=_cmd_html)

    p = sub.add_parser(
        "spans",
        parents=[inputs],
        help="spans JSON Lines, for scoring against annotations",
        description="Write one line of spans a record: {id, attributions: [{source, cue, "
        "content}]}. Standard input is read as JSON Lines unless --input-format text.",
    )
    p.add_argument("--nested", action="store_true", help="also write nested attributions")
    p.set_defaults(run=_cmd_spans, stdin_jsonl=True)

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
    ap = build_parser()
    args = ap.parse_args(argv)
    if args.command in ("table", "compare"):
        from .tables import TABLEFMTS

        choices = TABLEFMTS if args.command == "table" else ("json", *TABLEFMTS)
        if args.format not in choices:
            ap.error(f"unknown --format {args.format!r}; choose one of: {', '.join(choices)}")
    if getattr(args, "width", 1) < 1:
        ap.error("--width must be at least 1")
    progress: Progress | None = None
    try:
        fmt = args.input_format
        if fmt == "auto" and "-" in args.inputs and getattr(args, "stdin_jsonl", False):
            inputs = [
                i if i.path != "-" else attrs.evolve(i, jsonl=True) for i in plan(args.inputs, fmt)
            ]
        else:
            inputs = plan(args.inputs, fmt)
        enabled = args.progress if args.progress is not None else sys.stderr.isatty()
        progress = Progress(sys.stderr, total_bytes=_total_size(inputs), enabled=enabled)
        run = _Run(args, inputs, progress)
        args.run(run)
        progress.close()
    except (CliError, InputError) as exc:
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
    if tally.failed:
        print(
            f"factcheck: {tally.failed} of {tally.read} records could not be read "
            f"(reported above); {tally.written} written",
            file=sys.stderr,
        )
        return EXIT_BAD_RECORDS
    return EXIT_OK


if __name__ == "__main__":
    raise SystemExit(main())

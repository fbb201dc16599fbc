"""The command line: ``factcheck table|json|spans``.

Exit codes: 0 success; 1 some input records were bad (reported on standard error, the others
written); 2 the command could not run (a missing file, a bad option).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from typing import TextIO

from . import __version__
from .pipeline import analyze
from .spans import to_spans
from .tables import TABLEFMTS, attribution_table

EXIT_OK, EXIT_BAD_RECORDS, EXIT_USAGE = 0, 1, 2


class CliError(Exception):
    """An error that ends the command with exit code 2 and one line on standard error."""


def _read_text(path: str, encoding: str, errors: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        name = "standard input"
    else:
        try:
            with open(path, "rb") as fh:
                data = fh.read()
        except FileNotFoundError:
            raise CliError(f"{path}: no such file") from None
        except IsADirectoryError:
            raise CliError(f"{path}: is a directory, not a file") from None
        except OSError as exc:
            raise CliError(f"{path}: {exc.strerror}") from None
        name = path
    try:
        return data.decode(encoding, errors)
    except UnicodeDecodeError as exc:
        raise CliError(
            f"{name}: not valid {encoding} at byte {exc.start} "
            f"(use --encoding, or --errors replace to read it anyway)"
        ) from None
    except LookupError:
        raise CliError(f"unknown encoding {encoding!r}") from None


def _cmd_table(args: argparse.Namespace, out: TextIO) -> int:
    doc = analyze(_read_text(args.file, args.encoding, args.errors), publisher=args.publisher)
    out.write(attribution_table(doc, args.format) + "\n")
    return EXIT_OK


def _cmd_json(args: argparse.Namespace, out: TextIO) -> int:
    doc = analyze(_read_text(args.file, args.encoding, args.errors), publisher=args.publisher)
    out.write(doc.to_json(indent=args.indent) + "\n")
    return EXIT_OK


def _cmd_spans(args: argparse.Namespace, out: TextIO) -> int:
    if args.file == "-":
        return _spans_stream(args, sys.stdin, out)
    try:
        with open(args.file, encoding=args.encoding, errors=args.errors) as stream:
            return _spans_stream(args, stream, out)
    except FileNotFoundError:
        raise CliError(f"{args.file}: no such file") from None
    except IsADirectoryError:
        raise CliError(f"{args.file}: is a directory, not a file") from None


def _spans_stream(args: argparse.Namespace, stream: TextIO, out: TextIO) -> int:
    bad = 0
    try:
        for n, line in enumerate(stream, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                print(f"{args.file}:{n}: not JSON ({exc.msg})", file=sys.stderr)
                bad += 1
                continue
            if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
                print(f'{args.file}:{n}: no "text" string in the record', file=sys.stderr)
                bad += 1
                continue
            doc = analyze(rec["text"], id=str(rec["id"]) if "id" in rec else None)
            spans = to_spans(doc, nested=args.nested)
            spans["id"] = rec.get("id", n)
            out.write(json.dumps(spans) + "\n")
    except UnicodeDecodeError as exc:
        raise CliError(f"{args.file}: not valid {args.encoding} at byte {exc.start}") from None
    return EXIT_BAD_RECORDS if bad else EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="factcheck", description="Read news text and say, for every statement, who says so."
    )
    ap.add_argument("--version", action="version", version=f"factcheck {__version__}")
    sub = ap.add_subparsers(dest="command", required=True)

    def common(p: argparse.ArgumentParser) -> None:
        p.add_argument("--encoding", default="utf-8", help="text encoding of the input (utf-8)")
        p.add_argument(
            "--errors",
            default="strict",
            choices=["strict", "replace", "ignore", "surrogateescape"],
            help="what to do with bytes that do not decode (strict: stop with an error)",
        )

    p = sub.add_parser("table", help="print the attribution table of an article")
    p.add_argument("file", help="a text file, or - for standard input")
    p.add_argument(
        "--format",
        "-f",
        default="simple",
        metavar="TABLEFMT",
        help=f"any tabulate format: {', '.join(TABLEFMTS)} (default: simple)",
    )
    p.add_argument("--publisher")
    common(p)
    p.set_defaults(run=_cmd_table)

    p = sub.add_parser("json", help="print the analysed article as JSON")
    p.add_argument("file", help="a text file, or - for standard input")
    p.add_argument("--indent", type=int, default=1)
    p.add_argument("--publisher")
    common(p)
    p.set_defaults(run=_cmd_json)

    p = sub.add_parser(
        "spans", help="spans JSON Lines (for score.py) from JSON Lines of {id, text}"
    )
    p.add_argument("file", help="a JSON Lines file, or - for standard input")
    p.add_argument("--nested", action="store_true", help="also write nested attributions")
    common(p)
    p.set_defaults(run=_cmd_spans)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = build_parser()
    args = ap.parse_args(argv)
    if args.command == "table" and args.format not in TABLEFMTS:
        ap.error(f"unknown --format {args.format!r}; choose one of: {', '.join(TABLEFMTS)}")
    try:
        return int(args.run(args, sys.stdout))
    except CliError as exc:
        print(f"factcheck: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())

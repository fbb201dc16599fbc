"""Conflicts in a corpus: how many claims meet, how many conflicts are flagged, and a random
sample of each to check by hand.

    python benchmarks/conflicts_corpus.py PATH [PATH ...] [--sample 30] [--seed 5] [--show]

Each PATH is JSON Lines of ``{"id", "text"}`` records with optional ``publisher`` and ``date``
(or ``published``); PolNeAR's records have all of them. Every article is analysed, its claims
keyed, the claims of all the files grouped by key and each group compared (the same as
``factcheck compare``). The script prints counts, then two samples, drawn with ``--seed``:

- conflicts flagged (up to ``--sample``): the first check of precision, one line each;
- meetings: pairs of claims from different statements that share a key (up to ``--sample``),
  whether they were found to agree or to conflict: the check that keys join claims about the
  same thing, on which every flag rests. Pairs with the same words (a paragraph repeated in
  a live blog, a duplicated article) are left out of the draw: they meet trivially;
- claims of each kind (up to ``--sample`` each): the check that a claim is read right (what is
  counted, its event, place and time; what a proposition says, and whether it is denied).

Lines give record ids, statement numbers, offsets and values, never the corpus's text, unless
``--show`` is given (then each claim is printed in its sentence, for checking on screen only; do
not commit that output). The verdicts of the samples checked by hand on PolNeAR dev and train
(seed 5) are in ``benchmarks/conflicts_verdicts.tsv``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # run from a checkout

import factcheck
from factcheck.claims import claims_of
from factcheck.conflicts import compatible, conflicts_of_groups, group_claims
from factcheck.inputs import parse_when
from factcheck.model import Claim, ClaimKind, Conflict, Document


def _published(rec: dict[str, Any]) -> dt.datetime | None:
    for name in ("published", "date"):
        value = rec.get(name)
        if isinstance(value, str) and (when := parse_when(value)) is not None:
            return when
    return None


def _counts(counter: Counter[str]) -> str:
    return ", ".join(f"{k} {v}" for k, v in sorted(counter.items()))


def _value(c: Claim) -> str:
    if c.kind is ClaimKind.PROPOSITION:
        return c.polarity.value
    if c.kind is ClaimKind.DATE and c.time is not None:
        return f"{c.time.start}"
    return f"{c.low}..{c.high}{' ~' if c.approximate else ''}"


def _where(c: Claim) -> str:
    who = c.source.entity if c.source is not None else "(own voice)"
    return f"{c.document} st{c.statement} {c.span.as_list()} {_value(c)} [{who}]"


def _context(docs: dict[str, Document], c: Claim) -> str:
    doc = docs[c.document or ""]
    st = doc.statements[c.statement]
    s, e = c.span.start - st.span.start, c.span.end - st.span.start
    text = st.text[:s] + "[[" + st.text[s:e] + "]]" + st.text[e:]
    return " ".join(text.split())[:400]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("paths", nargs="+", metavar="PATH", help="JSON Lines with id, text, date")
    ap.add_argument("--sample", type=int, default=30, help="how many of each to draw (30)")
    ap.add_argument("--seed", type=int, default=5, help="random seed of the samples (5)")
    ap.add_argument("--show", action="store_true", help="print each claim in its sentence")
    args = ap.parse_args(argv)

    docs: dict[str, Document] = {}
    claims: list[Claim] = []
    t_analyze = t_claims = 0.0
    for path in args.paths:
        with open(path, encoding="utf-8") as fh:
            for line_no, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                rec = json.loads(line)
                doc_id = str(rec.get("id", f"{Path(path).name}:{line_no}"))
                t = time.process_time()
                doc = factcheck.analyze(
                    rec["text"],
                    id=doc_id,
                    publisher=rec.get("publisher"),
                    published=_published(rec),
                )
                t_analyze += time.process_time() - t
                t = time.process_time()
                claims.extend(claims_of(doc))
                t_claims += time.process_time() - t
                docs[doc_id] = doc
    t = time.process_time()
    groups = group_claims(claims)
    conflicts = conflicts_of_groups(groups)
    t_compare = time.process_time() - t

    kinds = Counter(c.kind.value for c in claims)
    met = {k: g for k, g in groups.items() if len(g) > 1}
    across = sum(1 for g in met.values() if len({c.document for c in g}) > 1)
    outlets = sum(1 for g in met.values() if len({c.publisher for c in g}) > 1)
    within = sum(1 for x in conflicts if len({c.document for c in x.claims}) == 1)
    by_kind = Counter(x.kind.value for x in conflicts)
    revisions = sum(1 for x in conflicts if x.revision)
    print(f"documents: {len(docs)}  claims: {len(claims)} ({_counts(kinds)})")
    print(f"keys: {len(groups)}; met by two claims or more: {len(met)}", end=" ")
    print(f"(across documents {across}, across outlets {outlets})")
    print(f"conflicts flagged: {len(conflicts)} ({_counts(by_kind) or 'none'});", end=" ")
    print(f"within one article {within}, across articles {len(conflicts) - within};", end=" ")
    print(f"revisions {revisions}")
    print(f"cpu: analyze {t_analyze:.2f} s, claims {t_claims:.2f} s,", end=" ")
    print(f"group and compare {t_compare:.3f} s")

    rnd = random.Random(args.seed)
    sample: list[Conflict] = rnd.sample(conflicts, min(args.sample, len(conflicts)))
    print(f"\n# sample of {len(sample)} conflicts")
    for n, x in enumerate(sample, 1):
        print(f"{n:3} {x.kind.value}{' revision' if x.revision else ''} {x.key}")
        for c in x.claims:
            print(f"      {_where(c)}")
            if args.show:
                print(f"         {_context(docs, c)}")

    pairs: list[tuple[Claim, Claim]] = []
    for g in met.values():
        for i, a in enumerate(g):
            for b in g[i + 1 : i + 4]:  # a few pairs of each key, enough to draw from
                if (a.document, a.statement) == (b.document, b.statement):
                    continue
                if " ".join(a.text.split()) == " ".join(b.text.split()):
                    continue  # the same words (a duplicated paragraph or article)
                pairs.append((a, b))
    drawn = rnd.sample(pairs, min(args.sample, len(pairs)))
    print(f"\n# sample of {len(drawn)} meetings (of {len(pairs)} pairs drawn from)")
    for n, (a, b) in enumerate(drawn, 1):
        verdict = "agree" if compatible(a, b) else "conflict"
        print(f"{n:3} {a.kind.value} {verdict} {a.key}")
        for c in (a, b):
            print(f"      {_where(c)}")
            if args.show:
                print(f"         {_context(docs, c)}")
    for kind in ClaimKind:
        of_kind = [c for c in claims if c.kind is kind]
        picked = rnd.sample(of_kind, min(args.sample, len(of_kind)))
        print(f"\n# sample of {len(picked)} {kind.value} claims (of {len(of_kind)})")
        for n, c in enumerate(picked, 1):
            print(f"{n:3} {c.key}")
            print(f"      {_where(c)}")
            if args.show:
                print(f"         {_context(docs, c)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

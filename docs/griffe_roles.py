"""A griffe extension for the API pages: Sphinx roles in docstrings read as Markdown.

The docstrings use reStructuredText roles (:class:`~factcheck.model.Document`, :func:`analyze`);
mkdocstrings renders Markdown, so each role becomes an autorefs link to the object
([`Document`][factcheck.model.Document]) when its full path is known, else inline code.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|mod|data|attr|exc|obj):`(~?)([\w.]+)(\(\))?`")


class SphinxRoles(griffe.Extension):
    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is None:
            return
        module = obj.module.path if obj.kind is not griffe.Kind.MODULE else obj.path

        def link(m: re.Match[str]) -> str:
            tilde, target, call = m[1], m[2], m[3] or ""
            shown = target.rsplit(".", 1)[-1] if tilde or "." not in target else target
            full: str | None = target
            if "." not in target:
                member = obj.module.members.get(target)
                if target in _MODEL:
                    full = f"factcheck.model.{target}"
                elif member is None:
                    full = None
                elif member.is_alias:
                    full = member.target_path  # type: ignore[union-attr]
                else:
                    full = f"{module}.{target}"
            if full is None or not full.startswith("factcheck"):
                return f"`{shown}{call}`"
            return f"[`{shown}{call}`][{full}]"

        obj.docstring.value = _ROLE.sub(link, obj.docstring.value)


_MODEL = {
    "Attribution", "Certainty", "Cue", "Document", "Flag", "FlagKind", "Mode", "Polarity",
    "Quantity", "Role", "Source", "SourceKind", "Span", "Statement", "TimeRef",
}

"""Apply the source's editorial decisions (``<stem>.edits.toml``) — all of them or none.

Runs first (priority 10), so that recognition of persons, places and dates
sees the reading text: ``lem`` and ``supplied`` words count, ``rdg`` and
``corr``/``reg`` do not.  The decisions are located and encoded on a copy of
the tree; only when every entry applied cleanly does the copy replace the
original, so a bad sidecar leaves no half-applied document behind.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

from lxml import etree

from tei.diagnostics import Diagnostic
from tei.edits import policy
from tei.edits.apply import apply_all
from tei.edits.locate import locate
from tei.edits.model import Sidecar
from tei.edits.sidecar import load
from tei.transforms import Context, transform


@transform("edits", 10)
def apply_sidecar(root: etree._Element, context: Context) -> list[Diagnostic]:
    if context.sidecar is None:
        return []
    sidecar, problems = load(context.sidecar)
    if sidecar is None:
        return problems
    return apply_decisions(root, sidecar, Path(context.sidecar).name)


def apply_decisions(root: etree._Element, sidecar: Sidecar, name: str) -> list[Diagnostic]:
    """Locate and encode every entry of ``sidecar`` in ``root``; unchanged on any problem."""
    work = deepcopy(root)
    targets, problems = locate(work, sidecar)
    if problems:
        return problems
    problems = apply_all(work, sidecar, targets)
    if problems:
        return problems
    if sidecar.policy.slips == "correct":
        policy.slips_as_corrections(work)
    policy.declare_witnesses(work, sidecar.witnesses)
    policy.declare_groups(work, sidecar.groups)
    if any(target.entry.kind == "variant" for target in targets):
        policy.declare_apparatus(work)
    policy.state_decisions(work, sidecar.policy, (entry.kind for entry in sidecar.entries), name)
    root[:] = list(work)
    return []

"""A group of the party given one protein alone in a follow-up: "can the kids just do chicken
instead", "if the 3 kids just get chicken (one each) instead of the steak and shrimp", "the 4 kids
get 1 portion each of chicken", "the kids want chicken instead of the filet and shrimp". Each of
the group has that one protein, one portion each; the other group keeps what it had. Read as the
whole party's choice ("just chicken") it priced every guest's plate as chicken (a confident wrong
total); read as a swap of the first protein named it left the group's other protein in place.

Said with "just"/"only", "one each" or every protein the group gives up named; a group's change
of one protein of two ("the kids want chicken instead of the filet") is the swap readers'. Read
only in a message that counts no guests (the group is the order's); the conversation applies it
(`group_alone_applied`) when the order counts both groups, the group's count said agrees, no
other portions are counted and the proteins given up are exactly the group's, else asked.
"what if just the adults get lobster?", "if only the kids had salmon": the group said first, the
protein it replaces unsaid (none named after "instead of"), asks in place of which, or on top
(round q79i); with one named it is the swap readers' (`reason_swappers`), with all, read here.

"the kids can share 2 lobster tails", "add 2 lobster tails for the kids to share": counted
portions shared by a group are extra portions on top of the order (`shared_extras`)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.changes import Swap
from orchestrator.reading.group_kept import kept_by_other
from orchestrator.reading.inquiry import Inquiry
from orchestrator.reading.replacements import plain
from orchestrator.reading.sentences import sentence_start

Span = tuple[int, int]
Check = tuple[str, str]

GROUP_ALONE = "group_alone"  # the check's field: dropped when the conversation applies the reading

# the age groups the order counts, or a part of them ("the little ones", "the girls": asked)
_GROUP = (
    r"(?:the|my|our)\s+(?:(\d{1,2})\s+)?(kids|children|adults|grown-ups|grownups|little ones|"
    r"littles|(?:little|younger|older|big)\s+(?:kids|ones)|boys|girls|ladies|guys|teens)"
)
_MODAL = r"(?:(?:can|could|will|would|should|are gonna|r gonna|are going to)\s+)?"
_VERB = r"(?:get|have|do|eat|want|take|getting|having|doing|eating)"
# "the kids just get", "the kids'll just have", "can the kids only do": the group, then "just"
_JUST = re.compile(
    rf"{_GROUP}(?:'ll)?\s+(?:{_MODAL}(?:just|only)\s+(?:{_VERB}\s+)?"
    # "the kids wont touch anything but chicken": their one choice, as "only eat" is (round q86f)
    r"|(?:won'?t|will\s+not|don'?t|do\s+not)\s+(?:touch|eat)\s+(?:anything|nothing)\s+"
    r"(?:but|except|besides|other\s+than)\s+)(?:the\s+)?\Z"
)
# "the 4 kids get 1 portion each of": one portion each said before the protein
_EACH = re.compile(
    rf"{_GROUP}(?:'ll)?\s+{_MODAL}(?:just\s+|only\s+)?{_VERB}\s+1\s+(?:portion|protein|plate|"
    r"serving)s?\s+each\s+of\s+(?:the\s+)?\Z"
)
_PLAIN = re.compile(rf"{_GROUP}(?:'ll)?\s+{_MODAL}{_VERB}\s+(?:the\s+)?\Z")  # "the kids want"
# "what if just the adults get lobster?", "if only the kids had salmon": the change weighed for one
# group, the group first; which protein it replaces is unsaid unless "instead of" names it (round
# q79i: lobster was priced for every guest)
_ONLY = re.compile(
    rf"(?:\b(?:just|only)\s+|\bif\s+(?:(?:just|only)\s+)?){_GROUP}\s+{_MODAL}"
    r"(?:get|have|do|eat|got|had|did|ate|go\s+with|went\s+with)\s+(?:the\s+)?\Z"
)
_EACH_AFTER = re.compile(r"\s*(?:\(\s*1\s+each\s*\)|,?\s*1\s+each\b)")  # "chicken (1 each)"
_INSTEAD = re.compile(r"\s*,?\s*instead\b(?:\s+of\s+(?:the\s+|their\s+)?)?")
_AND = re.compile(r"\s*(?:and|&|\+|n)\s+(?:the\s+)?")
# "..., they dont eat much": why the group has one protein, right after the reading
_APPETITE = re.compile(
    r"\s*[,.;-]?\s*(?:(?:since|cause|cuz|bc|because|as)\s+)?(?:they|they're|theyre|they are)\s+"
    r"(?:(?:don't|dont|do not|won't|wont|can't|cant)\s+eat\s+(?:(?:that|very|too)\s+)?much"
    r"|(?:(?:really|very|pretty|super)\s+)?(?:small|light|picky)\s+eaters)\b"
)


@dataclass(frozen=True, slots=True)
class Alone:
    """What `group_alone` read: (group, the keys chosen, the keys given up, the group's count, the
    keys the other group is said to keep)."""

    said: tuple[str, tuple[str, ...], tuple[str, ...], int | None, tuple[str, ...]] | None = None
    spans: tuple[Span, ...] = ()
    checks: tuple[Check, ...] = ()

    def outside(self, swaps: Sequence[Swap]) -> list[Swap]:
        """The swaps not within the words read ("chicken instead of the steak" is no swap)."""
        return [w for w in swaps if not any(s <= w.span[0] < e for s, e in self.spans)]


# one reading: (chosen, given up, the group's words, its span, unsaid, the other group's kept)
_Found = tuple[list[ProteinAsk], list[ProteinAsk], re.Match[str], Span, bool, list[ProteinAsk]]


def _group(word: str) -> str:
    """ "adults" or "kids", the age group `word` names; "some" for a part of one."""
    if word.startswith(("adult", "grown")):
        return "adults"
    return "kids" if word in ("kids", "children") else "some"


def _named(text: str, at: int, asks: Sequence[ProteinAsk]) -> list[ProteinAsk]:
    """The proteins named one after another from `at` ("the steak and shrimp")."""
    found: list[ProteinAsk] = []
    while (ask := next((a for a in asks if a.start == at), None)) is not None:
        found.append(ask)
        if not (m := _AND.match(text, ask.end)):
            break
        at = m.end()
    return found


def group_alone(
    text: str, asks: Sequence[ProteinAsk], *, counted: bool
) -> tuple[list[ProteinAsk], Alone]:
    """(the asks left, what was read): the one reading of a group given one protein alone in
    `text`, its protein an ask of the group; nothing when the message counts guests (`counted`)
    or when more than one such group is said."""
    found: list[_Found] = []
    for ask in asks if not counted else ():
        opening = sentence_start(text, ask.start)
        before = text[opening : ask.start]
        said = _JUST.search(before) or _EACH.search(before) or _ONLY.search(before) or _PLAIN.search(
            before
        )
        chosen = _named(text, ask.start, asks)  # "just chicken and shrimp": their two
        if said is None or not all(plain(replace(a, group=None)) for a in chosen):
            continue
        end = chosen[-1].end
        if each := _EACH_AFTER.match(text, end):
            end = each.end()
        given: list[ProteinAsk] = []
        if (instead := _INSTEAD.match(text, end)) is not None:
            end = instead.end()
            if instead.group(0).rstrip() != instead.group(0):  # "instead of (the) ...": named
                given = _named(text, end, asks)
                end = given[-1].end if given else end
                if not given:
                    continue  # "instead of what we had": not read here
        if said.re in (_PLAIN, _ONLY) and each is None and len(given) == 1:
            continue  # "the kids want chicken instead of the filet": the swap readers'
        if said.re is _PLAIN and each is None and not given:
            continue
        # "the adults will keep the chicken and NY strip": the other group's, as they were
        kept = kept_by_other(text, asks, _group(said.group(2)))
        if any(not any(a is b for b in chosen + given + kept) for a in asks):
            continue  # "the adults want salmon and the kids just chicken": more than the group's
        if why := _APPETITE.match(text, end):
            end = why.end()
        unsaid = said.re is _ONLY and each is None and not given  # in place of which one?
        found.append((chosen, given, said, (opening + said.start(), end), unsaid, kept))
    if len(found) != 1:
        return list(asks), Alone()
    chosen, given, said, span, unsaid, kept = found[0]
    names = " and ".join(a.said for a in chosen)
    if unsaid:  # "what if just the adults get lobster?": asked, the asks left as they were
        which = (GROUP_ALONE, f"{names} for the {said.group(2)}: in place of which protein, or on top?")
        return list(asks), Alone(None, (span,), (which,))
    group = _group(said.group(2))
    count = int(said.group(1)) if said.group(1) else None
    own = {id(a): replace(a, group=group, per_guest=False) for a in chosen if group != "some"}
    left = [own.get(id(a), a) for a in asks if not any(a is g for g in given + kept)]
    check = (GROUP_ALONE, f"{names} alone for the {said.group(2)}: in place of all they have?")
    keys = (tuple(a.protein for a in chosen), tuple(g.protein for g in given))
    spans = (span, *((a.start, a.end) for a in kept))
    return left, Alone((group, *keys, count, tuple(a.protein for a in kept)), spans, (check,))


# "for the kids to share", "the kids can share": the group's counted portions, shared
_SHARE_AFTER = re.compile(rf"\s*(?:tails?\s+)?for\s+{_GROUP}\s+to\s+(?:share|split)\b")
_SHARE_BEFORE = re.compile(rf"{_GROUP}\s+{_MODAL}(?:share|split)\s+\Z")


def shared_extras(text: str, asks: Sequence[ProteinAsk]) -> list[ProteinAsk]:
    """The asks with counted portions a group shares marked as extras of that group."""
    out = []
    for ask in asks:
        m = _SHARE_AFTER.match(text, ask.end) or _SHARE_BEFORE.search(
            text, sentence_start(text, ask.start), ask.count_span[0] if ask.count_span else ask.start
        )
        if m is None or ask.portions is None or m.group(1) or ask.half or ask.rest or ask.share:
            out.append(ask)
            continue
        group = _group(m.group(2))  # extras of a part of a group ("the girls") are of no group
        out.append(replace(ask, extra=True, group=None if group == "some" else group, per_guest=False))
    return out


def group_alone_applied(
    state: Inquiry, later: Inquiry, checks: tuple[Check, ...]
) -> tuple[Inquiry, Inquiry, tuple[Check, ...]]:
    """`state` with `later`'s group given one protein alone, `later` without that choice, and
    `checks` without its check; unchanged (asked) unless every condition of the module holds."""
    if later.group_alone is None or later.swaps or later.partial_swaps or later.removed:
        return state, later, checks
    group, keys, given, count, kept = later.group_alone
    if group == "some":  # "the little ones just get chicken": how many are they?
        return state, later, checks
    other = "kids" if group == "adults" else "adults"
    kids = (state.children or 0) + (state.toddlers or 0)
    ours = [b for b in later.proteins if b.group == group and b.protein in keys]
    if not (state.adults and state.children) or not len(ours) == len(keys) == len(later.proteins) or (
        count is not None and count != (kids if group == "kids" else state.adults)
    ):
        return state, later, checks
    if not all(plain(replace(a, group=None)) for a in state.proteins):
        return state, later, checks  # counted portions, halves, extras: whose are they?
    had = {a.protein for a in state.proteins if a.group in (None, group)}
    if given and set(given) != had and not _steak_of(set(given), had):
        return state, later, checks  # "instead of the filet and lobster" of filet and shrimp
    theirs = {a.protein for a in state.proteins if a.group in (None, other)}
    if kept and set(kept) != theirs and not _steak_of(set(kept), theirs):
        return state, later, checks  # "the adults keep the filet" of chicken and NY strip
    keep = tuple(replace(a, group=other, per_guest=False) if a.group is None else a
                 for a in state.proteins if a.group != group)  # fmt: skip
    merged = replace(state, proteins=keep + tuple(ours))
    said = replace(later, proteins=(), only=False, replace_proteins=False, group_alone=None)
    return merged, said, tuple(c for c in checks if c[0] != GROUP_ALONE)


def _steak_of(given: set[str], had: set[str]) -> bool:
    """ "the steak" given up names the order's one steak ("the steak and shrimp" of NY strip and
    shrimp)."""
    steaks = {k for k in had if k in ("ny_strip", "filet_mignon")}
    return "steak" in given and len(steaks) == 1 and (given - {"steak"}) | steaks == had

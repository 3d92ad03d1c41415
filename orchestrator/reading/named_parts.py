"""Groups named before their numbers, then said to be adults: "engineering 12, marketing 8, all
adults" is 20 adults; and a later message that recounts those same groups by name ("marketing is
10 now not 8. engineering still 12"), read as the new sum when every group is told again or
kept. A department's lines count too, one part a line ("Headcount by department:\n- Front desk:
4\n- Hygienists: 6\nAll adults", a sheet's "Accounting - 8\nSales - 11\n...\nAll adults."), and
a recount may keep groups ("engineering and admin unchanged") and tell the change's reason
("support is 11 now (2 new hires)"). A name that is a food ("chicken 12, shrimp 8") is portions, a
month or the party's own word ("guests 20") no group."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.reading.recount_reasons import kept_unchanged, reason_after
from orchestrator.reading.words import KID_WORDS, TEEN_WORDS, TODDLER_WORDS

# "engineering 12, marketing 8, all adults": two or more "<name> N" parts, then all adults; or a
# department's lines, each line one part ("- front desk: 4\n- hygienists: 6\n...\nall attendees are
# adults"), so a form's other lines ("Date: Friday, December 11", "Location: Suite 200") are none
# (a sheet's dash as the colon: "Accounting - 8\nSales - 11\n...\nAll adults.")
_PART = r"[a-z]+(?: [a-z&'-]+)?(?::| -)? \d{1,3}"
# a line may name two groups counted together ("Kitchen and housekeeping: 8"): one part
_LINE = rf"[ \t]*(?:[-*\u2022][ \t]*)?(?:[a-z]+ (?:and|&) [a-z]+(?::| -)? \d{{1,3}}|{_PART})[ \t]*"
# the first name of such a part, which a recount may use for it ("kitchen unchanged")
_JOINED = re.compile(
    r"(?m)^[ \t]*(?:[-*\u2022][ \t]*)?([a-z]+) (?:and|&) ([a-z]+)(?::| -)? \d{1,3}[ \t]*$"
)
_ALL = (
    r"(?:all|everyone)\s+(?:(?:of\s+(?:them|us)|attendees|guests|staff|employees)\s+)?"
    r"(?:are\s+|is\s+)?(?:adults|an adult|grown-?ups)\b"
)
_PARTS = re.compile(
    rf"(?:\b({_PART}(?:\s*(?:,|&|\band\b)\s*(?:and\s+)?{_PART})+)"
    rf"|(?<![^\n])({_LINE}(?:\n{_LINE})+)(?![^\n]))\s*[,.]?\s*{_ALL}"
)
# a name that is no group of the party: a date's month or day, or the party itself counted
_NOT_GROUP = re.compile(
    r"\b(?:jan|january|feb|february|mar|march|apr|april|may|jun|june|jul|july|aug|august|sep|sept|"
    r"september|oct|october|nov|november|dec|december|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|guests|people|ppl|adults|total|headcount|pax|attendees|party|suite|room|"
    r"unit|floor|building|table|tables|age|ages)\b"
)
# a part's key is its last word ("front desk: 4" is "desk"), as a recount names it
_ONE = re.compile(r"([a-z]+)(?::| -)? (\d{1,3})")
_YOUNG = re.compile(rf"\b(?:{'|'.join(KID_WORDS + TEEN_WORDS + TODDLER_WORDS)})\b")
# "marketing is 10 now not 8", "marketing now 10", "engineering still 12", "engineering is still 12"
_NEW = re.compile(
    r"\b([a-z]+)\s+(?:is|=|has)?\s*(?:now\s+)?(\d{1,3})(?:\s+now)?(?:\s*,?\s*not\s+(\d{1,3}))?"
    r"(?=\s*(?:[.,;!\n(]|-\s|$))"  # "nursing is 11 now, not 14 - three of them ...": a reason
)
_KEPT = re.compile(r"\b([a-z]+)\s+(?:is\s+|=\s*)?still\s+(\d{1,3})\b")


def _groups(text: str, food: re.Pattern[str]) -> dict[str, int] | None:
    """The named groups of the one "<name> N, <name> M, all adults" of `text`, or None."""
    found = list(_PARTS.finditer(text.lower()))
    if len(found) != 1:
        return None
    body = found[0].group(1) or found[0].group(2)
    parts = {m.group(1): int(m.group(2)) for m in _ONE.finditer(body)}
    if any(food.fullmatch(name) for name in parts) or food.search(body):
        return None  # "chicken 12, shrimp 8": portions
    if _YOUNG.search(body) or _NOT_GROUP.search(body) or len(parts) != len(_ONE.findall(body)):
        return None  # "kids 8, parents 10, all adults": which is it? a name told twice: which?
    return parts


def named_groups_summed(text: str, food: re.Pattern[str]) -> str:
    """`text` with its "<name> N, <name> M, all adults" written as the sum ("20 adults", padded
    to the same length so every span holds); else unchanged."""
    parts = _groups(text, food)
    if parts is None:
        return text
    m = _PARTS.search(text.lower())
    if m is None:
        return text
    said = f"{sum(parts.values())} adults"
    return text[: m.start()] + said.ljust(m.end() - m.start()) + text[m.end() :]


def groups_recounted(said: Sequence[str], food: re.Pattern[str]) -> list[str]:
    """The customer's messages `said` (oldest first), the last one written as "N
    adults now" when it recounts by name every group an earlier message counted as adults (each
    group's old number, when told with "not", agreeing); or, when the last does not, the one
    message before it that does ("marketing is 10 now not 8", then "upgrade the tofu to
    scallops"). Two recounts are left as they are but the last (the second would be read against
    the groups before the first). Else unchanged."""
    out = _recounted(said, food)
    if out[-1] != said[-1] or len(said) < 3:
        return out
    done = [i for i in range(1, len(said) - 1) if _recounted(said[: i + 1], food)[i] != said[i]]
    if len(done) != 1:
        return out
    return [*_recounted(said[: done[0] + 1], food), *said[done[0] + 1 :]]


def _recounted(said: Sequence[str], food: re.Pattern[str]) -> list[str]:
    """`said` with its last message written as the groups' new sum, when it recounts them."""
    if len(said) < 2:
        return list(said)
    last = said[-1].lower()
    found = next(((t, p) for t in reversed(said[:-1]) if (p := _groups(t, food))), None)
    if found is None:
        return list(said)
    earlier = found[1]
    # "kitchen and housekeeping: 8", then "kitchen unchanged": the same group by its first name
    alias = {a: k for a, k in _JOINED.findall(found[0].lower()) if a not in earlier and k in earlier}
    named = {**earlier, **{a: earlier[k] for a, k in alias.items()}}
    told: dict[str, int] = {}
    spans: list[tuple[int, int]] = []
    for m in _KEPT.finditer(last):
        told[m.group(1)] = int(m.group(2))
        spans.append(m.span())
    kept, kept_spans = kept_unchanged(last, named)  # "engineering and admin unchanged"
    told.update(kept)
    spans += kept_spans
    for m in _NEW.finditer(last):
        name, old = m.group(1), m.group(3)
        if name in named and name not in told and (old is None or int(old) == named[name]):
            told[name] = int(m.group(2))
            spans.append(m.span())
            why = reason_after(last, m.end(), told[name] - named[name], food)
            spans += [why] if why else []  # "(2 new hires)": the change, no guests of its own
    told = {alias.get(k, k): v for k, v in told.items()}
    if set(told) != set(earlier) or told == earlier:
        return list(said)
    rest = said[-1]  # the message's other words kept ("... also add lobster")
    for start, end in sorted(spans, reverse=True):
        rest = rest[:start] + rest[end:]
    return [*said[:-1], f"{sum(told.values())} adults now. {rest}"]

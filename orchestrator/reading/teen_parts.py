"""A part of a list counted by a role with every member's age in brackets, all 13 or over ("18
cheerleaders (all 14-17)", "12 dancers (ages 13-17)", "8 officers (all 16-18)"): teens are
adults by the reading rules, so the part is that many grown-ups. The sum readers of a list before
"so 21 adults total" read such a part as "18 adults" (round q86m: blind 188 fz044 read the parts
as the 3 coaches and asked)."""

from __future__ import annotations

import re

_AGE = r"(?:1[3-9]|[2-9]\d)"  # 13 and over: a grown-up's age (teens are adults)
# "18 cheerleaders (all 14-17)", "12 dancers (ages 13-17)", "8 officers (16-18 yrs)": one or two
# words naming the role, then one grown age or a band of them for all
_TEEN_PART = re.compile(
    r"(?<![\w-])(?P<n>\d{1,3})\s+[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*)?\s*"
    rf"\(\s*(?:(?:all|ages?|all\s+ages?|aged)\s+)?{_AGE}(?:\s*(?:-|to|and|&)\s*{_AGE})?"
    r"(?:\s*(?:yrs?|years?)(?:\s*old)?)?\s*\)"
)
# a food named as the part's word is no role ("12 shrimp (all 13-15)" is no one)
_FOOD = re.compile(r"\b(?:chicken|steak|filet|salmon|shrimp|scallops?|lobster|tofu|portions?)\b")


def teen_parts(stretch: str) -> str:
    """`stretch` with each role part whose bracketed ages are all grown written "N adults",
    padded to the same length (the spans read in it still hold)."""

    def grown(m: re.Match[str]) -> str:
        if _FOOD.search(m.group(0)):
            return m.group(0)
        return f"{m.group('n')} adults".ljust(len(m.group(0)))

    return _TEEN_PART.sub(grown, stretch)


def within(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether `span` lies within one of `spans`."""
    return any(s <= span[0] and span[1] <= e for s, e in spans)

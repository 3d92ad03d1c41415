"""A follow-up that names the groups of the party by the words the earlier message counted them
with (round q85o): "9 girls (all 7-8), 2 leaders and 4 moms. chicken and shrimp", the quote, then
"can the moms and leaders have salmon instead of shrimp? the girls keep the shrimp". The grown-up
words named together, every one of the list's and nothing else, are all the adults, and the kids'
one word is the kids: the follow-up is written "can the adults have salmon instead of shrimp? the
kids keep the shrimp", which the swap readers know (the adults' share swapped).

A follow-up keeping some of the groups ("scratch the parents, just the 11 girls and the 2 coaches
now, same food"; "drop the coaches, they cant make it. same food otherwise") is the party those
groups make: it is written as them restated from the earlier list ("just 11 girls (all 11-12) + 2
coaches now. same food"), the counts the readers know.

Only when the earlier list's groups are what the business quoted (their adults and kids are the
quote's), each word counted once, and the follow-up says nothing more than the groups, a word
that some do not come, and "same food"; anything else keeps the words, and the net asks."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from orchestrator.reading.turns import Turn

# one of a role said alone too ("5 moms and 1 dad", then "can the moms and the dad ...", round q86n)
_GROWN = (r"moms?|mums?|mothers?|dads?|fathers?|parents?|leaders?|coach(?:es)?|chaperones?|"
          r"teachers?")
_YOUNG = r"girls|boys|kids|players|scouts|swimmers|dancers|gymnasts|athletes|campers"
# a group of the list: "9 girls (all 7-8)", "2 leaders", "13 parents"
_ITEM = re.compile(
    rf"\b(\d{{1,3}}) (?:(?:den|troop|team|scout|girl scout|cub scout) )?({_GROWN}|{_YOUNG})\b"
    r"(\s*\((?:all\s+|ages?\s+)?\d{1,2}(?:\s*(?:-|to|and|&|,)\s*\d{1,2})*\))?",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"\bquote for (\d{1,3}) adults(?:, (\d{1,3}) children)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class _Group:
    """One group of the earlier list: its count, word, ages as written, and whether grown."""

    count: int
    word: str
    said: str
    grown: bool


def _groups(text: str) -> dict[str, _Group] | None:
    """The groups the earlier message lists by word, None when a word is counted twice or a
    young group's ages are not all a kid's (6-12) told in brackets."""
    found: dict[str, _Group] = {}
    for m in _ITEM.finditer(text):
        word = m.group(2).lower()
        grown = re.fullmatch(_GROWN, word) is not None
        if word in found:
            return None
        if not grown:
            ages = [int(a) for a in re.findall(r"\d+", m.group(3) or "")]
            if not ages or not all(6 <= a <= 12 for a in ages):
                return None  # teens (priced as adults) or little ones: the readers' to sort
        found[word] = _Group(int(m.group(1)), word, m.group(0).strip(), grown)
    return found or None


def _quoted_party(turns: Sequence[Turn]) -> tuple[int, int] | None:
    """The adults and kids of the latest business reply's quote."""
    if turns[-2][0] != "business" or not (m := _QUOTED.search(turns[-2][1])):
        return None
    return int(m.group(1)), int(m.group(2) or 0)


def _listed(turns: Sequence[Turn]) -> dict[str, _Group] | None:
    """The groups of the customer message the quote answered, when they are the quoted party."""
    if len(turns) < 3 or turns[-1][0] != "customer" or turns[-3][0] != "customer":
        return None
    party, groups = _quoted_party(turns), _groups(turns[-3][1])
    if party is None or groups is None:
        return None
    adults = sum(g.count for g in groups.values() if g.grown)
    kids = [g for g in groups.values() if not g.grown]
    if (adults, sum(g.count for g in kids)) != party or len(kids) != 1 or not adults:
        return None
    return groups


_JOIN = r"\s*(?:,\s*(?:and\s+)?|\band\b|&|\+|\bn\b)\s*"
# the grown-up words named together, "the" before them ("2 more moms" is a count, not the group)
_NAMED = re.compile(rf"\bthe\s+(?:{_GROWN})(?:{_JOIN}(?:the\s+)?(?:{_GROWN}))*\b", re.IGNORECASE)


# a plate changed for some of the grown-ups: "can the moms have filet instead of the salmon?"
_SWAP = re.compile(r"\b(?:instead|swap|switch|change|rather|have|get|want)\b", re.IGNORECASE)


def roles_named(turns: Sequence[Turn]) -> list[Turn]:
    """`turns` with the last customer message's group words written "the adults" / "the kids"
    where they name all the grown-ups or the kids of the quoted list, or the groups it keeps
    written as the party restated."""
    groups = _listed(turns)
    if groups is None:
        return list(turns)
    text = turns[-1][1]
    young = next(w for w, g in groups.items() if not g.grown)
    # the kids by another young word the earlier message used of them: "our 12U girls, 11 players"
    aliases = {w.lower(): young for w in re.findall(rf"\b({_YOUNG})\b", turns[-3][1], re.IGNORECASE)}
    kept = _kept(text, groups, aliases)
    if kept is not None:
        return [*turns[:-1], ("customer", kept)]
    grown = {w for w, g in groups.items() if g.grown}

    def adults(m: re.Match[str]) -> str:
        words = [w.lower() for w in re.findall(_GROWN, m.group(0), re.IGNORECASE)]
        whole = len(words) == len(set(words)) and set(words) == grown
        if not whole and len(words) == len(set(words)) and set(words) < grown and _SWAP.search(text):
            # "can the moms have filet instead?" beside 1 dad: 5 of the 6, a counted part (q86n);
            # an add-on "for the parents" is no part's plate (183 fu089)
            return f"{sum(groups[w].count for w in words)} of the adults"
        return "the adults" if whole else m.group(0)

    written = _NAMED.sub(adults, text)
    if written == text:
        return list(turns)
    written = re.sub(rf"\bthe\s+{young}\b", "the kids", written, flags=re.IGNORECASE)
    return [*turns[:-1], ("customer", written)]


# some groups said to stay away: "scratch the parents", "parents arent coming after all"
_AWAY = re.compile(
    r"\b(?:scratch|drop|minus|remove|take off|cancel)\b|\b(?:arent|aren't|are not|wont|won't|cant|"
    r"can't|not)\s+(?:to\s+)?(?:coming|come|make it|joining|join|be coming)|\bdoing their own\b",
    re.IGNORECASE,
)
# the groups that stay: "just the 11 girls and the 2 coaches now", "only the players and coaches"
_JUST = re.compile(
    rf"\b(?:just|only)\s+((?:the\s+)?(?:\d{{1,3}}\s+)?(?:{_GROWN}|{_YOUNG})"
    rf"(?:{_JOIN}(?:the\s+)?(?:\d{{1,3}}\s+)?(?:{_GROWN}|{_YOUNG}))*)(?:\s+now)?\b",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"\W*(?:(?:same|the same)\s+(?:food|order|proteins|menu)(?:\s+(?:otherwise|as before|for them|"
    r"please|pls))?|everything else (?:the )?same)?\W*$",
    re.IGNORECASE,
)
# what the words around may be: the groups, words of staying away, "lol", "after all", "they"
_FILLER = re.compile(
    r"\b(?:the|lol|haha|after|all|they|theyre|they're|are|is|so|and|their|own|dinner|decided|to|"
    r"come|now|ok|oh|actually|sorry|cant|make|it|not|coming|arent|aren't|wont|won't|doing|"
    r"scratch|drop|minus|remove|cancel|take|off|joining|be|otherwise|same|food|order|unfortunately)\b",
    re.IGNORECASE,
)


def _kept(text: str, groups: dict[str, _Group], aliases: dict[str, str]) -> str | None:
    """The message written as the groups it keeps, restated from the list, or None; `aliases`:
    the young words the earlier message used of the kids' group."""
    just = _JUST.search(text)
    if just:
        said = re.findall(rf"(\d{{1,3}})?\s*({_GROWN}|{_YOUNG})\b", just.group(1), re.IGNORECASE)
        named = [(n, aliases.get(w.lower(), w.lower())) for n, w in said]
        if any(w not in groups or (n and int(n) != groups[w].count) for n, w in named):
            return None
        keep = [w for _, w in named]
        around = text[: just.start()] + " " + text[just.end() :]
    else:
        away = {aliases.get(w.lower(), w.lower())
                for w in re.findall(rf"\b({_GROWN}|{_YOUNG})\b", text, re.IGNORECASE)}
        keep = [w for w in groups if w not in away]
        around = text
        if not away or not away <= set(groups):
            return None
    gone = set(groups) - set(keep)
    if not keep or not gone or len(keep) != len(set(keep)) or not _AWAY.search(around):
        return None
    rest = re.sub(rf"\b(?:{'|'.join(map(re.escape, gone))})\b", " ", around, flags=re.IGNORECASE)
    if re.search(r"\d", rest) or re.search(r"[a-z]", _FILLER.sub(" ", rest), re.IGNORECASE):
        return None  # anything more said ("and 2 more kids", a protein): the readers' and the net's
    tail = _TAIL.search(text)
    same = " same food" if tail and re.search(r"same", tail.group(0), re.IGNORECASE) else ""
    restated = " + ".join(groups[w].said for w in groups if w in keep)
    return f"just {restated} now.{same}"

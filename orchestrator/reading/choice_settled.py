"""A choice left open in one message and settled by a later one (round q81b): "chicken and
filet... or maybe lobster idk", then "ok filet. 95762": the earlier list stands with the option
kept, the alternative dropped, and the later message keeps its other words (the ZIP, the date).

Settled only when the later message is the pick alone (an opener like "ok", "lets do", "go with",
the protein, perhaps "then"), naming one protein that is an option of the earlier choice, and:
the option already in the earlier list is picked ("ok filet": chicken and filet), or the choice
stood alone ("filet or lobster?" then "lobster"). The alternative picked beside a list ("chicken
and filet or maybe lobster", then "ok lobster": lobster beside the chicken, or alone?) is left as
written, asked; so is a pick after a business quote (what the quote priced is the reading's)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from orchestrator.catalog import Catalog
from orchestrator.reading.our_quote import stated_totals

Turn = tuple[str, str]


@lru_cache(maxsize=8)
def protein_keys(catalog: Catalog) -> dict[str, str]:
    """Each protein's lower-case name and alias, to its key (the ambiguous words, "steak", have
    no single key and are no option here)."""
    ambiguous = {a.word for a in catalog.ambiguous}
    return {n.lower(): p.key for p in catalog.proteins for n in (p.name, *p.aliases)
            if n.lower() not in ambiguous}  # fmt: skip


@lru_cache(maxsize=8)
def _patterns(catalog: Catalog) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(the open choice of two proteins, the pick alone, any protein word)."""
    words = "|".join(re.escape(w) for w in sorted(protein_keys(catalog), key=len, reverse=True))
    word = rf"(?:{words})s?"
    choice = re.compile(
        rf"\b(?P<first>{word})\s*(?:\.{{2,}}|…|,)?\s*(?:or\s+(?:maybe\s+|possibly\s+|prob\s+"
        rf"|probably\s+)?|maybe\s+)(?P<second>{word})\b(?P<tail>(?:\s*(?:\?+|idk|not sure|lol|hmm))*)",
        re.IGNORECASE,
    )
    pick = re.compile(
        r"^\s*(?:(?:ok(?:ay)?|k|yeah|yes|alright|hmm+|lets?(?:\s+do|\s+go\s+with)?|go\s+with|"
        r"we'?ll\s+(?:do|go\s+with|take)|i\s+think|i\s+guess|decided\s+on|actually)[\s,.!]*)*"
        rf"(?P<pick>{word})\b(?:\s+(?:then|it\s+is|pls|please))?\s*(?:[.!,]+|$)",
        re.IGNORECASE,
    )
    return choice, pick, re.compile(rf"\b{word}\b|\bor\b", re.IGNORECASE)


def _key(word: str, catalog: Catalog) -> str | None:
    keys = protein_keys(catalog)
    word = word.lower()
    return keys.get(word) or (keys.get(word[:-1]) if word.endswith("s") else None)


def choices_settled(turns: Sequence[Turn], catalog: Catalog) -> list[Turn]:
    """`turns` with an open choice of proteins in a customer message settled by a later
    customer message that picks one of its options (module doc): the choice written as the
    pick, the pick taken out of the later message."""
    out = list(turns)
    choice, pick, any_word = _patterns(catalog)
    for at in range(1, len(out)):
        role, text = out[at]
        m = pick.match(text)
        if role != "customer" or not m or any_word.search(text, m.end()):
            continue
        chosen = _key(m.group("pick"), catalog)
        for back in range(at - 1, -1, -1):
            earlier_role, earlier = out[back]
            if earlier_role == "business":
                if stated_totals(earlier):
                    break  # a quote since the choice: the pick is about what it priced
                continue
            opened = choice.search(earlier)
            if opened is None:
                if any_word.search(earlier):
                    break  # food said since the choice: the pick may be about it
                continue
            first, second = _key(opened.group("first"), catalog), _key(opened.group("second"), catalog)
            alone = any_word.search(earlier[: opened.start()]) is None
            if chosen == first or (chosen == second and alone):
                settled = earlier[: opened.start()] + m.group("pick") + earlier[opened.end():]
                out[back] = (earlier_role, settled)
                out[at] = (role, text[: m.start("pick")] + text[m.end("pick"):])
            break
    return out

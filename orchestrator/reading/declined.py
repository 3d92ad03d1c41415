"""An add-on of the conversation declined by its reason rather than its name: "none of us drink"
after the sake service was offered or ordered, "the regular show is fine" after the extended
show was, "no add ons thx" after both were offered (each of them). Each reason is rewritten as
the add-on taken out ("no premium sake service"), so the readers read the message as if the
add-on had been named; a message that names the add-on itself ("we dont drink but add the sake
for my dad") is left as written."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.catalog import AddOn

__all__ = ["declined_by_reason"]

# Nobody drinks ("none of us drink", "we don't drink", "nobody here drinks"); "we don't drink
# much" and "most of us don't drink" leave some drinking, and stay as written
_NO_DRINKERS = re.compile(
    r"\b(?:none of us|nobody(?: here)?|no one(?: here)?|noone|we|we all)\s+(?:really\s+)?"
    r"(?:drinks?|(?:don'?t|do not|dont)\s+(?:really\s+)?drink)\b(?!\s+(?:much|a lot|often|that much))"
)
# The show as it comes is enough ("the regular show is fine", "the normal show is plenty")
_PLAIN_SHOW = re.compile(
    r"\b(?:the\s+)?(?:regular|normal|standard|usual|basic|original|plain)\s+(?:show|performance)"
    r"\s+(?:is|will be|would be|'s|should be)\s+(?:(?:just|totally|more than|perfectly)\s+)?"
    r"(?:fine|plenty|enough|good|great|ok|okay|perfect)\b"
)

# All of them declined by their kind ("no add ons thx", "we'll pass on the add-ons", "no extras"
# after both were offered): each add-on the conversation knows taken out
# "strip off all the add ons", "take all the extras off", "remove the add-ons": each taken out
# too (round q79m; "strip" was read as the NY strip before)
_NO_ADD_ONS = re.compile(
    r"\b(?:no|skip|pass on|no thanks? (?:on|to)|(?:don'?t|do not|dont) need|(?:don'?t|do not|dont) "
    r"want)\s+(?:the\s+|any\s+)?(?:add[- ]?ons?|extras)\b"
    r"|\b(?:strip|take|remove|drop|ditch|lose|nix|get\s+rid\s+of)\s+(?:off\s+|out\s+)?(?:all\s+)?"
    r"(?:of\s+)?(?:the\s+|those\s+|our\s+)?(?:add[- ]?ons|addons|extras)(?:\s+(?:off|out))?\b"
)



# Beside the decline, words of a change of mind or of people coming ("actually swap the ny strip
# for shrimp", "also my cousins are coming"): the message is left as written for the readers, who
# read the change (or ask) as before. A count added ("but add 2 more people") is no such word: the
# decline is read and the count beside it (it had kept the add-ons, unflagged)
_OTHER_CHANGE = re.compile(r"\b(?:actually|swap|switch|instead|change|coming|joining|join)\b")


def _owner(known: Sequence[AddOn], words: tuple[str, ...]) -> AddOn | None:
    """The one add-on of `known` with an alias that holds one of `words`."""
    found = [a for a in known if any(w in alias.split() for alias in a.aliases for w in words)]
    return found[0] if len(found) == 1 else None


# "6 extra portions $60.00" in the business's quote, "6 extra chicken for the table": the order
# has extra portions, so "take off the extras" may mean them as well as the add-ons (round q80g)
EXTRA_PORTIONS = re.compile(
    r"\bextra portions?\b|\b\d{1,3}\s+extra\s+(?!minutes?\b|mins?\b|tricks?\b)[a-z]+"
)


def declined_by_reason(text: str, known: Sequence[AddOn], *, extra_portions: bool = False) -> str:
    """`text` (lower case) with each reason that declines an add-on of `known` (the add-ons the
    conversation offered or ordered) written as that add-on taken out. "the extras" of an order
    with `extra_portions` too is left as written: the portions, the add-ons, or both? (asked)"""
    for pattern, words in ((_NO_DRINKERS, ("sake",)), (_PLAIN_SHOW, ("extended", "longer"))):
        add_on = _owner(known, words)
        if add_on is None or any(alias in text for alias in add_on.aliases):
            continue
        text = pattern.sub(f"no {add_on.name}", text, count=1)
    named = any(alias in text for add_on in known for alias in add_on.aliases)
    if (
        not named
        and (m := _NO_ADD_ONS.search(text))
        and not (extra_portions and "extra" in m.group(0))
        and not _OTHER_CHANGE.search(_NO_ADD_ONS.sub(" ", text))
    ):
        text = text[: m.start()] + ", ".join(f"no {a.name}" for a in known) + text[m.end() :]
    return text

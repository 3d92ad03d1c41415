"""People named as joining, then "so add N" with no guest word ("our VP and his wife are joining,
so add 2", "my sister and her husband can make it after all, add 2 please"): the names are who
the N are, each one grown-up, so the N are adults added to the order; so are the names before
"so add 2 adults" ("my brother and his wife can make it too! So add 2 adults, same food"), and
"my husband and I are coming too so add 2 adults" (the writer one of them). Read
only when the names count exactly N people (`named.named_people`: one each, a number before a
plural) and say no kid; the words between say only that they come, and the message says no other
number (a new total beside them, "make that 12 adults, my brother and his wife are coming so add
2 more", is `named.added_in_recount`'s). The guest reader is given "add N adults" in the names'
place (same length), the bare "add N" blanked, so it reads the adults added as it reads "add 2
adults"."""

from __future__ import annotations

import re

from orchestrator.reading.named import named_people

Span = tuple[int, int]

# "are joining, so add 2", "can make it after all - add 2 please": coming, then the bare addition
_THEN_ADD = re.compile(
    r"\s+(?:(?:are|r|is|will be|can|could|now|also|both|finally|decided to)\s+)*"
    r"(?:joining(?:\s+us)?|coming(?:\s+too)?|come|make it|join(?:\s+us)?|in)"
    r"(?:\s+(?:after all|now|too|as well|tonight|this time))*\s*[,;:!-]*\s*(?:so\s+)?"
    r"(?:(?:please|pls|plz|can you|could you)\s+)?(?P<add>add\s+(?P<n>\d{1,2}))"
    # "add 2 adults, same food please": the guest word the guest reader reads itself
    r"(?:\s+more)?(?P<word>\s+(?:adults?|grown-?ups))?"
    r"(?:\s+(?:please|pls|plz|more))?\s*(?=[.!?\n]|$|,\s*(?:same|rest|everything|thanks?|thank you)\b)"
)
# "my husband and I", "my wife & me": the writer named after the others, one grown-up more
_AND_ME = re.compile(r"\s+(?:and|&|n)\s+(?:i|me|myself)\b")
_YOUNG = re.compile(
    r"\b(?:kids?|children|child|son|daughter|baby|toddler|grandkids?|nephew|niece|boy|girl)\b"
)


def named_add(text: str) -> tuple[list[Span], list[tuple[Span, str]]]:
    """(the spans explained, the spans rewritten for the guest reader) of normalized `text` for
    each run of names joined by "so add N" that counts N people; ([], []) when none."""
    explained: list[Span] = []
    moved: list[tuple[Span, str]] = []
    if len(re.findall(r"\d+", text)) != 1:
        return [], []  # another count beside ("make that 12 adults, ... add 2 more"): its readers'
    for m, named, _ in named_people(text):
        me = _AND_ME.match(text, m.end())  # "my husband and I are coming too": the writer, one more
        names = (m.start(), me.end() if me else m.end())
        named += 1 if me else 0
        then = _THEN_ADD.match(text, names[1])
        if then is None or int(then.group("n")) != named or _YOUNG.search(m.group(0)):
            continue
        if then.group("word"):  # "so add 2 adults": the names are who they are
            explained += [names, (names[1], then.end())]
            continue
        words = f"add {named} adults"
        if len(words) > names[1] - names[0]:
            continue  # no room to say it in the names' place: left to the net
        moved += [(names, words.ljust(names[1] - names[0])),
                  (then.span("add"), " " * (then.end("add") - then.start("add")))]  # fmt: skip
        explained += [names, (names[1], then.end())]
    return explained, moved

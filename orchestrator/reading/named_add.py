"""People named as joining, then "so add N" with no guest word ("our VP and his wife are joining,
so add 2", "my sister and her husband can make it after all, add 2 please"): the names are who
the N are, each one grown-up, so the N are adults added to the order; so are the names before
"so add 2 adults" ("my brother and his wife can make it too! So add 2 adults, same food"). Read
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
        then = _THEN_ADD.match(text, m.end())
        if then is None or int(then.group("n")) != named or _YOUNG.search(m.group(0)):
            continue
        if then.group("word"):  # "so add 2 adults": the names are who they are
            explained += [m.span(), (m.end(), then.end())]
            continue
        words = f"add {named} adults"
        if len(words) > m.end() - m.start():
            continue  # no room to say it in the names' place: left to the net
        moved += [(m.span(), words.ljust(m.end() - m.start())),
                  (then.span("add"), " " * (then.end("add") - then.start("add")))]  # fmt: skip
        explained += [m.span(), (m.end(), then.end())]
    return explained, moved

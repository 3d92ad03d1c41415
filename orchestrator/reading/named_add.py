"""People named as joining, then "so add N" with no guest word ("our VP and his wife are joining,
so add 2", "my sister and her husband can make it after all, add 2 please"): the names are who
the N are, each one grown-up, so the N are adults added to the order; so are the names before
"so add 2 adults" ("my brother and his wife can make it too! So add 2 adults, same food"), and
"my husband and I are coming too so add 2 adults" (the writer one of them). Read
only when the names count exactly N people (`named.named_people`: one each, a number before a
plural) and say no kid; the words between say only that they come, and the message says no other
number (a new total beside them, "make that 12 adults, my brother and his wife are coming so add
2 more", is `named.added_in_recount`'s). Names the writer invites or brings, then "add N adults"
("we'll invite my parents too. add 2 adults, same food"), are who those N adults are. The guest
reader is given "add N adults" in the names' place (same length), the bare "add N" blanked, so it
reads the adults added as it reads "add 2 adults"."""

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
# "my sister and her husband are coming too and my brother + his wife, so add 4 adults": a
# second run of names joined to the first after its coming, the addition after both
_AND_MORE = re.compile(
    r"\s+(?:(?:are|r|is|can|could|will|also|both|now)\s+)+(?:coming|come|joining|make it)"
    r"(?:\s+(?:too|after all|as well|now))*\s*,?\s+(?:and|&|plus)\s+(?:also\s+)?"
)
_BOTH_ADD = re.compile(
    r"(?:\s+(?:too|as well))?\s*[,;:!-]*\s*(?:so\s+)?(?:(?:please|pls|plz|can you|could you)\s+)?"
    r"add\s+(?P<n>\d{1,2})(?:\s+more)?\s+(?:adults?|grown-?ups)(?:\s+(?:please|pls|plz|more))?"
    r"\s*(?=[.!?\n]|$|,\s*(?:same|rest|everything|thanks?|thank you)\b)"
)
# "we'll invite my parents too. add 2 adults, same food": the names the writer invites or brings,
# then the addition with its guest word (the names before, the count after, in one message)
_INVITED = re.compile(r"\b(?:invite|inviting|invited|bring|bringing|ask|asking)\s+(?:also\s+)?\Z")
_INVITED_ADD = re.compile(
    r"(?:\s+(?:too|as well|also|over|along))*\s*[,;:!.-]*\s*(?:so\s+)?"
    r"(?:(?:please|pls|plz|can you|could you|just)\s+)?add\s+(?P<n>\d{1,2})(?:\s+more)?"
    r"\s+(?:adults?|grown-?ups)(?:\s+(?:please|pls|plz|more))?"
    r"\s*(?=[.!?\n]|$|,\s*(?:same|rest|everything|thanks?|thank you)\b)"
)
# "my husband and I", "my wife & me": the writer named after the others, one grown-up more
_AND_ME = re.compile(r"\s+(?:and|&|n)\s+(?:i|me|myself)\b")
_YOUNG = re.compile(
    r"\b(?:kids?|children|child|son|daughter|baby|toddler|grandkids?|nephew|niece|boy|girl)\b"
)


def _one_number(text: str, sentence: Span) -> bool:
    """Whether the sentence at `sentence` of `text` says one number."""
    return len(re.findall(r"\d+", text[sentence[0] : sentence[1]])) == 1


def named_add(text: str) -> tuple[list[Span], list[tuple[Span, str]]]:
    """(the spans explained, the spans rewritten for the guest reader) of normalized `text` for
    each run of names joined by "so add N" that counts N people; ([], []) when none."""
    explained: list[Span] = []
    moved: list[tuple[Span, str]] = []
    # another count beside ("make that 12 adults, ... add 2 more"): its readers'; the names
    # before "so add N adults" in a sentence of their own are read ("2 girls dropped so 12 players
    # now. and our assistant coach is coming too so add 1 adult": the guest reader adds the 1)
    single = len(re.findall(r"\d+", text)) == 1
    runs = [r for r in named_people(text) if single or _one_number(text, r[2])]
    for (m, named, _), (m2, named2, _) in zip(runs, runs[1:], strict=False):
        joined = _AND_MORE.match(text, m.end())
        if joined is None or joined.end() != m2.start():
            continue
        both = _BOTH_ADD.match(text, m2.end())
        young = _YOUNG.search(m.group(0)) or _YOUNG.search(m2.group(0))
        if both and int(both.group("n")) == named + named2 and not young:
            explained.append((m.start(), both.end()))  # the names are who the N adults are
    for m, named, _ in runs:
        me = _AND_ME.match(text, m.end())  # "my husband and I are coming too": the writer, one more
        names = (m.start(), me.end() if me else m.end())
        named += 1 if me else 0
        then = _THEN_ADD.match(text, names[1])
        invited = _INVITED.search(text, max(0, m.start() - 16), m.start())
        if then is None and invited and (more := _INVITED_ADD.match(text, m.end())):
            if int(more.group("n")) == named and not _YOUNG.search(m.group(0)):
                explained += [m.span(), (m.end(), more.end())]  # the invited are who the N are
            continue
        if then is None or int(then.group("n")) != named or _YOUNG.search(m.group(0)):
            continue
        if then.group("word"):  # "so add 2 adults": the names are who they are
            explained += [names, (names[1], then.end())]
            continue
        if not single:
            continue  # the bare "add N" beside another count: left to the net
        words = f"add {named} adults"
        if len(words) > names[1] - names[0]:
            continue  # no room to say it in the names' place: left to the net
        moved += [(names, words.ljust(names[1] - names[0])),
                  (then.span("add"), " " * (then.end("add") - then.start("add")))]  # fmt: skip
        explained += [names, (names[1], then.end())]
    return explained, moved

"""A whole less those who will not come, said as arithmetic (round q81g):

- "all but M" of a count of people, no total said: "we invited 20 ppl and all but 3 can make it"
  is 17 people (`all_but_as_count`, a normalizing step: the count and its exception are written
  as the count that comes, so every reader after it reads 17 ppl). Only a count of a people word
  and a definite word of coming; "a couple of them can't make it" or "all but a few" name no
  number and are left to the net, which asks.
- a count of grown-ups less some of them by a grown word: "7 married couples minus one husband
  who's deployed" (the couples written as 14 adults before) is 13 adults (`minus_as_count`).
- the whole, those of it who are out, and the total said after: "our office has 40 people; 10 of
  them are out of town that week, so it'll be 30 adults" (`out_then_total`). The total must be the
  whole less those out (40 - 10 = 30); the whole and those out are then the total explained and
  hidden from the guest reader, which reads the said total. A total that is not ("so it'll be 25
  adults" after 30 less 6), or those out hedged ("5 of them might be out"), is left to the net.
- the invited, those who said no or never answered, and the yeses to quote (round q81p): "25
  invited, 4 declined and the last one never answered so just quote the 20 who said yes" is 20
  people (`declined_as_count`), only when the invited less each part out is the number to quote;
  a number that is not, or a part hedged ("3 might not come"), is left to the net.
- the invited and those out, no total said (round q82b): "20 invited, 3 cant make it. all
  adults" is 17 people (`invited_less_out`), as "all but 3" is; only when each part out is
  definite and no one is left pending ("3 havent answered yet", "maybe", "not sure": asked), and
  no count of people follows the parts out in the same sentence ("so 18 of us": the total said,
  the readers above or the net's)."""

from __future__ import annotations

import re

Span = tuple[int, int]

_PEOPLE = r"(?:people|ppl|guests|persons|folks|friends|coworkers|colleagues|employees|members)"
# "20 ppl and all but 3 can make it", "16 people, all but 2 said yes"
_ALL_BUT = re.compile(
    rf"\b(?P<whole>\d{{1,3}})\s+(?P<who>{_PEOPLE})\s*,?\s*(?:and|but|&)?\s*all\s+but\s+"
    r"(?P<out>\d{1,2})\s+(?:of\s+them\s+)?(?:(?:can|will|could)\s+(?:make\s+it|come|be\s+there)|"
    r"are\s+coming|r\s+coming|said\s+yes|rsvp'?d(?:\s+yes)?|rsvped(?:\s+yes)?|confirmed|accepted)\b"
)
# "our office has 40 people; 10 of them are out of town that week, so it'll be 30 adults"
_OUT_THEN_TOTAL = re.compile(
    rf"\b(?P<whole>\d{{1,3}})\s+{_PEOPLE}\s*[;,.:-]?\s*(?:and\s+|but\s+)?"
    r"(?P<out>\d{1,3})\s+of\s+(?:them|those|us)\s+(?:(?:are|r|'re|will\s+be)\s+(?:out|away|off|"
    r"traveling|travelling|on\s+vacation|on\s+leave)|(?:can'?t|cannot|can\s+not|won'?t|will\s+not)\s+"
    r"(?:make\s+it|come|be\s+there)|declined|said\s+no)\b"
    # when or why they are out, no number and no hedge ("of town that week")
    r"(?P<why>[^.;!?\n\d]{0,30}?)\s*,?\s*(?:and\s+)?so\s+(?:it'?ll\s+be\s+|it\s+will\s+be\s+|it'?s\s+|its\s+|"
    r"that'?s\s+|thats\s+|we'?re\s+|we'?ll\s+be\s+|we\s+will\s+be\s+|we\s+are\s+)?"
    r"(?=(?P<total>\d{1,3})\s+(?:adults|grown-?ups|people|ppl|guests|of\s+us)\b)"
)
# "7 married couples minus one husband who's deployed", written "14 adults minus 1 husband": the
# grown-ups of the count less those taken out by a grown word
_MINUS = re.compile(
    r"\b(?P<whole>\d{1,3})\s+(?P<who>adults|people|ppl|guests)\s+(?:minus|less)\s+(?P<out>\d{1,2})\s+"
    r"(?:husbands?|wives|wife|spouses?|partners?|guys?|adults?|people|ppl|persons?|guests?|of\s+them)\b"
)
# "25 invited, 4 declined and the last one never answered so just quote the 20 who said yes": the
# invited, each part out by a definite word (the number normalizing "one" may write "thing"), then
# the number to quote, nothing after it but the yeses
_OUT_WORDS = (
    r"(?:declined|said\s+no|(?:can'?t|cannot|won'?t)\s+(?:make\s+it|come)|never\s+(?:answered|replied|"
    r"responded|rsvp'?d)|did\s*n'?t\s+(?:answer|reply|respond|rsvp)|has\s*n'?t\s+(?:answered|replied|"
    r"responded)|have\s*n'?t\s+(?:answered|replied|responded))"
)
_OUT_PART = (
    r"\s*[,;]?\s*(?:and\s+|but\s+|&\s+)?(?:(\d{1,2})|the\s+(?:last|other)\s+(?:1|thing|person|guy))"
    rf"\s+(?:of\s+them\s+)?{_OUT_WORDS}\b"
)
_DECLINED = re.compile(
    r"(?:\b(?P<whole>\d{1,3})\s+(?:(?:people|ppl|guests)\s+)?invited|\binvited\s+(?P<whole2>\d{1,3})"
    r"(?:\s+(?:people|ppl|guests))?)\b"
    rf"(?P<out>(?:{_OUT_PART}){{1,3}})"
    r"\s*[,;.]?\s*(?:and\s+)?so\s+(?:just\s+)?(?:please\s+|pls\s+)?quote\s+(?:it\s+|us\s+)?(?:for\s+)?"
    r"(?:just\s+)?(?:the\s+)?(?P<total>\d{1,3})(?:\s+(?:who|that)\s+(?:said\s+yes|rsvp'?d(?:\s+yes)?|"
    r"confirmed|are\s+coming))?(?=\s*(?:[.,;!?\n]|$|(?:pls|please|thanks|thx|ty)\b))"
)
_ONE_OUT = re.compile(_OUT_PART)
# "20 invited, 3 cant make it.", "we invited 18 ppl but 2 declined": the invited and those out,
# then the sentence's end (no total said after them)
_INVITED_OUT = re.compile(
    r"(?:\b(?P<whole>\d{1,3})\s+(?:(?:people|ppl|guests)\s+)?invited|\binvited\s+(?P<whole2>\d{1,3})"
    r"(?:\s+(?:people|ppl|guests))?)\b"
    rf"(?P<out>(?:{_OUT_PART}){{1,3}})"
    # the sentence ends; an emoji may end it (normalizing writes it as spaces: two or more)
    r"(?=\s*(?:[.;!\n]|$)|\s{2,})"
)
# someone not settled anywhere in the message: who has not answered, a hedge, an "or"
_PENDING = re.compile(
    r"\b(?:answer(?:ed)?|repl(?:y|ied)|respond(?:ed)?|rsvp'?d?|maybe|might|may|not\s+sure|tbd|pending|"
    r"possibly|probably|prob|or|unsure)\b"
)
_HEDGE = re.compile(r"\b(?:might|may|maybe|probably|prob|possibly|could|or)\b")


def _less(m: re.Match[str]) -> str:
    """The whole less those out ("20 ... all but 3" -> "17 ppl"); unchanged when more are out."""
    whole, out = int(m.group("whole")), int(m.group("out"))
    return f"{whole - out} {m.group('who')}" if 0 < out < whole else m.group(0)


def all_but_as_count(text: str) -> str:
    """Normalized `text` with "N people and all but M can make it" written as "N-M people"."""
    return _ALL_BUT.sub(_less, text) if "all but" in text else text


def minus_as_count(text: str) -> str:
    """Normalized `text` with "14 adults minus 1 husband" written as "13 adults"."""
    return _MINUS.sub(_less, text) if "minus" in text or "less" in text else text


def declined_as_count(text: str) -> str:
    """Normalized `text` with "25 invited, 4 declined and the last one never answered so just
    quote the 20 who said yes" written as "20 ppl" when 25 - 4 - 1 is 20."""
    if "invited" not in text or "quote" not in text:
        return text

    def counted(m: re.Match[str]) -> str:
        out = sum(int(p.group(1) or 1) for p in _ONE_OUT.finditer(m.group("out")))
        total, whole = int(m.group("total")), int(m.group("whole") or m.group("whole2"))
        return f"{total} ppl" if 0 < total == whole - out else m.group(0)

    return _DECLINED.sub(counted, text)


def invited_less_out(text: str) -> str:
    """Normalized `text` with "20 invited, 3 cant make it." written as "17 ppl." when every part out
    is definite and nothing in the message is pending; else unchanged."""
    if "invited" not in text or _PENDING.search(text):
        return text

    def counted(m: re.Match[str]) -> str:
        parts = list(_ONE_OUT.finditer(m.group("out")))
        if any(not p.group(1) for p in parts):
            return m.group(0)  # "the last one never answered": pending, left to the net
        whole = int(m.group("whole") or m.group("whole2"))
        left = whole - sum(int(p.group(1)) for p in parts)
        return f"{left} ppl" if left > 0 else m.group(0)

    return _INVITED_OUT.sub(counted, text)


def out_then_total(text: str) -> list[Span]:
    """Spans of normalized `text` of a whole and those of it out before the total they make: from
    the whole to the total's start."""
    if " of " not in text:
        return []
    spans = []
    for m in _OUT_THEN_TOTAL.finditer(text):
        if _HEDGE.search(m.group("why")):
            continue
        if int(m.group("total")) == int(m.group("whole")) - int(m.group("out")) > 0:
            spans.append((m.start(), m.start("total")))
    return spans

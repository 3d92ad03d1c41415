"""The answer to the business's question about the kids or the guests, told in fragments.

"How old are the 5 kids?" answered "10 (bday boy), 9, 11, 7 and the baby is 2" or "the twins are
4 and my nephew is 9, thats all 3": the ages one by one, a kid named by who it is ("the baby is
2", "my nephew is 9"; the twins two of the one age), a gloss in brackets after an age; written
out as the ages alone ("10, 9, 11, 7 and 2") when they are as many as the kids asked about, so
the readers place them in the order's kids. A sentence after the ages ("8 and 10. and actually its
11 adults not 12") is kept, the ages then written with their count ("2 kids 8 and 10. ..."). Ages
that are not as many as the kids ("4 and 7" for 3 kids), "the twins are 6 and 9" (two ages for
the twins) or a kid of 13 and over leave the message as it was (asked).

"Are all 22 guests adults?" answered "All adults :) ... Nobody under 30 lol": the count asked
about, adults ("22 adults"), when the sentences after it only say who the guests are ("It's my
mom's retirement party, so it's her coworkers and family"); one that says more ("except my
nephew", "2 more coming") or "mostly adults" (no answer of all) leave the message as it was.

An email's greeting and sign-off around the answer ("Hi again,", "Thanks,\\nDana") are no part of
it (`framed`)."""

from __future__ import annotations

import re

from orchestrator.reading.emoji import EMOTICON
from orchestrator.reading.words import small_number

_AGES_ASKED = re.compile(r"\bhow old are the (\d{1,2}) (?:kids|children|little ones)\b", re.IGNORECASE)
_ADULTS_ASKED = re.compile(
    r"\bare all (?:of )?(?:the |your )?(\d{1,3}) (?:guests|people|of them) adults\b", re.IGNORECASE
)
_GREETING = re.compile(r"^\s*(?i:hi|hello|hey)(?i: again| there)?(?: [A-Z][a-z]+)?[ \t]*[,!]?[ \t]*\n")
_SIGN_OFF = re.compile(
    r"\n[ \t]*(?:thanks|thank you|thx|best|cheers|regards|best regards|warmly)[ !,.]*"
    r"(?:\n\s*[A-Z][A-Za-z.]{0,20}(?: [A-Z][A-Za-z.]{0,20})?)?\s*$",
    re.IGNORECASE,
)


# the writer's name alone under the message, a blank line before it ("...\n\nRachel")
_NAME_SIGNED = re.compile(r"\n[ \t]*\n[ \t]*[A-Z][a-z'.-]+(?:[ \t]+[A-Z][a-z'.-]+){0,2}[ \t]*\Z")


def framed(text: str) -> str:
    """`text` without an email's greeting line and sign-off (the message itself if nothing is
    left)."""
    inner = _SIGN_OFF.sub("", _GREETING.sub("", text)).strip()
    return " ".join(line.strip() for line in inner.split("\n") if line.strip()) if inner else text


def framed_unsigned(text: str) -> str:
    """`framed` `text` without the name signed alone under it as well ("...Date night it
    is!\n\nRachel"). Only where the words are matched whole: the kids' ages answered above a
    name ("The kids are 12, 9, 6 and 3.\n\nDenise") stay with the readers that took them."""
    return framed(_NAME_SIGNED.sub("", _GREETING.sub("", text).rstrip()))


# who a kid is, named before its age: "the baby", "my nephew", "our youngest", "the twins", "her
# lil brother" (a word of size or age before the kin word: one kid all the same)
_WHO = (
    # ("bday boy is turning 3": the birthday kid needs no article)
    r"(?P<who>(?:(?:the|my|our|his|her)\s+|(?=(?:birthday|bday)\s))"
    r"(?:(?:little|lil|baby|big|younger|older|youngest|oldest|birthday|bday)\s+)?"
    r"(?:baby|little one|youngest|oldest|toddler|twins|triplets|son|daughter|boy|girl|nephew|niece|"
    r"cousin|grandson|granddaughter|brother|sister|bro|sis|sons|daughters|boys|girls|nephews|nieces|"
    r"cousins|grandkids|kids))\s+(?:is|are|'s|s|turns|turned|just turned|is turning|will be)\s+"
)
# the rest of the kids by their count, before their ages: "the other five are 3, 4, 7, 9 and 11"
# after the birthday kid's age (round q80b); the ages after it must be that many
_OTHERS = (
    r"(?P<others>(?:the\s+)?(?:other|rest)\s+(?P<n>\d{1,2}|two|three|four|five|six|seven|eight|"
    r"nine|ten)\s+(?:(?:kids|ones)\s+)?(?:are|r)\s+)"
)
# a kid named by a first name before its age ("Mia 8, Leo 6, baby Ava 2", "Emma is 9"): one kid
# each; only a capitalized name (a lowercase word before a number may be food or a count), never a
# word that opens a sentence or counts ("And 7", "Kids 4")
_NAME = (
    r"(?:(?i:baby|little|lil)\s+)?(?!(?:And|The|Kids|Ages?|They|Oh|Ok|Okay|So|Yes|Sure|Sorry|Thanks|"
    r"Both|All|Plus|Then|Also|Adults?|Just|Only|Maybe|About|Around|Like|Between|Under|Over|Almost|"
    r"Nearly|Turning|Turns?|Roughly|Approx|Probably|Is|Are|Each|Either|Well|Um|Hmm|Lol|Haha|Omg|"
    r"Yeah|Yep|No|Not|Grades?|Aged?)\b)(?-i:[A-Z][a-z]{1,12})"
    r"\s+(?:(?:is|'s)\s+)?"
)
_ITEM = re.compile(
    r"\s*(?:(?:,|&|\band\b|\bn\b)\s*)*(?:" + _WHO + r"|" + _NAME + r"|" + _OTHERS + r")?"
    r"(?P<age>\d{1,2})\b"
    # ("12, 9 and 7 po, and the twins are 2": Tagalog's polite "po" after an age, q84m)
    r"(?:\s*(?:yrs?|years? old|yo|y/o)\b)?(?:\s+po\b)?(?:\s*\([^()\n\d]{1,30}\))?",
    re.IGNORECASE,
)
_LEAD = re.compile(
    # "thanks! theyre 9 (bday girl), 11, ...": thanks for the question first (set 179's fq085)
    r"^\W*(?:(?:oh|ok|okay|sure|yes|so|sorry|hi|hey|hello|thanks|thank you|thx|ty)\W+)*"
    r"(?:(?:they'?re|they are|ages?)\s*:?\s*)?",
    re.IGNORECASE,
)
# "thats all 3", "that's all of them", "thats everyone": the count said again
_ALL_SAID = re.compile(
    r"[\s,.!-]*(?:that'?s|thats|that is)\s+(?:all|every(?:one|body))(?:\s+(?P<n>\d{1,2})?\s*"
    r"(?:of them|kids)|\s+(?P<m>\d{1,2}))?[\s.!]*",
    re.IGNORECASE,
)
_PLURAL = re.compile(r"(?:sons|daughters|boys|girls|nephews|nieces|cousins|grandkids|kids)$")


def _ages(text: str) -> tuple[list[int], str] | None:
    """The ages told one by one at the start of `text` and the rest after them, or None."""
    pos, pending = _LEAD.match(text).end(), 0  # type: ignore[union-attr]
    ages: list[int] = []
    # pending: a named group still owed its ages ("my nieces are 3 and 10": 2 at least)
    others: tuple[int, int] | None = None  # "the other five are ...": (its count, ages before it)
    while item := _ITEM.match(text, pos):
        who, age = (item["who"] or "").lower(), int(item["age"])
        if others and (who or item["others"]):
            return None  # "the other 3 are 8 and 10, my nephew is 4": whose ages are which?
        if item["others"]:
            n = item["n"].lower()
            others = (int(n) if n.isdigit() else small_number(n) or 0), len(ages)
        if who and pending == 1:
            return None  # "my nieces are 3, the baby is 1": one age for more than one
        if not who and pending == -1:
            return None  # "the twins are 6 and 9": two ages for the twins
        pending = 0
        if who.endswith(("twins", "triplets")):
            ages += [age] * (2 if who.endswith("twins") else 3)
            pending = -1
        else:
            ages.append(age)
            pending = 1 if _PLURAL.search(who) else pending
        pos = item.end()
    if not ages or pending == 1:
        return None
    if others and len(ages) - others[1] != others[0]:
        return None  # "the other 3 are 8 and 10": not as many ages as the kids said
    said = _ALL_SAID.match(text, pos)
    if said and int(said["n"] or said["m"] or len(ages)) != len(ages):
        return None  # "9, 7 and 4, thats all 5": the ages are not the count said
    pos = said.end() if said else pos
    # "the other two are 7 and 11 :)": a text emoticon right after the ages ends them as a stop
    rest = re.sub(rf"^\s*{EMOTICON}", ".", text[pos:])
    if rest.strip() and not re.match(r"\s*(?:[.;!\n]|,\s*(?:and|oh)\b)", rest):
        return None  # the ages run on into other words: not a list of ages alone
    return ages, rest.strip(" .;!,\n")


def ages_answer(question: str, text: str) -> str | None:
    """The ages written out ("10, 9, 11, 7 and 2") when customer `text` answers the business's
    `question` of how old the N kids are with N ages, else None."""
    asked = _AGES_ASKED.search(question)
    read = _ages(framed(text)) if asked else None
    if asked is None or read is None:
        return None
    ages, rest = read
    if len(ages) != int(asked[1]) or any(age > 12 for age in ages):
        return None
    said = " and ".join(filter(None, [", ".join(map(str, ages[:-1])), str(ages[-1])]))
    if _BABY_ASKED.search(question):  # "plus the baby, 3 months": not one of them, our answer
        rest = _PLUS_BABY.sub("and ", rest)
    return f"{len(ages)} kids {said}. {rest}" if rest else said


# "How old are the 5 kids, and is the baby one of them?": answered "12, 9, 7, 2 and 2. plus the
# baby, 3 months", the ages of the 5 and the baby beside them, no guests added to the order's
# kids (q84m)
_BABY_ASKED = re.compile(
    r"\bis the baby (?:one of them|one of the \d{1,2}|among them|included|counted)\b", re.IGNORECASE
)
_PLUS_BABY = re.compile(r"^(?:plus|\+)\s+(?=(?:the|our|my)\s+baby\b)", re.IGNORECASE)


_ALL_ADULTS = re.compile(
    r"^\W*(?:(?:yes|yep|yeah|yup|yea|correct|ok|haha|lol)\W+)*(?:they'?re\s+|they are\s+|"
    r"all of them are\s+|its\s+|it's\s+)?(?:all|every(?:one|body) (?:is|'s) an?)\s+"
    r"(?:adults?|grown-?ups|grown ups)\b(?:[\s,!-]*no kids(?: at all)?\b)?[\s:;)(.!,-]*",
    re.IGNORECASE,
)
# who the guests are, said of adults: "nobody under 30", "all over 21", "her 60th", "they're all 18"
_GROWN_REMARK = re.compile(
    r"\b(?:nobody|no one|none of them|all|everyone(?: is)?|they'?re all)\s+(?:under|over|older than|"
    r"above)\s+(?:1[3-9]|[2-9]\d)\b|\b\d{1,3}(?:st|nd|rd|th)\b"
    # "they're all 18 or 19", "theyre all 18 lol": the adults' ages (teens are adults)
    r"|\b(?:they'?re|theyre|they are)\s+(?:all\s+)?(?:1[3-9]|[2-9]\d)"
    r"(?:\s*(?:or|and|-|to)\s*(?:1[3-9]|[2-9]\d))?\b(?:\s*(?:years? old|yrs?(?: old)?|yo))?",
    re.IGNORECASE,
)
# words of a sentence that says more than who the guests are: kept for the readers
_SAYS_MORE = re.compile(
    r"\d|\?|\b(?:kids?|child|children|bab(?:y|ies)|toddlers?|teens?|minors?|chicken|steak|strip|"
    r"filet|shrimp|salmon|scallops?|lobster|tofu|veg\w*|sake|proteins?|menu|add|instead|change|"
    r"switch|swap|plus|more|coming|come|join\w*|bring\w*|except|but|also|too|actually|zip|"
    r"address|date|time|each|extra|not)\b",
    re.IGNORECASE,
)


def adults_answer(question: str, text: str) -> str | None:
    """"N adults" when customer `text` answers the business's "Are all N guests adults?" with all
    of them and says no more than who they are, else None."""
    asked = _ADULTS_ASKED.search(question)
    said = framed(text)
    answer = _ALL_ADULTS.match(said) if asked else None
    if asked is None or answer is None:
        return None
    rest = _GROWN_REMARK.sub(" ", said[answer.end() :])
    if any(_SAYS_MORE.search(s) for s in re.split(r"(?<=[.!;\n])\s+", rest)):
        return None  # "all adults except my nephew", "all adults, 2 more coming": read as it is
    return f"{asked[1]} adults"

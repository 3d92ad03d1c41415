"""Kids from normalized text: each mention of a kid word with the count before it or a form's
count after it, and the ages told with it (one by one, as a range, "under 6", a form's band);
mentions put together into counts by price band, with the checks when they do not fit."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from orchestrator.catalog import Catalog
from orchestrator.reading.age_bands import band
from orchestrator.reading.age_qualifiers import qualifier_band
from orchestrator.reading.aged_items import named_ages
from orchestrator.reading.alternation import alternation
from orchestrator.reading.counted_ages import ages_of_counted
from orchestrator.reading.liked import KIDS_KEEP, KIDS_LIKE
from orchestrator.reading.name_remarks import named_remarks
from orchestrator.reading.phrases import age_phrases, age_word_list, skip_proteins
from orchestrator.reading.reasons import ages_not_given
from orchestrator.reading.words import KID_WORDS, TODDLER_WORDS

Span = tuple[int, int]
KID = alternation(KID_WORDS)
TODDLER = alternation(TODDLER_WORDS)
# "4 kids", "2 more kids", "2 flower girls"; "and 4 are kids (5, 8, 10, 12)" after a total
_COUNT_BEFORE = re.compile(
    r"(?<![\d/.$:-])\b(\d{1,4})[ \t]*(?:(?<=\d )(?:are|r)\s+)?"
    r"(?:more\s+|young\s+|little\s+|small\s+|flower\s+)?\Z"
)
# ("his other 2 kids", "my other 2 kids": someone's kids beside those counted, new guests)
_NOT_SUBGROUP = re.compile(
    r"(?:(?<!\bhis )(?<!\bher )(?<!\bmy )(?<!\bour )(?<!\btheir )\bother|\bof (?:the|us|them|our)"
    r"|\beach of the)\s*\Z"
)
# "4 other kids (7, 8, 8, 10)": kids beside someone named, counted when their ages agree
_OTHER_BEFORE = re.compile(r"(?<![\d/.$:-])\b(\d{1,2}) other[ \t]+\Z")
# A form field: "Children: 3", "Children (6-12): 3", "Kids under 6: 1", "Children (5 & under) - 1".
_FORM_COUNT = re.compile(
    r"^\s*(?:\((?P<q>[^)]*)\)|(?P<w>(?:ages?\s+)?(?:under\s+\d{1,2}|\d{1,2}\s*(?:-|to)\s*\d{1,2})))?"
    r"\s*(?:[:=]|-(?=\s*\d))\s*(?P<n>\d{1,4})\b(?!\s*(?:,|and|&|-|to\b)?\s*\d)"  # not "1-2"
)
_LINE_COUNT = re.compile(r"^\s+(\d{1,4})\s*(?=\(|$|\n|,\s*[a-z])")
# "kids (3)", "kids (3, ages 7-9)"; not "our kids (14, 10 and 6)", a list of ages
_PAREN_COUNT = re.compile(r"^\s*\((\d{1,3})(?:\)|,(?!\s*\d{1,2}\s*(?:,|&|\band\b|\)|$)))")
_RANGE = re.compile(r"^[\s(:,-]*(?:\d{1,3} of them\s+|of\s+(?=\d{1,2}\s*(?:-|to)\s*\d{1,2}\s*(?:yrs?|years?)\b))?(?:all\s+)?(?:between\s+)?(?:ages?d?|aged)?\s*:?\s*"  # noqa: E501
                    r"(?:are\s+)?(?:all\s+)?(\d{1,2})\s*(?:-|to)\s*(\d{1,2})\b(?!\s*(?:am|pm|a\.m|p\.m|:\d))"
                    r"(?:\s*(?:yrs?|years?(?:\s+old)?|yo|y/o)\b)?")  # fmt: skip  # noqa: E501
_BETWEEN = re.compile(
    r"^[\s(:,-]*(?:they're\s+|they\s+are\s+|are\s+)?(?:still\s+)?(?:all\s+(?:of\s+them\s+)?)?(?:still\s+)?"
    r"(?:aged?\s+|ages\s+)?between\s+"  # "the kids are all still between 6 and 10": as they were
    r"(?:the\s+ages\s+of\s+)?(\d{1,2})\s+and\s+(\d{1,2})\b"  # "all between the ages of 6 and 10"
)
# Two ages said for all of them, each kid one or the other ("8 kids (all 8 and 9)", "14 kids all 17
# and 18", "6 kids all 7 or 8"): the band from the first to the second; not a list of more ages
# ("all 8, 9 and 11", "all 8 and 9 and 11") nor ages with a count after them
_ALL_PAIR = re.compile(
    r"^[\s(:,-]*(?:they're\s+|they\s+are\s+|are\s+)?all\s+(?:of\s+them\s+)?(?:ages?d?\s+)?"
    r"(\d{1,2})\s*(?:and|&|or)\s*(\d{1,2})\b(?:\s*(?:yrs?|years?)(?:\s+old)?|\s*yo)?"
    r"(?!\s*(?:,|and|&|or|-|to)\s*\d|\s*(?:more\s+)?(?:adults?|kids?|children|people|guests|ppl)\b)"
)
# The same range said again in brackets: "5 kids ages 6 to 12 (all of them between 6 and 12)"
_RANGE_AGAIN = re.compile(
    r"\s*\(\s*(?:all\s+)?(?:of\s+them\s+)?(?:are\s+)?(?:between\s+)?(\d{1,2})\s*"
    r"(?:-|to|and)\s*(\d{1,2})\s*\)"
)
# "(my daughter and her friends, all 8-9)", "(he and his friends are 9-10)": a range after words
_WORDS_RANGE = re.compile(
    r"^\s*\([a-z' ]{2,40}?(?:,|\bare\b)\s*(?:all\s+)?(?:ages?d?\s+)?(\d{1,2})\s*(?:-|to)\s*(\d{1,2})\s*"
    r"(?:yrs?|years?(?:\s+old)?|yo)?\s*\)"
)
# Ages one by one ("8, 9 and 11", "who r 4 and 7", "8, 11, and 3"); a number a guest word follows is
# a count, one a slash follows a date's ("1 kid 6/14": no kid of 6)
LIST = re.compile(r"^[\s(:,-]*(?:ages?d?|aged)?\s*(?:who\s+)?(?:are\s+|r\s+|(?:he|she)(?:'s|s|\s+is)\s+"
                  r"|(?:they're|they\s+are)\s+)?(?:actually\s+|now\s+)?:?"
                  r"\s*((?:\d{1,2}\s*(?:,\s*(?:and|&)\b|,|&|\band\b|\s)\s*)*\d{1,2})\b(?!\s*(?:-|to)\s*\d|/\d)"
                  r"(?!\s*(?:more\s+)?(?:adults?|grown|people|guests|ppl|teens?|parents|ladies|guys|men|"
                  r"women|toddlers?|bab(?:y|ies)|infants?|kids?|children|little ones|total|in total|"
                  r"in all)\b)")  # fmt: skip
_CLOSED = re.compile(r"(?:\d{1,2}\s*,?\s*)*\d{1,2}\s*(?:&|\band\b)\s*\d{1,2}\b(?=\s*,?\s*\d)")
# Words between a kids count and their ages: "2 more kids coming, they're 8 and 10", "6 of the
# 40 are kids btw, ages 7 to 11", "2 kids joining, ages 5 and 10", "5 kids not 4, all 7-11",
# "kids coming: 8, 9", "18 kids total incl her, all 15-16" (the person the party is for), "1 child
# of 10 years"; "3 kids (tre em) 5, 8 and 10 years" (a word glossed in a bracket before the ages),
# "6 kids (Santiago included), all between 7 and 11" (a remark in a bracket, a comma after it).
_LEAD = re.compile(
    r"^[\s,.!:-]*(?:\([a-z ]{1,24}\)[\s,]*)?(?:(?:not|instead of)\s+\d{1,3}\b[\s,.!-]*)?"
    # ("10 kids are coming too, all between 6 and 11": q85a, 181 fs079)
    r"(?:(?:btw|fyi|tho|too|also|coming|joining|attending|as well|lol|haha|total|in total|"
    r"(?:are|r)(?=\s+(?:coming|joining|attending)\b)|"
    r"for the (?:night|weekend|day)|incl\.?\s+(?:the|my|our)\s+twins|including\s+(?:the|my|our)\s+twins|"
    r"altogether|(?:incl\.?|including)\s+(?:her|him|the\s+(?:birthday|bday|b-day)\s+(?:boy|girl))"
    r"|of\s+(?:our|my|the)\s+(?:[a-z]+\s+)?(?:nurse|manager|boss|coach|supervisor|owner|director|pastor"
    r"|teacher|captain|foreman|chef|doctor|lead)(?=\s*\(\s*\d)\b"  # "2 kids of our nurse (8, 3)"
    r"|of(?=\s+(?:\d{1,2}\s*(?:,|&|and)\s*)*\d{1,2}\s*(?:years?|yrs?)\b"  # "2 kids of 7 and 10."
    r"|\s+(?:\d{1,2}\s*,\s*)*\d{1,2}\s*(?:&|and)\s*\d{1,2}\s*(?:[.;!)\n]|,\s*[a-z]|\Z)))\b"
    r"[\s,.!:(-]*){0,3}"
    # ("tree kids there 3 6 and 9": voice-to-text's "there" for "they're" before two ages or more)
    r"(?:(?:they'?re|theyre|they are|there(?=\s+\d{1,2}(?:\s*,?\s*(?:and\s+)?\d{1,2}\b)+))\s+)?"
    r"(?=(?:ages?d?|aged|between|all)\b|\d)"
)
_UNDER = re.compile(
    r"^[\s(,-]*(?:all\s+|are\s+)*(?:under|below|younger than)\s+(\d{1,2})|^[\s(,-]*(\d{1,2})\s*(?:&|and)\s*under"  # noqa: E501
)
# A remark naming who an age in a list is ("8 (birthday boy), 7, 9", "7 (that's my daughter), 6",
# "7 (her), 6"):
# blanked for the list reader, so the ages after it are read as one list.
_WHO_REMARK = re.compile(
    r"(?<=\d)\s*\(\s*(?:(?:he'?s|she'?s|that'?s|thats)\s+)?(?:(?:the|my|our|his|her)\s+)?"
    # the occasion's child ("the birthday girl", "the communion girl", "the baptism boy")
    r"(?:(?:birthday|bday|b-day|communion|confirmation|baptism|christening|grad|graduation)\s+"
    r"(?:boy|girl|kid)|son|daughter|boy|girl|baby|nephew|niece|grandson|"
    r"granddaughter)(?:\s+(?:the\s+)?(?:birthday|bday|b-day)\s+(?:boy|girl|kid))?\s*!*\)"
    # a pronoun or the occasion alone names who it is too: "7 (her), 6, 6", "9 (bday!), 8"
    r"|(?<=\d)\s*\(\s*(?:her|him|hers|his|mine|ours|birthday|bday|b-day)\s*!*\)"
)
# The last number of a list and the word joining it: "... 9 and 2", "... 9, 2"
_COUNT_LAST = re.compile(r"\s*(?:,|&|\band\b|\s)\s*\d{1,2}$")
_NEXT_KIDS = re.compile(rf"\s*(?:more\s+|young\s+|little\s+|small\s+|younger\s+)?(?:{KID}|{TODDLER})\b")
# "... and 5 of dads friends": a count of others after the ages ("5 of them" is of the kids)
_OTHERS_OF = re.compile(r"\s+of\s+(?!(?:them|us|those|these|age)\b)[a-z]")
_YEARS_OLD = re.compile(r"^\s*(?:years?|yrs?|yo|y/o)(?:[- ]?olds?)?")


@dataclass
class KidMention:
    """One mention of kids: a count, ages, a band, a form's toddler count, and its checks."""

    count: int | None = None
    ages: list[int] = field(default_factory=list)
    band: str | None = None
    toddlers_form: int = 0
    checks: list[tuple[str, str]] = field(default_factory=list)
    listed: Span | None = None  # where a list of ages one by one was read ("ages 3, 6, 13")
    other: Span | None = None  # "4 other kids (7, 8, 8, 10)": placed when kids beside are counted
    again: bool = False  # "the kids": in a conversation, those counted before


def kid_mention(text: str, m: re.Match[str], catalog: Catalog, used: list[Span]) -> KidMention:
    """What the words around the kid word `m` say: count, ages or band; spans read go to `used`."""
    start, end = m.span()
    # "the kids", "kids will love it" (who likes an add-on): those counted before
    again = re.search(r"\b(?:the|our|my|those|these|both)\s+$", text[:start])
    again = again or KIDS_LIKE.match(text, end) or KIDS_KEEP.match(text, end)
    k = KidMention(again=bool(again))
    count: int | None = None
    before = _COUNT_BEFORE.search(text[max(0, start - 12) : start])
    if before and not _NOT_SUBGROUP.search(text[max(0, start - 20) : start - len(before.group(0))]):
        count = int(before.group(1))
        used.append((start - len(before.group(0)), start))
    rest = named_ages(_WHO_REMARK.sub(lambda r: " " * len(r.group(0)), named_remarks(text, end)))
    # "5 of those 25 are kids. ages 7, 8, 10, 11 and 12": the next sentence only gives their ages
    rest = re.sub(r"^(\s*)[.!](?=\s*ages?\s+\d)", r"\1,", rest)
    rest = re.split(rf"[.;!?\n]|\b(?:{KID})\b", rest)[0]
    toddler_form = re.match(r"^\s*(\d)\s*(?:&|and)\s*under\s*[:=]\s*(\d{1,3})", rest)
    if toddler_form:
        k.toddlers_form = int(toddler_form.group(2))
        used.append((end, end + toddler_form.end()))
        return k
    if count is None and (
        f := _FORM_COUNT.match(rest) or _LINE_COUNT.match(rest) or _PAREN_COUNT.match(rest)
    ):
        if skip_proteins(rest[f.end() :], catalog):
            return k  # "Kids: 12 chicken": the kids' portions, no head count
        count = int(f.group("n") if f.re is _FORM_COUNT else f.group(1))
        used.append((end, end + f.end()))
        if f.re is _FORM_COUNT and (qualifier := f.group("q") or f.group("w")):
            k.band, check = qualifier_band(qualifier, catalog)
            k.checks += [("kids", check)] if check else []
        rest = rest[f.end() :]
        end += f.end()
    lead = _LEAD.match(rest)
    if lead and re.search(r"[a-z]", lead.group(0)):
        rest, end = rest[lead.end() :], end + lead.end()
        used.append((end - lead.end(), end))  # read with the ages after it (or asked about)
    skip = skip_proteins(rest, catalog) if count is not None else 0
    if skip and re.match(r"\s*(?:\(|all\b|ages?\b|aged\b)", rest[skip:]):
        rest, end = rest[skip:], end + skip  # "10 kids chicken (all 6-10)": the ages follow
    ages: list[int] = []
    span_band: str | None = None
    if told := age_phrases(rest):
        ages = told[0]
        used.append((end, end + told[1]))
    elif (r := _BETWEEN.match(rest) or _RANGE.match(rest) or _WORDS_RANGE.match(rest)
          or _ALL_PAIR.match(rest)) and int(
        r.group(1)
    ) < int(r.group(2)):
        low, high = band(int(r.group(1)), catalog), band(int(r.group(2)), catalog)
        used.append((end, end + r.end()))
        if (again := _RANGE_AGAIN.match(rest, r.end())) and again.groups() == r.groups()[:2]:
            used.append((end + r.end(), end + again.end()))  # "(all of them between 6 and 12)"
        inner = re.match(r"^[\s(]*(\d{1,3}) of them", rest)
        if inner and count is None:
            count = int(inner.group(1))
        if low != high:
            k.checks.append(("kids", f"kids' ages {r.group(1)} to {r.group(2)} span two price bands"))
        span_band = low if low == high else "children"
    elif u := _UNDER.match(rest):
        bound = int(u.group(1) or u.group(2))
        used.append((end, end + u.end()))
        if bound <= catalog.guests.child_min_age - (0 if u.group(1) else 1):
            span_band = "toddlers"
        else:
            span_band = "children"
            k.checks.append(("kids", f"kids under {bound} may include free kids 5 and under"))
    elif (lst := LIST.match(rest) or age_word_list(rest)) and lst.group(1):
        # "kids 8 and 10, 4 filet": the list ends at the number after its "and"
        closed = _CLOSED.match(lst.group(1))
        said, stop = (
            (closed.group(0), lst.start(1) + closed.end()) if closed else (lst.group(1), lst.end())
        )
        if lst.re is LIST and (last := _COUNT_LAST.search(said)) and _NEXT_KIDS.match(text, end + stop):
            # "kids 7, 6, 9 and 2 little ones (3 and 4)": the last number counts the kids after it
            said, stop = said[: last.start()], lst.start(1) + last.start()
        elif lst.re is LIST and (last := _COUNT_LAST.search(said)) and _OTHERS_OF.match(
            text, end + stop
        ):
            # "our kids 9 and 4 and 5 of dads poker buddies": the last number counts others
            said, stop = said[: last.start()], lst.start(1) + last.start()
        numbers = [int(n) for n in re.findall(r"\d+", said)]
        # "our 3 kids (19, 12, 4)": in brackets one for each kid counted, a grown kid's age too
        top = 30 if count == len(numbers) and lst.group(0).lstrip().startswith("(") else 18
        if all(n < top for n in numbers) and not (count is None and len(numbers) == 1 and not
                                                   re.search(r"age|\(", lst.group(0))):  # fmt: skip
            ages = numbers
            offset = end if lst.re is LIST else end + lst.start()
            used.append((offset, end + stop))
            k.listed = (offset, end + stop)
            if y := _YEARS_OLD.match(rest[stop:]):
                used.append((end + stop, end + stop + y.end()))
    if len(ages) == 1 and count and count > 1 and re.search(r"\bage\s+\d", rest):
        ages = ages * count  # "3 kids age 10"
    other = _OTHER_BEFORE.search(text[max(0, start - 16) : start]) if count is None else None
    if other and int(other.group(1)) == len(ages):
        count, k.other = len(ages), (start - len(other.group(0)), start)
    k.count, k.ages, k.band = count, ages, span_band or k.band
    return k

# The note on kids counted without their ages (`kid_added` drops it once the ages are told).
PRICED_AS_CHILDREN = "priced {} kids as children 6-12 (kids 5 and under are free)"


def add_kids(
    mentions: list[KidMention], catalog: Catalog, counts: dict[str, int]
) -> tuple[list[tuple[str, str]], list[str]]:
    """Counts from the kid mentions; ages given later for an earlier count ("Children: 5 ...
    Children ages: 3, 7, 9, 10, 12") complete that count. Returns the checks and the notes."""
    checks: list[tuple[str, str]] = []
    notes: list[str] = []
    merged: list[KidMention] = []
    for k in mentions:
        prev = merged[-1] if merged else None
        if prev and k.count is None and k.ages and prev.count == len(k.ages) and not prev.ages:
            merged[-1] = KidMention(prev.count, k.ages, None, 0, k.checks)
            continue
        if prev and prev.count and not (prev.ages or prev.band) and k.count is None and k.band:
            merged[-1] = KidMention(prev.count, [], k.band, 0, k.checks)  # "... all the kids are 6-10"
            continue
        same, check = ages_of_counted(merged, k, catalog)  # "Children (6-12): 2 ... kids are 8 and 10"
        if same:
            checks.extend([("kids", check)] if check else [])
            continue
        merged.append(k)
    if any(k.count is not None or k.ages for k in merged):
        merged = [k for k in merged if k.count is not None or k.ages or k.toddlers_form or k.band]
    for k in merged:
        counts["toddlers"] += k.toddlers_form
        checks.extend(k.checks)
        if k.toddlers_form:
            continue
        if k.ages:
            if k.count is not None and k.count != len(k.ages):
                ages = ", ".join(map(str, k.ages))
                checks.append(("kids", f"{k.count} kids but {len(k.ages)} ages given ({ages})"))
                counts["children"] += k.count
                continue
            for age in k.ages:
                counts[band(age, catalog)] += 1
            continue
        if k.count is None:
            checks.append(("kids_again" if k.again else "kids", "kids mentioned without a number"))
            counts["_unknown_kids"] = 1
            continue
        if k.band is None and k.count:
            checks.append(("kids", ages_not_given(k.count)))
            notes.append(PRICED_AS_CHILDREN.format(k.count))
        counts[k.band or "children"] += k.count
    return checks, notes


def little_only(text: str) -> bool:
    """Kids 5 and under named by their own word ("a baby", "2 toddlers"), no other kid word."""
    return bool(re.search(rf"\b(?:{alternation(TODDLER_WORDS)})\b", text)) and not re.search(
        rf"\b(?:{alternation(KID_WORDS)})\b", text
    )

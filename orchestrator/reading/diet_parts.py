"""A part of the party told by its diet and then given its own two proteins "for them", beside a
choice for everyone else (round q86g, blind 187): "12 adults. my wife and I are vegetarian so tofu
and vegetables for us, everyone else filet and shrimp" (2 of each for the two of them, 10 of
each for the others), "Filet and lobster for 10 of us, the other 4 are pescatarian so salmon and
shrimp for them", "Our mom is pescatarian, so salmon and shrimp for her, and chicken and NY strip
for everyone else" (one person named by relation is 1). Read as written, the pronoun gave the
pair no count: the part was "some of the party, no count" and asked.

The pronoun is written as the part the subject counts, in the forms the protein reader knows:
"for the 3 of us" ("3 of my friends", "my parents": 2), "for the other 4" after a pair "for 10
of us" (the clause "the other 4 are ... so" dropped: the pair is theirs, the two parts then split
by `split_pairs`; else left to the meatless reader), "for our mom" (one person by a relation the reader
knows as one); the writer and a partner as "my wife and i want tofu and vegetables", the form the
chooser reader counts as 2 of the party (`named_choosers`). A rest said "chicken and ny strip for
everyone else" right after is written "everyone else chicken and ny strip", the form read after a
counted part; "everyone gets shrimp and filet, except my mom is vegetarian so ..." is the part
first, then "everyone else" the others'.

Only when sure: the subject counts its people (a number, the writer and a partner, a pair of
parents or in-laws, one relation), the pronoun agrees with it ("us" only with the writer in it,
"her"/"him" only for one), the two foods fit the diet said (a vegetarian's tofu and vegetables, a
pescatarian's fish too, no beef for one who eats none) and the message gives the others their
choice ("everyone else", "the rest", "the others", "the other N", or the subject is "the other
N"). Anything else is left as written, for the checks to ask ("some of us are vegetarian so ...
for them", "my brother is vegetarian so salmon and shrimp for him")."""

from __future__ import annotations

import re

from orchestrator.reading.partners import PARTNER
from orchestrator.reading.split_pairs import split_pairs

PROTEIN = (
    r"(?:chicken|shrimp|salmon|scallops?|tofu|vegetables|veggies|veg|filet(?:\s+mignon)?|filets|"
    r"ny\s+strip(?:\s+steak)?|new\s+york\s+strip|strip\s+steak|steak|lobster(?:\s+tails?)?)"
)
PAIR = rf"{PROTEIN}\s*(?:\band\b|&|\+|\bn\b)\s*{PROTEIN}"
_ONE_PROTEIN = re.compile(PROTEIN)

# one grown person by a relation; the first list is the one the protein reader counts as one
# ("salmon for my mom"), the others are written as "the 1 of us"
_READ_ONE = (
    r"(?:husband|hubby|wife|dad|mom|father|mother|groom|bride|boss|grandma|grandpa|brother|sister)"
)
_OTHER_ONE = (
    r"(?:mother-in-law|father-in-law|sister-in-law|brother-in-law|mil|fil|stepmom|stepdad|aunt|uncle"
    r"|grandmother|grandfather|fianc(?:ee|e)|girlfriend|boyfriend|gf|bf|partner|best friend|bestie"
    r"|cousin|friend|neighbor|coworker|roommate)"
)
_ONE = rf"(?:{_READ_ONE}|{_OTHER_ONE})"
_JOIN = r"\s*(?:\band\b|&|\+|\bn\b)\s*"
_SUBJECT = (
    r"(?:the\s+(?:other|remaining)\s+(?P<other>\d{1,3})"
    rf"|(?P<pair>(?:(?:my|the)\s+{PARTNER}{_JOIN}(?:i|me|myself)|(?:me|i){_JOIN}(?:my|the)\s+{PARTNER}))"
    r"|(?:the\s+)?(?P<us>\d{1,3})\s+of\s+us"
    r"|(?P<some>\d{1,3})\s+(?:of\s+(?:them|(?:the|my|our)\s+[a-z]+)|[a-z]+)"
    rf"|(?P<two>(?:my|our)\s+(?:parents|in-?laws|grandparents|{_ONE}{_JOIN}(?:my|our|her|his)?\s*{_ONE}))"
    rf"|(?P<one>(?:my|our|the)\s+{_ONE}))"
)
_DIET = (
    r"(?P<diet>vegetarians?|vegans?|veggie|plant[- ]based|pesc[ae]tarians?"
    r"|(?:dont|don't|do not|doesnt|doesn't|does not)\s+eat\s+(?:any\s+)?(?:red\s+meat|beef|meat))"
)
_PART = re.compile(
    rf"\b{_SUBJECT}\s+(?:is|are|r|'re|'s)?\s*(?:both\s+|all\s+)?{_DIET}\b"
    rf"\s*(?:,|-|:)?\s*(?:so\s+|and\s+)?(?P<food>{PAIR})\s+for\s+(?P<pron>them|us|her|him|"
    r"both\s+of\s+(?:them|us)|the\s+2\s+of\s+(?:them|us))\b"
)
# the others given their choice in the message ("everyone else ...", "the other 10 want ...")
_OTHERS = re.compile(r"\b(?:everyone else|everybody else|the rest|the others|all the others"
                     r"|(?:the\s+)?(?:other|remaining)\s+\d{1,3})\b")  # fmt: skip
# "..., and chicken and ny strip for everyone else" right after the part
_REST_AFTER = re.compile(
    rf"\s*(?P<sep>[,;.]?)\s*(?:and\s+)?(?P<food>{PAIR})\s+for\s+(?:everyone\s+else|everybody\s+else"
    r"|the\s+rest|the\s+others|all\s+the\s+others)\b"
)
# "everyone gets shrimp and filet, except" / "ny strip and shrimp for everyone, but" before the part
_ALL_BUT = re.compile(
    rf"(?:\b(?:everyone|everybody)\s+(?:gets|wants|get|want|has|is having)\s+(?P<food>{PAIR})"
    rf"|(?P<food2>{PAIR})\s+for\s+(?:everyone|everybody|all)\b)\s*,?\s*(?:except|but)\s+\Z"
)
_BUT = re.compile(r"\b(?:except|but)\b")
_MEATLESS = frozenset({"tofu", "vegetables"})
_FISH = frozenset({"salmon", "shrimp", "scallops", "lobster"})
_RED = frozenset({"ny strip", "filet", "steak"})


def protein_key(said: str) -> str:
    """The protein a word of `PROTEIN` names, as a plain key ("veggies" is "vegetables")."""
    said = re.sub(r"\s+", " ", said)
    for key, start in (("ny strip", ("ny", "new york", "strip")), ("filet", ("filet",)),
                       ("lobster", ("lobster",)), ("scallops", ("scallop",)), ("vegetables", ("veg",))):
        if said.startswith(start):
            return key
    return said


def _fits(diet: str, foods: set[str]) -> bool:
    """Whether the foods given suit the diet said."""
    if diet.startswith(("veg", "plant")):
        return foods <= _MEATLESS
    if diet.startswith("pesc") or diet.endswith(" meat") and "red" not in diet:
        return foods <= _MEATLESS | _FISH
    return not foods & _RED  # no beef, no red meat


def _who(m: re.Match[str]) -> str | None:
    """The words the part the subject counts is written as; None when the pronoun does not agree
    with it ("us" only with the writer in it, "her"/"him" only for one)."""
    pron = m["pron"]
    writer = pron.endswith("us")
    if m["other"]:
        return None if writer else f"the other {m['other']}"
    if m["pair"]:
        return "the 2 of us" if writer else None
    if m["us"]:
        return f"the {m['us']} of us" if writer or pron == "them" else None
    count = int(m["some"]) if m["some"] else 2 if m["two"] else 1
    if writer or (count == 1) != (pron in ("her", "him")) or (count != 2 and "2" in pron):
        return None
    if m["one"]:
        said = re.sub(r"^the\s+", "our ", m["one"])
        return said if re.search(rf"\b{_READ_ONE}$", said) else "the 1 of us"
    return f"the {count} of us"


def diet_parts(text: str) -> str:
    """Normalized `text` with a part told by its diet given its pair "for them" written as that
    part counted (`_who`), beside the others' choice; else unchanged."""
    if " for " not in text or not (_OTHERS.search(text) or _BUT.search(text)):
        return text  # speed, and the others' choice is part of what is read
    for m in reversed(list(_PART.finditer(text))):
        who = _who(m)
        foods = {protein_key(f.group(0)) for f in _ONE_PROTEIN.finditer(m["food"])}
        before = _ALL_BUT.search(text, 0, m.start())
        # the others' own food named in this message ("rest same" after a quote is a follow-up's)
        others = _OTHERS.search(text) and _ONE_PROTEIN.search(text[: m.start()] + text[m.end() :])
        if who is None or not _fits(m["diet"], foods) or not (before or others):
            continue
        # the clause rewritten whole when its subject holds a number ("3 of my friends are
        # pescatarian so ...": the 3 is the part's, said once) or is the writer and a partner
        whole = bool(m["other"] or m["pair"] or m["some"] or m["us"])
        start, end = m.span() if whole else m.span("pron")
        part = who if not whole else (
            f"{m['pair']} want {m['food']}" if m["pair"] else f"{m['food']} for {who}")
        if before:
            # "everyone gets X and Y, except my mom is vegetarian so tofu and veggies for her": the
            # part first, then the others' choice, as "everyone else" after a counted part is read
            said = part if whole else text[m.start() : start] + part
            part, start = f"{said}, everyone else {before['food'] or before['food2']}", before.start()
        elif rest_after := _REST_AFTER.match(text, end):
            part += f"{rest_after['sep'] or ','} everyone else {rest_after['food']}"
            end = rest_after.end()
        written = text[:start] + part + text[end:]
        if m["other"] and split_pairs(written) == written:
            # "me n my wife want lobster and filet, the other 6 are vegetarian so tofu + veggies for
            # them": no pair "for 10 of us" before to split against; the meatless reader's
            continue
        text = written
    return text

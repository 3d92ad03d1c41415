"""An add-on taken or dropped in a reply, named by what the conversation said before: "yes add
that" after the business's reply offered one add-on ("Would you like to add our premium sake
service?"), "no show needed after all" (or "keep the show") when the order has the extended
show. Each customer message is rewritten with the add-on's own name ("yes add premium sake
service", "no extended show needed after all"), so the readers take it or take it out as if it
had been named. An acceptance after a reply that offered several add-ons names none of them, and
stays unread (asked). With no add-on ordered or offered, one taken out by the last word of its
name ("skip the show", "sake yes, show no") is written out too: taking out what the order has
not changes nothing; so is one declined by its reason ("no thanks, none of us drink") right after
a quote that offered none, as the gateway's own never does (round q81h), so the quote's order is
kept and quoted again, as after a writer's quote that offered it."""

from __future__ import annotations

import re
from collections.abc import Sequence

from orchestrator.catalog import AddOn, Catalog
from orchestrator.reading.add_on_reading import read_add_ons
from orchestrator.reading.declined import EXTRA_PORTIONS, declined_by_reason
from orchestrator.reading.dictation import dictated
from orchestrator.reading.emoji import EMOJI_RANGES
from orchestrator.reading.liked import YES_REASON, YES_REASON_CLAUSE
from orchestrator.reading.offer_question import offered_in_question
from orchestrator.reading.our_quote import totals_stated
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.words import normalize

# "yes add that 🍶", "sure, add it please", "ok let's add that too", "yes pls include it": the
# offer taken, the pronoun its only name (the whole message, so "add that to the kids' plates"
# is no acceptance)
# ("lol sure why not, add it", "ok fine, add it": a laugh or a shrug before it is still a yes;
# "YES add it the kids will love it": a reason of liking may follow with no break; Taglish "sige
# po add that", "yes add that po": "sige" a yes, "po" politeness)
_TAKEN = re.compile(
    r"^\W*(?:(?:yes|yess+|yeah|yea|ya|yep|yup|sure|ok|okay|k|absolutely|definitely|perfect|great|"
    r"sounds good|oh|and|lol|haha+|omg|fine|why not|alright|cool|sige|opo|oo|po)\W+)*"
    r"(?:(?:please|pls|plz|let'?s|"
    r"lets|go ahead and|we'?ll|we will|i'?ll|i will|we can|can you|could you)[\s,]+)*"
    r"(?:add|include|throw in|do|take|get)\s+(that|it|this|that one|one|those)\b(?:\s+(?:too|also|"
    r"as well|on|in|please|pls|plz|then|thanks|thx|for us|po|na))*"
    r"(?:[\W_]*$|\s*[.,!;\n]+|(?=" + YES_REASON.pattern + "))"
)  # "yes add that, the couple loves a show": the rest after a break is read as it is
# "no thanks", "nah we're good", "no thank you.": the whole message a bare no, which after a reply
# offering one add-on declines it (written as that add-on declined, the quote's order kept)
_DECLINED = re.compile(
    r"^\W*(?:no|nope|nah)(?:\W+(?:thanks|thank you|thx|ty|we'?re good|we are good|i'?m good|"
    r"that'?s ok(?:ay)?|we'?re ok(?:ay)?))*[\W_]*$"
)
# "add the show", "include the sake": an add-on the reply offered, named by the last word of one
# of its names (the whole name written out, so the add-on reader takes it)
# ("yes to the show, skip the sake" after two offered: the word names one of them; "the chef show")
# ("just the show, no sake we dont drink" opening a reply to the offer of two: the one chosen)
_IN = re.compile(
    r"(?:\b(?:add|include|throw in|do|take|get|we'?ll take|book|yes to)"
    r"|^\W*(?:(?:yes|yeah|yep|ok|okay|sure)\W+)?(?:just|only))\s+(?:the|that|a|an)\s+"
    r"(?:(?:chef|hibachi|cooking|fire)\s+)?([a-z]+)\b"
)
# "just the show?" opening a reply: a question about the one, not a choice of it
_ONLY_ASKED = re.compile(r"\W*(?:[a-z]+\W+)?(?:just|only)\b[^.!,;\n]*\?")
# a negation or a doubt before the word of taking, in its clause
_NOT_TAKEN = re.compile(
    r"\b(?:no|not|don'?t|dont|won'?t|wont|never|without|skip|nah|nope|maybe|might|if|whether|"
    r"or|should|do we|shall)\b|n't\b"
)
# "yesss and 2 more can come now, so 14 adults", "yes please! and 3 more are coming": a bare yes
# opening a message that says more, after a reply whose question offered one add-on: the offer
# taken ("ok", "k" are a nod to the reply, no answer to its question; "yes", "yes please", "yeah
# sure" alone are the answer as well, an emoji after it too: "yeah sure 🍶"; an emoji after the
# yes ends it as "!" does: "yes please 🙌 my cousins can make it after all so 16 adults now")
_YES = re.compile(
    r"^\W*(?:(?:omg|oh+)\W+)?(?:yes+|yeah+|yea|yep|yup|sure|absolutely|definitely)"
    # "YES obviously 🍶🍶", "yes of course": a word that only makes the yes louder (round q84a)
    r"(?:\W+(?:please|pls|plz|sure|absolutely|definitely|obviously|of\s+course|totally|duh|"
    r"for\s+sure))?"
    rf"(?=\s*(?:[!.,]+|\s+and\b|[{EMOJI_RANGES}\ufe0f\u200d\s]*$|[{EMOJI_RANGES}])|(?P<run>\s+[a-z]))"
)  # "YES the kids would love it": a yes and its reason of liking (liked.YES_REASON), the rest
# "yes both 🙌", "both please!", "yes to both", "we'll take both": the whole message taking every
# add-on the reply's question offered, when it offered two (the readers then take both by name)
_BOTH = re.compile(
    r"^\W*(?:(?:yes+|yeah+|yea|yep|yup|sure|ok|okay|absolutely|definitely|omg|oh+|ooh+)\W+)*"
    r"(?:(?:yes\s+)?to\s+|add\s+|we'?ll\s+take\s+|let'?s\s+do\s+)?both(?:\s+of\s+(?:them|those|em))?"
    r"(?:\W+(?:please|pls|plz|thanks|thx|ty))*\W*?(?=\W*$|\s+[a-z])"
)  # ("yes both 🙌 the kids will love the show lol": a reason of liking after it, liked.YES_REASON)
# Another add-on named beside the yes as well as the offer ("and add the sake too", "also the
# sake"), not in its place
_TOO = re.compile(r"\b(?:too|also|as well|plus)\b")
_AND_ADD = re.compile(r"\W*(?:and|&)\s+add\b")
# The reply's last question ("Would you like to add the extended performance ($50)?"), or one
# closed by a short remark ("...($50)? Kids love it."): what a bare yes answers; a longer remark
# ("...for $50? The chef does a longer show with extra tricks.") when the reply offers that one
# add-on alone (`_REMARK_CHARS`)
# ("...for $25.00?": the point of an amount is no sentence's end)
_QUESTION = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))*\?(?=[^?\n]{0,100}$)")
_REMARK_CHARS = 30
# "yeah sure period", "yes add it exclamation point": a reply dictated with its punctuation said
# aloud, read with its marks written (dictation.dictated), as the yes typed is read
_SAID_MARK = re.compile(r"\b(?:period|full stop|comma|question mark|exclamation (?:point|mark))\b", re.I)
# "no show needed", "skip the performance", "don't need the show anymore", "no to the show": an
# add-on of the conversation named by the last word of its name
_OUT = re.compile(
    r"(?<!\ba )(?<!\bwas )\b(?:no\s+to|no\s+need\s+(?:for|of)|no|skip|drop|scratch|cancel|nix|remove|"
    r"ditch|lose|without|pass on|(?:don'?t|do not|won'?t|will not)\s+(?:need|want))\s+"
    r"(?:the\s+|a\s+|that\s+|any\s+)?([a-z]+)\b"
)
# "sake yes, show no": an add-on answered by a bare no, named by the last word of its name
_ANSWERED_NO = re.compile(r"\b([a-z]+)\s+no\b(?=\s*(?:[,.;!\n]|$))")
# "drop the sake ... keep the show" when the order has the extended show: the one kept, named
_KEPT = re.compile(r"\b(?:keep|keeping|still (?:want|do))\s+(?:the\s+|that\s+)?([a-z]+)\b")


def _short_names(add_ons: Sequence[AddOn]) -> dict[str, AddOn]:
    """The last word of each add-on's names ("show" of "extended show") that names only that one
    of `add_ons`."""
    owners: dict[str, set[str]] = {}
    for add_on in add_ons:
        for alias in (*add_on.aliases, add_on.name.lower()):
            owners.setdefault(alias.lower().split()[-1], set()).add(add_on.key)
    by_key = {a.key: a for a in add_ons}
    return {word: by_key[next(iter(keys))] for word, keys in owners.items() if len(keys) == 1}


def with_offers_named(turns: Sequence[tuple[str, str]], catalog: Catalog) -> list[str]:
    """The customer messages of `turns` ((role, text), oldest first), each with an add-on it names
    by reference written out by name (see the module's docstring)."""
    out: list[str] = []
    offered: list[str] = []  # add-on keys the business's last reply named
    asked = ""  # ... and its closing question, which a bare yes answers
    ordered: list[str] = []  # add-on keys the customer's messages asked for so far
    quoted = False  # the business's last reply states a quote (ours or the writer's)
    last = max((i for i, (role, _) in enumerate(turns) if role == "customer"), default=-1)
    for i, (role, text) in enumerate(turns):
        if role != "customer":
            offered = read_add_ons(normalize(text, catalog), catalog).found
            question = _QUESTION.search(text)
            short = question is not None and len(text) - question.end() <= _REMARK_CHARS
            asked = question.group(0) if question and (short or len(set(offered)) == 1) else ""
            quoted = totals_stated(text) > 0
            continue
        text = dictated(text.lower()) if _SAID_MARK.search(text) else text
        text = _both_named(text, asked, offered, catalog)
        text = _yes_named(text, asked, offered, catalog)
        text = _no_named(text, asked, offered, catalog)
        extras = any(EXTRA_PORTIONS.search(t.lower()) for _, t in turns[:i])  # "the extras": which?
        text = _named(text, offered, ordered, catalog, extra_portions=extras, after_quote=quoted)
        if i < last:  # what the last message asks for is read by the caller; no later one needs it
            ordered += read_add_ons(normalize(text, catalog), catalog).found
        out.append(text)
        offered, asked, quoted = [], "", False
    return out


def _both_named(text: str, question: str, offered: Sequence[str], catalog: Catalog) -> str:
    """`text` ("yes both") written as taking by name the two add-ons the reply's `question`
    offered; as it was otherwise."""
    both = _BOTH.match(text.lower()) if question else None
    if both is None:
        return text
    rest = text[both.end() :]
    said_more = not re.match(r"\W*$", rest) and not YES_REASON.match(text.lower(), both.end())
    # "yes to both! and headcount stays 30": the yes closed by a break, then more that names no
    # add-on of its own, read after the add-ons written out (round q79d)
    if said_more and not _after_break(text[: both.end()], rest, catalog):
        return text  # "yes both 🙌 the kids will love the show lol": the reason after it
    asked = list(dict.fromkeys(offered_in_question(question, offered, catalog)))
    if len(asked) != 2:
        return text
    names = [next(a.name for a in catalog.add_ons if a.key == key) for key in asked]
    taken = f"yes, add the {names[0]} and the {names[1]}."
    return f"{taken} {rest.lstrip(' !.,;')}" if said_more else taken


def _after_break(said: str, rest: str, catalog: Catalog) -> bool:
    """`rest`, after the "yes to both" `said`, is a sentence of its own ("! and headcount stays
    30") that names no add-on, to be read after the add-ons are written out."""
    broken = re.search(r"[!.,;]\W*$", said) or re.match(r"\s*(?:[!.,;]|and\b|&)", rest)
    named = read_add_ons(normalize(rest, catalog), catalog)
    return bool(broken) and not (named.found or named.removed)


def _yes_named(text: str, question: str, offered: Sequence[str], catalog: Catalog) -> str:
    """`text` with the one add-on the reply's `question` offered written after a bare yes opening
    it; as it was when the rest names an add-on itself ("yes, but no sake")."""
    yes = _YES.match(text.lower())
    if not yes or not question or len(text.lower()) != len(text):
        return text
    lower = text.lower()
    reason = YES_REASON.match(lower, yes.end()) or YES_REASON_CLAUSE.match(lower, yes.end())
    if yes.group("run") and not reason:
        return text  # a yes run on into words other than a reason of liking
    asked = offered_in_question(question, offered, catalog)  # only after a yes: speed
    if len(set(asked)) != 1:
        return text
    rest = read_add_ons(normalize(text[yes.end() :], catalog), catalog)
    # "YES!! and add the sake too": the yes takes the offer and the rest adds another; "yes, the
    # sake instead", "yes but just the sake", "yes to the sake" name the one the yes is for
    also = _TOO.search(text.lower(), yes.end()) or _AND_ADD.match(text.lower(), yes.end())
    other = rest.found and asked[0] not in rest.found and also
    if rest.removed or (rest.found and not other):
        return text
    name = next(a.name for a in catalog.add_ons if a.key == asked[0])
    return f"{text[: yes.end()]}, add the {name}.{text[yes.end() :]}"


def _no_named(text: str, question: str, offered: Sequence[str], catalog: Catalog) -> str:
    """`text`, a bare no ("no thanks") to the reply's `question` offering one add-on, written as
    that add-on declined ("no premium sake service, thanks"); as it was otherwise."""
    if not question or not _DECLINED.match(text.lower()):
        return text
    asked = set(offered_in_question(question, offered, catalog))
    if len(asked) != 1:
        return text
    return f"no {next(a.name for a in catalog.add_ons if a.key in asked)}, thanks"


def _named(
    text: str, offered: list[str], ordered: list[str], catalog: Catalog, *, extra_portions: bool,
    after_quote: bool = False,
) -> str:
    lower = text.lower()
    if len(lower) != len(text):  # the spans of one are the spans of the other
        return text
    by_key = {a.key: a for a in catalog.add_ons}
    taken = _TAKEN.match(lower)
    if taken and len(set(offered)) == 1:  # "yes add that" after one add-on offered
        name = by_key[offered[0]].name
        return text[: taken.start(1)] + name + text[taken.end(1) :]
    if offered:
        text = _offer_by_word(text, [by_key[k] for k in dict.fromkeys(offered)])
        lower = text.lower()
    known = [by_key[k] for k in dict.fromkeys([*ordered, *offered])]
    if not known:  # "skip the show" with none ordered: taking out what is not there changes nothing
        if after_quote:
            # "no thanks, none of us drink" after a quote that offered nothing (the gateway's own
            # offers no add-on, round q81h): the reason declines what the order has not, so the
            # message is read as the quote's order kept, as after a quote that offered them
            text = _declined(lower, catalog.add_ons, extra_portions) or text
        return _out_named(text, _short_names(catalog.add_ons))
    declined = declined_by_reason(lower, known, extra_portions=extra_portions)  # "none of us drink"
    if declined != lower:  # no sake
        text = lower = declined
    short = _short_names(known)
    for m in sorted([*_OUT.finditer(lower), *_KEPT.finditer(lower)], key=lambda m: -m.start()):
        if alias := _alias_for(short, m.group(1)):
            text = text[: m.start(1)] + alias + text[m.end(1) :]
    return text


def _out_named(text: str, short: dict[str, AddOn]) -> str:
    """`text` with each add-on taken out by the last word of its name ("skip the show", "show
    no") written out ("skip the extended show")."""
    lower = text.lower()
    for m in sorted([*_OUT.finditer(lower), *_ANSWERED_NO.finditer(lower)], key=lambda m: -m.start()):
        if alias := _alias_for(short, m.group(1)):
            text = text[: m.start(1)] + alias + text[m.end(1) :]
    return text


def _offer_by_word(text: str, offered: Sequence[AddOn]) -> str:
    """`text` with an add-on `offered`, named by a last word of its names that no other offered
    one ends with, after a word of taking ("add the show"), written out ("add the extended show")."""
    short = _short_names(offered)
    lower = text.lower()
    for m in reversed(list(_IN.finditer(lower))):
        clause = lower[sentence_start(lower, m.start(), ".,;!?\n") : m.start()]
        if _NOT_TAKEN.search(clause):  # "we won't add the show": left as it was, read or asked
            continue
        if _ONLY_ASKED.match(lower, m.start()):  # "just the show? how long is it": a question
            continue
        if alias := _alias_for(short, m.group(1)):
            text = text[: m.start(1)] + alias + text[m.end(1) :]
    return text


def _alias_for(short: dict[str, AddOn], word: str) -> str | None:
    """The alias of the add-on `word` names by its last word ("show": "extended show"), or None
    when it names none or is a name already ("sake")."""
    add_on = short.get(word)
    alias = add_on and next((a for a in add_on.aliases if a.split()[-1] == word), None)
    return alias if alias and alias != word else None


def _declined(lower: str, known: Sequence[AddOn], extra_portions: bool) -> str | None:
    """`lower` with its reasons declining add-ons of `known` written as taken out, or None when it
    declines none."""
    declined = declined_by_reason(lower, known, extra_portions=extra_portions)
    return declined if declined != lower else None

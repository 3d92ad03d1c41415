"""The safety net's second half: words that make an order uncertain whatever the parse read. A
dish the menu does not name ("surf and turf", "ribeye"), a guest count given roughly ("around
20 adults", "25 give or take", "up to 18"), a choice still being made or changed within the
message ("torn between filet and lobster", "chicken... actually make it steak"), a share of the
group the parse did not place ("a third want lobster") and guests coming or dropping out ("2
can't make it", "another 3 adults"). Each one the parse did not explain is a (field, reason)
check, so the draft asks instead of stating a total it is not sure of."""

from __future__ import annotations

import re
from collections.abc import Callable

from orchestrator.literal_gates import Pattern, gated
from orchestrator.reading.aged_dropout import kid_gone_at
from orchestrator.reading.alternation import alternation
from orchestrator.reading.bare_change import bare_changes
from orchestrator.reading.checks import Covered
from orchestrator.reading.count_down import summed_after
from orchestrator.reading.count_set import count_set
from orchestrator.reading.everyone_then_some import count_for_some
from orchestrator.reading.occasions import occasion_combo
from orchestrator.reading.others_orders import others_unplaced
from orchestrator.reading.per_head_price import per_head_price_asked
from orchestrator.reading.reason_counts import within_reason
from orchestrator.reading.reasons import BY_REFERENCE, SOME_KIDS, not_understood
from orchestrator.reading.references import ELSEWHERE
from orchestrator.reading.role_choices import writer_beside
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.stated_reference import stated_after
from orchestrator.reading.titled_choice import titled_choices
from orchestrator.reading.us_counts import us_number_checks
from orchestrator.reading.vague_added import vague_added
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TEEN_WORDS, TODDLER_WORDS

Span = tuple[int, int]



_GUEST_WORD = alternation(
    (*ADULT_WORDS, *KID_WORDS, *TEEN_WORDS, *TODDLER_WORDS, *PEOPLE_WORDS, "of us")
)
# Foods and combinations customers name that the catalog does not: a careful person asks which
# catalog proteins they mean rather than price something else.
_OFF_MENU = gated(re.compile(
    r"\b(?:surf\s*(?:and|&|n|'n'|\+)?\s*turf|land\s*(?:and|&|n|\+)\s*sea|combos?|combinations?|"
    r"seafood|sea food|fish|beef|pork|ribeye|rib eye|rib-eye|wagyu|kobe|tenderloin|brisket|lamb|"
    r"duck|crab|tuna|calamari|squid|octopus|eel|sausages?|ribs|short ribs?|tri[- ]?tip|prime rib|"
    r"mahi|halibut|cod|clams?|mussels?|oysters?|scampi|bulgogi|galbi)\b"
))  # fmt: skip
_COMBO = re.compile(
    r"surf\s*(?:and|&|n|'n'|\+)?\s*turf|land\s*(?:and|&|n|\+)\s*sea|combos?|combinations?"
)
# "her #24 kobe jersey", "his fish costume": a name on something worn, no dish
_WORN_AFTER = re.compile(
    r"\s+(?:jerseys?|t-?shirts?|shirts?|tees?|hoodies?|hats?|caps?|costumes?|sweaters?|uniforms?)\b"
)
# "a birthday + retirement combo party": the combination is of events, not of proteins
_EVENT_AFTER = re.compile(
    r"s?\s+(?:party|parties|celebration|bash|event|get-?together|shindig|bbq|cookout)\b"
)
# A count said roughly, before or after the guest count, in English or Spanish.
_ROUGH_BEFORE = gated(re.compile(
    # ("can we bump it up to 24 adults", "go up to 20": a new count, not a rough one)
    r"(?<!what )(?<!how )\b(?:about|around|approx\.?|approximately|roughly|~|at least|at most|"
    r"(?<!bump it )(?<!bump )(?<!go )(?<!move it )(?<!take it )(?<!bring it )up to|"
    r"no more than|max(?:imum)?|min(?:imum)?|(?<!'d )(?<!would )(?<!we )(?<!i )like|maybe|"
    r"probably|prob|possibly|estimated|est\.?|potentially|hopefully|i guess|guessing|"
    r"i think|think|"
    # Spanish: "como 30", "unos 25", "aprox 40", "alrededor de 30", "cerca de 20", "mas o menos 30"
    r"como|unos|unas|aprox\.?|aproximadamente|alrededor de|cerca de|mas o menos|mas menos)"
    r"\s*(\d{1,4})\s*"
    rf"(?:(?:more|total|or so)\s+)?(?:{_GUEST_WORD})\b"
))  # fmt: skip
_ROUGH_AFTER = gated(re.compile(
    rf"(?<![$\d,.])\b\d{{1,4}}\s*(?:{_GUEST_WORD})?\s*,?\s*(?:give or take|or so|-?ish|or more|or less|"
    r"tops|max|at most|at least|more or less|roughly|approx\.?|approximately|\+/-|\+-|"
    r"mas o menos|aprox\.?|aproximadamente|o asi|o algo asi)(?![a-z])"
))  # fmt: skip
# Money, not guests: "our budget is 1000 or so"
_BUDGET = re.compile(r"\b(?:budget(?:ed)?|spend|spending)\b[^.;!?\n\d]{0,25}\Z")
_CLAUSE_STOP = re.compile(r"[.;!?\n]")


def _clause_end(text: str, start: int, reach: int) -> int:
    """Where the clause from `start` ends, at most `reach` on: "our budget is 1000 or so. 14
    adults" names no guests of the 1000 (the next sentence counts them)."""
    stop = _CLAUSE_STOP.search(text, start, start + reach)
    return stop.start() if stop else start + reach

# A choice still being made (or made after hesitating): asked about, not guessed.
_HESITATION = gated(re.compile(
    # ("prob 25-30 ppl", "probably 20 adults": a count said roughly, checked as one, no choice)
    # ("we decided to skip the show": a decision, settled; "haven't decided to" is not)
    r"\b(?:back and forth|torn|debating|deciding|between|decide|(?:not|never|\w+n'?t)\s+decided|"
    r"decided(?!\s+(?:to|against)\b)|"
    r"(?:probably|prob)(?!\s*(?:~\s*)?\d)|idk|dunno|"
    r"leaning|considering|thinking (?:about|of)|was gonna|were gonna|was going to|were going to|"
    r"thought about|or maybe|if not|otherwise|depending|depends)\b"
))  # fmt: skip
# A change of mind within the message ("chicken... actually make it steak"); "my in-laws can make
# it now" and "they'll make it after all" are people who come (read by the arrivals), no change
# "can u make it?" asks whether the chef can come (nothing named after it is a change of mind)
_COME = r"(?:(?<!can make it)(?<!could make it)(?<!will make it)(?<!'ll make it)|(?=\s+\d))"
_CHANGE = gated(re.compile(
    r"\b(?:actually|wait|scratch that|i mean|never ?mind|nvm|on second thought|second thought|"
    r"change(?:d)? (?:my|our) minds?|change of plans?|nah|correction|sorry|rather|"
    # ("make it a surprise", "make it special": how the night should be, no choice changed; q85c)
    r"make that|make it(?!\s+(?:now|after all|too|today|tonight|either|anymore|a surprise|"
    rf"special|extra special|memorable|festive)\b)(?!\s*\?){_COME})\b"
))  # fmt: skip
# A share of the group named by a fraction or a percentage ("a third", "1/3", "25%").
# ("half of us r pregnant", "half the team is driving" beside the sake taken out: why nobody
# drinks, no share of the order)
_SHARE = gated(re.compile(
    r"\b(?:half|halves|thirds?|(?<!this )(?<!last )(?<!next )quarters?(?![\s-]*end\b)|two thirds|"
    r"\d{1,3}\s*(?:%|percent))(?![a-z])"
    # (whoever the half is: "half the guys are driving", "half of my friends are sober", round q84b)
    r"(?!\s+(?:of\s+)?(?:us|them|(?:the|my|our) [a-z]+)\s+"
    r"(?:(?:are|r|'re|is|will be)\s+(?:pregnant|driving|sober|underage|under 21|not drinking|"
    r"non-?drinkers)|(?:don'?t|do not|won'?t|will not|can'?t|cannot)\s+drink)\b)"  # "dont drink"
    r"|(?<![\d/])\b[1-3]/[234]\b(?!/)"
))  # fmt: skip
# Guests coming or dropping out, named beside a count.
_TURNOUT = gated(re.compile(
    r"\b(?:can't make it|cant make it|cannot make it|can not make it|not coming|won't be coming|"
    r"wont be coming|can't come|cant come|not able to come|dropped out|drop out|backed out|bailed|"
    r"cancell?ed|fewer|less people|minus|no longer|another|joining|coming too|too many|added|"
    r"plus ones?|\+1)(?![a-z])"
))  # fmt: skip
# "3 more parents are joining", "2 more adults coming too": the added count itself, read as added
# (not "2 more people can't make it": a count going out stays asked)
# ("2 more colleagues from the folsom office are joining": where they come from between, no number)
_MORE_BEFORE = re.compile(
    r"\b\d{1,3} more (?:[a-z]+ ){1,2}(?:from (?:the |our |my )?(?:[a-z]+ ){1,3})?(?:are |is |r )?$"
)
_JOINS = ("joining", "coming too", "added")

# Most of the party said to be adults ("me and 14 of my teammates, mostly adults"): some are
# kids, how many is not said.
_MOSTLY_ADULTS = gated(re.compile(
    r"\b(?:mostly|mainly|largely|almost all|nearly all|most(?:\s+of\s+(?:us|them|em))?\s+(?:are|r))"
    r"\s+(?:adults?|grown[- ]?ups?|grownups)\b"
))  # fmt: skip

# An upgrade for a number of the guests from a protein already chosen ("upgrade 4 of them to lobster"):
# which protein they give up is not said.
# The writer and friends all of a kid's age ("me and 9 of my homies (all 11-12)"): is the writer
# one of the kids (the birthday child writing) or the grown-up with them? Asked, never guessed.
_WRITER_AMONG_KIDS = re.compile(
    r"\bme\s*(?:and|&|\+|n)\s*\d{1,3}\s+(?:of\s+)?(?:(?:my|the|our)\s+)?[a-z]+\s*[,(]?\s*"
    r"(?:all|ages?|aged)\s*(?:\d{1,2}\s*(?:-|to|and|&)\s*)?(?:[5-9]|1[0-2])\b(?!\s*(?:-|to|and|&)\s*\d)"
)
_UPGRADE = gated(re.compile(r"\bupgrad(?:e|es|ed|ing)\b"))
# "office potluck upgrade lol": the event an upgrade of another kind of meal, no protein given up
# ("dinner upgrade to filet for 3", "party upgrade: 4 lobster" stay asked)
_EVENT_UPGRADE = re.compile(
    r"\b(?:potluck|bbq|cookout|barbecue|picnic)\s+upgrade\b(?!\s*(?:to|from|for|of|:|-|\d))"
)
# A per-person word the parse did not apply to a count ("per person", "apiece").
_PER_HEAD = gated(re.compile(r"\b(?:per (?:person|guest|head|plate|adult|kid|child)|apiece|a head)\b"))
# "each", "every one of them", "everybody wants" before a count no reader applied ("on june 12,
# each wants 2 lobster"): 2, or 2 a guest? Never dropped: asked.
_EACH_COUNT = gated(re.compile(
    r"(?:(?<!of )\beach\b(?!\s+of\b)"
    r"|\b(?:each|every(?:\s+single)?\s+(?:one|1))\s+of\s+(?:us|them|em|'em|those|these|the\s+\w+)\b"
    r"|\bevery(?:\s+single)?\s+(?:one|1|person|guest|adult|kid|plate)\b(?!\s+of\b)"
    r"|\b(?:everyone|everybody|all of us|all of them)"
    r"(?='s\b|\s+(?:wants?|gets?|getting|having|will have|would like)\b))"
    r"(?=[^.;!?\n\d]{0,30}\d{1,3}(?!\d|st\b|nd\b|rd\b|th\b))"
))  # fmt: skip


def _order_word_before(text: str, at: int, order_word: re.Pattern[str], reach: int = 100) -> bool:
    """A protein or a guest count earlier in the same message, within `reach` characters."""
    before = text[max(0, at - reach) : at]
    return bool(order_word.search(before) or re.search(rf"\d\s*(?:{_GUEST_WORD})\b", before))


def doubts(text: str, explained: list[Span], protein_word: re.Pattern[str]) -> list[tuple[str, str]]:
    """Checks for the words of doubt in normalized `text` that lie outside every `explained`
    span. `protein_word` finds the catalog's protein names."""
    covered = Covered(len(text), explained)
    checks: list[tuple[str, str]] = []

    def near(span: Span, pattern: re.Pattern[str], reach: int) -> bool:
        start, end = span
        line_start = sentence_start(text, start)
        stops = [i for c in ".;!?\n" if (i := text.find(c, end)) != -1]
        line_end = min(stops) if stops else len(text)
        clause = text[max(line_start, start - reach) : min(line_end, end + reach)]
        return bool(pattern.search(clause))

    guest = re.compile(rf"\b(?:{_GUEST_WORD})\b")

    def scan(pattern: Pattern, field: str, why: str, keep: Callable[[Span], bool]) -> None:
        for m in pattern.finditer(text):
            if m.span() not in covered and keep(m.span()):
                checks.append((field, not_understood(m.group(0).strip(), why)))

    def named_combo(span: Span) -> bool:
        """ "filet & lobster combo": a combination of catalog proteins named just before."""
        word = text[span[0] : span[1]]
        if word.startswith("combo") and _EVENT_AFTER.match(text, span[1]):
            return True  # "grad + baby shower combo party": two events in one, no dish
        if occasion_combo(text[max(0, span[0] - 30) : span[1]]):
            return True  # "retirement + reunion combo for my dad": the same
        before = re.sub(r"\s*(?:,|&|\+|/|\band\b|\bn\b)\s*", " ", text[max(0, span[0] - 40) : span[0]])
        pair = rf"(?:{protein_word.pattern})\s*(?:,|&|\+|/|\band\b|\bn\b)\s*(?:{protein_word.pattern})"
        # "surf and turf for everyone (lobster + filet)", "surf n turf - lobster tail and filet -",
        # "filet + lobster surf and turf": the customer names the two proteins
        if _COMBO.fullmatch(word) and (
            re.match(rf"[^.;!?\n(]{{0,40}}\(\s*{pair}\s*\)", text[span[1] :])
            or re.match(rf"\s*(?:-+|:)\s*{pair}\b", text[span[1] :])
            or re.search(rf"{pair}\s*(?:-+|:)?\s*$", text[max(0, span[0] - 40) : span[0]])
        ):
            return True
        return word.startswith("combo") and bool(
            re.search(rf"(?:{protein_word.pattern})\s+(?:{protein_word.pattern})\s*$", before)
        )

    scan(_OFF_MENU, "proteins", "a dish the menu does not name: which proteins?",
         lambda s: not named_combo(s) and not _WORN_AFTER.match(text, s[1]))  # fmt: skip
    scan(_ROUGH_BEFORE, "guests", "a rough guest count: how many exactly?", lambda s: True)
    scan(_ROUGH_AFTER, "guests", "a rough guest count: how many exactly?",
         lambda s: not _BUDGET.search(text, max(0, s[0] - 40), s[0])
         or bool(guest.search(text, s[0], _clause_end(text, s[1], 12))))  # fmt: skip
    scan(_MOSTLY_ADULTS, "guests", SOME_KIDS, lambda s: True)
    # read as the writer and N kids, so inside what the parse explained: checked all the same
    checks.extend(("guests", f"the writer among friends of a kid's age ('{m.group(0)}'): a kid too?")
                  for m in _WRITER_AMONG_KIDS.finditer(text))  # fmt: skip
    scan(_HESITATION, "proteins", "a choice not settled", lambda s: near(s, protein_word, 40))
    scan(
        _CHANGE,
        "message",
        "a change of mind within the message",
        lambda s: _order_word_before(text, s[0], protein_word) and near(s, protein_word, 60)
        and not count_set(text, s),  # "drop the add ons and make it 22 adults"
    )
    def event_upgrade(span: Span) -> bool:  # "office potluck upgrade lol"
        found = _EVENT_UPGRADE.finditer(text, max(0, span[0] - 12), span[1] + 20)
        return any(m.end() == span[1] for m in found)

    def counted_near(span: Span) -> bool:
        return bool(re.search(r"\d", text[max(0, span[0] - 30) : span[1] + 30]))

    scan(_UPGRADE, "proteins", "some guests upgraded from a protein: which one do they give up?",
         lambda s: near(s, protein_word, 40) and counted_near(s) and not event_upgrade(s))  # fmt: skip
    scan(_PER_HEAD, "proteins", "a per-person amount not placed",
         lambda s: not per_head_price_asked(text, s))
    scan(_EACH_COUNT, "proteins", "a per-person amount not placed",  # "..., but 3 people would rather"
         lambda s: near(s, protein_word, 40) and not count_for_some(text, s[1], protein_word))
    for start, end in others_unplaced(text, protein_word):  # "my friend got 2 extra lobster ..."
        checks.append(("proteins", not_understood(text[start:end], "another party's order told")))
    scan(ELSEWHERE, "message", BY_REFERENCE,
         lambda s: not stated_after(text, s, protein_word))  # "same as before (chicken)" # fmt: skip
    scan(_SHARE, "proteins", "a share of the group not placed", lambda s: near(s, protein_word, 40))
    counted = re.compile(rf"\d{{1,4}}\s*(?:{_GUEST_WORD})?\s*(?:of (?:us|them|the \w+)\s+)?$")
    scan(
        _TURNOUT,
        "guests",
        "guests coming or dropping out",
        lambda s: (near(s, guest, 40) or bool(counted.search(text[max(0, s[0] - 30) : s[0]])))
        and not summed_after(text, s[1])  # "coming too so 22 adults now": the new count
        and not within_reason(text, *s)  # "3 of them can't come, so we're down to 15 adults"
        and not kid_gone_at(text, *s)  # "the 9 yr old cant make it, and we lost 2 adults too"
        and not (text[s[0] : s[1]] in _JOINS and _MORE_BEFORE.search(text, max(0, s[0] - 70), s[0])),
    )
    checks += [("guests", why) for span, why in vague_added(text) if span not in covered]  # "plus some"
    checks.extend(us_number_checks(text))  # "6 couples + us 3 😊 salmon": three of us, not 3 salmon
    checks.extend(bare_changes(text, protein_word))  # "change the chicken please": to what?
    checks.extend(writer_beside(text))  # "6 dads + me (mom) ... the dads want filet": and me?
    return checks + titled_choices(text, covered, protein_word)  # "lobster for grandpa"

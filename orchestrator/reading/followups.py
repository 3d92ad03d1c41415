"""Words of a follow-up message that change the guest count of the order before it rather than
state one: guests coming or dropping out ("3 more said yes", "2 people can't make it", "one of
the kids can't come"), a bare corrected count ("make that 17", "wait, 12", "so 14 total"), and
the counts a correction repeats ("32 adults, not 23"); the ages it tells without counting kids
anew ("5 of the 20 are kids, ages 8 to 11", "kids same") are reading/followup_ages.py. Each
reader returns what it read, the spans it explains and the spans the guest reader must not count
("3 people cancelled" is no party of 3); the conversation applies them to the order they correct
(`recount`); the counts a correction says it replaces ("32 adults, not 23") are read in
`replaced`."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated
from orchestrator.reading.aged_dropout import aged_dropout, aged_dropouts, grown_only
from orchestrator.reading.alternation import alternation
from orchestrator.reading.bare_relatives import as_kids
from orchestrator.reading.dropouts import DROP, FEWER, LOST, lost_word
from orchestrator.reading.family_in import family_joins
from orchestrator.reading.family_out import groups_out
from orchestrator.reading.follow_up import FollowUp, Span
from orchestrator.reading.followup_ages import ages_told
from orchestrator.reading.guests_off import Off, guests_off, said_more, told_once
from orchestrator.reading.kin_out import kin_out, kin_said
from orchestrator.reading.new_totals import bare_totals
from orchestrator.reading.one_guest import one_guest
from orchestrator.reading.reasons import KIDS_AMONG_UNPLACED
from orchestrator.reading.recount_group import added_group
from orchestrator.reading.restated import reason_disagrees
from orchestrator.reading.restated_add import restated_adds
from orchestrator.reading.rough_totals import rough_total
from orchestrator.reading.sentences import sentence_start
from orchestrator.reading.stand_ins import stand_ins
from orchestrator.reading.summed_parts import sums_its_parts
from orchestrator.reading.told_changes import told_changes
from orchestrator.reading.what_if import hedged
from orchestrator.reading.words import ADULT_WORDS, KID_WORDS, PEOPLE_WORDS, TODDLER_WORDS

_ADULT, _KID = alternation(ADULT_WORDS), alternation((*KID_WORDS, *TODDLER_WORDS))
_PEOPLE = alternation(PEOPLE_WORDS)
_HEDGE = re.compile(
    # ("could we add 2 more people?": a request asked politely, no hedge)
    r"\b(?:might|maybe|may|possibly|perhaps|probably|prob|not sure|unsure|idk|hopefully|"
    r"could(?!\s+(?:we|you|u)\b)|"
    r"if|or|around|about|(?<!'d )(?<!would )like|think|guess)\b"  # "we'd like to add": a wish
)
# "3 more said yes", "2 more are coming", "three more confirmed": guests added to the count.
_ARRIVE = gated(re.compile(
    rf"\b(\d{{1,3}})\s+(?:more|extra|additional)\s+(?:(?:{_PEOPLE}|of us|friends|of the [a-z]+)\s+)?"
    # "3 more from my husband's work are coming": where they come from, no count
    r"(?:(?:from|at)\s+(?:(?:my|our|his|her|the|their)\s+)?(?:[a-z]+'s\s+)?[a-z]+\s+(?:[a-z]+\s+)?)?"
    r"(?:(?:just|also|have|has|now)\s+)?(?:said yes|rsvp'?d|rsvped|confirmed|(?:are|will be|is)\s+"
    r"(?:coming|joining)|coming|joining|said (?:they're|they are|they'll be|they will be) coming|"
    r"can (?:come|make it)|signed up)\b"
))  # fmt: skip
# "add 3 more guests", "another 2 people": no verb needed; "4 more volunteers": adults' price
# (players or scouts may be kids). "3 more coworkers said yes": the arrival readers, as before.
_GROWN_MORE = r"(?:volunteers|coworkers|co-workers|colleagues|employees|teachers|staff|members|rsvps)"
_MORE = gated(re.compile(
    rf"\b(?:add(?:ing)?\s+)?(?:another\s+)?(\d{{1,3}})\s+(?:more|extra|additional)\s+"
    rf"(?:{_PEOPLE}|person|friends|{_GROWN_MORE}\b(?!\s+(?:said|rsvp|confirmed|are|will|can|signed|just|also|have|has|is)\b))\b|\badd(?:ing)?\s+(?:another\s+)?(\d{{1,3}})\s+(?:{_PEOPLE})\b"
))  # fmt: skip
# "my sister's kids are coming too, 2 more, they're 7 and 10": the count and ages after the kid
# word are rewritten as "2 more kids 7 and 10" for the guest reader.
_KIDS_THEN_MORE = gated(re.compile(
    rf"\b({_KID})\b(\s+(?:are|is|will be)\s+(?:coming|joining)(?:\s+(?:too|as well))?)?\s*,?\s*"
    r"\d{1,2}\s+more\b(\s*[,:-]?\s*(?:they'?re|they are|they r)\s+)(?=\d)"
))  # fmt: skip
# "my 2 nephews can make it now, they're 10 and 4", "my grandkids are coming after all, ages 12, 7
# and 3": the words between the relation and the ages are rewritten as a comma, so the relations'
# reader reads "my 2 nephews, 10 and 4" by the ages' bands.
_RELATIVES_COMING = gated(re.compile(
    r"\b(?:sons|daughters|grandsons|granddaughters|grandkids|grandchildren|nieces|nephews|cousins|"
    r"brothers|sisters|siblings|stepkids)\b(\s+(?:(?:can|could|will|are|r|is)\s+)?"
    r"(?:now\s+|also\s+|actually\s+)?(?:come|coming|make it|join(?:ing)?|be (?:coming|joining|there))"
    r"(?:\s+(?:after all|now|too|as well))*"
    r"\s*(?:[,!.;:-]*\s*(?:they'?re|they are|they r|ages?|aged)\s*:?\s*"
    # "my aunt's 2 grandkids are coming too, 9 and 4.": bare ages after a comma, ending the sentence
    r"|,\s*(?=\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})+\s*(?:$|[.;!?\n]|,\s*(?![\d\s])))))(?=\d)"
))  # fmt: skip
_TURNOUT = re.compile(
    r"\b(?:dropped(?: out)?|backed out|bailed|cancell?ed|pulled out|can't make it|cant make it|"
    r"can't come|cant come|not coming|joining|coming too|said yes|rsvp'?d)(?![a-z])"
)
_ON_TOP = gated(
    re.compile(r"\bon top of (?:the|those|these|our|that|them)?\s*(?:\d\b\s*)?(?:proteins?)?")
)


def _band(word: str | None) -> str | None:
    if not word:
        return None
    if re.fullmatch(_KID, word):
        return "kids"
    return "adults" if re.fullmatch(_ADULT, word) else None


def _within(span: Span, spans: list[Span]) -> bool:
    return any(s < span[1] and span[0] < e for s, e in spans)


def _clause(text: str, span: Span) -> str:
    start = sentence_start(text, span[0])
    stops = [i for c in ".;!?\n" if (i := text.find(c, span[1])) != -1]
    return text[start : min(stops) if stops else len(text)]


def read_follow_up(text: str, *, toddler_max: int = 5, child_max: int = 12) -> FollowUp:
    """The count changes in normalized `text` (any message: a first message's changes have no
    order to apply to, and stay as checks)."""
    read = FollowUp(kin=kin_said(text))
    text = read.text = one_guest(text)
    for m in _KIDS_THEN_MORE.finditer(text):
        read.moved += [(m.span(1), " " * len(m.group(1))), (m.span(3), " kids".ljust(len(m.group(3))))]
        read.explained += [m.span(1), m.span(3)] + ([m.span(2)] if m.group(2) else [])
    for m in _RELATIVES_COMING.finditer(text):
        read.moved.append((m.span(1), ",".rjust(len(m.group(1)) - 1) + " "))
        read.moved += as_kids(text, m.start(), m.start(1))  # "2 siblings ..., they're 4 and 7"
        read.explained.append(m.span(1))
        read.arriving = True
    read.checks += [("added", why) for why in reason_disagrees(text)]  # "add 2 adults, 3 more dads"
    for span, why in restated_adds(text):  # "2 more dads signed up so add 2 adults": counted once
        read.hidden.append(span)
        read.checks += [("added", why)] if why else []
    for n, span, why in family_joins(text):  # "the Hendersons want in, theyre 3 adults, so add 3"
        read.changes, read.hidden = [*read.changes, (n, "adults")], [*read.hidden, span]
        read.checks += [("added", why)] if why else []
    offs: list[Off] = []  # guests dropping out or taken off, counted once (`told_once`)
    for n, span in kin_out(text):  # "my brother and his wife cant make it anymore": 2 adults
        if not _within(span, read.hidden):  # (before "minus 2": "... so minus 2" is theirs)
            offs.append(Off(-n, "kin", span, request=False))  # adults of a count of adults
            read.hidden.append(span)
    for off in guests_off(text):  # "please take 3 adults off", "cut it by 5": asked for
        if off.span in read.hidden or not _within(off.span, read.hidden):  # ("2 adults and 1 kid")
            read.hidden.append(off.span)
            offs += [] if off.doubt else [off]  # "if we took 3 off, how much?": asked
            read.checks += [("added", off.doubt)] if off.doubt else []
    group = [g.span] if (g := added_group(text)) else []  # "we're 14 now, 2 more friends ... so add 2"
    for pattern in (_ARRIVE, _MORE):
        for m in pattern.finditer(text):
            clause = _clause(text, m.span())  # "what if 2 more come, how much?": the price asked
            doubt = hedged(clause, _HEDGE)
            if not doubt and not _within(m.span(), read.hidden + group):
                read.changes.append((int(m.group(1) or m.group(2)), None))
                read.hidden.append(m.span())
    for m in FEWER.finditer(text):
        if not _HEDGE.search(_clause(text, m.span())) and not _within(m.span(), read.hidden):
            offs.append(Off(-int(m.group(1) or m.group(3)), _band(m.group(2) or m.group(4)),
                            m.span(), more=said_more(text, m.span())))  # fmt: skip
            read.hidden.append(m.span())
            # "the 5 yr old and the 12 yr old can't come, so 2 fewer kids": the number says it
            read.explained += [t.span() for t in _TURNOUT.finditer(text, 0, m.start())]
    for m in DROP.finditer(text):
        if _HEDGE.search(_clause(text, m.span())) or _within(m.span(), read.hidden):
            continue
        count = m.group(1) or m.group(3)
        word = m.group(2) or m.group(4) or re.match(r"\d+\s+([a-z-]+)", m.group(0))
        word = word.group(1) if isinstance(word, re.Match) else word
        offs.append(Off(-int(count), _band(word), m.span(), request=False))
        read.hidden.append(m.span())
    for n, span, why in stand_ins(text, groups_out(text)):  # "... but another couple is coming"
        read.changes, read.hidden = read.changes + ([(n, None)] if n else []), [*read.hidden, span]
        read.checks += [("guests", why)] if why else []  # (no count change the order settles)
    for n, span in [(int(m.group(1)), m.span()) for m in LOST.finditer(text)] + groups_out(text):
        if _within(span, read.hidden):
            continue
        offs.append(Off(-n, _band(lost_word(text, span)), span, request=False))  # "2 of the couples
        read.hidden.append(span)  # cant make it": 4
    for n, span in told_changes(text):  # "2 of the groomsmen can't make it", "can we do 2 more?"
        # ("could we do 4 more?": the request's own "could" is no hedge; one around it is)
        rest = _clause(text, span).replace(text[span[0] : span[1]], " ")
        if not _HEDGE.search(rest) and not _within(span, read.hidden):
            read.changes += [(n, None)] if n > 0 else []
            offs += [Off(n, None, span, request=False)] if n < 0 else []
            read.hidden.append(span)
    once, differ = told_once(offs)  # "2 adults dropped out so take 2 off": 2 fewer
    read.changes += once
    read.checks += [("added", c) for c in differ]
    for m in bare_totals(text):
        n = int(next(g for g in m.groups() if g))
        if n >= 2 and not hedged(_clause(text, m.span()), _HEDGE):
            # "18 members plus 2 advisors, so 20 total": the writer's sum of the parts, no new total
            read.total = read.total if sums_its_parts(text, m.start(), n) else n
            read.explained.append(m.span())
            # "some folks bailed, we're at 18 now": the new count says how many, the words before it
            read.explained += [t.span() for t in _TURNOUT.finditer(text, 0, m.start())]
    if read.total is None and (rough := rough_total(text)):  # "around 14 now": asked, not dropped
        read.total, read.explained = rough[0], [*read.explained, rough[2]]
        read.checks.append(("guests", f"a rough guest count ('{rough[1]}'): how many exactly?"))
    ages_told(read, text, toddler_max=toddler_max, child_max=child_max)  # "5 of the 20 are kids"
    if grown_only(read.changes) and read.total is None and aged_dropout(text):
        read.changes.append((-1, "kids"))  # "the 8 yr old cant come anymore": that kid, by age
    elif grown_only(read.changes) and read.total is None and (out := aged_dropouts(text)):
        read.changes.append((-out, "kids"))  # "the 4 yr old and the 11 yr old cant make it"
    read.explained += [m.span() for m in _ON_TOP.finditer(text)] + read.hidden
    for delta, _ in read.changes:
        read.checks.append(("change", f"{abs(delta)} guests {'more' if delta > 0 else 'fewer'}: "
                                      "than what count?"))  # fmt: skip
    if read.total is not None:
        read.checks.append(("change", f"{read.total}: guests in all, or adults?"))
    read.checks += [("change", KIDS_AMONG_UNPLACED)] if read.among is not None else []
    return read


"""A new total told in a follow-up with no guest word, or with "of us" / "now" after it ("make that
17", "wait, 12", "so 14 total", "so 14 of us now", "we're at 18 now", "headcount update: 20 of us
now", "the commish says its 12 now", "final headcount came in at 27"): the count that replaces
the order's. `followups.read_follow_up` reads it unless the clause hedges."""

from __future__ import annotations

import re

from orchestrator.literal_gates import gated

# who may be kids, said as someone's: "2 of my nephews", "3 of the grandkids" (`words.YOUNG`'s words
# too, not imported: `words` imports this module)
_KIN_YOUNG = (r"kids?|kiddos?|child|children|little ones|littles|boys?|girls?|teens?|teenagers?|"
              r"bab(?:y|ies)|toddlers?|infants?|sons?|daughters?|nephews?|nieces?|"
              r"grand(?:kids?|sons?|daughters?|children)|students?|players?|scouts?|cousins?|"
              r"siblings?|brothers?|sisters?")

# "make that 17", "wait, 12", "actually 13", "so 14 total": a count with no guest word.
# ("quick update: ...", "small correction -": a word of size before the heading says the same)
_LEAD = (
    r"(?:oops|sorry|actually|wait|(?:(?:quick|small|little|tiny|minor)\s+)?(?:correction|update)|nvm|"
    r"never ?mind|scratch that|my bad|typo)"
)
# Whose word the new count is: "boss says its 28 now", "my manager said it's 23 now"; _SAYS is
# the same words made optional; a group's word may name the role ("the team mom says its 18 now")
_SAYS_WHO = (
    # ("the managing partner says", "the head coach says": a title word before the role)
    r"(?:(?:my|our|the)\s+)?(?:(?:team|class|club|office|party|managing|general|senior|head)\s+)?"
    r"(?:boss|manager|wife|husband|hubby|mom|dad|partner|hr|office|planner|coach|organizer|"
    r"coordinator|director|supervisor|sister|brother|friend|team|he|she|they|"
    # a club's or a league's officer ("the commish says its 12 now", "the president said")
    r"commish|commissioner|captain|president|chair|chairman|chairwoman|treasurer|secretary|"
    # a wedding party's or a family's word ("the maid of honor says its 15 now", "the bride said")
    r"bride|groom|fiance|fiancee|fiancé|fiancée|maid of honou?r|matron of honou?r|best man|"
    r"mother|father|mum|daughter|son|aunt|uncle|cousin|grandma|grandpa|host|hostess)\s+"
    r"(?:says|said|just said|told me|told us|"
    r"confirmed|thinks)\s+(?:that\s+)?"
)
_SAYS = rf"(?:{_SAYS_WHO})?"
# laughter closing a sentence as an emoji does ("haha", "lol", "lmao"): never a word of the count
# (`quote_count_denied` takes it out with a denial)
LAUGH = r"(?:a?ha(?:ha)+h?|lol+|lmao+|hehe+|jk)"
# after a new count, what closes it and changes nothing: an apology or a laugh, one or more ("no its
# 13 haha", "its 13 not 21 sorry", "its 14 sorry lol"): read as the count alone is (round q83i)
_CLOSE_WORD = rf"\s+(?:sorry|oops|{LAUGH})\b"
_CLOSING = rf"(?:{_CLOSE_WORD})*"
# "hi again, ...": a greeting before the count
_GREETING = r"(?:hi|hello|hey)(?:\s+again|\s+there)?"
# "headcount update:", "guest count update -": a heading naming the count before the new one
_HEADING = (
    r"(?:(?:head|guest|rsvp|final)\s*(?:count|numbers?)|rsvps?|numbers?|count)\s+(?:update|change)"
)
BARE_TOTAL = gated(re.compile(
    # ("Also my manager says its 18 now": "also" opens a second thing the message says, a new
    # total all the same, never "18 more")
    rf"(?:^|[.!?\n]\s*|,\s*(?=it's|its|it is|now|so)\b)"
    # ("oh and make that fourteen": a dictated "and" joining the change to what came before)
    # ("ahh sorry its 24 not 22": a sigh before the apology, round q86j)
    rf"(?:(?:{_LEAD}|ok|okay|no|oh|omg|hmm|also|btw|fyi|yo|hey|ugh|a+h+|and|lol|lmao|haha)\W+)*"
    rf"{_SAYS}(?:{_LEAD}\W+|make (?:that|it)\s+|it's\s+|its\s+|it is\s+|now\s+|now it's\s+"
    # "I meant 14 not 41": only with the count it replaces
    r"|i meant\s+(?=\d{1,3},?\s+not\s+\d)"
    # "lol no i said 12 not 21" after a quote of 21: the count said before, restated against the
    # count the quote has, only with the count it replaces (round q82f)
    r"|(?:i|we)\s+said\s+(?=\d{1,3},?\s+not\s+\d)"
    # "shouldn't it be 12 not 21?", "it should be 12 not 21": the count the order should have, only
    # with the count it replaces (checked against the order's by the conversation)
    r"|(?:(?:it\s+)?should\s+be|should(?:n'?t|\s+not)\s+it\s+be)\s+(?=\d{1,3},?\s+not\s+\d)"
    # ("*16 not 15": a texter's star before the count it corrects, only with the count replaced)
    r"|\*\s*(?=\d{1,3},?\s+not\s+\d)"
    # ("we'll be 9 now not 7, my parents are joining": "now" and the count it replaces said)
    r"|(?:we'll be|we will be)\s+(?=\d{1,3}\s+now\s+not\s+\d))"
    # ("make that fourteen sorry my brother and his wife are coming so add 2 more": a dictated
    # apology after the count, then who makes the difference, which the conversation checks)
    # ("its 14 now haha same food": a laugh between "now" and the rest kept, round q84g)
    r"(\d{1,3})(?:\s+now" + _CLOSING + r"(?=\s+(?:same|keep|everything)\b)|(?:\s+now)?" + _CLOSING +
    r"(?=\s*(?:$|[.!?\n]|,\s*\d+\s+more|,\s*(?:same|keep|everything|the rest)\b)"
    # ("it's 19 now same food": dictated with no comma, the rest kept right after "now")
    r"|(?<=now)\s+(?:same|keep|everything)\b"
    r"|(?:(?<=sorry)|(?<=oops))\s+(?:my|our|his|her|their)\s"
    # ("its 18 now, my aunt and uncle are coming too": who makes the difference after "now")
    r"|(?<=now),\s*(?:my|our|his|her|their)\s"
    # ("it's 23 now, 3 of the clients' spouses are coming": some of a group, `more_then_total`;
    # a group that may be kids, "2 of my nephews", is no count of adults to check it against)
    r"|(?<=now),\s*\d{1,2}\s+of\s+(?:the|my|our|his|her|their)\s"
    rf"(?![^.!?\n]*\b(?:{_KIN_YOUNG})\b)"
    # "its 16 not 12. rest same": the count it replaces right after (`replaced`, checked against
    # the order's by the conversation; "lol" or an emoji after it)
    r"|,?\s+not\s+\d{1,3}(?:" + _CLOSE_WORD + r"|\s*[^\w\s.,!?]{1,3})*"
    # ("its 14 not 12, my sister n her husband r coming too": who makes the difference after it,
    # after a comma or a dash: "its 15 now not 12 - my brother, his wife and ...")
    r"(?=\s*(?:$|[.!?\n]|[,\s]\s*(?:same|keep|everything|the rest|rest)\b"
    r"|,\s*(?:my|our|his|her|their)\s|\s*[-\u2013\u2014]+\s*(?:my|our|his|her|their)\s"
    # ("its 24 not 22, 2 more moms rsvp'd": who makes the difference, `not_then_joiners`; q86j)
    r"|,\s*\d{1,2}\s+more\s+[a-z]))))"
    # ("4 more from the warehouse crew are joining so make it 34. same food": the total asked for)
    # ("2 more couples are coming so thats 12 of us now": "that's" before the count, round q82a)
    # ("2 more guys joined the leauge so were 12 now": "we're" without its apostrophe, round q84a)
    r"|\bso\s+(?:we're\s+|were\s+|we are\s+|it's\s+|its\s+|that'?s\s+|(?:please\s+|pls\s+)?make it\s+)?"
    r"(?:just\s+|only\s+)?(\d{1,3})"  # "so just 7 now"
    # ("... can come so 14 of us now": the party counted as "of us", "now" saying it changed;
    # "4 teams of 5, so 20 of us, all adults" is the writer's sum, no new total)
    # ("so 17 now 💕 same food": the rest kept right after, an emoji between)
    r"(?:\s+of us\s+now|(?:\s+(?:total|in all|all together|altogether|now))?)"
    # ("so 12 now and add the sake pls": a request after it, joined by "and")
    r"(?=\s*(?:$|[.!?,\n]|(?<=now)\s+(?:same|keep|everything|the rest|and (?:add|also|pls|please))\b))"
    r"|\b(?:we're|we are|we'll be|we will be|it's|it will be|headcount(?: is)?|count(?: is)?|"
    # ("were down to fifteen": "we're" typed or dictated without its apostrophe, opening a sentence)
    r"total(?: is)?|(?:(?<![a-z] )|(?<=\bso )|(?<=\bok )|(?<=\bokay )|(?<=\bhey )|(?<=\band )"
    r"|(?<=\boh ))(?<![\w'])were(?=\s+(?:up|down)\s+to\b))"
    r"\s+(?:(?:went|has gone|just went|now)\s+)?(?:up to|down to|at|gonna be|"
    r"going to be|now)\s+(\d{1,3})"
    # ("we're at 37 now - 4 more volunteers": a dash before the reason told with it)
    r"(?:\s+(?:now|total|of us|people|guests|ppl)){0,2}(?=\s*(?:$|[.!?,\n]|[-\u2013\u2014]+\s+\d)"
    # ("were down to fifteen 3 people cant make it": dictated with no stop, the ones dropping out
    # right after, a change the conversation checks against the total)
    r"|\s+\d{1,2}\s+(?:people|guests|ppl|of\s+(?:us|them|the\s+[a-z]+|our\s+[a-z]+))\s+"
    r"(?:can't|cant|cannot|can not|won't|wont|couldn't|couldnt)\b)"
    # "my boss says 24 now. same food", "our managing partner says it's 20 now": whose word,
    # then the count
    rf"|\b{_SAYS_WHO}(?:it's\s+|its\s+|it is\s+)?(\d{{1,3}})\s+now"
    r"(?=\s*(?:$|[.!?\n]|,?\s*(?:same|keep|everything|the rest)\b))"  # ("now same food": dictated)
    rf"|(?:^|[.!?\n]\s*)(?:(?:{_LEAD}|{_HEADING}|ok|okay|oh|{_GREETING}|fyi|heads up)\W+)*"
    r"(\d{1,3})\s+(?:of us\s+|people\s+|guests\s+)?now(?=\s*(?:$|[.!?,\n]))"
    # "Final headcount came in at 27.": a count of guests (never "the total", a price) that landed
    # ("Our final count is 23.": the final count stated, bare; round q86j)
    r"|\b(?:head\s*count|guest count|count)\s+(?:came in|comes in|landed|ended up)\s+at\s+(\d{1,3})"
    r"|\bfinal\s+(?:head\s*count|guest\s+count|count)\s+is\s+(\d{1,3})"
    r"(?:\s+(?:people|guests|of us))?(?=\s*(?:$|[.!?,\n]))"
    # "its gonna be 14 now, same food": "it's" without its apostrophe, and "now" right after
    r"|\bits\s+(?:gonna|going to)\s+be\s+(\d{1,3})\s+now(?=\s*(?:$|[.!?,\n]))"
    # "what if we drop to 12", "what if we go down to 18 and add ...": the total asked about
    r"|\bwhat\s+if\s+we\s+(?:drop(?:ped)?|cut|go|went|bring|trim|scale)\s+(?:it\s+)?(?:back\s+)?"
    r"(?:down\s+)?to\s+(\d{1,3})(?:\s+(?:people|guests|ppl|of us|total))?"
    r"(?=\s*(?:$|[.!?,\n]|and\s+(?:add|do|get|keep|how)\b))"
))  # fmt: skip


# "2 more friends wanna come!! can we do 10?", "2 more can come, can u redo it for 12?": the new
# total asked for right after guests said to join in the same message (the conversation checks
# the count before and the joiners make it); "can we do 10?" alone may be a time, and is not one
_ASKED_TOTAL = re.compile(
    r"(?<=[!?.,;])\s*(?:so\s+)?(?:can|could)\s+(?:we|u|you)\s+(?:do|redo\s+it\s+for|redo\s+(?:the\s+)?"
    r"(?:quote|price|order)\s+for|make\s+it|go\s+to|change\s+it\s+to|bump\s+it\s+(?:up\s+)?to)\s+"
    r"(\d{1,3})(?:\s+(?:people|guests|ppl|of us|total))?(?=\s*(?:$|[?.!\n]))"
)
# "actually 6, my brother is driving up", "make it 11, my sister's coming too", "its 10 now my bf's
# coming", "it's 11 now bc my coworker is coming": a new total right before the one person (or
# pair) who makes it; the person is named to the conversation, which takes the total only when the
# count before and they make it (`joiners_total`), and asks otherwise
_TOTAL_THEN_JOINER = re.compile(
    r"(?:^|(?<=[.!?\n])|(?<=[.!?\n,] ))(?:(?:ok|okay|oh|so|hey|update)\W+)*"
    r"(?:actually\s+(?:make\s+it\s+)?|make\s+(?:it|that)\s+|it'?s\s+|it\s+is\s+|we'?re\s+|we\s+are\s+)(?:now\s+)?(\d{1,3})(?:\s+now)?"
    r"(?=\s*[,.!;:-]*\s*(?:(?:so|since|bc|because|cause|cuz|coz)\s+)?(?:my|our)\s+"
    r"(?:(?:little|lil|big|younger|older|new)\s+)?[a-z-]+(?:\s+[a-z-]+)?"
    r"(?:'s|\s+(?:is|are|r|will\s+be))\s+(?:(?:also|now|finally)\s+)?"
    r"(?:coming|joining|driving\s+(?:up|down|in|over)|flying\s+in)\b)"
)
# "can we add 4 more guests? That would make it 24": the total the guests added make, said after
# them (the conversation takes it when the count before and they make it; round q82s)
_WOULD_MAKE = re.compile(
    r"(?<=[!?.,;])\s*(?:so\s+)?(?:that|which|it)\s+(?:would|will|'?d|'?ll)\s+make\s+(?:it|us)\s+"
    r"(\d{1,3})(?:\s+(?:people|guests|ppl|of us|total|adults))?(?=\s*(?:$|[?.!,\n]))"
)
_JOINERS_BEFORE = re.compile(
    r"\b\d{1,2}\s+more\s+(?:[a-z]+\s+){0,2}?(?:wanna|want to|can|are|r)\b"
    r"|\badd(?:ing)?\s+\d{1,2}\s+more(?:\s+(?:people|guests|ppl|adults))?\s*[?.!,]"  # round q82s
)


def bare_totals(text: str) -> list[re.Match[str]]:
    """The matches of `BARE_TOTAL` in lowercase `text`, and a new total asked for right after
    joiners ("2 more friends wanna come!! can we do 10?"); its number is the first group set."""
    found = list(BARE_TOTAL.finditer(text))
    found += [m for m in _TOTAL_THEN_JOINER.finditer(text) if not any(
        f.start() < m.end() and m.start() < f.end() for f in found)]  # fmt: skip
    for m in [*_ASKED_TOTAL.finditer(text), *_WOULD_MAKE.finditer(text)]:
        if _JOINERS_BEFORE.search(text, max(0, m.start() - 60), m.start()):
            found.append(m)
    return found


# "2 more girls wanna come!! can we do 10?": girls (or boys) joining with no age told, the new
# total asked for right after them
_GIRLS_THEN_TOTAL = re.compile(
    r"\b(\d{1,2}) more (?:girls|boys)\b(?=[^.!?\n]{0,30}[!?.,;]+\s*(?:so\s+)?(?:can|could)\b)"
)


# "2 more girls confirmed so 14 now!!": girls or boys said to join, then the new total with no
# guest word ("so 14 now", "so it's 14"), read as the total asked for above is (the sentence may
# go on: "so 12 now and add the sake pls")
_GIRLS_JOIN_TOTAL = re.compile(
    r"\b(\d{1,2}) more (?:girls|boys)(?=\s+(?:(?:just|also|have|now)\s+)?(?:confirmed|rsvp'?d|"
    r"rsvped|said yes|signed up|(?:are|r|can)\s+(?:coming|joining|come|make it))\s*[,!.]*\s*so\s+"
    r"(?:it'?s\s+|we'?re\s+|now\s+)?\d{1,3}(?:\s+now)?"
    r"(?=\s*(?:$|[.!?,;\n]|same\b|and (?:add|also|pls|please)\b)|\s+[^\w\s]))"
)


def girls_then_total(text: str) -> str:
    """`text` with girls or boys said to join before a new total asked for written as friends:
    a word of women among friends as often as of kids. The conversation takes the total only
    when the order had no kids and its adults and the joiners make it (8 + 2 = 10); beside kids
    ("10: adults, or all the guests?") or when they do not add up, it asks."""
    if "more girls" not in text and "more boys" not in text:
        return text
    text = _GIRLS_JOIN_TOTAL.sub(lambda m: f"{m.group(1)} more friends", text)
    return _GIRLS_THEN_TOTAL.sub(
        lambda m: f"{m.group(1)} more friends" if _ASKED_TOTAL.search(text, m.end()) else m.group(0),
        text,
    )

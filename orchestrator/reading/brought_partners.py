"""Partners some of the counted grown-ups bring, said by the group's own word: "plus 5 employees
are bringing a spouse", "3 of the coworkers will bring their husbands", "4 members are bringing a
plus one", "3 teammates are bringing their wives". The subject is some of the adults counted
before; the partners are that many more
adults, written "5 more adults", which the readers add to the party (in a follow-up, to the
order's adults). Only with a partner word (spouse, wife, husband, partner, plus one, significant
other, girlfriend, boyfriend, fiance): "bringing a friend" or "bringing their kids" may be anyone,
and stays to the other readers and the net. "N of them bringing a guest" inside a list is
`role_nouns.PLUS_ONE_ITEM`'s.
One grown-up said to be among those counted brings a partner the same way: "Dr. Shah (already in
the 10) is bringing his wife", "one of the nurses is bringing her husband" is 1 more adult (a
person named with no word that they are counted, "my friend is bringing his wife", may be two).
After a count of the group by its word in the same sentence, "of them" or a bare number names
the same grown-ups: "we have 18 members; 7 are bringing their spouse" is 18 members and 7
spouses. ("12 adults and 3 of them are bringing spouses" may be the whole headcount, and "some
of them are bringing partners" gives no number: both stay to `groups.plus_ones` and the net.)
Takes lower-case text with number words written as digits."""

from __future__ import annotations

import re

# grown-ups by their group's word: "5 employees", "3 of the coworkers", "4 of our members"
_GROWN = (
    r"(?:employees|coworkers|co-workers|colleagues|members|staff|teachers|nurses|coaches|parents|"
    r"volunteers|guys|ladies|officers|firefighters|clients|board members|leaders|teammates)"
)
_BROUGHT = re.compile(
    rf"\b(\d{{1,3}}) (?:of (?:the|our|my) )?{_GROWN} (?:are |will be |will |r )?"
    r"(?:bringing|bring) (?:a|their|his|her) (?:spouse|wife|wives|husband|partner|plus[- ]?one|"
    r"plus[- ]?1|\+1|significant other|girlfriend|boyfriend|fiancee?)s?\b"
)

# one of the counted: "one of the nurses", or a titled name said to be counted already
_ONE_BROUGHT = re.compile(
    r"\b(?:(?:one|1) of (?:the|our|my) [a-z-]+s|(?:dr|mr|mrs|ms)\.? [a-z]+ \((?:already|is already|"
    r"already counted|counted)\b[^()\n]{0,25}\))"
    r" (?:is |will be |will |'s )?(?:bringing|bring) (?:his|her|their) "
    r"(?:spouse|wife|husband|partner|significant other)\b"
)

# A parent each, some of those counted bring ("2 of the girls are bringing their moms", "3 of the
# kids will bring their dads"): the plural said of a plural subject, one each, and a parent is
# grown whoever brings them. "their mom" (one mom the sisters share?) or "their parents" (one or
# two each?) stay to the net.
_PARENT_BROUGHT = re.compile(
    rf"\b(\d{{1,3}}) of (?:the|our|my) (?:{_GROWN[3:-1]}|girls|boys|kids|friends|bridesmaids|players)"
    r" (?:are |will be |will |r )?(?:bringing|bring) their (?:moms|mothers|dads|fathers)\b"
)

_PARTNER = (
    r"(?:bringing|bring) (?:a|their|his|her) (?:spouse|wife|wives|husband|partner|plus[- ]?one|"
    r"plus[- ]?1|\+1|significant other|girlfriend|boyfriend|fiancee?)s?\b"
)
# "18 members; 7 are bringing their spouse", "14 coworkers and 5 of them are bringing a plus one"
_OF_THEM = re.compile(
    rf"\b(\d{{1,3}}) ({_GROWN})(?: total)?(?:,|;| -)? (?:and |but |\+ )?"
    rf"(\d{{1,3}}) (?:of (?:them|us|those) )?(?:are |will be |will |r )?{_PARTNER}"
)


def _of_them(m: re.Match[str]) -> str:
    """ "18 members; 7 are bringing their spouse" as "18 members and 7 spouses" (the 7 no more
    than the 18, else left as written for the plus-ones' check)."""
    group, brought = int(m.group(1)), int(m.group(3))
    if not 0 < brought <= group:
        return m.group(0)
    return f"{group} {m.group(2)} and {brought} spouses"


def brought_partners(text: str) -> str:
    """`text` with "N employees are bringing a spouse" written "N more adults"."""
    if "bring" not in text:
        return text
    text = _OF_THEM.sub(_of_them, text)
    text = _PARENT_BROUGHT.sub(r"\1 more adults", text)
    return _ONE_BROUGHT.sub("1 more adult", _BROUGHT.sub(r"\1 more adults", text))

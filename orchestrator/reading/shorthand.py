"""Ways customers write a count that the readers do not know, rewritten as the words they do:
SMS shorthand (`sms_words`: "hibachi 4 13 ppl" is "for 13 ppl"), Spanish
guest words ("15 adultos y 3 niños (8, 10 y 12 años)": a Sacramento caterer reads them; a small
set of guest words, no translation), and guests counted in pairs, tables or groups ("6 couples"
are 12 adults, "3 tables of 8" are 24 guests, "2 families coming, 9 adults in each" are 18 adults,
"3 single friends" are 3 singles; the relations named after such a count, "+ grandma & grandpa",
are `kin_after_groups`). Each function takes lower-case text with number words already written
as digits."""

from __future__ import annotations

import re

from orchestrator.reading.added_organizers import added_organizers
from orchestrator.reading.adults_then_kids import KIDS_JOINED, adults_then_kids
from orchestrator.reading.aged_roles import aged_roles
from orchestrator.reading.all_adults_plus import all_adults_plus
from orchestrator.reading.banded_counts import banded_counts
from orchestrator.reading.both_ages import both_ages
from orchestrator.reading.brought_partners import brought_partners
from orchestrator.reading.change_for_some import change_for_some
from orchestrator.reading.clergy_added import clergy_added
from orchestrator.reading.colon_ages import colon_ages
from orchestrator.reading.count_multiples import shares_and_multiples
from orchestrator.reading.everyone_brings import everyone_brings
from orchestrator.reading.families_each import families_each
from orchestrator.reading.family_counted import family_counted
from orchestrator.reading.golf_groups import golf_groups
from orchestrator.reading.grandkids_choice import grandkids_as_kids
from orchestrator.reading.grown_games import grown_games
from orchestrator.reading.grown_groups import grown_groups
from orchestrator.reading.grown_named import grown_named_again
from orchestrator.reading.honoree_again import honoree_again
from orchestrator.reading.honoree_pronoun import honoree_pronoun
from orchestrator.reading.hosted_couples import hosted_couples
from orchestrator.reading.hosts_pair import pair_named_again
from orchestrator.reading.it_swapped import it_swapped
from orchestrator.reading.kin import OCCASION_AFTER
from orchestrator.reading.kin_after_groups import kin_adults, kin_text, with_kin
from orchestrator.reading.listed_ages import listed_ages
from orchestrator.reading.listed_family import listed_family
from orchestrator.reading.listed_groups import in_list, other_in_list
from orchestrator.reading.mixed_words import mixed_words
from orchestrator.reading.office_holders import office_holders
from orchestrator.reading.parent_counts import parent_counts
from orchestrator.reading.peer_ages import peer_ages, said_all
from orchestrator.reading.portuguese_words import portuguese_words
from orchestrator.reading.roles_told import roles_told
from orchestrator.reading.shared_age import ages_told, shared_ages
from orchestrator.reading.short_counts import short_counts
from orchestrator.reading.sms_words import sms_for_to, sms_words
from orchestrator.reading.spanish_words import spanish_words
from orchestrator.reading.team_again import team_left, team_named_again
from orchestrator.reading.their_kids import their_kids
from orchestrator.reading.third_each import third_each
from orchestrator.reading.titled_leader import titled_leader
from orchestrator.reading.unit_groups import unit_groups
from orchestrator.reading.us_included import us_included
from orchestrator.reading.writer_friends import writer_and_friends
from orchestrator.reading.youth_leaders import leaders_as_adults

# "6 couples", "3 other couples", "5 married couples", "4 neighbor couples": a word that says which
# couples may stand before "couples" ("5 of the couples", "10 or so couples" are no count of them)
# (whose occasion it is may come between them and the relations added: "6 couples for my parents
# anniversary, plus my parents" is 14)
_COUPLES = re.compile(
    r"\b(\d{1,3}) (other |more )?(?:(?!(?:of|or|and|so|ish|to|the|are|were|n|plus)\b)[a-z]+ )?couples\b"
    rf"(?P<occ>\s+for\s+(?:my|our)\s+[a-z-]+{OCCASION_AFTER}(?=\s*,))?"
)
_SINGLES = re.compile(
    # "3 single neighbors", "2 single coworkers": unpartnered grown-ups, one each
    r"\b(\d{1,3}) single (?:friends|guys|ladies|people|folks|guests|women|men|neighbou?rs|"
    r"coworkers|co-workers|colleagues|members|adults)\b"
    # "5 couples and 4 of us flying solo": 4 singles
    r"|\b(\d{1,3}) (?:of us |people |friends )?(?:are |r )?"
    r"(?:coming|flying|going|rolling|riding|showing up) solo\b"
)
# "3 tables of 8" counts guests; "of 8 adults" keeps its word ("3 families of 4 adults each": 12,
# "5 households of 6 adults each": 30; "households of 6" alone may hold kids: asked)
_TABLES_OF = re.compile(
    r"\b(\d{1,2}) (?:tables?|famil(?:ies|y)|groups|teams|crews|households?) of (\d{1,3})\b"
    r"(\s+(?:adults?|kids|children|people|guests|ppl)\b)?"
    r"(?:\s+each\b)?"  # "3 families of 4 adults each, and my grandparents"
)
# "2 more tables of 6", "add another 1 table of 8": guests added to the order before, as "12 more
# guests" (tables only: a family of 6 may hold kids)
_MORE_TABLES = re.compile(
    # ("another table of 8": one more, q84m)
    r"\b(?:(\d{1,2}) (?:more|extra|additional)|another) tables? of (\d{1,3})\b"
    r"(?:\s+(?:people|guests|ppl))?"
)
# "4 tables with 5 at each", "2 tables w/ 8 people at each one", "3 tables, 7 at each table",
# "5 tables w/ 6 each", "4 tables w 6 each" (the SMS "w" without its slash): as many guests at
# every table, the word after the count kept ("guests" when none)
_TABLES_AT = re.compile(
    r"\b(\d{1,2}) (?:tables|families|groups|teams)\s*[,:-]?\s*(?:with\s+|w/\s*|w\s+)?(\d{1,3})"
    r"(\s+(?:adults|kids|children|people|guests|ppl))?\s+(?:at|in|on) (?:each|every)"
    r"(?:\s+(?:one|table|group|family|fam|team))?\b"
    # tables only: "5 tables w/ 6 each", "4 tables, 10 per table" (a family's "3 each" may be kids)
    r"|\b(\d{1,2}) tables\s*[,:-]?\s*(?:with\s+|w/\s*|w\s+)?(\d{1,3})"
    r"(\s+(?:adults|people|guests|ppl))?\s+(?:each|apiece|per table)\b"
)
# "two groups, 9 adults each", "2 families coming (for the reunion), 9 adults in each", "3 families
# are coming 4 adults in each family": as many guests in every group ("2 familys" is "2 family")
_GROUP = r"(?:tables|families|groups|teams|households)"
_EACH = re.compile(
    rf"\b(\d{{1,2}}) (?:{_GROUP}|family)(?:\s+(?:(?:are|r|will\s+be)\s+)?(?:coming|comin'?|attending|"
    r"joining|getting\s+together)(?:\s+(?:over|together))?"  # "3 families coming together" (q84c)
    # "for the reunion", "for my 40th", "for thanksgiving" (q86a): the occasion they come for
    r"(?:\s+(?:for|to)\s+(?:(?:a|an|the|our|my)\s+[a-z0-9']+|[a-z][a-z']*)(?:\s+[a-z']+){0,2}"
    r"(?=\s*[,:(-]))?)?"
    # where the groups are: "6 households on our court, 4 adults in each", "from out of town"
    r"(?:\s+(?:on|in|from|at|along|near)\s+(?:(?:a|an|the|our|my|this)\s+)?[a-z'-]+"
    r"(?:\s+[a-z'-]+){0,2}(?=\s*[,:(-]))?"
    r"\s*[,:(-]?\s*(?:(?:with|w/|w\b)\s*)?(\d{1,3}) "
    r"(adults|grownups|kids|children|people|guests|ppl)"
    r"(?: each| in each(?: one| family| fam| group| household)?"
    r"| per (?:family|fam|group|household|table|team))\b"
    r"(?:\s*\))?"  # "2 groups coming (8 grownups in each)"
)


def _at_each(m: re.Match[str]) -> str:
    """A count by tables or groups "with N at each" (`_TABLES_AT`) as the guests it counts."""
    word = m.group(3) or m.group(6) or ""
    count = int(m.group(1) or m.group(4)) * int(m.group(2) or m.group(5)) + kin_adults(m, word)
    return f"{count}{word or ' guests'}{kin_text(m, word)}"


# "6 ppl at each of 3 tables", "5 at each of the 4 tables": as many guests at every table
_AT_EACH_OF = re.compile(
    r"\b(\d{1,3})(?:\s+(adults|grownups|people|guests|ppl))?\s+(?:at|in)\s+each\s+of\s+(?:the\s+)?"
    r"(\d{1,2})\s+(?:tables|groups|families)\b"
)
# "4 tables, 6 seats each, all full", "3 tables with 8 seats each, every seat taken": seats are
# guests only when the message says every one is filled ("8 seats each" alone is asked)
_SEATS_FULL = re.compile(
    r"\b(\d{1,2})\s+tables\s*[,:-]?\s*(?:with\s+|w/\s*)?(\d{1,2})\s+(?:seats|chairs|spots)"
    r"(?:\s+(?:at|per)\s+(?:each|table|each table)|\s+each)?\s*[,;-]?\s*(?:and\s+)?"
    r"(?:all\s+(?:of\s+them\s+)?(?:full|filled|taken)|every\s+(?:seat|chair|spot)\s+(?:taken|filled))\b"
)


# A family or a household counted with no band ("4 families of 5", "2 families with 6 in each",
# "3 households of 4 people"): its members may be kids, so the count is left unread and the
# checks ask ("3 families of 4 adults" is a count of adults; tables, groups and teams are guests).
_KIN_GROUP = re.compile(r"\b(?:famil(?:y|ies|ys)|fams?|households?)\b")
_BANDED = re.compile(r"\s*(?:adults?|grownups|kids|children)")
# the band said after the count: "2 families of 5, all adults", "3 families of 4 (adults only)"
_BAND_AFTER = re.compile(
    r"\s*[,(:-]?\s*(?:(?:all|only|just)\s+(?:adults|grown[- ]?ups)|adults\s+only|no\s+kids)\b"
)


# "4 tables of 6 plus the grandkids 11, 9 and 4": kids joined right after a count by tables of no
# band; at the tables or on top of them? The count is left unread and the checks ask.
_KIDS_AFTER = re.compile(KIDS_JOINED)

# the tables said to be the grown-ups' ("4 tables of 6 for the adults, plus a kids' table with 5")
_FOR_ADULTS = re.compile(r"\s+for\s+(?:the\s+)?(?:adults|grown[- ]?ups)\b")


def _may_hold_kids(m: re.Match[str], word: str | None) -> bool:
    """Whether a count by groups `m` (its guest word `word`) counts families of no band, or
    groups of no band with kids joined right after them."""
    if word and _BANDED.fullmatch(word):
        return False
    if _BAND_AFTER.match(m.string, m.end()):
        return False
    return bool(_KIN_GROUP.search(m.group(0)) or _KIDS_AFTER.match(m.string, m.end()))


def _band_word(m: re.Match[str], word: str | None) -> str:
    """The guest word a count by groups is written with: its own, else "adults" where the band
    said after a count of families or households is adults ("2 families of 5, all adults, plus 3
    children": 10 adults, the children on top, not among them), else "guests"."""
    if word:
        return word
    if _FOR_ADULTS.match(m.string, m.end()):  # "4 tables of 6 for the adults, plus a kids' table"
        return " adults"
    # tables keep "guests": "for the parents ... 4 tables of 6, all adults" is read by kin.py
    kin = _KIN_GROUP.search(m.group(0))
    return " adults" if kin and _BAND_AFTER.match(m.string, m.end()) else " guests"


def written_counts(text: str) -> str:
    """`text` with the shorthand, the Spanish guest words and the counts by pairs or groups
    written as the readers know them; each pattern run only when a literal it cannot match
    without is in the text (speed: the same result)."""
    if "incl." in text:
        text = re.sub(r"\bincl\.", "incl", text)  # "incl. him": no sentence ends there
    text = us_included(text)  # "26 adults including the 2 of us": the 26
    text = clergy_added(text)  # "14 adults plus father tom": 1 more adult
    text = roles_told(text)  # "24 teachers (mrs. chen included)", "5 den leaders + spouses, 10 adults"
    text = titled_leader(text)  # "14 players (all 13-14) and coach mike": 1 more adult
    text = all_adults_plus(text)  # "13 of us in the league, all adults, plus 4 spouses": 17
    text = both_ages(text)  # "2 babies (both 9 months old)": each one's age
    text = short_counts(text)  # "we're 2 adults short now": 2 fewer adults
    text = change_for_some(text)  # "change the chicken for 4 people to tofu": a swap for 4
    text = golf_groups(text)  # "2 foursomes and a threesome so 11 of us": the 11
    text = family_counted(unit_groups(text))  # "6 cars w/ 4 each": 24; "+ my aunt's family, 3 adults"
    text = sms_for_to(grown_groups(said_all(sms_words(text))))  # "b4", "4 13 ppl"; "7 of us, all 20-21"
    text = shares_and_multiples(everyone_brings(text))  # "10 members and everyone's bringing one guest"
    text = brought_partners(their_kids(text))  # "+ 5 of their kids", "5 employees are bringing a spouse"
    text = third_each(text)  # "a third one each as an extra": 3 each
    text = it_swapped(text)  # "lobster is a bit much, swap it for shrimp"
    text = listed_family(text)  # "me, my wife, mateo (6 months), ..., his padrinos luis and carmen"
    text = aged_roles(text)  # "8 players (ages 7, 7, 8, 6, 8, 7, 6, 7)", "plus mateo (6 months)"
    text = listed_ages(text)  # "our 3 kids they are 18 15 and 11", "his sisters 10 and 4"
    text = honoree_again(text)  # "grad party for my twins (18) me, my wife, the twins, ..."
    text = peer_ages(text)  # "13 of his floormates (all 18-19)", "8 of their friends all 18"
    text = writer_and_friends(text)  # "me n 11 of the boys, all 25-30"
    text = colon_ages(text)  # "and 3 siblings: 9, 7 and 4", "2 kids (my nephews, 7 and 10)"
    text = office_holders(text)  # "12 girls (all 10-11) plus our coach and me": 2 adults
    text = parent_counts(grown_named_again(text))  # "the coaches and parents want"; "12 moms": parents
    text = leaders_as_adults(text)  # "12 scouts (all 13-17), 6 leaders and 10 parents"
    text = grown_games(text)  # "poker night, 8 players and 8 plus-ones": 16 adults
    text = added_organizers(text)  # "5 households with 3 adults in each, plus the 2 organizers"
    text = shared_ages(text)  # "8 girls total including the birthday girl, all of them 9"
    text = team_left(team_named_again(text))  # "16 players (all 13-14) ... the longer show for the boys"
    # "4 grandchildren aged 11, 8, 5 and 2 ... chicken for the grandchildren": read before the
    # count is written "4 kids", which hid whose the choice is (round q86c; again in `prepass`)
    text = banded_counts(grandkids_as_kids(text))  # "16 guests (adults)", "3 grandkids (9, 4)"
    text = spanish_words(text)  # "15 adultos y 3 niños (8, 10 y 12 años)"
    text = portuguese_words(text)  # "8 adultos e 2 crianças (7 e 10 anos)"
    text = mixed_words(text)  # "12 người lớn (adults)", "3 y el bebé de 6 meses"
    text = ages_told(text)  # "5 girls incl the birthday girl (all 8)", "2 more girls, 9 and 7"
    text = pair_named_again(text)  # "for my grandparents!! 6 couples + grandma & grandpa"
    text = honoree_pronoun(text)  # "bday dinner for my husband, me + him + 4 couples"
    if "couples" in text:
        # "3 other couples" are 6 adults, "2 more couples" 4 more; "6 couples + grandma & grandpa" 14
        text = hosted_couples(text)  # "my wife and i are hosting 2 other couples": 6 adults
        text = _COUPLES_KIN.sub(_couples_as_adults, text)
    if "single" in text or "solo" in text:
        text = _SINGLES.sub(lambda m: f"{m.group(1) or m.group(2)} singles", text)
    if not any(word in text for word in _GROUP_NEEDS):
        # every pattern below names tables, families, groups, teams or households
        return adults_then_kids(text)
    text = _MORE_TABLES.sub(lambda m: f"{int(m.group(1) or 1) * int(m.group(2))} more guests", text)
    text = _TABLES_OF_KIN.sub(
        lambda m: m.group(0) if _may_hold_kids(m, m.group(3)) else
        f"{int(m.group(1)) * int(m.group(2)) + kin_adults(m, m.group(3) or '')}"
        f"{_band_word(m, m.group(3))}{kin_text(m, m.group(3) or '')}",
        text,
    )  # fmt: skip
    text = _TABLES_AT_KIN.sub(
        lambda m: m.group(0) if _may_hold_kids(m, m.group(3)) else _at_each(m), text
    )
    text = _AT_EACH_OF.sub(
        lambda m: m.group(0) if _may_hold_kids(m, m.group(2)) else
        f"{int(m.group(1)) * int(m.group(3))} {m.group(2) or 'guests'}", text
    )  # fmt: skip
    text = _SEATS_FULL.sub(lambda m: f"{int(m.group(1)) * int(m.group(2))} guests", text)
    text = adults_then_kids(text)  # "5 tables with 6 at each, all adults, plus the grandkids"
    text = _EACH_KIN.sub(
        lambda m: m.group(0) if _may_hold_kids(m, m.group(3)) else
        f"{int(m.group(1)) * int(m.group(2)) + kin_adults(m, m.group(3))} {other_in_list(m)}{m.group(3)}"
        f"{kin_text(m, m.group(3))}",  # "3 families, 4 people in each": may be kids, asked
        text,
    )  # fmt: skip
    return families_each(text)  # "4 families total (us included), 2 adults in each"


def _couples_as_adults(m: re.Match[str]) -> str:
    """ "6 couples" as "12 adults"; after a comma in the writer's list ("me, my husband, 5 couples
    from church and ...") as "10 other adults": couples are more people, never the whole party."""
    listed = in_list(m)
    which = m.group(2) or ("other " if listed else "")
    adults = f"{2 * int(m.group(1)) + kin_adults(m, 'adults')} {which}adults"
    if not listed:
        adults = adults.replace("other ", "")
    return adults + (m.group("occ") or "") + kin_text(m, "adults")


# The counts by groups with the relations after them, compiled once (speed)
_COUPLES_KIN, _TABLES_OF_KIN, _TABLES_AT_KIN, _EACH_KIN = (
    with_kin(p) for p in (_COUPLES, _TABLES_OF, _TABLES_AT, _EACH)
)
# One of these is in every match of `_TABLES_OF`, `_TABLES_AT`, `_AT_EACH_OF`, `_SEATS_FULL` and
# `_EACH` (read from the patterns: "tables", "famil(y|ies)", "groups", "teams", "households")
_GROUP_NEEDS = ("table", "famil", "group", "team", "crew", "household")

"""The items of a list of the party built from the writer (`household`) and what separates them:
the writer, a partner, a relation alone or with their partner, a pair of relations, friends,
adults, kids with their ages, a relation told with its age. Split from `household` by size."""

from __future__ import annotations

import re

from orchestrator.reading.adult_roles import ADULT_IN_ROLE, BARE_GRAND
from orchestrator.reading.alternation import alternation
from orchestrator.reading.kin_couples import COUPLE, KIN_AND_OUR, KIN_COUPLES, KIN_GLOSS, KIN_OF
from orchestrator.reading.kin_words import BOTH as _BOTH
from orchestrator.reading.kin_words import ONE as _ONE
from orchestrator.reading.kin_words import PAIR as _PAIR
from orchestrator.reading.partners import NICKNAME, PARTNER
from orchestrator.reading.phrases import FRIEND_WORDS
from orchestrator.reading.words import ADULT_WORDS

WRITER = r"(?:just\s+)?(?:me|myself)\b"
_MINE = r"(?:my|our)\s+"
_GROWN_KIN = r"(?:aunts|aunties|uncles|titas|titos|tias|tios)"
_GRANDS = r"(?:grandmas|grandpas|grandmothers|grandfathers|grannies|nanas|grandparents)"
ADULT = alternation(ADULT_WORDS)
# "my in-laws and my brother in law", "our daughter-in-law": an in-law by marriage, grown as the
# in-laws are (a child's spouse is married, grown)
_IN_LAW = r"(?:my|our|his|her)\s+(?:brother|sister|son|daughter)[- ]in[- ]law\b(?!')"
# ("... + me and my husband + grandma. chicken and shrimp": the last item joined by "+", its
# sentence closed by a full stop or a line's end: one adult; "me, my mom and dad and grandma."
# stays asked, whose grandma after the pair?)
_GRAND_ONE = r"(?:grandma|grandpa|grandmother|grandfather|granny|gramma|grammy|grampa|nana)"
_LISTED_GRAND = (
    rf"{_GRAND_ONE}(?=\s*(?:,|&|\+|and\b|plus\b|n\b))|(?<=\+ ){_GRAND_ONE}(?=\s*(?:[.!](?!\w)|\n))"
)
# The end of ages told one by one: no other number, time or count after the last ("kids 9 and 4
# and 5": one age more, or the next item's count? the list stops; "and 5 of dad's buddies" is
# the next item)
_AGES_END = (
    r"\b(?!\s*(?:\d|/|:|,?\s*(?:and\b|&)\s*\d{1,2}\b(?!\s+of\s+(?!them|us|those|these|age)[a-z])"
    r"|(?:am|pm|kids|children|adults|people|guests|ppl|friends|of)\b))"
)
# "me, my aide and 4 parent volunteers": the writer's grown helper at work, one adult
_MY_HELPER = r"(?:my|our)\s+(?:(?:teacher'?s?|classroom)\s+)?(?:aide|assistant|co-?teacher|para)\b(?!')"
# "13 10 and 6", "9, 7 & 3": ages one by one, the last after "and" (not a time or another count)
_SPOKEN_AGES = (
    r"\d{1,2}(?:(?:\s*,\s*|\s+)\d{1,2})*\s*,?\s*(?:&|and)\s*\d{1,2}"
    rf"{_AGES_END}"
)
ITEM = re.compile(
    rf"(?P<couple>{COUPLE})|(?:{KIN_OF})?{KIN_COUPLES}"  # "my 3 sisters and their husbands"
    rf"|(?:{KIN_OF})?{KIN_AND_OUR}"  # "me, my 3 brothers and our 4 wives"
    rf"|(?P<writer>{WRITER})"  # "my brother, his wife, ..., me and my husband": the writer inside
    # "me + hubby", "me, wife and ...": the writer's partner, the "my" left out
    rf"|(?P<pair>{_BOTH}|{KIN_OF}{_PAIR}\b(?!')){KIN_GLOSS}?"
    # "me + wifey", "me, the mrs and ...", "me, my date and 6 friends": the partner by a nickname
    # "me + my husband, 8 other adults, grandma, and ...": a grandparent needs no "my"
    rf"|(?P<one>(?:{KIN_OF}{_ONE}|{PARTNER}|{NICKNAME}|{BARE_GRAND})\b(?!')|{ADULT_IN_ROLE}"
    # "..., my mom, grandma and my 2 aunts": a grandparent named bare, an item before the next one
    rf"|{_LISTED_GRAND}|{_IN_LAW}|{_MY_HELPER}){KIN_GLOSS}?"
    # "5 of my dads friends from work": the writer's family's friends are adults as the writer's are
    # ("6 of dad's friends from church": the writer's parent, the "my" left out)
    rf"|(?:{_MINE})?(?P<friends>\d{{1,3}})\s+(?:other\s+|more\s+|of\s+(?:my|our)\s+"
    r"(?:(?:mom|mum|dad|mother|father|parent|husband|wife|hubby|partner)(?:'?s|s')\s+)?"
    r"|of\s+(?:mom|mum|dad|mother|father)'?s\s+"
    # "6 of her friends from work": whoever's friends they are, from work they are grown
    # ("6 of her friends from church" only at a grown person's birthday: `grown_birthday`)
    # ("6 of his coworkers": people one works with are grown, whoever's they are)
    rf"|(?P<whose>of\s+(?:his|her)\s+(?=(?:{FRIEND_WORDS})\s+from\s+(?:work|the office|church)\b"
    r"|(?:coworkers|co-workers|colleagues)\b)))?"
    # "6 of dads golf buddies": friends by what they do together, adults as the writer's are
    rf"(?:(?:golf|poker|fishing|hunting|bowling|gym|softball)\s+)?"
    rf"(?P<fword>{FRIEND_WORDS})\b(?:\s+from\s+(?:work|church|the office))?"
    # "14 of his college friends (all 21-22)", "8 of her classmates (all 23-26)": anyone's friends
    # or classmates, grown by the ages told for all of them ("(all 19-20)": the aged friends' reader)
    rf"|(?P<peers>\d{{1,3}})\s+(?:of\s+(?:his|her|their|my|our)\s+)?(?:(?:college|school|uni|old|"
    rf"best|close)\s+)?(?:{FRIEND_WORDS}|classmates|(?:sorority|frat|fraternity)\s+(?:sisters|brothers))"
    r"\s*\(\s*all\s+[2-9]\d(?:\s*(?:-|to)\s*[2-9]\d)?\s*\)"
    # "me and my wife and 4 other parents": others of the same role are adults as the writer is
    # "and the neighbors next door 2 adults and their 2 kids": a household named, then counted;
    # "our son (14) and his 3 coaches": grown by their role, whoever's they are
    rf"|(?:(?:the|our|my)\s+(?:neighbou?rs|friends)(?:\s+next\s+door|\s+across\s+the\s+street)?"
    r"\s*[,:-]?\s+|(?:his|her|their)\s+(?=\d{1,3}\s+(?:coach(?:es)?|advisors?|chaperones?)\b))?"
    rf"(?P<adults>\d{{1,3}})\s+(?:other\s+|more\s+)?(?:{ADULT})\b"
    r"(?!\s*(?:total|in total|in all|altogether)\b)"  # ("10 adults from their church")
    rf"(?:\s+from\s+(?:{_MINE}|(?:their|his|her)\s+)?(?:work|church|the office))?"
    # "6 of my adult cousins (all over 21)", "my 3 aunts", "my 2 titas": adults by what they are
    # "3 of his friends (all 5) and their 3 moms": the others' mothers, counted by their number
    # "his 2 grandmas": grandparents are grown whoever's they are (round q83f)
    rf"|(?:(?:my|our)\s+(?=\d{{1,3}}\s+{_GROWN_KIN}\b)|(?:my|our|his|her|their)\s+(?=\d\s+{_GRANDS}\b)"
    r"|(?:their|the)\s+(?=\d{1,3}\s+(?:moms|mums|dads|mothers|fathers)\b))?"
    r"(?P<grown>\d{1,3})\s+(?:of\s+(?:my|our)\s+"
    r"(?:adult|grown)\s+[a-z]+s\b"
    r"(?:\s*\(\s*(?:all\s+)?(?:(?:over|above|older than)\s+(?:1[89]|[2-9]\d)|adults)\s*\))?"
    rf"|{_GROWN_KIN}\b|{_GRANDS}\b"
    # "me and 2 other instructors", "and 6 moms": others of the writer's grown role, and mothers
    # or fathers (parents, grown-ups by what they are), adults no adult word counts
    # ("me + 9 of my girls plus 5 of our moms": the group's mothers, adults as well)
    r"|(?:other\s+|of\s+(?:our|their|the)\s+)?(?:moms|mums|dads|mothers|fathers)\b"
    r"|other\s+(?:instructors|teachers|volunteers)\b"
    # "me, 2 aides and 5 parent volunteers": a class's grown helpers, adults by their role
    r"|(?:teacher'?s?\s+)?aides\b|chaperones\b|parent\s+(?:volunteers|chaperones|helpers)\b)"
    # "my sisters 2 kids (8 and 5)", "our neighbors' 2 kids (7 and 12)": someone's kids, no adult
    r"|(?P<kids>(?:(?:my|our|the|their|his|her)\s+(?:(?:sister|brother|neighbou?r|cousin)(?:'s|s'?|’s)\s+)?)?"
    r"\d{1,2}\s+(?:other\s+)?"
    r"(?:kids|children|little ones|kiddos|boys|girls)\b"
    # "our 3 kids they are 13 10 and 6" (spoken, no commas): their ages told after them (the
    # "they are" may come blanked by the prepass); "our 3 kids (tre em) 12, 9 and 4": a word
    # glossed in a bracket before their ages
    r"(?:(?:\s*\([a-z ]{1,24}\))?"
    rf",?\s+(?:(?:they\s+are|they'?re|who\s+are|ages?|aged)\s+)?{_SPOKEN_AGES}"
    r"|\s*\([^)]*\))?"
    # "our kids (13, 11, 9, 5)", "our kids (ages 13, 11, 9, 5)": their ages in brackets
    # ("my 2 aunts and their kids (4 and 9)": someone's kids, as many as the ages)
    r"|(?:my|our|the|their|his|her)\s+(?:kids|children|boys|girls)\s*\(\s*(?:ages?\s*:?\s*|aged\s+)?"
    r"\d{1,2}(?:\s*(?:,|&|and)\s*\d{1,2})+\s*\)"
    # "our kids 9 7 and 3", "my boys 10 and 7": their ages after a space, the last after "and"
    # "the kids: 10 (birthday boy), 8, 9 and 11": their ages after a colon, a remark beside one
    # ("..., kids: 9, 7, 8": no "the" needed in a list)
    # (the writer's grandkids too: "the 10 of us adults and the grandkids: 11, 9, 6, 4 and 2")
    r"|(?:(?:my|our|the|their)\s+(?:kids|children|boys|girls|grandkids|grandchildren)|kids|children)\s*:"
    r"\s*\d{1,2}(?:\s*\([a-z' ]{1,25}\))?"
    r"(?:\s*(?:,|&|and)\s*\d{1,2}(?:\s*\([a-z' ]{1,25}\))?)+(?!\s*(?:\d|/|:|-))"
    # "our kids Emma (11) and Jake (7)": each by name with their age
    r"|(?:my|our|the)\s+(?:kids|children|boys|girls)\s+[a-z]+\s*\(\s*\d{1,2}\s*\)"
    r"(?:\s*(?:,|&|and)\s*[a-z]+\s*\(\s*\d{1,2}\s*\))+"
    # "plus kids 10, 7 and 5", "and the kids are 7 8 9 and 3": the party's kids, no "my" needed
    r"|(?:(?:my|our|the|their|his|her)\s+)?(?:kids|children|boys|girls)(?:\s+(?:are|r))?\s+\d{1,2}(?:(?:\s*,\s*|\s+)\d{1,2})*"
    r"\s*,?\s*(?:&|and)\s*\d{1,2}"
    rf"{_AGES_END})"
    # "my little brother (9)", "our son (4)": a relation told with its age, counted by its age
    r"|(?P<aged>(?:my|our|his|her|their|the)\s+(?:(?:little|baby|big|youngest|oldest)\s+)?(?:son|daughter|"
    r"grandson|granddaughter|niece|nephew|baby|brother|sister|twins)\s*\(\s*\d{1,2}[^)]{0,12}\))"
    # "me n my husband, a 7 year old and twin 10 year olds, plus ...": kids by their age alone,
    # counted by the kid reader (round q83f; "two 9 year olds", "one 4 yo" are left to it and
    # the checks: the spelt count before an age is not read the same)
    r"|(?P<aged_kid>(?:an?\s+1?\d\s*-?\s*(?:(?:years?|yrs?)\s*-?\s*old|yo|y/o)"
    r"|twin\s+1?\d\s*-?\s*(?:years?|yrs?)\s*-?\s*olds)\b)"
    # "my dad and his 2 brothers", "my wife and her 2 sisters": a grown one's siblings, adults
    # (only right after that one: "our son and his 2 brothers" may be kids)
    # ("her 2 brothers (8 and 10)": their ages told, counted by them)
    r"|(?:his|her)\s+(?P<sibs>\d{1,2})\s+(?:brothers|bros|sisters|siblings)\b(?!'|\s*\(\s*\d)"
    # "its me, him, his parents": the one the writer comes with, by a pronoun that is an item of
    # its own (a separator or the end after it; "her parents", "her 3 kids" are read above)
    r"|(?P<pronoun>him|her)(?=\s*(?:,|&|\+|and\b|plus\b|[.!?\n]|$))"
)
SEP = re.compile(
    # a bulleted list ("Who's coming:\n- me and my wife\n- my parents"): a line's bullet too
    # "me my husband our 3 kids ...": spoken without commas, the next item opening with "my"/"our"
    # ("me n 14 of my teammates, all adults, plus ...": the aside between two items says no one)
    r"(?:\s+(?:lol|haha)\b)?(?:\s*,\s*all\s+(?:adults|grown-?ups)(?=\s*,))?"
    # ("+ 9 friends (all 22-23) + his mom + dad": grown ages for all of the item, no one more;
    # "me + 11 of my friends (all 15-16) + my mom and dad": ages 13 and up priced as adults, q83d)
    r"(?:\s*\(\s*all\s+(?:1[3-9]|[2-9]\d)(?:\s*(?:-|to)\s*(?:1[3-9]|[2-9]\d))?\s*\))?"
    r"\s*(?:,\s*(?:and\s+(?:then\s+)?|plus\s+|n\s+|&\s*|\+\s*)?"
    r"|\s+(?:and(?:\s+then)?|plus|n|with)\s+|\s*[&+]\s*"  # "... and then my sister ...": one more item
    r"|[ \t]+(?=(?:my|our)\s)"
    # "me + bae\nhis sister + her husband\nmy roommate + her gf": one item a line, no comma
    r"|[ \t]*\n\s*(?=(?:my|our|his|her)\s)"
    r"|\n[ \t]*[-*\u2022][ \t]*)"
    r"(?:(?:lol|haha)\b\W*\s*)?"  # "lol" a word, not "lolo"
)

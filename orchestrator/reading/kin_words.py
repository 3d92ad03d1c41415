"""The relations a list of the party counts by their words: one adult (a partner, a parent, a
grandparent), a pair (parents, in-laws, "grandma & grandpa") and a relation with their partner,
shared by the writer's list (household.py) and the arrivals' reader."""

from __future__ import annotations

from orchestrator.reading.adult_roles import ADULT_IN_ROLE
from orchestrator.reading.kin_couples import COUPLE, KIN_OF

__all__ = ["BOTH", "KIN", "ONE", "PAIR"]

# Relations that are one adult: a partner, a parent, a grandparent ("my son" may be a child).
ONE = (
    r"(?:(?:mother|father|mom|dad)[- ]in[- ]law|wife|wifey|husband|hubby|partner|spouse|gf|bf|"
    r"girlfriend|boyfriend|fianc(?:e|ee)|mom|mum|"
    r"mother|dad|father|grandma|grandpa|grandmother|grandfather|boss|best friend|bestie|bff|roommate|"
    # "my step dad", "my stepmom": a parent by marriage, an adult as a parent is
    r"step[- ]?(?:dad|mom|mum|father|mother)|significant other|"
    # "my aunt carol", "my uncle": the writer's parent's sibling, grown; a name ending the item
    r"(?:aunt|auntie|uncle)(?:\s+(?!and\b|n\b|plus\b|with\b)[a-z]+(?=\s*(?:[,.;!?\n]|$)))?|"
    # "my sister and her 2 kids (6 and 2)", "my brother and his son (6)": a sibling or a cousin
    # who brings their own child is a parent, grown (the child counted by their own item)
    r"(?:brother|sister|cousin)(?=\s*(?:,|&|\+|\band\b|\bwith\b)\s*(?:his|her)\s+(?:\d{1,2}\s+)?"
    r"(?:kids|children|sons?|daughters?|boys|girls|baby|little ones)\b))"
)
PAIR = r"(?:parents-in-law|parents|in-?laws|grandparents|godparents)"  # "his godparents": 2
# "grandma & grandpa", "his mom + dad": a pair named together, the second "my" left out
BOTH = (
    r"(?:(?:my|our|his|her|your)\s+)?(?:grandma\s*(?:&|\+|and|n)\s*grandpa|grandpa\s*(?:&|\+|and|n)\s*"
    # "lolo and lola", "abuelo y abuela": the grandparents in Tagalog or Spanish
    r"grandma|lolo\s*(?:&|\+|and|n|y)\s*lola|lola\s*(?:&|\+|and|n|y)\s*lolo|abuelo\s*(?:&|\+|and|n|y)\s*"
    r"abuela|abuela\s*(?:&|\+|and|n|y)\s*abuelo|"
    # "my mom and pops": the father by his nickname, after the mother
    # ("his mom + stepdad", "her dad + stepmom": a parent by marriage)
    r"(?:mom|mum|mother)\s*(?:&|\+|and|n)\s*(?:step[- ]?)?(?:dad|father|pops)"
    r"|(?:dad|father)\s*(?:&|\+|and|n)\s*(?:step[- ]?)?(?:mom|mum|mother))\b"
)
# One adult, a pair or a relation with their partner, as the list counts them (`arrivals`)
KIN = (
    rf"(?P<couple>{COUPLE})|(?P<pair>{BOTH}|{KIN_OF}{PAIR}\b(?!'))"
    rf"|(?P<one>{KIN_OF}{ONE}\b(?!')|{ADULT_IN_ROLE})"  # "my sister (the bride), me, ..."
)

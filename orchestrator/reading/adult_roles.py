"""A person in the writer's list named by a relation and their role at the event, the role in
brackets ("the party will be my sister (the bride), me, our mom, and 11 of her friends", "the
bride (my best friend), me, ..."): the role says an adult (a bride, a groom, a retiree), so the
relation, which alone may be a kid ("my sister" of no age is asked), is one adult guest of the
list. Whose event it is, named so inside the list of who comes, is counted like any item. A
grandparent inside the list, a comma after it, needs no possessive ("me + my husband, 8 other
adults, grandma, and my aunt + uncle"): one adult, as "my grandma" is."""

from __future__ import annotations

# Roles only a grown-up has: a bride or a groom, a retiree (a graduate may be a kid)
_GROWN_ROLE = (
    r"(?:bride|groom|bride-to-be|groom-to-be|bride to be|groom to be|retiree|newlywed|mom-to-be|"
    r"mom to be|dad-to-be|dad to be)"
)
_RELATION = (
    r"(?:(?:little|big|older|younger|baby|oldest|youngest)\s+)?(?:sister|sis|brother|bro|cousin|"
    r"daughter|son|niece|nephew|friend|best friend|bff|aunt|uncle|coworker|neighbou?r|"
    r"sister-in-law|brother-in-law|stepdaughter|stepson)"
)
# "my sister (the bride)", "our son (the groom)"; "the bride (my best friend)"
ADULT_IN_ROLE = (
    rf"(?:(?:my|our|his|her)\s+{_RELATION}\s*\(\s*(?:the\s+)?{_GROWN_ROLE}\s*\)"
    rf"|the\s+{_GROWN_ROLE}\s*\(\s*(?:my|our|his|her)\s+{_RELATION}\s*\))"
)
# "grandma", "nana" as an item inside the writer's list, a comma after it: one adult ("me, my mom
# and dad and grandma", the list's end, stays asked as before: whose grandma, or more words cut?)
BARE_GRAND = (
    r"(?:grandma|grandpa|grandmother|grandfather|granny|gramma|grammy|grampa|gramps|nana|lola|lolo|"
    r"abuela|abuelo)(?=\s*,)"
)

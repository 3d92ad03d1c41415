"""Word patterns the topic alternatives share: months and days, foods of allergies, more guests
coming and a count changed. Split from `topics` by size."""

from __future__ import annotations

MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|"
    r"nov(?:ember)?|dec(?:ember)?"
)
SPANISH_MONTHS = (
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|sept?iembre|setiembre|octubre|noviembre|"
    r"diciembre"
)
DAYS = (
    r"mon(?:day)?|tues?(?:day)?|wed(?:nesday)?|thu(?:rs)?(?:day)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?"
)

# Foods a customer may be allergic to, in a promise asked about them.
ALLERGEN = (
    r"(?:tree ?nuts?|peanuts?|nuts?|gluten|dairy|milk|shellfish|soy|sesame|eggs?|fish|wheat|"
    r"lactose|allergens?)"
)

# More guests coming than said ("if more ppl rsvp", "when more folks confirm"), and the count
# changed or added to
MORE_COME = (
    r"(?:if|when|in case|once)\s+(?:\w+\s+){0,4}?(?:rsvps?|rsvp'?d|confirms?|say yes|says yes|show up|"
    r"shows up|come|comes|join|sign up|end up coming)"
)
RECOUNT = (
    r"(?:change|changing|update|updating|adjust|bump|raise|increase|add to|up)\s+(?:up\s+)?"
    r"(?:the\s+|our\s+)?"
    r"(?:guest\s+|head\s?)?(?:count|number|numbers|headcount|guest list|#)\b"
    r"|(?:add|adding)\s+(?:more\s+)?(?:people|ppl|guests|folks|them|heads)\b"
    r"|(?:count|number|headcount)\s+(?:can\s+)?(?:change|go up|be changed|be updated)\b"
)
# Halal or kosher asked of the kitchen needs a person ("can you do halal?"); named only as the reason
# for the proteins chosen ("because of halal we want chicken and salmon only", "since our guests
# eat halal, everyone will have salmon", "no beef bc halal") it asks nothing: a careful person
# quotes those proteins.
HALAL_ASKED = (
    r"(?<!because of )(?<!due to )(?<!guests eat )(?<!we eat )(?<!family eats )(?<!everyone eats )"
    # "no beef bc halal", "no pork since kosher": the reason for a meat left out
    r"(?<!\bbc )(?<!b/c )(?<!\bcuz )(?<!because )(?<!\bsince )"
    # "no shellfish please, we keep kosher-style": the household's way, the reason for shellfish
    # (or pork) left out, after the food it leaves out
    r"(?<!shellfish we keep )(?<!shellfish, we keep )(?<!shellfish please, we keep )"
    r"(?<!pork we keep )(?<!pork, we keep )(?<!pork please, we keep )"
    # "we keep kosher-style so no shellfish": the same way told before the food it leaves out
    r"(?!(?<=keep )kosher(?:-style|\s+style)?,?\s+(?:so|which\s+means)\s+no\s+(?:shellfish|pork)\b)"
    r"(?:halal|kosher)(?! only)(?!\s+(?:meat|chicken|beef|certified|menu|setup|kitchen))"
    r"|(?:halal|kosher)\s+(?:meat|chicken|beef|certified|menu|setup|kitchen)"
)

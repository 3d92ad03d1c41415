"""Words listed beside a protein ("chicken and ribeye", "langosta y pollo"): which of them are
items the catalog does not name, for the safety net in `coverage`."""

from __future__ import annotations

import re

from orchestrator.dishes import house_way
from orchestrator.reading.occasions import OCCASIONS
from orchestrator.reading.reported import reported_remark

Span = tuple[int, int]

# Words that may stand next to a protein in a list without being an item of the order.
LIST_WORDS = {
    "a", "add", "adding", "address", "adults", "all", "also", "am", "an", "and", "any", "are", "but",
    "be", "both", "can", "choice", "choices", "city", "cool", "could", "date", "dinner", "do",
    "does", "each", "email", "everybody", "everyone", "everything", "extra", "for", "fri", "fried",
    "get", "gets", "great", "grill", "guests", "had", "haha", "half", "has", "have", "hibachi",
    "i", "include", "included", "is", "it", "its", "just", "kids", "like", "location", "lol",
    "lunch", "maybe", "meal", "meals", "menu", "more", "name", "need", "needs", "noodles", "ok",
    "okay", "only", "option", "options", "other", "others", "our", "party", "people", "phone",
    "please", "pls", "plus", "plz", "pm", "portion", "portions", "premium", "protein", "proteins",
    "rest", "rice", "salad", "sat", "side", "sides", "some", "soup", "sun", "tail", "tails",
    "tack", "thank", "thanks", "that", "the", "them", "then", "these", "they", "this", "those",
    "throw", "time", "toss",
    "upgrade", "upgrades", "us", "want", "wants", "was", "we", "will", "with", "would",
    "yeah", "yes", "you", "zip",
    # "were in 95827" (we're in), "sat night", "fri evening": the place or the day and time, no item
    "were", "night", "evening", "afternoon", "morning", "tonight", "tomorrow",
    # "3 lobster tails for the table + the sake service": whom the extras are for, no item
    "table",
    # "14 adults for now, salmon and chicken": the count said for the time being, no item
    "now",
    # "filet instead of the NY strip AND went down to 10 people": the party's count come down, no
    # item (round q79k)
    "went", "dropped", "dropping", "going",
    # "chicken and tofu, near Land Park": where the party is, no item
    "near",
    # "he says the filet, obviously lol": a stress on the choice, no item (round q79l)
    "obviously", "definitely", "duh",
    # "shrimp + chicken, budget is like 1000": the money they have in mind, no item
    "budget",
    # "chicken and ny strip, Saturday 6/27", "friendsgiving this year, ny strip": a day or a
    # time of year beside the list, no item
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue",
    "tues", "wed", "thu", "thurs", "year", "week", "weekend", "month", "nite", "brunch",
    # Spanish words that stand beside a protein without being one ("pollo y salmon, con sake")
    "con", "del", "las", "los", "para", "por", "favor", "gracias", "todos", "queremos", "quiero",
    "somos", "hola", "tambien", "una", "unos", "mas", "perdon", "digo", "mejor", "bueno",
    # Tagalog fillers ("15 adults kami, lobster and shrimp ... po", "salamat"): no items
    "kami", "lang", "salamat", "kumusta", "naman", "sana", "lahat", "tapos",  # "lahat" all, "tapos" then
    # a greeting opening the message before the list ("Hello, ny strip for all 15, ...")
    "hello", "hey", "hiya", "howdy", "greetings",
    # "salmon and shrimp and def the sake service": "definitely", the item after it said for sure
    # (round q79m)
    "def", "deff", "defo",
}  # fmt: skip
# A list joined in English or Spanish ("langosta y pollo", "filete y camarones", "pollo y
# camarones, y tacos").
_BEFORE_ITEM = re.compile(
    r"\b([a-z]{3,}|ny)\s*(?:,|&|\+|/|\band\b|\bn\b|\by\b)\s*(?:some\s+|the\s+|el\s+|la\s+)?$"
)
_AFTER_ITEM = re.compile(
    r"^\s*(?:,|&|\+|/|and\b|n\b|y\b)\s*(?:(?:and|y)\s+)?(?:some\s+|the\s+|a\s+|el\s+|la\s+)?"
    r"([a-z]{3,}|ny)\b"
)


def list_neighbours(text: str, catalog_word: re.Pattern[str], *, known: set[str],
                    guest: re.Pattern[str]) -> list[tuple[str, Span]]:
    """Unknown words joined to a protein by "and", "&", "+", "/" or a comma ("chix and shrimp",
    "chicken and ribeye"): an item the catalog does not name, or a misspelling too far to fix.
    `known` adds the caller's guest-band words to LIST_WORDS; `guest` matches a guest word."""
    found: list[tuple[str, Span]] = []
    known = LIST_WORDS | known
    for m in catalog_word.finditer(text):
        if b := _BEFORE_ITEM.search(text[max(0, m.start() - 30) : m.start()]):
            start = max(0, m.start() - 30) + b.start(1)
            lead = re.search(r"\b([a-z]+)\s+$", text[max(0, start - 20) : start])
            # "our fantasy football draft, ny strip": a phrase ends at the comma, no item
            at_place = "," in b.group(0) and _AT_PLACE.search(text[max(0, start - 30) : start])
            if not ("," in b.group(0) and lead and lead.group(1) not in known or at_place) and not (
                lead and guest.fullmatch(lead.group(1)) and _ARRIVING.fullmatch(b.group(1))
            ):  # "16 adults coming, filet + shrimp": the party's clause ends at the comma
                found.append((b.group(1), (start, start + len(b.group(1)))))
        if a := _AFTER_ITEM.match(text[m.end() : m.end() + 30]):
            found.append((a.group(1), (m.end() + a.start(1), m.end() + a.end(1))))
    known |= OCCASIONS  # "14 adults Thanksgiving, chicken": the occasion, no item
    return [(w, span) for w, span in found if w not in known and not catalog_word.fullmatch(w)
            and not guest.fullmatch(w) and not _emphasis(text, w, span, catalog_word)
            and not _guest_words(text, span, guest)  # "the grown ups want salmon"
            and not _hyphen_tail(text, span, known)  # "all grown-ups, ny strip": the whole word
            and not _WHOLE_PARTY.match(text, span[0]) and not _AREA.match(text, span[1])
            and not _WHERE_CLAUSE.match(text, span[1]) and not _STAYING.match(text, span[0])
            and not _PRICE_QUESTION.match(text, span[0]) and not _DAY.match(text, span[1])
            and not (w in _MONTHS and _MONTH_DAY.match(text, span[1]))
            and not _SHARE_OF.match(text, span[0]) and not _PLAIN.match(text, span[0])
            and not house_way(text, span[0], catalog_word)
            and not _FOR_PERSON.search(text, max(0, span[0] - 5), span[1])
            and not _FOR_PARTY.search(text, max(0, span[0] - 12), span[1])
            and not _DIET_OF_GUESTS.search(text, max(0, span[0] - 20), span[1])
            and not _counted_staff(text, span)  # "drop the sake, the padre said no alcohol": who
            and not reported_remark(text, span[1])]  # fmt: skip  # said it, no item


def _hyphen_tail(text: str, span: Span, known: set[str]) -> bool:
    """The word at `span` ends a hyphenated word that is known ("ups" of "grown-ups")."""
    head = re.search(r"\b[a-z]+-\Z", text[max(0, span[0] - 20) : span[0]])
    return head is not None and head.group(0) + text[span[0] : span[1]] in known


def _guest_words(text: str, span: Span, guest: re.Pattern[str]) -> bool:
    """The word at `span` opens a guest word of several words ("chicken, the grown ups want
    salmon", "the little ones get chicken"): the group, no item."""
    g = guest.match(text, span[0])
    return g is not None and g.end() > span[1]


# "lunch for 21 teachers, chicken and tofu", "for 20 staff, chicken and steak": grown-ups by their
# work, counted by the number just before, their clause closed by the comma: people, no item.
# Only work words only grown-ups are (players, students may be kids: they stay to the net).
_STAFF_WORDS = frozenset({
    "staff", "teachers", "nurses", "doctors", "coworkers", "co-workers", "colleagues", "employees",
    "officers", "firefighters", "clients", "deputies", "agents", "engineers", "realtors",
})  # fmt: skip
# ("3 adult teachers": the role written grown beside young members counted with their ages)
_COUNT_BEFORE = re.compile(r"(?<![\d.,$])\b\d{1,3}\s+(?:adult\s+)?\Z")


def _counted_staff(text: str, span: Span) -> bool:
    """The word at `span` is a work word of grown-ups right after a count and before a comma."""
    word = text[span[0] : span[1]]
    return (word in _STAFF_WORDS and bool(_COUNT_BEFORE.search(text, max(0, span[0] - 12), span[0]))
            and text[span[1] : span[1] + 1] == ",")  # fmt: skip


# "(a few are vegetarian, tofu covers them)": what some guests are, said before the protein that is
# theirs, no item (the diet check asks when the order has no meatless protein)
_DIET_OF_GUESTS = re.compile(
    r"\b(?:are|is|r|'re)\s+(?:strict\s+)?"
    r"(?:vegetarians?|vegans?|pescatarians?|veggie|veg|plant[- ]based)\Z"
)
# "chicken & shrimp, pocket area 95831": a neighbourhood named as an area, no item
_AREA = re.compile(r"\s+(?:area|neighbou?rhood|district)\b")
# "filet and shrimp, venue is in Folsom", "shrimp, party is at our house": a clause of where
_WHERE_CLAUSE = re.compile(r"\s+(?:is|'s|will be)\s+(?:in|at|near|on)\b")
# "shrimp and tofu, staying in davis 95616": where the party is, told by its verb (round q81m)
_STAYING = re.compile(
    r"(?:staying|located|based|living|renting|vacationing)\s+(?:(?:out|over|up|down)\s+)?(?:in|at|near)\b"
)
# A verb of the guests coming after their count ("8 couples coming, filet + shrimp"): no item
_ARRIVING = re.compile(r"coming|attending|joining|expected|confirmed|invited|total")
# "veggies and tofu, whole crew is vegetarian": the party named, a new clause, no item
_WHOLE_PARTY = re.compile(
    r"(?:whole|entire)\s+(?:crew|group|party|family|fam|team|gang|office|squad|class|house|bunch)\b"
)
# "at our place, filet and shrimp", "at my parents house": where the dinner is, no item nor guest
# ("engagement party in our backyard, filet and lobster", "14 adults from the station, filet")
_AT_PLACE = re.compile(r"\b(?:at|@|in|from)\s+(?:our|my|the|his|her|their)\s+(?:[a-z]+'?s?'?\s+)?$")
PLACE_AFTER = re.compile(
    r"(?:'s|s'|')?\s+(?:house|home|place|backyard|yard|cabin|pool|condo|apartment|apt|ranch|farm)\b"
)
# "at my parents in auburn": the possessive's place left unsaid, a home and no guests
PLACE_BEFORE = re.compile(r"\bat\s+(?:my|our|his|her|their)\s+\Z")
# "chicken and shrimp, fathers day": a day's name, the occasion
_DAY = re.compile(r"(?:'s|s)?\s+day\b")
# "chicken and salmon, Dec 19 at 6pm": a month and its day, the date, no item
_MONTHS = frozenset(
    ["jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"]
)
_MONTH_DAY = re.compile(r"\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:adults?|kids?|people|ppl|guests))")
# "tofu and vegetables, most of family is vegetarian": some of the party, a new clause, no item
_SHARE_OF = re.compile(r"(?:most|some|all|half|none|few|many|rest)\s+of\b")
# "chicken and vegetables, nothing fancy": a remark that the order is plain, no item
# "40th for her, shrimp and filet": whom the event is for, a person, no item
_FOR_PERSON = re.compile(r"\bfor\s+(?:her|him|them|us|me)\Z")
# "movie night for the fam, chicken and shrimp": whom the dinner is for, counted apart, no item
_FOR_PARTY = re.compile(r"\bfor\s+(?:the|my|our)\s+(?:fam|fambam|family|crew|gang|squad)\Z")
_PLAIN = re.compile(
    r"nothing\s+(?:(?:too|very|super|really|that|overly)\s+)?(?:fancy|crazy|special|elaborate|"
    r"extravagant|complicated|big|else|over the top)\b"
    # "scallops instead of the shrimp, same everything else": the rest of the order kept, no item
    r"|same\s+(?:for\s+)?(?:everything|all|the rest)\s+else\b"
    # "drop the add ons and make it 22 adults": a second change, the verb of its own clause
    r"|make\s+it\s+\d"
)
# "lobster instead of the shrimp, how much would that be?": the question about the price, no item
# "shrimp + ny strip, whats that come out to?": the same, asked of the order just listed
_PRICE_QUESTION = re.compile(
    # "keep the ny strip, hows that look": the writer asks how the order looks, no item
    r"how'?s\s+(?:that|this|it)\s+(?:look|looking|sound|seem)\b|"
    r"(?:how|what)\s+(?:much|many|would|will|does|do|is|about the price)\b|"
    r"what'?s\s+(?:that|it|this|the\s+(?:total|price|cost|damage))\b"
)


# "chicken and shrimp, extra veg": more of "veg", the vegetables (a portion, or the side?) or
# vegetarians, no catalog word (the word is no alias: "all veg", "a few of us are veg" are guests)
# ("shrimp + veg" is a list the list net reads)
MORE_VEG = re.compile(r"\b(?:extra|more|double|additional|add|plus)\s+(?:of\s+the\s+)?vegs?\b")


_WISH = re.compile(r"\s+(?:want|wants|need|needs|get|gets|add|have|love|like|do|include|with)\b")
_NEXT = re.compile(r"\s+(?:(?:the|a|an|some)\s+)?([a-z]+(?:\s+[a-z]+){0,2})")


def _emphasis(text: str, word: str, span: Span, catalog_word: re.Pattern[str]) -> bool:
    """ "and DEFINITELY the sake service", "absolutely want the show": an adverb that stresses a
    wish or the catalog item just after it, no item of its own."""
    if not (word.endswith("ly") and len(word) >= 5):
        return False
    following = _NEXT.match(text, span[1])
    return bool(_WISH.match(text, span[1]) or (following and catalog_word.search(following.group(1))))

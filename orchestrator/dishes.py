"""Food the catalog does not sell, asked for as food to serve ("can the chef make birria tacos
instead of hibachi?", "could he do gyoza before the hibachi?", "and mochi after"): a person must
answer it, whatever guest count stands beside it, so the topic is off-menu.

The dishes are a maintained list of food words the catalog has no name or alias for (the
catalog's proteins and add-ons, and what the dinner includes: fried rice, noodles, salad,
vegetables, are never in it). A dish is asked for when its sentence asks the chef to make, serve
or add it, or places it instead of, before or after the hibachi. It is not asked for when taken
out ("no sushi needed", "skip the cake"), compared with ("like benihana", "sushi-style"), brought
by the customer ("we'll bring our own cake") or taken back ("pizza.. i mean chicken"). Spanish
requests are read the same way ("queremos una entrada de ceviche ... ademas del hibachi",
"pueden hacer pozole tambien?"; "el pastel lo traemos nosotros" is theirs, "sin postre" out).

A catalog protein made as another cuisine's or kitchen's dish is such food too: "tandoori
chicken", "coconut shrimp", "orange chicken", "general tso's chicken", "jerk shrimp", "buffalo
chicken", "lemon pepper salmon", "fried shrimp", "honey walnut shrimp", "bbq chicken",
"blackened salmon". The menu's protein is the hibachi dinner's: grilled on the flat top with
garlic butter, soy, teriyaki and the chef's sauces, so "hibachi chicken", "grilled shrimp",
"garlic butter shrimp", "teriyaki chicken", "spicy shrimp" and "garlic prawns" are the dinner's
own and quoted. A preparation right before the protein names the dish; it is the order's own item,
so it is asked for without a request word, unless taken out ("no fried shrimp"), compared with
or taken back as a dish of the list is; the reading flags it too (`prepared_proteins`), so the
draft asks rather than pricing it as the plain protein. Dishes named after the protein ("shrimp
tempura", "chicken katsu", "chicken wings") are the list's, and the reading flags them the same
way, as it does a protein before a dish word the list leaves out because alone it is no request
("lobster bisque", "lobster mac", "shrimp scampi", "salmon rolls", "shrimp fried rice")."""

from __future__ import annotations

import re
from functools import lru_cache

from orchestrator.first_chars import first_chars
from orchestrator.literal_gates import gated

# Dishes and foods customers ask a hibachi chef for that the catalog does not sell. Keep every
# catalog name and alias, and the included sides, out of it (the tests check the catalog's).
DISHES = (
    "birria", "tacos", "taco", "burritos", "burrito", "quesadillas", "quesadilla", "enchiladas",
    "carne asada", "carnitas", "al pastor", "fajitas", "pizza", "pizzas", "burgers", "burger",
    "hot dogs", "hotdogs", "sliders", "wings", "pasta", "lasagna", "mac and cheese", "sushi",
    "sashimi", "nigiri", "sushi rolls", "california rolls", "ramen", "udon", "pho", "miso soup",
    "miso", "gyoza", "dumplings", "potstickers", "pot stickers", "egg rolls", "eggrolls",
    "spring rolls", "lumpia", "edamame", "tempura", "bao", "dim sum", "poke", "yakitori",
    "katsu", "tonkatsu", "bibimbap", "kimchi", "pad thai", "curry", "mochi", "ice cream",
    "green tea ice cream", "fried ice cream", "cake", "cheesecake", "cupcakes", "cookies",
    "brownies", "churros", "flan", "tres leches", "crepes", "fruit platter", "charcuterie",
    # asked for in Spanish (the text is unaccented): "una entrada de ceviche", "pastel de tres leches"
    "ceviche", "tamales", "tamal", "pozole", "menudo", "elotes", "elote", "tostadas", "sopes",
    "flautas", "chiles rellenos", "mole", "empanadas", "pastel", "pan dulce", "arroz con leche",
    "paella", "gelatina",
    # holiday dinners asked of the grill ("can ur chef do a turkey on the grill for thanksgiving?",
    # "could he cook a ham", "do you have prime rib?", "pumpkin pie after")
    "turkey", "turkeys", "turkey legs", "turkey leg", "turkey breast", "ham", "hams", "honey ham",
    "glazed ham", "prime rib", "roast beef", "pot roast", "pie", "pies", "pumpkin pie",
    "apple pie", "pecan pie", "stuffing", "mashed potatoes", "cranberry sauce", "gravy",
    "sweet potatoes", "yams", "green bean casserole", "casserole", "latkes", "eggnog",
    # birds and meats for a feast ("can ur chef do a goose on the grill?")
    "goose", "quail", "pheasant", "cornish hens", "cornish hen", "rabbit", "veal", "pork chops",
    "pork belly", "lechon", "suckling pig", "whole pig", "leg of lamb", "rack of lamb",
    # South Asian dishes ("Paneer nahi chahiye", "biryani not needed")
    "paneer", "paneer tikka", "biryani", "naan", "samosas", "samosa", "chana masala",
)
# "turkey day", "turkey trot": Thanksgiving and its race, no dish
_DISH = re.compile(
    r"\b(?:" + "|".join(re.escape(d) for d in sorted(DISHES, key=len, reverse=True)) + r")\b"
    r"(?!\s+(?:day|trot)\b)"
)
# Ways to make a catalog protein that are not the hibachi dinner's (see the module docstring).
PREPARATIONS = (
    "tandoori", "tikka", "butter", "jerk", "jamaican", "orange", "general tso's", "general tsos",
    "general tso", "generals", "kung pao", "sesame", "sweet and sour", "sweet & sour", "mongolian",
    "szechuan", "sichuan", "honey walnut", "honey garlic", "hot honey", "coconut", "buffalo",
    "nashville hot", "lemon pepper", "lemon", "fried", "deep fried", "deep-fried", "pan fried",
    "popcorn", "breaded", "battered", "bang bang", "firecracker", "blackened", "cajun", "bbq",
    "barbecue", "barbecued", "bbq'd", "smoked", "baked", "roasted", "rotisserie", "curry",
    "curried", "peri peri", "piri piri", "adobo", "katsu", "tempura", "thai", "korean",
)  # fmt: skip
# The hibachi dinner's own ways with a protein (the module docstring): "garlic butter shrimp",
# "teriyaki salmon", "hibachi-style chicken", "grilled filet" are the plain catalog protein.
HOUSE_WAYS = (
    "garlic butter", "garlic", "teriyaki", "hibachi style", "hibachi-style", "hibachi", "grilled",
    "flat top", "spicy", "seared",
)  # fmt: skip
_HOUSE_WAY = "|".join(re.escape(w) for w in HOUSE_WAYS)


def house_way(text: str, at: int, protein_word: re.Pattern[str]) -> bool:
    """The words from `at` are the dinner's own ways ending on a protein `protein_word` finds
    ("and |garlic butter shrimp", "& |teriyaki salmon"): the protein, no item of its own."""
    return bool(_ways_then(protein_word.pattern).match(text, at))


@lru_cache(maxsize=8)
def _ways_then(protein: str) -> re.Pattern[str]:
    return re.compile(rf"(?:(?:{_HOUSE_WAY})[^\S\n]+)+(?:{protein})")


_PROTEIN = (
    r"(?:chickens?|pollo|shrimps?|prawns|camarones|salmon|scallops?|filet(?:\s+mignon)?|fillets?|"
    r"steaks?|ny strip|strip steak|sirloin|lobster(?:\s+tails?)?|tofu|veggies|vegetables)"
)
# "garlic butter shrimp", "stir fried veggies", "a fried rice and chicken" are the dinner's own.
_PREPARED = re.compile(
    r"(?<!garlic )(?<!stir )(?<!stir-)\b(?:"
    + "|".join(re.escape(p) for p in sorted(PREPARATIONS, key=len, reverse=True))
    + rf")[^\S\n]+{_PROTEIN}\b"
)
_DISH_NEXT = re.compile(r"\s+(?:the\s+|any\s+|a\s+)?" + _DISH.pattern)
# Dishes named after the protein that the list does not hold as food asked for on its own
# ("lobster bisque", "shrimp cocktail", "salmon rolls", "veggie skewers", "shrimp fried rice": the
# included fried rice made as another dish): with a dish of the list ("shrimp tempura", "steak
# tacos"), the order's item made as food the menu does not have, flagged as a prepared protein is.
# "veggie"/"veg" are here too: "veggie fried rice" is no vegetables portion.
_NAMED_HEADS = (
    "bisque", "rolls", "roll", "cocktail", "cocktails", "mac", "fried rice", "skewers", "skewer",
    "kabobs", "kebabs", "kababs", "scampi", "alfredo", "salad", "soup", "stir fry", "stir-fry",
    "sandwich", "sandwiches", "nuggets", "tenders", "fingers", "lo mein", "chow mein", "wontons",
    "dip", "cakes", "patties", "bowls", "bowl", "fries",
)  # fmt: skip
_NAMED_DISH = re.compile(
    rf"\b(?:{_PROTEIN}|veggie|veg)[^\S\n]+(?:"
    + "|".join(re.escape(d) for d in sorted((*DISHES, *_NAMED_HEADS), key=len, reverse=True))
    + r")\b(?!\s+(?:day|trot)\b)"
)


# A dish of the list right before a word of refusal said after it ("Paneer nahi chahiye",
# "biryani not needed")
_DISH_BEFORE = re.compile(_DISH.pattern + r"\s*\Z")


def dish_before(normalized_text: str, at: int) -> bool:
    """A dish of the list ends just before position `at`: a "nahi" or "not" after it refuses food
    the catalog never had, not the order's."""
    return bool(_DISH_BEFORE.search(normalized_text, max(0, at - 40), at))


def names_dish(phrase: str) -> bool:
    """`phrase` names a dish of the list ("gyoza") or a thing by its kind ("a margarita bar")."""
    return bool(_DISH.search(phrase) or _SERVED.search(phrase))


def dish_follows(normalized_text: str, at: int) -> bool:
    """A dish of the list stands just after position `at` ("no| turkey this year", "skip| the
    cake"): a negation before it takes out food the catalog never had, not the order's."""
    return bool(_DISH_NEXT.match(normalized_text, at))


# Whatever the catalog has not, told by its course or its kind rather than by name: "a chocolate
# fountain", "a margarita bar", "a s'mores station", "a nacho platter", "bananas foster for
# dessert", "a fruit tart as an appetizer". Dessert, starters and stations are no part of the
# menu, so a thing named as one is off it ("what do you have for dessert?" names no thing).
_NOT_A_THING = (
    r"(?!(?:what|anything|something|nothing|have|has|offer|do|does|there|you|u|any|options?|"
    r"included|include|includes|it|is|that|this|and|or|also|the|a|an|our|your|some)\b)"
    # "Fire Station 43", "the police station": a place of work, nothing served
    r"(?!(?:fire|police|gas|train|bus|ranger|nurses?)\s+stations?\b)"
)
_SERVED = gated(first_chars(re.compile(
    rf"\b{_NOT_A_THING}[a-z']{{3,}}\s+(?:stations?|fountains?|bar|buffet|platters?|towers?|carts?|"
    r"machines?)\b(?!\s+(?:mitzvah|mitzva))"
    rf"|\b{_NOT_A_THING}[a-z']{{3,}}\s+(?:for|as)\s+(?:an?\s+|the\s+)?(?:dessert|desert|appeti[sz]er|"
    r"starter|first course)\b"
)))  # fmt: skip
# A place, not a thing served: "the party is at our tiki bar", "in the wine bar downstairs".
_AT_PLACE = re.compile(r"\b(?:at|in|inside|by|near|from)\s+(?:(?:the|our|my|a|an|their|his|her)\s+)?$")
# Asked for as food to serve: the chef asked to make it, or it placed around the hibachi.
_ASKED = re.compile(
    r"\b(?:make|makes|making|do|does|cook|cooks|serve|serves|prepare|whip up|add|include|offer|"
    r"grill|grills|grilling|roast|smoke|fry|bbq|barbecue|"
    r"instead of|rather than|in place of|swap|substitute|before|after|afterwards|to start|"
    r"starters?|appeti[sz]ers?|for dessert|also|too|as well|possible|doable|alongside|along with|"
    r"'d like|would like|'d love|would love|want|wants|wanna|can we get|can we have|"
    # the same asked in Spanish: "queremos", "pueden hacer", "de entrada", "de postre", "ademas del"
    r"queremos|quisieramos|quiero|gustaria|pueden|podrian|puede|podria|hacer|preparar|servir|"
    r"incluir|agregar|anadir|ademas|tambien|en vez de|en lugar de|antes|despues|entradas?|"
    r"postres?|aperitivos?|botanas?|se puede|posible)\b"
)
# Taken out or not needed, just before the dish ("no sushi", "skip the cake", "don't need tacos").
_NOT_BEFORE = re.compile(
    r"\b(?:no|not|without|skip|minus|hold|don'?t (?:need|want)|dont (?:need|want)|no need for|"
    r"never mind|sin|no (?:queremos|necesitamos|hace falta)|nada de)\s+"
    r"(?:the\s+|any\s+|el\s+|la\s+|los\s+|las\s+)?(?:\w+\s+)?$"
)
# Not needed, or seen to already ("turkey's done so we want chicken", "the ham is covered").
_NOT_AFTER = re.compile(
    r"^\s*(?:is\s+|are\s+)?(?:not needed|not necessary|needed\s*:?\s*no)\b"
    r"|^(?:'s|\s+is|\s+are|\s+was|\s+will be)\s+(?:already\s+|all\s+)?(?:done|handled|covered|"
    r"taken care of|sorted|on us|ours|mine)\b"
)
# Compared with, or a style ("like benihana's", "sushi style", "kind of like the tacos").
_LIKE_BEFORE = re.compile(  # "we'd like mochi", "i would like tacos" are asked for
    r"\b(?:(?<!'d )(?<!would )(?<!we )(?<!i )(?<!they )like|similar to|kind of|kinda|style of)\s+"
    r"(?:the\s+|a\s+)?(?:\w+\s+)?$"
)
_LIKE_AFTER = re.compile(r"^[- ]?(?:style|vibe|themed|bar vibe)\b")
# Brought or handled by the customer ("we'll bring our own cake", "my mom is making the dessert",
# "we'll do cake after"); asked of the chef it is no such thing ("can we have tacos?").
_THEIRS = re.compile(
    r"\b(?:our own|my own|(?<!can )(?<!could )(?<!would )(?<!may )(?:we|i|my \w+|our \w+)"
    r"(?:'ll|'re|'m| will| are| am| is| r)?\s+"
    r"(?:\w+\s+)?(?:bring|bringing|provide|providing|handle|handling|supply|supplying|buy|buying|"
    r"bought|order|ordering|ordered|have|having|do|doing|bake|baking|baked|making|got|getting)|"
    r"(?:someone|a friend|family) (?:is )?(?:bringing|making|baking)|"
    # "nosotros llevamos los tamales", "vamos a traer el pastel", "nuestro propio pastel"
    r"(?:llevamos|traemos|compramos|hacemos|ponemos|nuestr[oa]s? propi[oa]s?|"
    r"vamos a (?:llevar|traer|comprar|hacer|poner)))\b"
)
# Theirs said after the dish in Spanish ("el pastel lo traemos nosotros").
_THEIRS_AFTER = re.compile(
    r"^\W*(?:\w+\s+){0,3}?(?:lo|la|los|las)\s+(?:llevamos|traemos|compramos|hacemos|ponemos)\b"
)
# Taken back just after ("pizza.. sorry i mean chicken", "hot dogs lol i mean chicken").
_TAKEN_BACK = re.compile(
    r"^\W*(?:\S+\s+)?(?:lol\s+|oops\s+|haha\s+|sorry\s+)?(?:i mean|no wait|wait|sorry|oops|jk|"
    r"scratch that|actually)\b"
)
# Joined to the order by a request word just before it ("chicken shrimp 95677 plus gyoza for
# everyone", "+ taco bar on the side", "and edamame"): asked for as the order's items are. Not a
# thing told by its kind ("and a sake bar" is the sake service).
_JOINED = re.compile(
    r"(?:\bplus|\+|&|\band|\bw/|\bwith|\badd|\balso|\bas well as|\bthrow in|\binclude)\s+"
    r"(?:(?:a|an|the|some)\s+)?$"
)
_STOPS = re.compile(r"[.;!?\n]")
# A person whose name is a dish's word, told by an age or a party of theirs just after ("for
# Bao's party", "and Bao (turning 8)", "mochi's 5th bday"): a guest, no food asked for
_PERSON_AFTER = re.compile(
    r"^(?:'s\s+(?:\d{1,2}(?:st|nd|rd|th)\s+)?(?:party|birthday|bday|b-day|celebration)\b"
    r"|'s\s+\d{1,2}(?:st|nd|rd|th)\b"
    r"|\s*\(\s*(?:turning|turns|age|aged|\d{1,2}\s*(?:yo|y/o|yrs?|years?)\b))"
)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    before = [m.end() for m in _STOPS.finditer(text, 0, start)]
    after = _STOPS.search(text, end)
    return (before[-1] if before else 0), (after.start() if after else len(text))


# A whole meal asked for in the hibachi's place ("kebabs and saffron rice instead of the
# hibachi", "could he do korean bbq rather than hibachi"): whatever it is, it is not the menu.
# Not the hibachi's own food ("instead of the hibachi steak").
_IN_PLACE_OF_HIBACHI = re.compile(
    r"\b(?:instead of|rather than|in place of|en vez de|en lugar de)\s+(?:the\s+|a\s+|el\s+)?"
    r"hibachi\b(?!\s+(?:steak|chicken|shrimp|salmon|filet|lobster|scallops?|tofu|fried rice|rice|"
    r"noodles|veg))"
)


def off_menu_dish(normalized_text: str) -> bool:
    """A dish the catalog does not sell, or a thing named by its course or kind ("a chocolate
    fountain for dessert", "a margarita bar"), asked for as food to serve, or any meal asked for
    instead of the hibachi, in the lower-cased text."""
    text = normalized_text
    if _IN_PLACE_OF_HIBACHI.search(text):
        return True
    served = [m for m in _SERVED.finditer(text) if not _AT_PLACE.search(text[: m.start()])]
    for m in (*_DISH.finditer(text), *served, *_PREPARED.finditer(text)):
        if _set_aside(text, m):
            continue
        first, last = _sentence(text, m.start(), m.end())
        if m.re is _PREPARED or _ASKED.search(text[first:last]):
            return True  # a prepared protein is the order's own item, asked for as it is
        if m.re is _DISH and _JOINED.search(text[max(first, m.start() - 40) : m.start()]):
            return True
    return False


def prepared_proteins(normalized_text: str) -> list[str]:
    """The catalog proteins asked for made as a dish the menu does not have ("tandoori chicken",
    "coconut shrimp", "lobster bisque", "shrimp tempura"), for the reader's check: the quote must
    not price them as the dinner's."""
    text = normalized_text
    found = [*_PREPARED.finditer(text), *_NAMED_DISH.finditer(text)]
    return [m.group(0) for m in found if not _set_aside(text, m)]


def _set_aside(text: str, m: re.Match[str]) -> bool:
    """The dish is taken out, compared with, taken back, the customer's own, or a person's name."""
    first, last = _sentence(text, m.start(), m.end())
    before, after = text[max(first, m.start() - 40) : m.start()], text[m.end() : last]
    if _NOT_BEFORE.search(before) or _NOT_AFTER.match(after) or _LIKE_BEFORE.search(before):
        return True
    if _LIKE_AFTER.match(after) or _TAKEN_BACK.match(text[m.end() : m.end() + 30]):
        return True
    if m.re is _DISH and _PERSON_AFTER.match(text, m.end()):
        return True
    return bool(_THEIRS.search(text[first : m.start()]) or _THEIRS_AFTER.match(after))


# Speed only: each pattern tried only where a match can start (`first_chars`); the same matches.
(
    _DISH, _PREPARED, _NAMED_DISH, _ASKED, _JOINED, _NOT_BEFORE, _LIKE_BEFORE, _AT_PLACE,
    _IN_PLACE_OF_HIBACHI, _THEIRS,
) = (first_chars(p) for p in (
    _DISH, _PREPARED, _NAMED_DISH, _ASKED, _JOINED, _NOT_BEFORE, _LIKE_BEFORE, _AT_PLACE,
    _IN_PLACE_OF_HIBACHI, _THEIRS,
))

"""The net for a thing asked for beside an order that the reading does not explain: "15 adults
chicken shrimp 95677 plus the karaoke machine", "w/ a photo booth", "and edamame", "add the tent
rental". The catalog has its proteins and add-ons and nothing else, so a thing requested after a
request word ("plus", "+", "and", "w/", "with", "add", "also", "as well as", "can you bring",
"we need", "include", "throw in") whose words the parse did not read, and which no list of
harmless words knows (fillers, time, places, policy words, what the dinner includes), is one the
quote would silently drop: the draft asks.

Not a thing asked for: a clause after the request word ("and we're in 95819", "also it's for my
dad's 60th", "and can we do the 14th"), a phrase that is the subject of a verb ("and the backyard
has room"), or one the parse read ("plus 3 kids", "with the extended show", "and shrimp for the
kids").

Food asked of the chef or the caterer ("can your chef make kebabs") is the same net with its own
request words: chef_asked."""

from __future__ import annotations

import re
from collections.abc import Iterator

from orchestrator.dishes import names_dish, off_menu_dish
from orchestrator.reading.checks import Covered
from orchestrator.reading.occasions import OCCASIONS, occasion_combo
from orchestrator.reading.partners import PARTNERS
from orchestrator.reading.seen_posts import shown_not_asked
from orchestrator.reading.spelling import is_common_word, is_english
from orchestrator.reading.unnumbered_young import young_kin_told

Span = tuple[int, int]

# The request words; "can you bring/do/make/have" asks the caterer. After "and", "&", "with" or
# "also" a bare word is as often a word of the sentence ("outdoors and windy", "also
# interested"): a thing is asked for there only with an article ("and a cake"); a dish named
# bare ("and edamame") is the dish list's (orchestrator.dishes).
_REQUEST = re.compile(
    r"(?:(?P<strong>\bplus\b|\+|\bw/|\badd\b(?!\s*-?\s*ons?\b)|\bas well as\b|\binclude\b|\bthrow in\b|"
    r"\b(?:can|could) (?:you|u|ya|we|y'all)(?: guys| all)? (?:bring|do|make|have|get|add|provide|"
    r"set up)\b|\bwe (?:need|want|would like|'d like|would love|'d love)\b)|&|\band\b|\bwith\b|"
    r"\balso\b)(?![-'])"
    r"[^\S\n]*(?:(?:also|maybe|please|pls|plz|then|possibly)\s+)*"
    r"(?P<article>(?:a|an|the|some|any|our|your|ur|one|1)\s+)?"
)
# The thing: up to three whole words, cut at a word that says for whom, where or when.
_WORD = r"[a-z][a-z'-]*(?![a-z'-])"
_THING = re.compile(rf"({_WORD}(?:[^\S\n]+{_WORD}){{0,2}})")
# Words that end the thing: what follows says for whom, where, when ("ahead" of time), or is a filler.
_ENDS = frozenset({
    "for", "on", "at", "in", "to", "too", "as", "if", "pls", "please", "plz", "thanks", "thx",
    "ty", "lol", "haha", "maybe", "also", "and", "or", "plus", "with", "w", "by", "from", "of", "so",
    "but", "then", "asap", "tho", "though", "now", "again", "each", "per", "before", "after", "ahead",
})  # fmt: skip
# A verb after the phrase makes it a subject ("and the backyard has room"), not a thing asked for.
_VERB_AFTER = re.compile(
    r"[^\S\n]*(?:'s|'re|'ll|has|have|had|is|are|was|were|will|would|can|could|should|gets|got|"
    r"needs|need|wants|want|likes|like|loves|love|said|says|does|do|did|might|may|must|"
    r"turns|turning|be|being|been|looks|seems|sounds|works|comes|came|goes|went|eats|eat|showed|"
    r"called|booked|told|asked|loved|enjoyed|arrived|left|made|cooked)\b"
)
# Partners by the plural joined to a group, the count of adults right after: "dinner for our
# troop leaders + spouses 10 adults" (with no count after, "plus spouses" stays asked)
_PARTNERS = re.compile(rf"(?:their\s+)?{PARTNERS}")
_TOTAL_AFTER = re.compile(
    r"[^\S\n]*[,:.-]?[^\S\n]*\d{1,3}[^\S\n]+(?:adults|grown-?ups)\b(?![^\S\n]*(?:\+|plus\b|and\b|&))"
)
# A group its parenthesis counts: "and the Lees (3 adults)".
_COUNTED_AFTER = re.compile(r"[^\S\n]*[(:][^\S\n]*\d")
# Words that start a clause (pronouns, verbs, fillers): what follows them is no thing asked for.
_CLAUSE = frozenset({
    # pronouns, determiners, function words
    "i", "i'm", "im", "i'd", "i'll", "ive", "i've", "me", "my", "we", "we're", "were", "we'd",
    "we'll", "we've", "us", "our", "ours", "you", "u", "your", "ur", "you're", "youre", "it",
    "it's", "its", "this", "that", "that's", "thats", "these", "those", "there", "there's",
    "theres", "they", "they're", "them", "their", "he", "she", "he's", "she's", "his", "her",
    "him", "who", "what", "what's", "whats", "when", "where", "which", "how", "why", "if", "so", "not",
    "no", "yes", "yeah", "yep", "ok", "okay", "k", "all", "everyone", "everybody", "everything",
    "the", "a", "anything", "something", "nothing", "more", "less", "other", "others", "rest", "same",
    "both", "each", "either", "just", "only", "very", "really", "too", "again", "still", "even", "then",
    "than", "now", "here", "about", "around", "approx", "approximately", "like", "someone", "somebody",
    "anyone", "anybody", "such", "stuff", "etc", "whatever", "whoever", "extra", "another", "much",
    "many", "lots", "lot", "few", "several", "most", "some", "any", "none", "own", "one", "ones",
    # verbs and auxiliaries that start a clause
    "am", "is", "are", "was", "be", "been", "being", "have", "has", "had", "having", "do", "does",
    "did", "doing", "done", "can", "could", "would", "will", "should", "shall", "may", "might",
    "must", "need", "needs", "needed", "want", "wants", "wanted", "wanna", "gonna", "gotta",
    "get", "gets", "getting", "got", "let", "let's", "lets", "make", "making", "made", "see",
    "know", "think", "hope", "hoping", "wondering", "looking", "planning", "thinking", "trying",
    "going", "love", "prefer", "please", "pls", "plz", "thank", "thanks",
    "thx", "ty", "tysm", "appreciate", "appreciated", "cheers", "lol", "haha", "hahaha", "lmk",
    "btw", "fyi", "asap", "ill", "hi", "hello", "hey", "regards", "best", "sincerely",
    "include", "included", "includes", "including", "add", "adding", "bring", "bringing",
    "confirm", "quote", "quoted", "pricing", "price", "prices", "cost", "costs", "total",
    "estimate", "book", "booking", "reserve", "pay", "paying", "send", "call", "text", "email",
    "contact", "reach", "reply", "respond", "answer", "help", "check", "kindly", "also", "plus",
    "correction", "update", "na", "rin", "din", "po", "yung", "ung",  # "add na rin po yung sake"
})  # fmt: skip
# Things no caterer's order would miss: what the dinner is and includes, the party, time and
# place, policy words the topic readers answer ("plus a tip for the chef?").
HARMLESS = _CLAUSE | frozenset({
    "hibachi", "dinner", "dinners", "lunch", "meal", "meals", "food", "party", "event", "chef",
    "luncheon", "supper", "chefs", "show", "fried", "rice", "noodles", "salad", "soup", "veg",
    "sides", "side",
    "sauce", "sauces", "yum", "yum-yum", "protein", "proteins", "upgrade", "upgrades", "portion",
    "portions", "order", "menu", "drinks", "fun", "time", "entertainment", "celebration",
    "family", "friends", "fam", "crew", "group", "company", "team", "office", "coworkers",
    # time, date, place
    "today", "tonight", "tomorrow", "tmrw", "tmr", "weekend", "week", "month", "year", "day",
    "night", "evening", "morning", "afternoon", "noon", "pm", "am", "date", "mon", "monday",
    "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri",
    "friday", "sat", "saturday", "sun", "sunday", "jan", "january", "feb", "february", "mar",
    "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept",
    "september", "oct", "october", "nov", "november", "dec", "december", "zip", "zipcode",
    "address", "location", "place", "backyard", "yard", "patio", "park",
    "venue", "area", "city", "town", "downtown", "outside", "outdoors", "indoors", "inside",
    # where someone works ("retiring after 35 years with the county")
    "county", "state", "department", "dept", "district", "hospital", "firm",
    # the community that holds it ("a dinner for our pastor's anniversary with our church")
    "church", "congregation", "parish",
    # policy words the topic readers answer
    "tip", "tips", "tipping", "gratuity", "tax", "taxes", "deposit", "travel", "fee", "fees",
    "mileage", "setup", "cleanup", "clean", "minimum", "cancellation", "refund", "insurance",
    "availability", "available", "details", "info", "information", "questions", "question",
    # what the equipment and billing readers answer ("plus plates and utensils?", "by card")
    "plates", "plate", "utensils", "napkins", "cups", "forks", "chopsticks", "tables", "table",
    "chairs", "chair", "propane", "grill", "outlet", "outlets", "power", "electricity", "card",
    "cash", "venmo", "zelle", "paypal", "invoice", "receipt",
    # the dinner told in other words ("surf and turf", "the hibachi experience", "and a half")
    "turf", "experience", "half", "vibe", "vibes", "atmosphere", "great", "god", "bless",
    "option", "options", "link", "pics", "photos",
    # the place told ("with a pool", "and a dog lol"): no thing asked of the caterer
    "view", "pool", "dog", "dogs", "cat", "pet", "pets", "kitchen", "garage", "driveway", "deck",
    "lawn", "grass", "balcony", "rooftop", "space", "room", "parking", "stairs", "shade",
    "weather", "rain",
})  # fmt: skip
# Kin and relations: the guest readers check them ("and my wife", "plus her parents")
_KIN = re.compile(
    r"\b(?:wife|husband|hubby|partner|spouse|mom|dad|mother|father|parents|sister|brother|son|"
    r"daughter|cousins?|aunt|uncle|grandma|grandpa|kids?|baby|boss|in-?laws|neighbou?rs?|"
    r"guests?|bride|groom|girls|boys|guys|ladies|twins|moms|dads|wives|husbands|sisters|brothers|"
    r"sons|daughters|aunts|uncles|families|couples|girl|boy|guy|lady|man|woman|friend|buddy|pal|"
    r"honoree|host|hostess)\b"
)


def things(
    text: str, ask: re.Pattern[str], thing: re.Pattern[str], ends: frozenset[str]
) -> Iterator[tuple[re.Match[str], list[str], Span]]:
    """(request, words, span) for each thing after a match of `ask`: the words `thing` matches
    there, cut at the first of `ends`."""
    for m in ask.finditer(text):
        after = thing.match(text, m.end())
        if not after:
            continue
        found = list(re.finditer(r"\S+", after.group(1)))
        # cut at an end word, or at a gap wider than a space: an emoji or a mark normalized away
        # ("with the county 🎉 we're throwing him a dinner") ends the phrase as a full stop does
        cut = (i for i, w in enumerate(found)
               if w.group(0) in ends or (i and w.start() - found[i - 1].end() > 1))  # fmt: skip
        found = found[: next(cut, len(found))]
        if found:  # the span ends at the last word kept, however wide the gaps between the words
            start = after.start(1)
            yield m, [w.group(0) for w in found], (start, start + found[-1].end())


# the writer by name and the place they are with ("its capt. reyes w/ sac metro fire")
_WRITER_WITH = re.compile(r"\b(?:it'?s|this is|i'?m|i am)\s+(?:[a-z]+\.?\s+){1,3}w/\s*\Z")


def word_spans(phrase: str, start: int) -> list[Span]:
    return [(start + w.start(), start + w.end()) for w in re.finditer(r"\S+", phrase)]


def requested_unknowns(
    text: str, explained: Covered, known: tuple[re.Pattern[str], ...]
) -> list[tuple[str, Span]]:
    """(thing, span) for each thing asked for beside the order in normalized `text` whose words
    are neither in an `explained` span, nor matched by a pattern of `known` (catalog and guest
    words), nor harmless."""
    found: list[tuple[str, Span]] = []
    for m, words, (start, end) in things(text, _REQUEST, _THING, _ENDS):
        if not (m.group("strong") or m.group("article")) or _WRITER_WITH.search(text, 0, m.end()):
            continue  # "its capt. reyes w/ sac metro fire": where the writer works
        if shown_not_asked(text, m.start(), m.end()):
            continue  # "the white one with the palm tree": which house; "saw ur reel with": shown
        phrase = text[start:end]
        if words[0] in _CLAUSE or _harmless(words[-1]) or (len(words) == 1 and _harmless(words[0])):
            continue  # a clause ("we're in"), or a thing the dinner is ("birthday party")
        if any(span in explained for span in word_spans(phrase, start)) or occasion_combo(
            text[max(0, start - 30) : end]  # ("bday + grad party combo": the joiner before too)
        ):
            continue
        if any(k.search(phrase) for k in known) or _KIN.search(phrase) or _VERB_AFTER.match(text, end):
            continue
        if young_kin_told(text, phrase):
            continue  # "reunion w/ nieces and nephews! ... my nieces and nephews: 10, 7 and 5"
        if _PARTNERS.fullmatch(phrase) and _TOTAL_AFTER.match(text, end):
            continue  # "leaders + spouses 10 adults": who the count is, people, nothing asked for
        if _COUNTED_AFTER.match(text, end) or any(_VERB_AFTER.fullmatch(f" {w}") for w in words[1:]):
            continue  # counted by its parenthesis; "and the guy showed up": a clause
        if not (m.group("article") or len(words) > 1 or is_english(phrase) or is_common_word(phrase)):
            continue  # "me plus sam": a name; a dish named bare ("plus gyoza") is the dish list's
        if names_dish(phrase) and off_menu_dish(text):
            continue  # "plus gyoza for everyone": for staff, as the topic reader routes it
        found.append((phrase, (start, end)))
    return found


def _harmless(word: str) -> bool:
    return word in HARMLESS or word in OCCASIONS or word.rstrip("s") in HARMLESS

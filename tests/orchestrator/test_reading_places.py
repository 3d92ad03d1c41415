"""The city names as a trie (`places.longest_first`) match exactly as the alternation of the names
sorted longest first did, for every California town name and region, beside a ZIP and without one;
a place's other names read as a town only in a place's words, five digits labelled as another
number."""

from __future__ import annotations

import re

from orchestrator.reading import places

# the ZIP table's cities and other names of their places, the regions customers name as a place
# ("up in tahoe") and the neighbourhoods
NAMES = places.town_names("CA")
SORTED = "|".join(re.escape(n) for n in sorted(NAMES, key=len, reverse=True))
# The patterns of orchestrator/reading/places.py, written with the sorted alternation.
PLACE = re.compile(rf"\b(?:{places._NEIGHBOURHOOD}|{SORTED})\b"
                   r"(?=\s*,?\s*(?:ca\s*,?\s*)?\d{5}\b)")
CITY = re.compile(rf"(?:\b(?:in|at|near|to|from|out to|out in|around|as far as)\s+|^\s*)({SORTED})\b")


def _texts() -> list[str]:
    texts = []
    for name in sorted(NAMES):
        texts += [f"we're in {name} 95630", f"filet + shrimp, {name}, ca 95758",
                  f"a party in {name}", f"{name}s 95630", f"out in {name} hills 95762",
                  f"{name[:-1]} 95630", f"near {name}-ish, 95819 or so"]
    return texts + ["el dorado hills 95762", "west sacramento 95691", "east sac 95819",
                    "land park 95822", "south natomas, ca 95833", "in san jose and santa clara"]


def test_the_trie_finds_what_the_sorted_names_found() -> None:
    place, city = places._place_pattern("CA"), places._city_pattern("CA")
    for text in _texts():
        assert [m.span() for m in place.finditer(text)] == \
            [m.span() for m in PLACE.finditer(text)], text
        found, want = city.search(text), CITY.search(text)
        assert (found.group(1) if found else None) == (want.group(1) if want else None), text


def test_a_longer_name_wins_where_a_shorter_one_starts_it() -> None:
    pattern = re.compile(rf"\b(?:{places.longest_first({'el dorado', 'el dorado hills'})})\b")
    assert pattern.search("in el dorado hills").group(0) == "el dorado hills"  # type: ignore[union-attr]
    assert pattern.search("in el dorado, hills").group(0) == "el dorado"  # type: ignore[union-attr]
    assert places.longest_first(set()) == ""


def test_an_ordinary_word_labels_five_digits_only_with_a_number_mark() -> None:
    # "these boys eat a lot 😂 95747": the emoji a blank, the ZIP given (round q81r)
    assert places.zip_codes("these boys eat a lot    95747") == [("95747", (24, 29))]
    assert places.zip_codes("plenty of room lol 95624")[0][0] == "95624"
    assert places.zip_codes("davis apt 95616, 7 of us")[0][0] == "95616"
    for labelled in ("lot # 10482", "lot no. 10482", "our order # is 95821", "job id: 40211",
                     "po 95821", "apt # 10250", "p.o. 95821", "gate code 95123", "suite 10250", "invoice #40211"):
        assert places.zip_codes(labelled) == [], labelled


def test_a_places_other_name_is_a_town_only_in_a_places_words() -> None:
    # "Kelsey" and "Ruth" are other names of 95667's and 95526's places, and people's names
    assert places.city_without_zip("how much would that be?\n\nkelsey", "CA") is None
    assert places.city_without_zip("make it 15 adults.\n\nblessings,\nruth", "CA") is None
    assert places.city_without_zip("its at my sisters in kelsey, 10 adults", "CA") == "kelsey"
    assert places.city_without_zip("we're out in cameron park", "CA") == "cameron park"
    assert places.city_without_zip("party at 12 oak st, kelsey", "CA") == "kelsey"
    # a city's own name alone on a line stays a town
    assert places.city_without_zip("12 adults chicken\nfolsom", "CA") == "folsom"

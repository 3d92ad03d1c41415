"""Names of holidays and occasions that stand beside an order without being an item of it ("14
adults Thanksgiving, chicken and tofu", "xmas party, filet and shrimp"): the list check does not
ask about them."""

from __future__ import annotations

OCCASIONS = frozenset({
    "thanksgiving", "friendsgiving", "christmas", "xmas", "hanukkah", "chanukah", "kwanzaa",
    "holiday", "holidays", "easter", "passover", "diwali", "halloween", "graduation", "grad",
    "reunion", "retirement", "anniversary", "birthday", "bday", "wedding", "shower", "nye",
    "newyears", "fourth", "memorial", "labor", "superbowl", "potluck", "housewarming", "quinceanera",
    "quince", "baptism", "christening", "communion", "confirmation", "engagement", "rehearsal",
    "bachelorette", "bachelor", "eve",
})  # fmt: skip

_COMBO_WORDS = frozenset({"combo", "combos", "combination", "combinations"})
# the first word of a holiday named "... day"
_DAYS = frozenset({
    "mothers", "mother", "moms", "fathers", "father", "dads", "valentines", "memorial", "labor",
    "veterans", "presidents", "independence", "patricks", "graduation", "birth",
})  # fmt: skip


def occasion_combo(phrase: str) -> bool:
    """ "retirement + reunion combo", "bday combo": `phrase` ends in a combo word after a word that
    names an occasion, so two events are held as one; no dish the menu lacks."""
    words = phrase.lower().split()[-3:]
    if len(words) < 2 or words[-1] not in _COMBO_WORDS:
        return False
    if words[-2] == "day":  # "baby shower + mothers day combo": a holiday named "... day"
        return len(words) == 3 and words[0].strip("'+&,").replace("'", "") in _DAYS
    if words[-2].strip("'+&,").replace("'", "") in ("year", "years"):  # "lunar new year combo"
        return len(words) == 3 and words[0].strip("'+&,") == "new"
    if len(words) == 3 and words[-2] in ("party", "dinner", "celebration"):  # "bday + grad party
        # combo": two occasions joined, then the event ("the birthday party combo" may be a package)
        joined = "+" in phrase or "&" in phrase or " and " in phrase
        return joined and words[0].strip("'+&,") in OCCASIONS
    return words[-2].strip("'+&,") in OCCASIONS

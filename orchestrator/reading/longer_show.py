"""A question whether the show can run longer ("could the show be longer?", "is it possible to make
the show longer?"): the word "show" matches no add-on by itself, so the message stays asked, but
what it asks about is the add-on the catalog names "longer show" (the extended performance). A
later message that takes that add-on (by name, or "yes add it" after the business offered it)
answers the question; one that does not ("hmm let me think about the show") leaves it asked."""

from __future__ import annotations

import re

from orchestrator.catalog import Catalog

# "show be longer", "show go a bit longer", "make the show longer", "can the show run any longer"
# ("how long does the show go? can it be longer?": the length asked, then whether it can be longer)
_LONGER_AFTER = re.compile(
    r"(?:\s+(?:go|run|last)\s*\?+\s*(?:and\s+)?(?:can|could)\s+(?:it|they|we|you)"
    r"(?:\s+make\s+it)?)?"
    r"\s+(?:(?:be|get|go|run|last)\s+)?(?:(?:a\s+)?(?:bit|little|lil)\s+|any\s+|much\s+)?longer\b"
)


def asks_longer(text: str, end: int) -> bool:
    """Whether the add-on word ending at `end` of the (normalized) `text` is "show" asked to run
    longer ("the show be longer")."""
    return text[max(0, end - 4) : end] == "show" and _LONGER_AFTER.match(text, end) is not None


def longer_add_on(catalog: Catalog) -> str | None:
    """The key of the add-on one of whose names is "longer show", if the catalog has one."""
    return next(
        (a.key for a in catalog.add_ons if "longer show" in (n.lower() for n in a.aliases)), None
    )


def longer_check(key: str) -> tuple[str, str]:
    """The check for a longer show asked about; answered by a later message taking add-on `key`."""
    return ("message", f"did not understand 'show' (a longer show asked about: add-on {key}?)")

"""A message of kids' ages alone whose last kid is named by who they are ("12, 10, 8, 7, 4 and the
baby who is 3 months", the answer to "how old are the kids?"; Spanish "tienen 12, 10, 8, 7, 4 y el
bebé de 3 meses" comes here as the same words): the baby is one of the kids whose ages are told,
not a guest more. Read as a guest word, "the baby" was counted as a little one on its own and the
ages were lost (6 kids of 6-12 kept beside a baby more); the words naming the baby are blanked as
`aged_items.named_ages` does for a kid's list (the months as the years they make, 0), so the
message reads as ages alone, which the order's kids take by band. Only when the whole message is
that list: a count of kids with such a list is the kid reader's."""

from __future__ import annotations

from orchestrator.reading.age_answers import AGES_ONLY
from orchestrator.reading.aged_items import named_ages

# the words `named_ages` blanks, one of which the text must hold (speed)
_NAMED = ("baby", "youngest", "little", "lil ", "bday", "birthday", "b-day", "kid", "other ")


def baby_in_ages(text: str) -> str:
    """Lowercase `text` (digits) with a list of ages alone's named last kid blanked to its age."""
    if not any(word in text for word in _NAMED):
        return text
    blanked = named_ages(text)
    return blanked if blanked != text and AGES_ONLY.match(blanked) else text

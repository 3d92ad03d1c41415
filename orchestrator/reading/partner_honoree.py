"""The writer's partner or parent as the person a party is for, then named by a pronoun who invites
a group: "Birthday for my wife, she's inviting 8 girlfriends plus her and me". A wife, a husband, a
mother or a father of the writer is grown, so the pronoun of that person ("she" for a wife or a
mother, "he" for a husband or a father) is one adult and the friends they invite are grown as well.
Any other inviter ("my son is inviting 3 friends"), a pronoun of the other sex, or two such people
named (whose party?) leaves the age unknown, to be asked."""

from __future__ import annotations

import re

# Whom the party is for: "birthday for my wife", "surprise party for my husband", "my wife's bday"
_FOR = re.compile(
    r"\b(?:birthday|bday|b-day|party|dinner|celebration|surprise|bash|get together|get-together)"
    r"\s+for\s+(?:my|our)\s+(?P<who>wife|husband|hubby|mom|mother|mum|dad|father)\b(?!')"
    r"|\b(?:my|our)\s+(?P<own>wife|husband|hubby|mom|mother|mum|dad|father)'?s\s+(?:surprise\s+)?"
    r"(?:birthday|bday|b-day|party|celebration)\b"
)
_SHE = {"wife", "mom", "mother", "mum"}
_PRONOUN = re.compile(r"\b(she|he)\b")
GROWN_AGE = 18  # taken as the person's age: grown, no band of kids


def partner_age(text: str, inviter: str) -> int | None:
    """A grown age for the person the party is for when `inviter` (the words naming who invites,
    e.g. "she's inviting") is the pronoun of the one grown relation it is for; else None."""
    pronoun = _PRONOUN.match(inviter)
    whom = {m.group("who") or m.group("own") for m in _FOR.finditer(text)}
    if pronoun is None or len(whom) != 1:
        return None
    she = whom.pop() in _SHE
    return GROWN_AGE if (pronoun.group(1) == "she") == she else None

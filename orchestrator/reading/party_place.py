"""Where a counted party comes from, said right after its count: "12 adults from our lab", "for
all 15 on our grant team". The place names the party, not another group, so the count stays the
party's (shared by the readers of "for all N" and of "each")."""

from __future__ import annotations

# "from our lab", "on our grant team", "in the sales dept": a preposition, our/my/the, up to two
# words, then a word for a workplace group (a place of no such word, "from church", is not read)
PARTY_PLACE = (
    r"(?:\s+(?:on|in|from|at)\s+(?:our|my|the)\s+(?:[a-z]+\s+){0,2}?"
    r"(?:team|crew|staff|office|lab|group|department|dept|squad|unit|firm|company))"
)

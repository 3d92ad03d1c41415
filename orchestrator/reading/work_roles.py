"""Words for people at work named as those extras are for ("3 extra filet mignon for our branch
manager and the 2 longest-serving volunteers", "3 lobster tails for our CEO and the 2 new
partners"): the word before a one-person role that says which one (branch, general, executive),
the word before a few people's role that says which few (longest-serving, new, senior), and the
roles of a few (volunteers, partners). `asides` counts them as the people the extras name; a
phrase it cannot count stays with the safety net."""

from __future__ import annotations

# "our branch manager", "the executive director": which one, before the role ("the birthday girl")
WHICH_ROLE = (
    r"(?:birthday\s+|bday\s+|(?:branch|general|store|office|program|executive|regional|area|site|project|plant|shop|"
    r"sales|operations|managing|medical|athletic|music|choir|band|youth|department|team)\s+)?"
)
# "the 2 longest-serving volunteers", "the 2 new partners", "his 2 best friends": which few
SENIORITY = (
    r"(?:top|best|big|new|newest|senior|oldest|longest[- ]serving|longest[- ]standing|retiring|"
    r"founding|veteran)"
)
# a few people by their role at work or in a club
STAFF = r"volunteers|partners|members|coaches|teachers|nurses|officers|interns|associates|trustees"

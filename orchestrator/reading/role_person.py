"""One person named by an office only one holds ("the board president", "our pastor", "the
principal"), with a spouse or not ("the board president and his wife"). After a count made by
groups ("6 households on our street, 4 adults in each, plus the board president and his wife")
the groups' people are counted by the groups, each of its size, so the office holder added with
"plus" is one more adult and a spouse one more (`shorthand`'s relations after a count by groups).
Offices a writer or a group member may hold themselves ("the host", "the organizer") are not
taken: they may be among the groups, and stay asked."""

from __future__ import annotations

# the office, a word or two before it ("board president", "hoa board president")
ROLE_PERSON = (
    r"(?:[a-z]+\s+){0,2}?(?:president|vice president|chair|chairman|chairwoman|pastor|priest|"
    r"rabbi|principal|mayor|coach|director|boss|treasurer|secretary|captain|manager|superintendent)"
)

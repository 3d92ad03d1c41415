"""Round q86n: a counted part's pair beside "everyone else"'s read by the party's count, a counted
role's own plate ("filet 2 each for the wrestlers") beside the others', and "2 of my buddies want
chicken instead" as a counted part; the unsure forms still ask."""

from __future__ import annotations

import pytest

from orchestrator.offline import OfflineResponder
from orchestrator.offline_reply import OfflineReply
from orchestrator.service import Turn
from tests.orchestrator.readings import quoted
from vocabulary.messages import Channel


def _portions(reply: OfflineReply) -> dict[str, int]:
    return {p.name: p.portions for p in quoted(reply).proteins}


@pytest.mark.parametrize(("text", "want"), [
    ("20 adults 95628. salmon and shrimp for the 3 of them, chicken and ny strip for everyone else",
     {"salmon": 3, "shrimp": 3, "chicken": 17, "NY strip steak": 17}),
    ("22 adults 95630. lobster and filet for 4 of us, everyone else chicken and shrimp",
     {"lobster tail": 4, "filet mignon": 4, "chicken": 18, "shrimp": 18}),
    ("14 adults 95667. Filet and lobster for 10 of us, the other 4 want salmon and shrimp",
     {"filet mignon": 10, "lobster tail": 10, "salmon": 4, "shrimp": 4}),
])
def test_a_counted_part_and_everyone_else_make_the_party(
    text: str, want: dict[str, int], offline: OfflineResponder
) -> None:
    reply = offline.respond(channel=Channel.SMS, history=(), text=text)
    assert not reply.flags
    assert _portions(reply) == want


@pytest.mark.parametrize("text", [
    "14 adults 95667. filet and lobster for 10 of us, the other 6 want salmon and shrimp",
    "12 adults and 4 kids (7, 9, 10, 12) 95630. salmon and shrimp for 3 of us, chicken and ny strip "
    "for everyone else",
])
def test_parts_that_do_not_make_the_party_still_ask(text: str, offline: OfflineResponder) -> None:
    assert offline.respond(channel=Channel.SMS, history=(), text=text).flags


@pytest.mark.parametrize(("text", "want"), [
    ("12 wrestlers (all 14-17), 2 coaches and 9 parents. filet 2 each for the wrestlers (they eat a "
     "lot lol), everyone else chicken and shrimp. 95610",
     {"filet mignon": 24, "chicken": 11, "shrimp": 11}),
    ("16 players (all 16-18), 2 coaches, 4 parents. the players get 2 chicken each, everyone else "
     "filet and shrimp. zip 95630", {"chicken": 32, "filet mignon": 6, "shrimp": 6}),
    ("14 players (all 13-14), 2 coaches and 8 parents. the players want chicken and shrimp, "
     "everyone else salmon and filet. 95630",
     {"chicken": 14, "shrimp": 14, "salmon": 10, "filet mignon": 10}),
])
def test_a_counted_roles_plate_beside_everyone_elses(
    text: str, want: dict[str, int], offline: OfflineResponder
) -> None:
    reply = offline.respond(channel=Channel.SMS, history=(), text=text)
    assert not reply.flags
    assert _portions(reply) == want


def test_one_protein_for_the_role_with_no_portions_still_asks(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=(), text=(
        "12 wrestlers (all 14-17), 2 coaches and 9 parents. filet for the wrestlers, everyone else "
        "chicken and shrimp. 95610"))
    assert reply.flags


def test_some_of_my_buddies_swapping_are_a_counted_part(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=(), text=(
        "14 adults 95828. ny strip and shrimp. 2 of my buddies want chicken instead of ny strip"))
    assert not reply.flags
    assert _portions(reply) == {"chicken": 2, "NY strip steak": 12, "shrimp": 14}


_RECITAL = (
    Turn(role="customer", text="recital after party 8 dancers (all 7-10), 5 moms and 1 dad. chicken "
         "for the dancers, salmon and shrimp for the moms and the dad. 95678"),
    Turn(role="business", text="Quote for 6 adults, 8 children (6-12) with 8 chicken, 6 salmon, 6 "
         "shrimp: guests $570.00, protein upgrades $30.00. Travel to 95678: no fee. Total $600.00."),
)


def test_the_roles_counted_before_named_again_are_the_adults(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=_RECITAL,
                            text="can the moms and the dad have filet instead "
        "of the salmon?")
    assert not reply.flags
    assert _portions(reply) == {"chicken": 8, "filet mignon": 6, "shrimp": 6}


def test_some_of_the_roles_named_again_ask_how_many(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=_RECITAL,
                            text="can the moms have filet instead of the salmon?")
    assert any("how many of each" in f for f in reply.flags)

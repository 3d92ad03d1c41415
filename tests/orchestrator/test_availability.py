"""check_availability: customers' dates read with dateparser in Sacramento time relative to an
injected now; past dates and dates inside the notice window refused with the reason; taken and
closed dates answered with the nearest open ones."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from orchestrator.catalog import Catalog, CatalogError, load_catalog
from orchestrator.dates import find_date_phrase
from orchestrator.service import Orchestrator
from orchestrator.tools.availability import AvailabilityArgs, Calendar, check_availability
from orchestrator.tools.registry import run_tool
from orchestrator.tools.travel import ZipCentroidDistance
from tests.orchestrator.conftest import BUNDLED
from vocabulary.messages import Channel

# Tuesday March 10, 2026, 4:00 PM in Sacramento (PDT since March 8).
NOW = datetime(2026, 3, 10, 23, 0, tzinfo=UTC)


def ask(catalog: Catalog, said: str, taken: dict[date, int] | None = None, now: datetime = NOW):
    return check_availability(catalog, Calendar(now=now, taken=taken or {}), AvailabilityArgs(date=said))


@pytest.mark.parametrize(("said", "expected"), [
    ("Saturday the 21st", date(2026, 3, 21)),
    ("June 14", date(2026, 6, 14)),
    ("june 14th at 6pm", date(2026, 6, 14)),
    ("next Friday", date(2026, 3, 13)),
    ("friday", date(2026, 3, 13)),
    ("Sat 3/21", date(2026, 3, 21)),
    ("the 21st", date(2026, 3, 21)),
    ("2026-04-18", date(2026, 4, 18)),
    ("14th of June", date(2026, 6, 14)),
    ("March 3", date(2027, 3, 3)),  # already past this year: next year's
    ("next Sat", date(2026, 3, 14)),
    ("this coming Friday", date(2026, 3, 13)),
    # Spanish, said again in English for dateparser and the rules around it
    ("sábado 21", date(2026, 3, 21)),
    ("14 de junio", date(2026, 6, 14)),
    ("próximo viernes", date(2026, 3, 13)),
    ("viernes que viene", date(2026, 3, 13)),
    ("sábado 20 de junio", date(2026, 6, 20)),
])
def test_dates_in_customers_words(catalog: Catalog, said: str, expected: date) -> None:
    answer = ask(catalog, said)
    assert (answer.status, answer.date) == ("available", expected), answer.reason


def test_a_bare_day_that_has_passed_this_month_means_next_month(catalog: Catalog) -> None:
    answer = ask(catalog, "the 5th")
    assert (answer.date, answer.date_label) == (date(2026, 4, 5), "Sunday, April 5")


def test_the_business_time_zone_decides_what_today_is(catalog: Catalog) -> None:
    # 02:00 UTC on March 12 is still the evening of March 11 in Sacramento.
    late = datetime(2026, 3, 12, 2, 0, tzinfo=UTC)
    assert ask(catalog, "tomorrow", now=late).date == date(2026, 3, 12)


def test_a_weekday_that_does_not_match_the_date_is_asked_about(catalog: Catalog) -> None:
    answer = ask(catalog, "Saturday the 22nd")
    assert answer.status == "unclear" and not answer.available
    assert answer.candidates == [date(2026, 3, 22), date(2026, 3, 21)]
    assert answer.reason == "March 22 is a Sunday: did you mean Sunday, March 22 or Saturday, March 21?"


def test_past_dates_are_refused_with_the_reason(catalog: Catalog) -> None:
    answer = ask(catalog, "March 1, 2026")
    assert (answer.status, answer.available) == ("past", False)
    assert answer.reason == "Sunday, March 1 has already passed."
    assert answer.alternatives == []


def test_inside_the_notice_window_is_refused_with_the_reason(catalog: Catalog) -> None:
    answer = ask(catalog, "tomorrow")
    assert answer.status == "too_soon"
    assert answer.reason == "We need at least 48 hours' notice, so Wednesday, March 11 is too soon."
    assert answer.alternatives == [date(2026, 3, 12), date(2026, 3, 13), date(2026, 3, 14)]


def test_a_day_partly_inside_the_notice_window_says_from_when(catalog: Catalog) -> None:
    # 48 hours from Tuesday 4:00 PM is Thursday 4:00 PM.
    answer = ask(catalog, "Thursday")
    assert (answer.status, answer.earliest_start) == ("available", "4:00 PM")
    assert answer.reason == ("Thursday, March 12 is open. With our notice period the party can "
                             "start at 4:00 PM or later.")
    assert ask(catalog, "Thursday at 2pm").status == "too_soon"
    assert ask(catalog, "Thursday at 6pm").status == "available"


def test_a_taken_date_offers_the_nearest_open_dates(catalog: Catalog) -> None:
    taken = {date(2026, 3, 21): 2, date(2026, 3, 20): 2, date(2026, 3, 22): 1}
    answer = ask(catalog, "Saturday the 21st", taken)
    assert (answer.status, answer.reason) == ("taken", "Saturday, March 21 is already booked.")
    assert answer.alternative_labels == ["Thursday, March 19", "Sunday, March 22", "Monday, March 23"]
    assert ask(catalog, "Sunday March 22", taken).slots_left == 1


def test_blackout_dates_and_service_hours(catalog: Catalog) -> None:
    assert ask(catalog, "Dec 25").reason == "We're closed on Friday, December 25."
    late = ask(catalog, "June 14 at 10pm")
    assert (late.status, late.reason) == ("outside_hours", "Parties start between 11:00 AM and 9:00 PM.")


def test_unreadable_and_unknown(catalog: Catalog) -> None:
    assert ask(catalog, "whenever works").status == "unparsed"
    unknown = check_availability(catalog, None, AvailabilityArgs(date="June 14"))
    assert (unknown.status, unknown.available) == ("unknown", False)


def test_the_tool_runs_through_the_registry_with_the_calendar(catalog: Catalog) -> None:
    distance = ZipCentroidDistance.from_catalog(catalog)
    run = run_tool("check_availability", '{"date": "June 14"}', catalog=catalog, distance=distance,
                   calendar=Calendar(now=NOW, taken={date(2026, 6, 14): 2}))
    assert run.ok and run.result is not None
    assert (run.result["status"], run.result["date"]) == ("taken", "2026-06-14")
    bad = run_tool("check_availability", '{"when": "June 14"}', catalog=catalog, distance=distance)
    assert bad.error_kind == "invalid_arguments"


@pytest.mark.parametrize(("text", "phrase"), [
    ("Sat 6/21 around 6pm, 8 adults, chicken and shrimp. We're downtown, 95814", "Sat 6/21 around 6pm"),
    ("Planning a graduation party in Davis 95616 on Sunday June 15. 12 adults", "Sunday June 15"),
    ("dinner on Saturday, October 4 on our office rooftop", "Saturday, October 4"),
    ("1/2 want chicken, 10 adults 95630", None),
    ("we sat down and counted: 10 adults", None),
    ("hi, 12 people on the 3rd of July, 95630", "the 3rd of July"),  # a ZIP is no year
    ("next Sat works? 12 adults", "next Sat"),
    ("¿tienen disponible el sábado 21? somos 15 adultos", "sábado 21"),
    ("Quisiera cotizar para el 14 de marzo, 20 personas", "14 de marzo"),
    ("el sábado, 20 personas", "sábado"),
    ("los sábados no podemos, somos 20 de la oficina", None),
    # kids' ages by slashes are no date; a slashed pair after a kid word alone may be one
    ("10 adults + 3 kids 4/7/10, chicken 95630", None),
    ("kids r 4/8, 10 adults", None),
    ("party on 6/14, 3 kids ages 4/8/11", "6/14"),
    ("10 adults and 2 kids 6/14 at 5pm", "6/14 at 5pm"),
    ("10 adults and 1 kid 6/14", "6/14"),
])
def test_finding_the_date_in_a_message(text: str, phrase: str | None) -> None:
    assert find_date_phrase(text) == phrase


async def test_the_offline_reply_answers_the_date_and_offers_the_deposit(catalog: Catalog) -> None:
    orchestrator = Orchestrator(catalog=catalog, client=None, model="none")
    calendar = Calendar(now=NOW, taken={})
    draft = await orchestrator.draft(
        channel=Channel.SMS, text="10 adults, filet mignon for all, ZIP 95630, June 14",
        calendar=calendar)
    assert draft.text.startswith("10 adults, 10 filet mignon: $600.00 total, no travel fee.")
    assert "Sunday, June 14 is open." in draft.text
    assert draft.text.endswith("pay the $100.00 deposit within 24 hours here: [DEPOSIT LINK]")
    assert draft.flags == () and draft.booking is not None
    # Without a ZIP the travel fee is unknown: no deposit is offered yet.
    no_zip = await orchestrator.draft(channel=Channel.SMS, text="10 adults, chicken, June 14",
                                      calendar=calendar)
    assert no_zip.booking is None and "[DEPOSIT LINK]" not in no_zip.text
    # Without a calendar the date stays for staff to confirm, as before.
    blind = await orchestrator.draft(channel=Channel.SMS, text="10 adults, ZIP 95630, June 14")
    assert blind.flags == ("staff_to_confirm: date",) and blind.booking is None


def _catalog_file(tmp_path: Path, old: str, new: str) -> Path:
    text = BUNDLED.read_text()
    assert old in text
    path = tmp_path / "catalog.toml"
    path.write_text(text.replace(old, new, 1))
    return path


@pytest.mark.parametrize(("old", "new", "field"), [
    ('time_zone = "America/Los_Angeles"', 'time_zone = "Mars/Olympus_Mons"', "bookings"),
    ('service_end = "21:00"', 'service_end = "10:00"', "bookings"),
    ("parties_per_day = 2 ", "parties_per_day = 0 ", "bookings.parties_per_day"),
    ("hold_hours = 24 ", "hold_hours = 48 ", "bookings.hold_hours"),
    ("notice_hours = 48            # must", "notice_hours = 72            # must", "(root)"),
    ("blackout_dates = [2026-12-24", 'blackout_dates = ["someday"', "bookings.blackout_dates.0"),
])
def test_bookings_table_is_validated_at_start_up(tmp_path: Path, old: str, new: str,
                                                 field: str) -> None:
    with pytest.raises(CatalogError) as caught:
        load_catalog(_catalog_file(tmp_path, old, new))
    assert caught.value.field == field


def test_bundled_bookings_table() -> None:
    rules = load_catalog(BUNDLED).bookings
    assert (rules.parties_per_day, rules.notice_hours, rules.time_zone, rules.hold_hours) == (
        2, 48, "America/Los_Angeles", 24)
    assert date(2026, 12, 25) in rules.blackout_dates

"""The bench's table for the crash scenario: measured, failed or skipped."""

from __future__ import annotations

from benchmarks.report import _recovery_rows


def test_a_failed_crash_scenario_is_a_failing_row_not_a_lost_run() -> None:
    (row,) = _recovery_rows({"failed": "the sends did not all reach the fake Twilio"})
    assert row.passed is False and row.verdict == "FAIL"
    assert row.measured == "the scenario failed: the sends did not all reach the fake Twilio"


def test_a_measured_crash_scenario_checks_both_targets() -> None:
    done, duplicates = _recovery_rows({
        "sends": 10, "all_done": True, "unfinished_at_deadline": 0, "until_all_done_s": 12.4,
        "messages_at_twilio": 11, "distinct_recipients": 10, "duplicate_sms": 1})
    assert (done.passed, done.measured.split(" (")[0]) == (False, "12.4 s")
    assert (duplicates.passed, duplicates.measured) == (
        False, "1 (11 messages at Twilio for 10 recipients)")

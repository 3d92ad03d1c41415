"""The words of a date and a time, as pattern text shared by the party date's reading
(orchestrator/dates.py) and the readers that blank a date out of a message ("looks right, book it
👍 sat the 14th", `quote_booked`): one set of weekday, month, ordinal and clock patterns, so the
two can never disagree on what a date is. Plain strings, compiled by their users; nothing here
imports anything (the web app loads it with the dates)."""

from __future__ import annotations

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# the weekdays' short forms ("sat", "thurs"), without a dot
WEEKDAY_ABBR = r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun"
# a month's name or short form, a dot after it allowed ("Sept. 14")
MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# a day of the month as an ordinal ("14th"); `DAY_OF_MONTH` takes a bare number too ("june 6")
ORDINAL = r"\d{1,2}(?:st|nd|rd|th)"
DAY_OF_MONTH = r"\d{1,2}(?:st|nd|rd|th)?"
# a clock time with its am or pm ("6pm", "5:30 p.m.")
CLOCK = r"\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)"

"""Courses the hibachi menu does not have, asked for: a custom menu of courses, a dinner of courses
said as such, or a first course and a dessert around the hibachi. A person plans them, so the
message is an off-menu topic (`topics.detect_topics`)."""

from __future__ import annotations

import re

from orchestrator.first_chars import first_chars
from orchestrator.literal_gates import gated

# A custom menu of courses the menu does not have ("a custom menu: sushi appetizers, a hibachi main
# and a mochi dessert course"): a person plans it. Custom menu planning with the catalog's
# proteins ("custom menu planning, chicken and scallops") is the add-on.
_CUSTOM_MENU = re.compile(r"\bcustom(?:i[sz]ed)?\s+menu\b")
_COURSES = re.compile(
    r"\b(?:appeti[sz]ers?|apps|starters?|to start(?: with)?|hors d'?oeuvres|courses?|desserts?)\b"
)

# A dinner of courses said as such, with or without "custom menu": "a full course dinner",
# "a 4-course meal", or a first course and a dessert around the hibachi ("gyoza to start, then the
# hibachi, and cheesecake for dessert"). The menu is the hibachi dinner: a person plans courses.
_COURSE_DINNER = gated(re.compile(
    r"\b(?:full|multi|\d)[- ]?course\b|\bcourses?\s+(?:dinner|meal|menu)\b|\b(?:dinner|meal|menu)\s+"
    r"(?:in|of|with)\s+(?:\d\s+)?courses\b"
))  # fmt: skip
# A course is told by its place around the hibachi: "to start", "first", "before the hibachi",
# "after the hibachi", "at the end (of the meal)", "afterwards", "to finish".
_MEAL = r"(?:\s+(?:the|our)\s+(?:hibachi|grill|main|meal|dinner|food|show))?"
_BEFORE = rf"(?:first|to start(?: with)?|to begin|before{_MEAL})"
_AFTER = rf"(?:after(?:wards?)?{_MEAL}|at the end(?:\s+of{_MEAL})?|to finish|to end)"
_FIRST_COURSE = re.compile(r"\b(?:appeti[sz]ers?|starters?|to start(?: with)?|(?:as|for) (?:a |an )?"
                           r"(?:starter|appetizer|first course)|hors d'?oeuvres)\b"
                           rf"|\b(?:soups?|salads?)\s+(?:\w+\s+){{0,2}}?{_BEFORE}\b")  # fmt: skip
_DESSERT_COURSE = re.compile(
    rf"\b(?:for|as)\s+(?:a\s+|the\s+)?dessert\b|\bdessert\s+course\b|\bdesserts?\s+{_AFTER}\b"
)


def course_menu(normalized_text: str) -> bool:
    """A dinner of courses the hibachi menu does not have (never a question whether dessert or a
    starter comes with it: "do you do dessert?" stays a menu question)."""
    if _COURSE_DINNER.search(normalized_text):
        return True
    return bool(_FIRST_COURSE.search(normalized_text) and _DESSERT_COURSE.search(normalized_text))


def courses_asked(normalized_text: str) -> bool:
    """A custom menu of courses ("a custom menu: sushi appetizers, ... a mochi dessert course") or
    a dinner of courses (`course_menu`) in the text."""
    custom = bool(_CUSTOM_MENU.search(normalized_text) and _COURSES.search(normalized_text))
    return custom or course_menu(normalized_text)


# Speed only: each pattern tried only where a match can start (`first_chars`); the same matches.
_CUSTOM_MENU, _COURSES, _FIRST_COURSE = (first_chars(p) for p in (_CUSTOM_MENU, _COURSES, _FIRST_COURSE))

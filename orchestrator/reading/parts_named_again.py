"""A part of the party named again by its group after the parts are summed ("16 people from
engineering, 10 from sales and 6 from finance, all adults. NY strip for everyone, but upgrade the
6 finance folks to filet"): the group is those guests, written "6 of them" so the swap reader
reads it as some of the party. Only when the group is one of the parts, named once, and its count
(when told again) is the part's."""

from __future__ import annotations

import re

_PEOPLE = r"(?:folks|people|ppl|guys|team|staff|ones|crew|department|dept|group|gang)"


def parts_named_again(text: str, start: int, parts: dict[str, int]) -> str:
    """`text` with each "the [N] <group> [folks]" after `start` written "N of them" (padded to the
    same length), `parts` holding each group's count by its name; else unchanged."""
    for name, count in parts.items():
        if not name.isalpha() or len(name) < 3:
            continue
        said = re.compile(
            rf"\bthe\s+(?:(?P<n>\d{{1,3}})\s+)?{re.escape(name)}(?:\s+{_PEOPLE})?\b"
        )
        found = list(said.finditer(text, start))
        if len(found) != 1 or (found[0].group("n") and int(found[0].group("n")) != count):
            continue
        m = found[0]
        if not m.group("n") and not re.search(rf"\s{_PEOPLE}$", m.group(0)):
            continue  # "the finance" alone may be the department's own thing, no guests
        them = f"{count} of them".ljust(m.end() - m.start())
        text = text[: m.start()] + them + text[m.end() :]
    return text

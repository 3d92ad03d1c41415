"""What the reading of a message says about its guests: the counts by band, the checks, the
spans of numbers explained, and the facts a conversation needs to merge a follow-up."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Guests:
    """What the words say about guests. None: not mentioned. `checks` are (field, reason)."""

    adults: int | None = None
    children: int | None = None
    toddlers: int | None = None
    total: int | None = None
    checks: list[tuple[str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    used: list[tuple[int, int]] = field(default_factory=list)  # spans of numbers explained
    adults_said: bool = False  # adults counted or a total given (not only kids)
    aged_adults: int = 0  # guests 13+ counted from ages told one by one
    adults_added: int = 0  # "2 more adults"
    recount_adds: int = 0  # "make that 17 adults, ... so add 2 more": 2
    adults_weak: bool = False  # adults only named again as a group ("for the 4 guys")
    kids_more: bool = False  # "2 more kids": added to the kids counted before
    kids_by_ages: bool = False  # kids counted from their ages alone ("kids r 8 and 10")
    kid_named: bool = False  # "the 11 year old turned 12": a kid of the order named again
    named_kids: list[tuple[int, str]] = field(default_factory=list)  # (age, band): "the 5 yr old"
    moves: list[tuple[str, str, int]] = field(default_factory=list)  # (from, to band, age): one
    kid_ages: list[int] = field(default_factory=list)  # the kids' ages told one by one
    relation_ages: list[int] = field(default_factory=list)  # "my grandkids 10 & 7": their ages
    # "ages 3, 6, 13" read one by one: (span, as many ages as the kids counted)
    age_lists: list[tuple[tuple[int, int], bool]] = field(default_factory=list)

    @property
    def kids_said(self) -> bool:
        return self.children is not None or self.toddlers is not None

"""What one message (or a conversation's messages together) says about the party: the reader's
result before it becomes an `Order`."""

from __future__ import annotations

from dataclasses import dataclass, field

from orchestrator.reading.asks import ProteinAsk
from orchestrator.reading.named_joiners import Named


@dataclass(frozen=True, slots=True)
class Inquiry:
    """What a message (plus earlier customer turns) tells us about the party."""

    adults: int | None = None
    children: int | None = None
    toddlers: int | None = None
    proteins: tuple[ProteinAsk, ...] = ()
    add_ons: tuple[str, ...] = ()
    add_on_words: frozenset[str] = frozenset()  # the last word of each add-on named ("show")
    zip_code: str | None = None
    topics: frozenset[str] = frozenset()
    assumptions: tuple[str, ...] = field(default=())
    checks: tuple[tuple[str, str], ...] = ()  # (field, reason): guests, kids, proteins, zip, message
    per_person: int | None = None
    adults_said: bool = False
    kids_said: bool = False
    removed: tuple[str, ...] = ()  # protein keys a correction takes out
    # (protein key, "adults" or "kids"): "no lobster for the kids" (`group_removals`)
    group_removed: tuple[tuple[str, str], ...] = ()
    # (group, keys chosen, keys given up, the group's count, the keys the other group keeps):
    # "the kids just get chicken", "... the adults keep the chicken and NY strip" (`group_alone`)
    group_alone: tuple[str, tuple[str, ...], tuple[str, ...], int | None, tuple[str, ...]] | None = (
        None
    )
    replace_proteins: bool = False
    only: bool = False  # "just" or "only" said: "no chicken, just shrimp" is the whole new choice
    missing: bool = False  # "the 6 extra salmon are missing from the quote": the order's, again
    counted_kid: int | None = None  # "you counted my 4 year old, she's free": that kid's age
    kids_again: int | None = None  # "4 adults + the 2 kids": the order's kids by their number
    left_out: bool = False  # "u forgot my parents": people our quote left out, named
    meatless: int = 0  # guests said to be vegetarian or vegan
    removed_add_ons: tuple[str, ...] = ()
    add_ons_off: tuple[str, ...] = ()  # "take the sake off": an add-on the order must have had
    portions_off: tuple[tuple[str, int], ...] = ()  # "take off 1 filet": (key, portions) fewer
    extras_off: tuple[str, ...] = ()  # "take the extra lobster off": the order's extras of these
    made_list: bool = False  # "make it filet and lobster": a list of proteins as the new choice?
    was_portions: tuple[tuple[str, int], ...] = ()  # "6 salmon instead of 4": (key, 4) replaced
    kinds_removed: tuple[str, ...] = ()  # "no shellfish": the keys of the family ruled out
    swaps: tuple[tuple[str, str], ...] = ()  # (old, new) protein keys: "swap the filet for lobster"
    # (old, new, group, count): "swap shrimp for lobster for the adults only", "... for 4 of them"
    partial_swaps: tuple[tuple[str, str, str | None, int | None], ...] = ()
    diet_out: tuple[str, ...] = ()  # keys some guests are said not to eat (`diet_swaps`)
    # (old, new) of the partial swaps said with "not" for a group ("for the adults, chicken not
    # filet"): applied only where that group alone has the old protein, else asked
    whole_swaps: tuple[tuple[str, str], ...] = ()
    # a swap for a party named ("the lees want lobster instead of shrimp"): (party, count said
    # beside, old, new); the parties an earlier list counted, all grown ("the lees 4 adults")
    owned_swap: tuple[str, int | None, str, str] | None = None
    owned_counts: tuple[tuple[str, int], ...] = ()
    share_swaps: tuple[tuple[str, str, int, int, int], ...] = ()  # (old, new, a share, of a total said)
    cheaper: tuple[str, ...] = ()  # "too much, switch to ny strip": the premium keys it may give up
    split_kept: tuple[int, ...] = ()  # "lobster for 5 of them and shrimp for the other 5": the 5 kept
    resolves: tuple[tuple[str, str], ...] = ()  # (ambiguous word, option) the message names
    kid_named: bool = False  # "the 11 year old turned 12": about the order's kids
    retained: tuple[str, ...] = ()  # protein keys a correction keeps as they were ("keep the shrimp")
    adds: bool = False  # "add lobster for everyone": proteins added to the order, not replacing it
    adults_weak: bool = False  # the adults only named again as a group ("for the 4 guys")
    adds_guests: bool = False  # a guest count said with "also", "plus", "too": added, or in all?
    kids_more: bool = False  # "2 more kids": added to the kids of the order corrected
    added_kid: tuple[int, str] | None = None  # "its 4 kids not 3, ... she's 14 months": (age, band)
    kids_by_ages: bool = False  # kids counted from their ages alone ("kids r 8 and 10"), no count
    aged_adults: int = 0  # guests 13+ counted from a list of kids' ages
    adults_added: int = 0  # "2 more adults": added to the adults of the order corrected
    recount_adds: int = 0  # "make that 17 adults, ... so add 2 more": the earlier count plus 2?
    new_count: bool = False  # "we're down to 18 adults": the new count, not a swap's or an addition's
    adult_tables: bool = False  # "4 tables of 6, all adults": a table more later is adults (q84m)
    tables_added: int = 0  # "1 more table of 6": the guests of the tables a follow-up adds
    kids_now: bool = False  # "2 of the players cant make it so 10 players now": the kids' new count
    kids_halved: bool = False  # "half the kids are going to a sleepover ... so 3 kids now"
    # Changes of the count before (`followups`): (+/-N, "adults", "kids" or None) for "3 more said
    # yes", "2 can't make it"; a bare corrected count ("make that 17"); kids among the earlier
    # count ("5 of the 20 are kids": 20, or 0 for "of them"); counts a correction replaces.
    ages_told: tuple[int, int, int] | None = None  # ages alone, by band: (6-12, 5-, 13+)
    told_ages: tuple[int, ...] = ()  # those ages one by one ("13, 11, 8, 6 and 3")
    kids_band: str | None = None  # every kid's age in one band, told alone ("all between 6 and 10")
    # "all 6 except 2 who are still 5": (band of all, how many not, their band), by the order's kids
    kids_but: tuple[str, int, str] | None = None
    kids_halves: tuple[str, str] | None = None  # "half of them are 5, the other half 8": two bands
    uncounted: tuple[int, ...] = ()  # counts of young people left unplaced ("30 students")
    keeps_rest: bool = False  # "same proteins", "everything else the same": the rest stands
    people_total: bool = False  # the adults are a total of guests ("16 people"), no adult word
    # the one band of kids named by its words: "toddlers" ("oh and a baby"), "children"
    one_band: str | None = None  # ("Children (6-12) is 8 now"); the other band left untold
    changes: tuple[tuple[int, str | None], ...] = ()
    bare_total: int | None = None
    among: int | None = None
    was: tuple[int, ...] = ()
    # "the 12 yr old will be 13 by then": one guest of the order moves between price bands
    moves: tuple[tuple[str, str, int], ...] = ()  # (from band, to band, the age named)
    kid_ages: tuple[int, ...] = ()  # kids' ages told one by one, in this message or the order's
    relation_ages: tuple[int, ...] = ()  # relations' ages told one by one ("my grandkids 10 & 7")
    named_kids: tuple[tuple[int, str], ...] = ()  # (age, band) of "the 5 yr old" named again
    picked_from: bool = False  # "options A, B or C, everyone picks 2": N each chosen among them
    # the message reads as a complaint, guests dropping out or not ("3 people cancelled"): what
    # `is_complaint` says of the message `normalize`d, read once here for the checks of a draft
    complaint: bool = False
    allergies: tuple[str, ...] = ()  # the foods of allergies named ("shellfish"), order or not
    meatless_share: str = ""  # "half of us are vegetarian" told with no protein: asked beside meat
    dislikes: tuple[str, ...] = ()  # proteins a guest is said not to like ("shrimp"), order or not
    details: str | None = None  # only the event's details told: the city named ("" none)
    details_yes: bool = False  # the details open with a bare yes ("yes! party's at 6 on 6/27")
    declines_add_ons: bool = False  # "no add ons" said
    counted_groups: frozenset[str] = frozenset()  # words a number counts ("12 parents"): parents
    kin_said: frozenset[str] = frozenset()  # relations named ("brother"), "me" in a list (`kin_out`)
    relations: frozenset[str] = frozenset()  # young relations counted ("5 grandkids"), as written
    # the checks of people named and not counted ("did not understand 'my brother' ..."), each with
    # its words and the guests they name (1, 2 for "my parents", None for "my cousins"), of this
    # message (of all the conversation's messages in a merged order): `named_joiners`
    named: tuple[Named, ...] = ()
    own_kids: bool = False  # the kids counted are the writer's own ("our kids (10, 7, 3)")
    others_kids: bool = False  # relations never the writer's own kids ("my 2 nieces")
    kids_join: bool = False  # kids said to join ("... can join us as well"): `kids_joining`
    others_only: bool = False  # someone else's kids alone, no new count said: `kids_joining`
    # a group counted by its word with one age for all ("6 of their friends (all 12)"): its band
    aged_groups: tuple[tuple[str, int, str], ...] = ()  # ("friends", 6, "children")
    said_groups: tuple[tuple[str, int, str], ...] = ()  # the same, of the message as written (q84m)
    # "2 of the friends cant come anymore so 4 friends now": (the group's word, out, now)
    group_left: tuple[str, int, int] | None = None
    # "18 teens (all 14-17)": grown parts counted by their word; "20 teens now, not 18": one anew
    grown_parts: tuple[tuple[str, int], ...] = ()
    part_now: tuple[str, int, int] | None = None
    # "12 players (all 13-14)": parts by their word, ages of one band; "2 of the boys cant make it so
    # 10 players now": (the part's word, out, left, the word named by, the reason between) (q86l)
    aged_parts: tuple[tuple[str, int, str], ...] = ()
    part_left: tuple[str, int, int, str, str] | None = None
    # "5 of the husbands, so 17 adults total": (the group's count, its word, the total) (q86l)
    group_answer: tuple[int, str, int] | None = None
    couples: tuple[int, ...] = ()  # counts of couples told ("plus 4 couples"), of every message
    couples_now: int | None = None  # the couples' count left after a change ("so 3 couples now")

    @property
    def has_guests(self) -> bool:
        return (self.adults or 0) + (self.children or 0) > 0

    @property
    def paying(self) -> int:
        return (self.adults or 0) + (self.children or 0)

    @property
    def quote_related(self) -> bool:
        return bool(
            self.has_guests
            or self.adults_said
            or self.kids_said
            or self.proteins
            or self.add_ons
            or self.zip_code
            or self.removed
            or self.group_removed
            or self.removed_add_ons
            or self.portions_off
            or self.extras_off
            or self.kinds_removed
            or self.swaps
            or self.partial_swaps
            or self.kid_named
            or bool(self.moves)
            or self.retained
            or self.changes
            or self.group_left is not None
            or self.bare_total is not None
            or self.among is not None
            or self.ages_told is not None
            or self.kids_band is not None
            or self.kids_but is not None
            or self.kids_halves is not None
            or "price" in self.topics
            or self.per_person is not None  # "2 proteins each": the answer to how many a guest has
        )

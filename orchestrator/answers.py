"""Sentences the offline responder writes from catalog facts: policy answers and the protein
assumptions (what only staff can confirm: staff_promises). Each comes in a short (SMS) and a full
form."""

from __future__ import annotations

from typing import Any

from orchestrator.catalog import Catalog
from orchestrator.extraction import Inquiry
from orchestrator.reading.cheapest import choice_question
from orchestrator.reading.extras_off import EXTRAS_OR_ADD_ONS
from orchestrator.reading.loose_counts import LOOSE
from orchestrator.reading.named_minus import fewer_unsaid
from orchestrator.reading.order import Order
from orchestrator.reading.reasons import AMBIGUOUS_WORD, of_kind
from orchestrator.replies import Piece, money

# Topics a draft must not answer on its own: a person replies (the draft only says so).
# A discount or a price match asked for, or an offer claimed from elsewhere: the true quote stands
# beside it, a person answers the ask.
HUMAN_TOPICS = frozenset({"paperwork", "arrangements", "safety", "off_menu", "discount", "offer"})
# Topics whose draft gives the list's prices and states no total (a price other than it asked)
PRICE_ASKS = frozenset({"discount", "offer"})
# Requests a person follows up while the draft quotes the order beside them; alone, a person replies.
ADMIN_TOPICS = frozenset({"billing"})
# A call asked for: a person replies, unless the draft quotes the order the message is about ("20
# ppl, chicken and ny strip, 95825. I have a couple of questions about setup, can you call me?").
CALL_TOPICS = frozenset({"call_back"})


def _pick(short: bool, brief: str, full: str) -> str:
    return brief if short else full


def order_questions(inquiry: Inquiry, order: Order, *, short: bool) -> list[Piece]:
    """Clarifying questions for what the reading could not settle (the reviewer sees the reasons
    as a check_order flag). Steak and a missing ZIP are asked elsewhere."""
    fields = {name for name, _ in inquiry.checks}
    said = {reason for _, reason in inquiry.checks}
    protein_doubt = any(c not in said and not of_kind(c, AMBIGUOUS_WORD) for c in order.checks)
    out = []
    if fields & {"guests", "guests_again", "message", "add_on_group", LOOSE}:
        out.append(Piece(_pick(short, "Can you confirm the exact headcount (adults, kids 6-12, 5 & under)?",  # noqa: E501
                               "Could you confirm the exact headcount: adults, kids 6-12, and kids 5 "
                               "and under?")))  # fmt: skip
    elif fields & {"kids", "kids_again"}:
        out.append(Piece(_pick(short, "How old are the kids? 6-12 are $30, 5 & under free.",
                               "How old are the kids? Kids 6-12 are $30.00 and kids 5 and under eat "
                               "free, so the total may change.")))  # fmt: skip
    if "travel" in fields:  # a city named without its ZIP
        brief, full = "What's the ZIP code there, for the travel fee?", "What ZIP code is the event in?"
        out.append(Piece(_pick(short, brief, full + " The travel fee depends on it.")))
    if "zip_choice" in fields:  # "book it! address is ..., roseville 95661" after a quote for 95678
        out.append(Piece("Which ZIP code is the party at? The travel fee depends on it."))
    if "add_on_choice" in fields:  # "yes! party's at 6 on 6/27" after two add-ons offered
        out.append(Piece("Which add-on would you like to add, or both?"))
    if "price_choice" in fields:  # "sounds good, lets do it" after two prices (round q84j)
        out.append(Piece("Which of the two prices should we go with?"))
    if "protein_choice" in fields:  # "whats the cheapest way to feed 25?": which included two
        out += [Piece(choice_question(r)) for f, r in inquiry.checks if f == "protein_choice"]
    if "extras_off" in fields:  # "take off the extras" beside extra portions and an add-on: which?
        out += [Piece(f"Which should come off: {r.partition(': ')[2]}")
                for f, r in inquiry.checks if f == "extras_off" and r.endswith(EXTRAS_OR_ADD_ONS)]
    if "allergy" in fields:  # "my mom has a shellfish allergy" beside shrimp
        out.append(Piece("Who has the allergy, and what should they have instead?"))
    if protein_doubt:
        out.append(Piece(_pick(short, "How many of each protein?",
                               "How many portions of each protein would you like?")))  # fmt: skip
    return out


def count_unsure(inquiry: Inquiry, text: str) -> str | None:
    """The check_order flag of a follow-up answered without a quote ("its sat the 14th. might be 2
    or 3 more ppl tho": the date for staff) whose count the reading could not place; None when
    it has none, so the count is asked of a person beside the date."""
    unsure = [why for field, why in inquiry.checks if field in {"guests", "kids"}]
    # "my husbands family is coming too": relations named that no count was read for ("date" is a
    # partner's word, but "to hold the date" is the event's); a question or an allergy about a
    # relation ("my niece is allergic to sesame, do u handle allergies?") is no count
    told = "?" not in text and not inquiry.allergies
    kin = sorted(inquiry.kin_said - {"date"}) if told else []
    unsure += [f"did not understand '{k}' beside no count" for k in kin]
    unsure += [why] if (why := fewer_unsaid(text.lower())) else []  # "... minus the Hendersons"
    return f"check_order: {'; '.join(unsure)}" if unsure else None


def confirm_order(short: bool) -> Piece:
    """The question when the reading is unsure of the order but has no narrower question."""
    return Piece(_pick(short, "Can you confirm how many guests and how many of each protein?",
                       "Could you confirm the headcount (adults, kids 6-12, kids 5 and under) "
                       "and how many portions of each protein you'd like?"))  # fmt: skip


def price_list(catalog: Catalog, order: Order, *, short: bool) -> Piece:
    """The per-person prices (catalog facts), in place of a total the reading is not sure of."""
    g = catalog.guests
    premium = [
        p
        for p in catalog.proteins
        if p.premium and any(line.protein == p.key for line in order.proteins)
    ]
    ups = ", ".join(f"{p.name} +{money(p.upgrade)}" for p in premium)
    brief = (
        f"Adults {money(g.adult_price)}, kids {g.child_min_age}-{g.child_max_age} "
        f"{money(g.child_price)}, {g.toddler_max_age} & under free, {g.included_portions} proteins each"
        + (f"; {ups} each" if ups else "")
        + "."
    )
    full = (
        f"Our prices: adults {money(g.adult_price)}, kids {g.child_min_age}-{g.child_max_age} "
        f"{money(g.child_price)}, kids {g.toddler_max_age} and under free, with "
        f"{g.included_portions} protein portions included per paying guest"
        + (f"; upgrades per portion: {ups}" if ups else "")
        + ". I'll send the exact total as soon as you confirm."
    )
    return Piece(_pick(short, brief, full))


def ambiguity_pieces(
    inquiry: Inquiry, catalog: Catalog, *, short: bool, priced: bool = True
) -> list[Piece]:
    """For "steak" and the like: what was assumed, and the alternative's price; with nothing
    `priced` (no guest count yet, no quote run), only which one they mean."""
    pieces = []
    for amb in catalog.ambiguous:
        if not any(ask.protein == amb.word for ask in inquiry.proteins):
            continue
        assumed = catalog.protein(amb.assume)
        other = next(catalog.protein(k) for k in amb.options if k != amb.assume)
        if not priced:  # a price beside no quote is a number no tool gave
            pieces.append(Piece(f"Which {amb.word}: {assumed.name} or {other.name}?"))
            continue
        brief = f"I priced {amb.word} as {assumed.name}; {other.name} is +{money(other.upgrade)} each."
        full = (
            f"By {amb.word}, do you mean {assumed.name} (included) or {other.name} "
            f"(+{money(other.upgrade)} per portion)? I priced {assumed.name} for now."
        )
        pieces.append(Piece(_pick(short, brief, full)))
    return pieces


def policy_pieces(
    catalog: Catalog, topics: frozenset[str], *, short: bool, zip_known: bool = False
) -> list[Piece]:
    """Answers to deposit, cancellation, notice, gratuity, tax, kids' price, minimum, what is
    included, travel and menu questions; the travel rule asks for the ZIP unless `zip_known`
    (the message's ZIP priced beside it)."""
    p, g = catalog.policies, catalog.guests
    out = []
    if topics & {"deposit", "cancellation", "booking", "changes"}:
        brief = (
            f"Deposit is {money(p.deposit)}, taken off the bill, refundable if you cancel "
            f"{p.deposit_refund_days}+ days out."
        )
        full = (
            f"We take a {money(p.deposit)} deposit to book; it's deducted from your final bill and "
            f"refundable if you cancel {p.deposit_refund_days} or more days before the event."
        )
        out.append(Piece(_pick(short, brief, full)))
    if "notice" in topics:
        out.append(Piece(f"We need at least {p.notice_hours} hours' notice."))
    if "gratuity" in topics:
        low, high = p.gratuity_low_percent, p.gratuity_high_percent
        not_ = "is" if p.gratuity_included else "isn't"
        brief = f"Tip {not_} included; {low}-{high}% is customary."
        full = f"Gratuity {not_} included; {low}% to {high}% is customary, paid to the chef."
        out.append(Piece(_pick(short, brief, full)))
    if "tax" in topics:
        out.append(Piece("Sales tax is added." if p.sales_tax else "No sales tax is charged."))
    if "kids_price" in topics:
        out.append(
            Piece(
                f"Kids {g.child_min_age}-{g.child_max_age} are {money(g.child_price)}; "
                f"{g.toddler_max_age} and under eat free."
            )
        )
    if "minimum" in topics:
        floor = money(catalog.minimum.food_total)
        brief = f"Our minimum is {floor} for the food (travel aside); smaller parties pay {floor}."
        full = (f"Our party minimum is {floor} for the food (guests, upgrades and add-ons, travel "
                f"aside): a smaller party pays {floor}, and no party is too small.")
        out.append(Piece(_pick(short, brief, full)))
    if "included" in topics:
        out.append(Piece(included_sentence(catalog, short=short)))
    elif "menu" in topics:
        included = ", ".join(x.name for x in catalog.proteins if not x.premium)
        out.append(Piece(f"Included proteins: {included}.", 2))
    if "travel_policy" in topics:
        t = catalog.travel
        free, rate = f"{t.free_miles.normalize():f}", money(t.per_mile)
        brief = f"First {free} miles from Sacramento ({t.base_zip}) are free, then {rate}/mile."
        full = (f"The chef drives from Sacramento ({t.base_zip}): the first {free} miles are free, "
                f"then it's {rate} a mile.")
        if not zip_known:  # a ZIP already priced is not asked for again
            brief = f"{brief} Your ZIP?"
            full = f"{full} Send me the ZIP code and I'll work out the exact fee."
        out.append(Piece(_pick(short, brief, full)))
    return out


def included_sentence(catalog: Catalog, *, short: bool) -> str:
    """What a paying guest's price includes, and what the premium proteins add (catalog facts)."""
    g = catalog.guests
    plain = ", ".join(p.name for p in catalog.proteins if not p.premium)
    by_price: dict[str, list[str]] = {}
    for p in (p for p in catalog.proteins if p.premium):
        by_price.setdefault(money(p.upgrade), []).append(p.name)
    ups = "; ".join(f"{' / '.join(names)} +{price}" for price, names in by_price.items())
    if short:
        return f"Each guest 6+ gets {g.included_portions} protein portions ({plain}); {ups} each."
    return (f"Each paying guest (adults and kids {g.child_min_age}-{g.child_max_age}) gets "
            f"{g.included_portions} protein portions, chosen from {plain}; premium upgrades per "
            f"portion: {ups}. Guests can pick different proteins.")


def reference_reply(short: bool) -> Piece:
    """The answer to an order named by reference ("the usual"): staff look up the earlier one."""
    return Piece(_pick(short, "Happy to do it again! Our team will pull up your last order and confirm.",
                       "Happy to do it again! Our team will pull up your earlier order and confirm "
                       "the details with you."))  # fmt: skip


def praise_reply(short: bool) -> Piece:
    """The answer to thanks or praise after the event."""
    return Piece(_pick(short, "Thank you so much! We'll pass this on to the chef.",
                       "Thank you so much for the kind words! We're so glad you enjoyed it, and "
                       "we'll pass them on to the chef."))  # fmt: skip


def ask_guests(short: bool) -> Piece:
    """The question for a missing guest count."""
    return Piece(
        _pick(
            short,
            "How many adults & kids (6-12, 5 & under)?",
            "How many guests are you expecting: adults, kids 6-12, and kids 5 and under (who eat free)?",
        )
    )


def ask_zip(short: bool) -> Piece:
    return Piece(_pick(short, "And your ZIP code?", "What ZIP code is the event in?"))


def invite(catalog: Catalog, short: bool) -> Piece:
    """The answer to a bare greeting: what a quote needs."""
    name = catalog.business.name
    brief = (
        f"Thanks for reaching out to {name}! For a quote, send # of adults & kids, ZIP, date, proteins."
    )
    full = (
        f"Thanks for reaching out to {name}! For a quote, tell me how many adults and kids (6-12, and "
        "5 and under) you're expecting, your ZIP code, the date and your protein choices."
    )
    return Piece(_pick(short, brief, full))


def travel_sentence(result: dict[str, Any] | None) -> str:
    """The answer to a travel question from a calculate_travel_fee result."""
    if not result or result.get("status") != "calculated":
        return "I couldn't find that ZIP code, so we'll confirm the travel fee."
    place = f"{result['place']} ({result['zip_code']})" if result.get("place") else result["zip_code"]
    if result["fee"] == "0.00":
        return f"{place} is {result['miles']} miles from us: no travel fee."
    return f"{place} is {result['miles']} miles from us: travel fee {money(result['fee'])}."

"""What the offline responder promises staff will confirm, for the topics the catalog cannot
answer (the date, equipment, paperwork, a call asked for ...), and the word each topic's reviewer
flag uses. Each promise comes in a short (SMS) and a full form."""

from __future__ import annotations

from orchestrator.replies import Piece

# Topics the offline responder cannot settle itself, and the word its flag uses for each.
STAFF_TOPICS = {
    "availability": "date", "equipment": "equipment", "space": "space", "menu": "menu",
    "paperwork": "paperwork", "arrangements": "arrangements", "safety": "safety",
    "off_menu": "off-menu request", "billing": "billing", "changes": "changes after booking",
    "discount": "discount", "offer": "offer claimed", "call_back": "call requested",
}

# What staff will confirm, by the topics that ask it, in the order a draft says them: the topics,
# the short and the full wording, and the piece's rank (higher dropped first on short channels).
_PROMISES: tuple[tuple[frozenset[str], str, str, int], ...] = (
    (frozenset({"availability"}), "We'll confirm the date is open.",
     "Our team will confirm the date is open.", 1),
    (frozenset({"equipment"}), "The chef brings the grill; we'll confirm the rest.",
     "The chef brings the hibachi grill; our team will confirm the other details.", 1),
    (frozenset({"space"}), "Our team will check the space and confirm.",
     "Our team will check the space and confirm.", 1),
    (frozenset({"menu"}), "Our team will confirm any dietary details.",
     "Our team will confirm any dietary details.", 2),
    (frozenset({"paperwork"}), "We'll get back to you on the paperwork.",
     "Our team will get back to you about the paperwork (insurance, permits, contracts).", 1),
    (frozenset({"changes"}), "We'll confirm how changes after booking work.",
     "Our team will confirm how changes to the guest count or the date work after booking.", 1),
    (frozenset({"billing"}), "We'll follow up on the billing details.",
     "Our team will follow up with you on the billing details (invoice, receipt, payment).", 1),
    (frozenset({"discount"}), "Our team will get back to you on the price you asked about.",
     "Our team will get back to you about the price you asked about (a discount or a match).", 1),
    (frozenset({"offer"}), "We'll confirm the offer you mentioned.",
     "Our team will get back to you about the offer you mentioned.", 1),
    (frozenset({"call_back"}), "We'll give you a call.", "Our team will give you a call.", 1),
    (frozenset({"arrangements", "safety", "off_menu"}),
     "Our team will reach out to go over the details.",
     "Our team will reach out to you directly to go over the details.", 1),
)  # fmt: skip


def staff_pieces(topics: frozenset[str], *, short: bool) -> tuple[list[Piece], list[str]]:
    """Promises that staff will confirm what the catalog cannot answer, and the flag words."""
    asks = [name for topic, name in STAFF_TOPICS.items() if topic in topics]
    pieces = [Piece(brief if short else full, rank)
              for asked, brief, full, rank in _PROMISES if asked & topics]  # fmt: skip
    return pieces, asks

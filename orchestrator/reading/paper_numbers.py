"""Numbers on an organisation's paperwork, never a count: a purchase order's, reference, invoice,
order or case number ("PO# 4471", "PO 90-1187", "Ref# EGT-2025-118", "Subject: Quote request -
Ref 2025-0419", "Invoice #INV-2024-0312", "case 2024-0031"), a date written year first in a form
("Event date: 2025-05-04"), a ZIP's four-digit extension ("95608-2231"), a phone number in a
signature ("Golden Gate Realty Group\\n916-555-0199") and its extension ("(916) 555-4410 ext 12"),
a hospital unit ("the night shift on 7 South"), an email address ("priya.raman82@gmail.com") and
parking spots ("visitor parking is spots 40 thru 55"). The safety net asks about no number inside
these spans, and the guest reader never sees them (a company's name before a phone would read as
"group 916")."""

from __future__ import annotations

import re

Span = tuple[int, int]

_PAPER_WORDS = (
    r"p\.?o\.?|purchase order|ref|reference|invoice|inv|order|case|ticket|confirmation|claim|"
    r"acct|account"
)
PAPER_NUMBERS = [
    re.compile(p)
    for p in [
        # a paperwork word, then a code joined by hyphens ("Ref 2025-0419", "EGT-2025-118") or a
        # number after "#" / "no." ("Order No. 4471"): the paperwork's, never guests
        rf"\b(?:{_PAPER_WORDS})\.?\s*(?:no\.?|number|#)?\s*[:#]?\s*"
        # (three digits at least before the first hyphen: "order 20-25" is a range of guests)
        r"(?:[a-z]{1,5}-\d{1,6}|\d{3,6})(?:-[a-z0-9]{1,8})+\b",
        # a short head and a long tail ("PO 90-1187", "invoice 21-5530"): a code, no range of
        # guests (whose second number is as short as its first)
        rf"\b(?:{_PAPER_WORDS})\.?\s*(?:no\.?|number|#)?\s*[:#]?\s*\d{{1,2}}-\d{{4,8}}\b",
        # "PO# 4471", "P.O. number 50712", "order #3391", "Invoice #INV-2024-0312"
        rf"\b(?:{_PAPER_WORDS})\.?\s*(?:no\.?|number|#)\s*[:#]?\s*(?:[a-z]{{1,5}}-?)?\d{{3,10}}\b",
        # a reference told by its word alone, long ("ref: 88213")
        r"\b(?:ref|reference)\.?\s*[:#]?\s*\d{4,10}\b",
        # a date written year first ("2025-05-04", "2025/10/18"): a form's date
        r"\b(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}\b",
        # a ZIP with its extension ("95608-2231"): the extension is no count
        r"\b9\d{4}-\d{4}\b",
        # a hospital unit named by its floor and wing ("on 7 South", "Nurse Manager, 4 West")
        r"\b(?:on|manager,?|nurse,?|nursing,?|for)\s+\d{1,2}\s+(?:north|south|east|west)\b"
        r"(?!\s+(?:sac|sacramento|adults|kids|people|guests|ppl))",
        r"(?m)^\s*\d{1,2}\s+(?:north|south|east|west)\s*$",
        # the unit ending a form's organisation line ("Organization: Mercy General, 4 West")
        r"(?m)^(?:organization|organisation|org|company|employer|department|dept|unit)\s*:"
        r"[^\n]*,\s*\d{1,2}\s+(?:north|south|east|west)\s*$",
        # a phone's extension after the number ("(916) 555-4410 ext 12", "916-555-7781 x 205"):
        # the desk's, never a count
        r"(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-.]\d{4}\s*,?\s*(?:ext\.?|extension|x)\s*#?\s*\d{1,5}\b"
        r"(?!\s*(?:adults|kids|people|guests|ppl))",
        # an email address with digits ("Email: priya.raman82@gmail.com" on a contact form): the
        # writer's mailbox, never a count (round q82k)
        r"[a-z0-9._%+-]*\d[a-z0-9._%+-]*@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b",
        # parking spots or spaces, one or a run of them ("spots 40 thru 55", "space #12")
        r"\b(?:spots?|spaces?|stalls?)\s+#?\s?\d{1,4}"
        r"(?:\s*(?:-|to|thru|through|and|&)\s*#?\d{1,4})?\b(?!\s*(?:adults|kids|people|guests|ppl))",
    ]
]
# a phone number (the area code first, in brackets or not): never a count
_PHONE = re.compile(r"(?:\(\d{3}\)\s?|\b\d{3}[-. ])\d{3}[-.]\d{4}\b")


def paper_spans(text: str) -> list[Span]:
    """The spans of paperwork numbers in `text`, for the safety net (`checks`)."""
    if not any(c.isdigit() for c in text):  # one cheap test: no digit, nothing to find
        return []
    return [m.span() for p in PAPER_NUMBERS for m in p.finditer(text)]


def hidden_paperwork(text: str) -> list[Span]:
    """The spans the guest reader must not see: phone numbers and the paperwork numbers."""
    if not any(c.isdigit() for c in text):
        return []
    return [m.span() for m in _PHONE.finditer(text)] + paper_spans(text)

"""The conversation an email reply quotes below its newest words, as turns, when it holds the
business's quote: the order the reply changes ("Adding my in-laws, so 2 more adults please" above
an Outlook-quoted "10 adults, 2 kids 6-12, 12 chicken, 12 NY strip steak: $610.00 total.").

Only a thread that can be read one way gives turns; any doubt gives none, and the reply is read
alone as before (a count added to nothing is asked). The part the reply answers (the newest quoted
one) must be the business's quote in the responder's own wording ("Quote for 12 adults with ...
Total $660.00.", "15 adults, 15 chicken, 15 shrimp: $825.00 total."); its sender is the business,
every other sender a customer, and every part must name its sender ("From: ...", "On ... X
wrote:"). A second, different quote in the thread (the order changed along the way), the quote
also from another sender, a thread of the customer's own messages only, or another caterer's
price in its own words gives none. The quote's words are not enough: a competitor's email
written in exactly the responder's words ("Quote for 12 adults with ...") is no quote of ours, so
the quote's sender must be the business (round q79f): its own address, or one on its own domain
("quotes@" beside "bookings@"; not a public mail service's, where anyone has an address), or, a
sender known by name alone ("From: Sacramento Hibachi"), a name sharing a word with the
business's. When the gateway does not know its own address, or the quote's sender cannot be
told, the quote is one turn of role "unknown": no history, and the reply is asked
(`orchestrator.thread_turns.thread_doubt`). A forward is the customer's own text (`email_body`),
never a thread. Signatures and contact blocks are left out of each part as of the newest reply.
"""

from __future__ import annotations

import re
from email.utils import parseaddr

from mailparser_reply.parser import EmailMessage, EmailReply

from adapters.email_body import forwards, parsed_body, without_contact_block
from vocabulary.quoted_thread import QuotedTurn

# The responder's quote: the offline draft's "Here's your quote: ... Total: $720.00", the short
# "15 adults, 15 chicken, 15 shrimp: $825.00 total" and "Quote for 12 adults with ... Total $660.00."
_OUR_QUOTE = re.compile(
    r"\bQuote for \d+ (?:adults?|guests?)\b[^\n]*\bTotal \$[\d,]+\.\d\d"
    r"|^(?:Hi!? |Thanks!? )?\d+ adults?, [^\n]*: \$[\d,]+\.\d\d (?:total|before travel)"
    r"|\bHere's your quote:\n- \d+ adults? x \$[\d.]+ = \$[\d,.]+\n(?:.*\n)*?Total: \$[\d,]+\.\d\d",
    re.MULTILINE,
)
# words every form of `_OUR_QUOTE` holds, quoting marks or not: a cheap test before the parse
_ANY_QUOTE = re.compile(r"Quote for \d|\$[\d,]+\.\d\d (?:total|before travel)|Here's your quote:")
_FROM = re.compile(r"^[* ]*From:[ *]*(.+)$", re.MULTILINE)
_WROTE = re.compile(r"\bOn (.+?) wrote:", re.DOTALL)
# The date and time before a "wrote:" line's sender: its sender follows the last of them
_WHEN = re.compile(r"\d{4}\b|\b[AP]M\b|\d:\d\d")
_ADDRESS = re.compile(r"<([^<>\s]+@[^<>\s]+)>|\b([^<>\s]+@[^<>\s]+\.\w+)\b")
# Domains where anyone has an address: one there is the business's only when it is its own
_PUBLIC_MAIL = frozenset({
    "gmail.com", "googlemail.com", "yahoo.com", "ymail.com", "outlook.com", "hotmail.com",
    "live.com", "msn.com", "icloud.com", "me.com", "mac.com", "aol.com", "proton.me",
    "protonmail.com", "comcast.net", "att.net", "sbcglobal.net", "gmx.com", "mail.com",
})  # fmt: skip
_NAME_WORD = re.compile(r"[a-z]{4,}")


def _unquoted(body: str) -> str:
    """A part's body without its "> " quoting marks."""
    return "\n".join(re.sub(r"^(?:> ?)+", "", line) for line in body.splitlines()).strip()


def _sender(headers: str) -> str | None:
    """Who wrote a quoted part, by its header ("From: Name <address>", "On <date> Name wrote:"):
    the address when one is given, else the name, lower-cased; None when the header names none."""
    flat = " ".join(_unquoted(headers).split())
    found = _FROM.search(_unquoted(headers))
    who = found.group(1) if found else None
    if who is None and (wrote := _WROTE.search(flat)):
        times = list(_WHEN.finditer(wrote.group(1)))
        who = wrote.group(1)[times[-1].end():] if times else wrote.group(1)
    if who is None:
        return None
    if address := _ADDRESS.search(who):
        return (address.group(1) or address.group(2)).lower()
    name = " ".join(who.strip(" ,\"'").split()).lower()
    return name or None


def is_business(sender: str, business: str) -> bool:
    """Whether a quoted part's `sender` (`_sender`: an address or a name, lower-cased) is the
    business whose own From is `business` ("Name <address>"): its address, an address on its
    own domain unless a public mail service's, or a name sharing a word with its name. False
    when `business` names no one: the gateway cannot tell."""
    name, address = parseaddr(business)
    address, name = address.lower(), name.lower()
    if "@" in sender:
        domain = sender.rpartition("@")[2]
        own = address.rpartition("@")[2] if "@" in address else ""
        return sender == address or (bool(own) and domain == own and own not in _PUBLIC_MAIL)
    return bool(set(_NAME_WORD.findall(sender)) & set(_NAME_WORD.findall(name)))


def _text(part: EmailReply) -> str:
    return without_contact_block(_unquoted(part.body))


def quoted_turns(
    text: str, parsed: EmailMessage | None = None, *, business: str = ""
) -> tuple[QuotedTurn, ...]:
    """The turns of the thread `text` quotes below its newest reply, oldest first, when the part
    the reply answers is the quote of the business whose own From is `business` (see the module
    docstring); else none. `parsed`: `text` parsed already (`parsed_body`), not parsed again."""
    if not _ANY_QUOTE.search(text):  # most emails: no quote of ours anywhere
        return ()
    parsed = parsed or parsed_body(text)
    if not parsed.replies or forwards(parsed.replies[0]):
        return ()
    parts = [part for part in parsed.replies[1:] if _text(part)]
    if not parts or not _OUR_QUOTE.search(_text(parts[0])):
        return ()
    quoter = _sender(parts[0].headers)  # who sent the quote the reply answers
    senders = [_sender(part.headers) for part in parts]
    if quoter is None or not is_business(quoter, business):
        return (("unknown", _text(parts[0])),)  # our words, not known to be ours: asked
    if None in senders:
        return ()
    quotes = {" ".join(_text(p).split()) for p in parts if _OUR_QUOTE.search(_text(p))}
    if len(quotes) != 1:  # two different quotes: which one the reply changes is not said
        return ()
    turns: list[QuotedTurn] = []
    for part, sender in zip(parts, senders, strict=True):
        if _OUR_QUOTE.search(_text(part)) and sender != quoter:
            return ()  # the same words from someone else: not our quote
        turns.append(("business" if sender == quoter else "customer", _text(part)))
    return tuple(reversed(turns))

"""The customer's own words in a plain-text email body: the newest reply, a forwarded message's
body after the forwarder's note, no quoted history, no sign-off, no contact block.

mail-parser-reply splits the body at each quoted header ("On ... wrote:", an Outlook "From: ...
Sent: ..." block) and cuts a reply's signature at a sign-off line ("Thanks,", "Best regards",
"--"). Two things it does not do are added here:

- a forward ("---------- Forwarded message ---------" from Gmail, "Begin forwarded message:" from
  Apple Mail) is what the customer is sending us, not history: the library ends the newest reply at
  the forwarded header block, so the next part's body (its From/Date/Subject/To lines dropped by
  the library) is kept after the note;
- a trailing contact block with no sign-off above it ("Greg Tanaka\nTanaka & Ruiz CPAs\n2150 River
  Plaza Dr, Suite 300\nSacramento, CA 95833\n(916) 555-0172 ext 14"): the library only knows
  sign-off words, so an office's phone, suite and ZIP would reach the reader as the party's. The
  last paragraph is dropped only when every line is a contact line (a phone, an email or web
  address, a street line, a "City, ST 12345" line) or a short name-like line (a name, a title, a
  company: no digits, no sentence), at least one is a contact line, it opens with a name-like line,
  nothing in it speaks of the party ("party", "event", "address", ...) and the text above does not
  introduce it ("... is at:").

One thing the library drops is taken back: a personal signature's ZIP ("Thanks,\nGreg\n95747",
"Maria Lopez\n(916) 555-2231\nElk Grove, CA 95758": a name, then only phones, email addresses
and the town's line) when the body asks for a price or names food, gives no ZIP and names no place
("at our home in Auburn" keeps the ZIP asked): the writer's home, the party's unless said
otherwise. Its one line is added as the body's last paragraph, only in a first letter (no thread
quoted or forwarded, no words of a change: "add 2 more adults, same food" keeps the thread's
ZIP); an office's signature (a title, a firm, a street, a web site) stays out.
"""

from __future__ import annotations

import re

from mailparser_reply.parser import EmailMessage, EmailReply

from adapters.email_sign_offs import sign_offs

# A quoted header block opens with its "From:" line (Outlook, Gmail and Apple Mail all write it
# first); the library's own pattern takes any two of From/Sent/To/Subject/Date/Cc/Organization
# lines, so a pasted booking form ("Organization: Elk Grove Rotary\nDate: Saturday, May 17th")
# was cut there and its order lost.
_FROM_HEADER = (
    r"((?:^|\n)(?:> ?)*[* ]*From:[ *]*.*"
    r"(?:\n(?:> ?)*[* ]*(?:Sent|To|Subject|Date|Cc|Organization):[ *]*.*)+(?:\n.*){,1})"
)


class _ReplyParser(EmailMessage):
    """The library's parser with the few English sign-offs it lacks and a quoted header block
    that starts at its From line."""

    def _get_language_regex(self, language: str, regex_key: str) -> str:
        found: str = super()._get_language_regex(language=language, regex_key=regex_key)
        if language == "en" and regex_key == "signatures":
            return sign_offs(found)
        if language == "en" and regex_key == "from_header":
            return _FROM_HEADER
        return found


_FORWARD_MARK = re.compile(
    r"\n*^[ \t>]*(?:-{3,} ?Forwarded message ?-{3,}|Begin forwarded message:)[ \t]*\Z",
    re.IGNORECASE | re.MULTILINE,
)
_PHONE = re.compile(
    r"(?:(?:tel|phone|ph|cell|mobile|mob|office|direct|fax|work|main|[ctmopfd])\.?:?[ \t]*)?"
    r"\+?1?[ .-]?\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}(?:[ \t]*(?:ext\.?|x)[ \t]*\d{1,5})?",
    re.IGNORECASE,
)
_CITY = r"[A-Z][A-Za-z .'-]{1,40},[ \t]*[A-Z]{2}\.?[ \t]+\d{5}(?:-\d{4})?"
_SUITE = r"(?:Suite|Ste\.?|Unit|Floor|Fl\.?|#)[ \t]*[\w-]{1,6}"
_STREET = (
    r"\d{1,6}[ \t]+[A-Za-z0-9 .'-]{1,40}\b(?:St|Street|Ave|Avenue|Dr|Drive|Rd|Road|Blvd|"
    r"Boulevard|Way|Ln|Lane|Ct|Court|Plaza|Pkwy|Parkway|Cir|Circle|Pl|Place|Mall|Sq|Square)\b\.?"
)
# "2150 River Plaza Dr, Suite 300", "Sacramento, CA 95833", or all of it on one line.
_ADDRESS = re.compile(
    rf"(?:{_STREET}(?:,?[ \t]*{_SUITE})?(?:,[ \t]*{_CITY})?|{_SUITE}|{_CITY})", re.IGNORECASE
)
_WEB = re.compile(r"\S+@\S+\.\w+|(?:https?://|www\.)\S+|[\w-]+\.(?:com|org|net|law|biz)\b/?")
_NAME_LIKE = re.compile(r"[A-Za-z][A-Za-z .,'&/|()-]{0,58}")
_SENTENCE = re.compile(r"[?!:;]|\.[ \t]+[a-z]|\b(?:I|we|we're|I'm|you|please|can|would)\b")
# Words of the order or the venue: a paragraph holding one is the customer's, never a signature.
_ABOUT_PARTY = re.compile(
    r"\b(?:(?:party|event|dinner|lunch)[ \t]+(?:is|will|at|address|location)|venue|address|"
    r"deliver|location|guests?|adults?|kids?|ppl|people|"
    r"chicken|steak|shrimp|salmon|lobster|filet|scallops?|tofu|vegg\w*|proteins?)\b",
    re.IGNORECASE,
)
# A sign-off line the library does not cut at ("Thanks!", "Thanks so much", "Best"): it may open
# the contact block.
_SIGN_OFF = re.compile(
    r"(?:thanks|thank you|cheers|best|regards|warmly|sincerely|many thanks|take care)"
    r"[a-z ]{0,20}[!,.]*",
    re.IGNORECASE,
)
_CONTACT = (_PHONE, _ADDRESS, _WEB)
# The body names the writer's workplace as the party's place, or as one it is choosing from: the
# signature's address is that place's ("a hibachi lunch catered at our office ... Thanks so
# much,\nRachel Kim\n...\n2600 Capitol Ave, Suite 410\nSacramento, CA 95816"; "whether we're
# hosting it at the office or at my place in Folsom (95630)"), so a signature with a ZIP is kept.
_AT_WORK = re.compile(
    r"\b(?:our|the|my)[ \t]+(?:office|offices|conference room|break ?room|workplace|shop|"
    r"store|studio|firm|headquarters|HQ|suite|building)\b",
    re.IGNORECASE,
)
# The body names the writer's own institution as the party's place ("in our parish hall" under
# "Fr. Tom Reilly\nSt. Rose Parish\n5961 Franklin Blvd\nSacramento, CA 95824"): the signature
# that names the same kind of place (its parish, church, lodge) gives that place's address
_INSTITUTION = re.compile(
    r"\b(?:our|the)[ \t]+(parish|church|chapel|temple|synagogue|mosque|congregation|lodge|clinic|"
    r"school|academy|warehouse|restaurant|winery|brewery|hospital|library|museum|dealership|"
    r"firehouse|club)\b",
    re.IGNORECASE,
)
_ZIP = re.compile(r"\b\d{5}\b")


def _at_own_place(body: str, signature: str) -> bool:
    """The body names the writer's workplace (`_AT_WORK`), or an institution the signature names
    ("our parish hall" signed "St. Rose Parish")."""
    if _AT_WORK.search(body):
        return True
    kinds = {m.group(1).lower() for m in _INSTITUTION.finditer(body)}
    return any(re.search(rf"\b{kind}\b", signature, re.IGNORECASE) for kind in kinds)


# A personal signature's lines after the name: a phone, an email address, "City, ST 12345" or a
# ZIP alone; a title, a firm, a street or a web site makes it an office's, whose ZIP is not the
# party's (round q74f)
_HOME_LINE = re.compile(rf"{_PHONE.pattern}|\S+@\S+\.\w+|{_CITY}|\d{{5}}(?:-\d{{4}})?", re.IGNORECASE)
_PERSON = re.compile(r"[A-Za-z][A-Za-z.'-]*(?:[ \t]+[A-Za-z][A-Za-z.'-]*){0,2}")
# The body names the party's place ("at our home in Auburn", "in Roseville", "out in rocklin"): a
# town the signature's ZIP may not be in, so the ZIP is asked as before
_PLACE_NAMED = re.compile(
    r"\b(?:in|near|out to|up in|over in)[ \t]+(?!(?:January|February|March|April|May|June|July|"
    r"August|September|October|November|December|the|a|an|my|our|his|her|their|advance|mind|"
    r"total|person|case|addition)\b)[A-Za-z]{3,}",
)

# The body asks for a price or orders food: the ZIP is wanted for the travel fee
_WANTS_QUOTE = re.compile(
    r"\b(?:quote|price|pricing|cost|total|how much|estimate|chicken|steak|strip|shrimp|salmon|"
    r"lobster|filet|scallops?|tofu|vegg\w*|proteins?)\b",
    re.IGNORECASE,
)

# Words of a change to an order quoted before: the party's ZIP was given then, and a new one in
# the signature (where the writer lives) would move the party silently
_FOLLOW_UP = re.compile(
    r"\b(?:add|adding|more|update|updated|change|changed|changes|instead|same|now|again|still|"
    r"also|new total|(?:your|the|that) quote|last time|earlier|as discussed)\b",
    re.IGNORECASE,
)


def home_zip_line(body: str, signature: str) -> str | None:
    """The ZIP line of a personal signature (a name, then only phones, email addresses and a
    "City, ST 12345" or bare ZIP line) under a body that asks for a quote, gives no ZIP and names
    no place: where the writer lives, which a careful reader takes as the party's. None
    otherwise."""
    if _ZIP.search(body) or _PLACE_NAMED.search(body) or _AT_WORK.search(body):
        return None
    if not _WANTS_QUOTE.search(body):  # "Can the chef set up indoors?": no price asked, no ZIP
        return None
    if _FOLLOW_UP.search(body):  # "add 2 more adults, same food": the order's ZIP is the thread's
        return None
    lines = [line.strip() for line in signature.strip().splitlines() if line.strip()]
    if lines and _SIGN_OFF.fullmatch(lines[0].lstrip("-").strip() or "thanks"):
        lines = lines[1:]
    if len(lines) < 2 or not _PERSON.fullmatch(lines[0]) or _SIGN_OFF.fullmatch(lines[0]):
        return None
    if not all(_HOME_LINE.fullmatch(line) for line in lines[1:]):
        return None
    zips = [line for line in lines[1:] if _ZIP.search(line)]
    return zips[0] if len(zips) == 1 else None


_ITEMS = re.compile(r"[ \t]*[|\u2022\u00b7][ \t]*|[ \t]{2,}")


def _is_contact(line: str) -> bool:
    """A phone, an address or a web line; or several, "|" or wide spaces between them."""
    items = _ITEMS.split(line)
    return all(any(pattern.fullmatch(item) for pattern in _CONTACT) for item in items)


def _is_name_like(line: str) -> bool:
    return len(line.split()) <= 6 and bool(_NAME_LIKE.fullmatch(line)) and not _SENTENCE.search(line)


def without_contact_block(text: str) -> str:
    """`text` without a trailing contact block (see the module docstring); else unchanged."""
    head, sep, last = text.rstrip().rpartition("\n\n")
    lines = [line.strip() for line in last.splitlines()]
    if not sep or not head.strip() or len(lines) < 2 or head.rstrip().endswith(":"):
        return text
    if _SIGN_OFF.fullmatch(lines[0]):
        lines = lines[1:]
    if not lines or not _is_name_like(lines[0]) or _ABOUT_PARTY.search(last):
        return text
    if not any(map(_is_contact, lines)):
        return text
    if not all(_is_contact(line) or _is_name_like(line) for line in lines):
        return text
    return head.rstrip()


# A postscript after the sign-off ("P.S. My cousin's family can't come, so please quote 27 adults
# instead"): the writer's last words, often a change to what the body says
_POSTSCRIPT = re.compile(r"^[ \t]*p\.[ \t]?s\.?(?=[\s:,-])", re.IGNORECASE | re.MULTILINE)


def parsed_body(text: str) -> EmailMessage:
    """A normalized body split into its replies, newest first (the library's parse, with this
    module's sign-offs and quoted header block)."""
    return _ReplyParser(text=text, languages=["en"], keep_hyphen_lists=True).read()


def forwards(newest: EmailReply) -> bool:
    """The newest reply ends at a forward's note: what follows is the customer's, not history."""
    return bool(_FORWARD_MARK.search(newest.content.strip()))


def newest_reply(text: str) -> str:
    """The newest reply of a normalized body ("\\n" line ends, stripped), forwarded message kept
    after the note; "" when nothing is left."""
    return newest_of(parsed_body(text))


def newest_of(parsed: EmailMessage) -> str:
    """`newest_reply` of a body parsed already (`parsed_body`)."""
    if not parsed.replies:
        return ""
    newest = parsed.replies[0]
    # The mark ends the part the library saw before the forwarded header block; a sign-off above
    # it ("Thanks,\nOwen", "Sent from my iPhone") makes it part of the signature it cut.
    forward = _FORWARD_MARK.search(newest.content.strip())
    kept = [_own_words(newest, first=len(parsed.replies) == 1)]  # no thread quoted, no forward
    if forward and len(parsed.replies) > 1:
        kept.append(_unquoted(_own_words(parsed.replies[1])))
    return "\n\n".join(part.strip() for part in kept if part.strip())


def _unquoted(forwarded: str) -> str:
    """A forwarded message without the history it quotes ("> ..." lines: often our own quote to
    someone else) when it has words of its own; all quote (a pasted text thread), it is kept."""
    own = [line for line in forwarded.splitlines() if not line.startswith(">")]
    return "\n".join(own).strip() if "".join(own).strip() else forwarded


def _address_lines(signature: str) -> str:
    """A signature kept for its address (`_at_own_place`) without its title, firm and notice lines
    ("Managing Partner\nHarrow Green Wealth Advisors", "Securities offered through ..."): their
    words ("advisors", "only") name no guest and no order (round q82p). The sign-off, the name and
    the contact lines stay; the whole signature when its ZIP would go with the others."""
    kept, named = [], False
    for line in signature.splitlines():
        item = line.strip()
        if not named:  # the sign-off however worded ("Warm regards,"), up to the writer's name
            kept.append(line)
            named = bool(item) and not _SIGN_OFF.fullmatch(item) and bool(_PERSON.fullmatch(item))
        elif not item or _is_contact(item):
            kept.append(line)
    out = re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).rstrip()
    return out if _ZIP.search(out) else signature


def _own_words(part: EmailReply, *, first: bool = False) -> str:
    """One part's body without its header lines, a forward mark, the signature or a contact block;
    with its signature when the body names the writer's workplace (`_at_own_place`) and the signature
    gives an address with a ZIP; with a personal signature's ZIP line when the email is `first`
    (no thread quoted or forwarded) and `home_zip_line` takes it."""
    body = without_contact_block(part.body.strip())
    whole = part.full_body.strip()
    signature = whole[len(body):] if whole.startswith(body) else ""
    if _ZIP.search(signature) and _at_own_place(body, signature):
        body = f"{body}{_address_lines(signature)}"  # the office's address, not its firm's words
    elif first and (home := home_zip_line(body, signature)):  # "Maria\n...\nElk Grove, CA 95758":
        body = f"{body}\n\n{home}"  # where the writer lives, the party's when the body names none
    elif postscript := _POSTSCRIPT.search(signature):  # "Thank you,\nDiane\n\nP.S. ... 27 adults
        body = f"{body}\n\n{signature[postscript.start():].strip()}"  # instead": the writer's words
    mark = _FORWARD_MARK.search(body)
    return body[: mark.start()] if mark else body


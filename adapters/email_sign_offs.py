"""The English sign-offs that open an email's signature, for the reply parser of
`adapters.email_body`: the library's own list, a few it lacks, and a guard on those written
with a comma so that a sentence opening with "Thanks," stays the customer's (round q84j)."""

from __future__ import annotations

# Sign-offs the library does not list for English (it has "Thanks,", "Thank you,", "Best,",
# "Best regards", "Kind Regards", "All the best", "regards,"); like its own, each opens the
# signature only at the start of a line that is not the body's first.
_MORE_SIGN_OFFS = (
    "Cheers,",
    "Sincerely,",
    r"(?:Warm|Warmest|Many) (?:regards|thanks),",
    "Warmly,",
)


# A sign-off with a comma ("Thanks,", "Thank you,", "Best,") opens the signature only when the
# rest of its line is empty or opens with a name ("Thanks, Linda", "Best, Dana (Evergreen
# Events)", "Thanks, Jordan (916) 555-0071"): "Thanks, that works for us. What do you need from us
# to book?" is the customer's sentence, and cutting there left "Hi," alone, answered as a new
# greeting with the quote again (set 180's fr047, round q84j). A capital word that opens a
# sentence ("Thank you, I have a question", "Thanks, We'll ...") is no name. Case-sensitive
# inside: the library compiles the signatures ignoring case.
_OPENERS = (
    r"I|I'm|I'll|I've|I'd|We|We're|We'll|We've|We'd|My|Our|That|That's|This|It|It's|Can|Could|"
    r"Would|Will|Please|Let|Let's|Looking|See|Have|Just|So|And|But|Also|Is|Are|Do|Does|What|How|"
    r"When|Where|Yes|No|Ok|Okay|Sounds|The|Everything|All"
)
_NAME_AFTER = rf"(?=(?-i:[ \t]*$|[ \t]*(?:[-~\u2013\u2014][ \t]*)?(?!(?:{_OPENERS})\b)[A-Z]))"


def _guarded(sign_off: str) -> str:
    """A sign-off alternative of the library's list, a comma one guarded by `_NAME_AFTER`."""
    return sign_off + _NAME_AFTER if sign_off.endswith(",") else sign_off


def sign_offs(library: str) -> str:
    """The signatures' alternation: the `library`'s (its alternatives joined with "|") with
    `_MORE_SIGN_OFFS` after them, each comma sign-off guarded."""
    return "|".join(_guarded(one) for one in (*library.split("|"), *_MORE_SIGN_OFFS))

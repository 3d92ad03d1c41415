"""An email's quoted thread read as turns only when the reply answers the business's quote
(`adapters.email_thread`), carried in the text (`vocabulary.quoted_thread`) and split off again
into the history the responder reads (`orchestrator.thread_turns`)."""

from __future__ import annotations

from adapters.email_normalize import strip_reply
from adapters.email_thread import is_business, quoted_turns
from orchestrator.drafts import Turn
from orchestrator.thread_turns import UNKNOWN_QUOTE, thread_doubt, with_thread
from vocabulary.quoted_thread import newest_words, split_thread

US = "Sacramento Hibachi at Home <quotes@example.com>"
QUOTE = "Quote for 12 adults with 12 chicken, 12 shrimp: guests $660.00. Travel to 95661: no fee. Total $660.00."
ASKED = "hi, 12 adults chicken and shrimp 95661"


def _gmail(reply: str, *parts: tuple[str, str]) -> str:
    """`reply` above `parts` (sender, body), newest first, each quoted one level deeper."""
    text, depth = reply, 1
    for sender, body in parts:
        marks = ">" * (depth - 1) + (" " if depth > 1 else "")
        quoted = "\n".join(">" * depth + " " + line for line in body.splitlines())
        text += f"\n\n{marks}On Tue, Jun 3, 2025 at 10:12 AM {sender} wrote:\n{quoted}"
        depth += 1
    return text


def test_a_reply_to_our_quote_carries_the_thread_oldest_first() -> None:
    text = _gmail("Can you add 2 more kids, ages 7 and 10?", (US, QUOTE), ("Dana <d@example.com>", ASKED))
    assert quoted_turns(text, business=US) == (("customer", ASKED), ("business", QUOTE))
    newest, turns = split_thread(strip_reply(text, US))
    assert newest == "Can you add 2 more kids, ages 7 and 10?"
    assert turns == (("customer", ASKED), ("business", QUOTE))


def test_an_outlook_block_names_its_sender() -> None:
    text = (f"Add 4 more adults please.\n\nFrom: {US}\nSent: Monday, June 9, 2025 11:48 AM\n"
            f"Subject: RE: quote\n\n{QUOTE}\n\nFrom: Jo <jo@example.com>\nSent: Monday, June 9, "
            f"2025 10:30 AM\nSubject: quote\n\n{ASKED}")
    assert quoted_turns(text, business=US) == (("customer", ASKED), ("business", QUOTE))


def test_doubtful_threads_give_no_turns() -> None:
    other = QUOTE.replace("12", "15")
    two = _gmail("add 2 kids", (US, QUOTE), ("Dana <d@example.com>", "make it 12"), (US, other))
    assert quoted_turns(two, business=US) == ()  # two different quotes
    assert quoted_turns(_gmail("also 2 more adults", ("Tom <t@example.com>", ASKED)), business=US) == ()
    rival = _gmail("can you beat this?", ("Samurai Grill <s@example.com>",
                                           "20 guests, chicken and steak, $1,100 plus tip"),
                   ("Dana <d@example.com>", ASKED))
    assert quoted_turns(rival, business=US) == ()  # another caterer's price, in its own words
    mixed = _gmail("add 2 kids", (US, QUOTE), ("Samurai Grill <s@example.com>", QUOTE))
    assert quoted_turns(mixed, business=US) == ()  # the same quote from another sender: whose is it?
    assert strip_reply("just 12 adults please") == "just 12 adults please"


def test_the_thread_is_history_only_when_the_conversation_has_none() -> None:
    carried = strip_reply(_gmail("add 2 adults", (US, QUOTE), ("Dana <d@example.com>", ASKED)), US)
    assert newest_words(carried) == "add 2 adults"
    assert with_thread(carried, ()) == ("add 2 adults", (Turn("customer", ASKED), Turn("business", QUOTE)))
    own = (Turn("customer", carried), Turn("business", "Thanks!"))
    assert with_thread(carried, own) == ("add 2 adults", (Turn("customer", "add 2 adults"), own[1]))


def test_a_quote_in_our_words_from_another_sender_is_not_ours() -> None:
    """Round q79f: a competitor's quote written in the responder's exact words, or a quote whose
    sender the gateway cannot check, is one "unknown" turn: no history, the reply is asked."""
    for rival in ("Sac Teppan Grill <bookings@sacteppan.com>", "Samurai <samurai@gmail.com>",
                  "Teppan Express"):
        text = _gmail("can you do this for 14 adults instead?", (rival, QUOTE), ("Dana <d@x.com>", ASKED))
        assert quoted_turns(text, business=US) == (("unknown", QUOTE),)
        carried = strip_reply(text, US)
        assert with_thread(carried, ()) == ("can you do this for 14 adults instead?", ())
        assert thread_doubt(carried, ()) == UNKNOWN_QUOTE
        assert thread_doubt(carried, (Turn("customer", ASKED),)) is None  # the gateway's record
    ours = _gmail("add 2 adults", (US, QUOTE), ("Dana <d@x.com>", ASKED))
    assert quoted_turns(ours) == (("unknown", QUOTE),)  # our own address not told: cannot know


def test_the_business_is_its_address_its_domain_or_its_name() -> None:
    assert is_business("quotes@example.com", US)
    assert is_business("bookings@example.com", US)  # another mailbox of its own domain
    assert is_business("sacramento hibachi", US)  # known by name alone ("From: Sacramento Hibachi")
    assert not is_business("info@hibachibros.net", US)
    assert not is_business("sac teppan grill", US)
    assert not is_business("someone@gmail.com", "Sac Hibachi <sachibachi@gmail.com>")  # a public domain
    assert is_business("sachibachi@gmail.com", "Sac Hibachi <sachibachi@gmail.com>")
    assert not is_business("quotes@example.com", "")  # the gateway not told its own address

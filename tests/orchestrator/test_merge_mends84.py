"""What the forty-fourth session's merged reading moved on older blind sets, mended after its
merged evaluation: a grown person's birthday told with its ordinal and "bday" (121 dk009, 141
ee021), kids' ages answered above a signed name (131 du097), and when the deposit is due asked
after a quote (138 eb087)."""

from __future__ import annotations

import pytest

from orchestrator.offline import OfflineResponder
from orchestrator.reading.grown_birthday import kids_birthday
from orchestrator.service import Turn
from vocabulary.messages import Channel


@pytest.mark.parametrize("text", ["it's for my mom's 60th bday", "my mother-in-law's 60th birthday"])
def test_a_grown_birthday_with_its_birthday_word_is_no_kids_birthday(text: str) -> None:
    assert not kids_birthday(text)


def test_friends_at_a_grown_birthday_are_counted_in_the_list(offline: OfflineResponder) -> None:
    text = (
        "Hi! It's for my mom's 60th bday. It'll be me, my husband, our 2 kids (13 and 9), my mom, "
        "my dad, my sister and her husband, and 4 of mom's friends from church. Chicken and filet "
        "please. Zip 95662"
    )
    reply = offline.respond(channel=Channel.SMS, text=text, history=())
    assert reply.quote is not None and reply.quote["total"] == "695.00"
    assert not [f for f in reply.flags if f.startswith("check_order")]


def test_kids_ages_above_a_signed_name_complete_the_order(offline: OfflineResponder) -> None:
    history = (
        Turn(role="customer", text=(
            "Hello,\n\nOur nonprofit is hosting a thank-you dinner for our board members and their "
            "families: 14 adults and 4 kids. Chicken and NY strip. 95822.\n\nThanks,\nDenise Morgan"
        )),
        Turn(role="business", text=(
            "Thank you, Denise! How old are the 4 kids? Children 6-12 are $30.00 each and kids 5 "
            "and under eat free."
        )),
    )
    reply = offline.respond(channel=Channel.EMAIL, text="Hi,\n\nThe kids are 12, 9, 6 and 3.\n\nDenise",
                            history=history)
    assert reply.quote is not None and reply.quote["total"] == "860.00"
    assert not [f for f in reply.flags if f.startswith("check_order")]


def test_when_the_deposit_is_due_is_a_policy_question_not_a_booking(offline: OfflineResponder) -> None:
    quote = (
        "Quote for 15 adults with 15 salmon, 15 chicken: guests $825.00, protein upgrades $75.00. "
        "Travel to 95758: no fee. Total $900.00. A $100 deposit holds the date (deducted from the "
        "bill); gratuity is not included, 20-35% is customary."
    )
    history = (Turn(role="customer", text="15 ladies, salmon and chicken, 95758"),
               Turn(role="business", text=quote))
    reply = offline.respond(channel=Channel.SMS, history=history,
                            text="ok thank you! how much is the deposit and when do we pay it?")
    assert reply.quote is None
    assert "deposit" in reply.text.lower()

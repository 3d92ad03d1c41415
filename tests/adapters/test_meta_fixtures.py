"""Every Meta webhook fixture, verified and parsed, compared with the whole expected result:
every field of every message and every ignored event."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import httpx
import pytest

from adapters.meta import MetaAdapter
from vocabulary.messages import (
    Attachment,
    Channel,
    InboundKind,
    InboundMessage,
    Location,
    ParsedWebhook,
)
from vocabulary.webhook import WebhookRequest

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "meta"
SECRET = "fixture-secret"
PAGE = "104857392016482"
IG = "17841401234567890"
MARISOL = "7083456129384756"
M = Channel.MESSENGER
I = Channel.INSTAGRAM  # noqa: E741


def _at(hour: int, minute: int, second: int, millis: int) -> datetime:
    return datetime(2025, 6, 11, hour, minute, second, millis * 1000, tzinfo=UTC)


def _from_customer(
    channel: Channel,
    mid: str,
    sender: str,
    text: str,
    at: datetime,
    *,
    attachments: tuple[Attachment, ...] = (),
    raw: dict[str, object] | None = None,
) -> InboundMessage:
    """A customer's message to the Page (Messenger) or the IG account (Instagram)."""
    recipient = PAGE if channel is M else IG
    return InboundMessage(
        channel=channel,
        provider_message_id=mid,
        sender=sender,
        recipient=recipient,
        text=text,
        received_at=at,
        attachments=attachments,
        raw={"object_id": recipient, **(raw or {})},
    )


IG_MID = "aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDAxMjM0NTY3ODkwOjM0MDI4MjM2Njg0MTcxMDMwMTI0NDIw"
ECHO_MID = "m_GMeMMBtmdNofB3Di8Cldgx0mfMTzEKUsgVp7XKs2FhSL2yBFjRks7lOEcko2wiDCPal--qf5CIsMdNHBJy53Nj"

EXPECTED: dict[str, ParsedWebhook] = {
    "messenger_text.json": ParsedWebhook(
        messages=(
            _from_customer(
                M,
                "m_1n97dEJsU2zGagENFYPA_WK8NUwQq1svxI9YYevIJz"
                "E8FtMIX6wqEU2Hq-5r1e90XMr991UEu2QAoZegreVEMn",
                MARISOL,
                "Hi! Do you come out to Roseville (95747)? Looking at Saturday July 12 around "
                "6pm. 12 adults + 4 kids (ages 7 to 11). Mostly chicken and steak, maybe a "
                "couple lobster upgrades. Ballpark price?",
                _at(2, 27, 31, 318),
            ),
        )
    ),
    "messenger_echo.json": ParsedWebhook(
        messages=(
            InboundMessage(
                channel=M,
                provider_message_id=ECHO_MID,
                sender=PAGE,
                recipient=MARISOL,
                text="Hi Marisol! Yes, Roseville is in our area. Quick question before I price it: "
                'by "steak" do you mean NY strip (included) or filet mignon (+$5 per portion)?',
                received_at=_at(2, 31, 5, 774),
                kind=InboundKind.ECHO,
                raw={
                    "object_id": PAGE,
                    "metadata": "draft:43",
                    "app_id": "1298765432109876",
                    "from_gateway": True,
                },
            ),
        )
    ),
    "messenger_delivery_read.json": ParsedWebhook(
        ignored=(
            f"messenger delivery of 1 message(s) to {MARISOL}",
            f"messenger read from {MARISOL}",
        )
    ),
    "messenger_quick_reply.json": ParsedWebhook(
        messages=(
            _from_customer(
                M,
                "m_VXR4jZMxusdc64xFMwrYxVTLu3EFLfNc4BBrk90Eyd"
                "i2_09PC9TVfeGqp3WcNTRR8pDNo396pR38DHSOCKa0ye",
                MARISOL,
                "Filet mignon (+$5)",
                _at(2, 33, 48, 102),
                raw={"quick_reply_payload": "STEAK_FILET"},
            ),
        )
    ),
    "messenger_postback.json": ParsedWebhook(
        messages=(
            _from_customer(
                M,
                "m_p-te1CEjn6MWj3dKvf2NOwVEDSjVlkCPcrBvdjKzbj"
                "SuA-uwytTa1QuWmRIIx_6ZvIOYJZH7OEH7lNSrLubCw3",
                "6840172593620485",
                "Get a Quote",
                _at(3, 10, 44, 20),
                raw={"postback_payload": "GET_QUOTE"},
            ),
        )
    ),
    "messenger_image.json": ParsedWebhook(
        messages=(
            _from_customer(
                M,
                "m_seM78xUYDjwvnlOw7DDxf5DVWLYSbqFadKGWYcck-X"
                "HqdgWbkP9zrtWd0pAuNcNNF1KU6yTEtdNSErww9pgOKQ",
                "6629184730562918",
                "",
                _at(3, 2, 17, 455),
                attachments=(
                    Attachment(
                        "https://scontent.xx.fbcdn.net/v/t1.15752-9/503214587_1290348756612034_"
                        "3847561209384756102_n.jpg?_nc_cat=104&ccb=1-7&_nc_sid=fc17b8&_nc_ad=z-m&_nc_cid=0"
                        "&_nc_ht=scontent.xx",
                        "image",
                    ),
                ),
            ),
        )
    ),
    "messenger_batched.json": ParsedWebhook(
        messages=(
            _from_customer(
                M,
                "m_hyF9vVBhm4C703lJtO3AzjbM1USlIk5h6c4LosZAvS"
                "RbhkfjOYF-l_sV9JTNr2WNzOwNmu0Mm3f7hVyPp9_aMD",
                "7391025846173920",
                "Are you available Sunday June 29 in Rancho Cordova 95670? About "
                "9 adults and 5 kids under 12.",
                _at(3, 20, 1, 115),
            ),
            _from_customer(
                M,
                "m_W68OKeCR-zkmhZV-mBKTQKDXFxJm8VniXMgmxG3J1f"
                "OsYbNQvGBBWIDAufroxCZwpfAWuCcPneIQaiZPp90UwX",
                "6957302184639271",
                "How much is the travel fee out to Lincoln 95648?",
                _at(3, 20, 1, 982),
            ),
            _from_customer(
                M,
                "m__l-aanBVNss2v51EUDgXy2UIrTZNorIPKSz8-KSY-x"
                "5r3oxjmvJpTdd2QirWJC4aIVWRdc_4YwD9mj7GK5uJkA",
                "7214689305718264",
                "Can 2 of our guests get tofu instead of meat? Party of 11 in "
                "West Sacramento 95691, Aug 16.",
                _at(3, 20, 3, 406),
            ),
            _from_customer(
                M,
                "m_bmuLyoMmk8rTRv6yrCpUER3jWeeq52w6FMS-z_gGAr"
                "-Va61BFTnAdriG6D7t3RJiGPGvzMmJSy9RFI_dCbqGJx",
                "6629184730562918",
                "That pic is the side yard btw, the grill would go on the concrete "
                "part. 10 adults, Citrus Heights 95610.",
                _at(3, 20, 4, 730),
            ),
        )
    ),
    "messenger_media.json": ParsedWebhook(
        messages=(
            _from_customer(
                M,
                "m_cOrIoWXCgtWPY2MfwAxMjfYSPZh2l5meqqDOW_LiHf"
                "8jq6gaoELwntDHb1EA0G6AFGPIbzHvX1CNEIGkthGSPw",
                "7391025846173920",
                "",
                _at(5, 1, 53, 480),
                attachments=(
                    Attachment(
                        "https://cdn.fbsbx.com/v/t59.3654-21/504918273_1038475612093847_"
                        "5820394756102938475_n.mp4/audioclip-1749618109000-4821.mp4?_nc_cat=109&ccb=1-7"
                        "&_nc_sid=d61c36&_nc_ht=cdn.fbsbx.com",
                        "audio",
                    ),
                ),
            ),
            _from_customer(
                M,
                "m_zcP27-wXq_j-to9W_vmQOD2pl6Z4CtTxT2usywDzLK"
                "E41uw20hLOtdmKXzji2c1ZqV-3svyN8TSBPrP84NUE3Q",
                "6629184730562918",
                "",
                _at(5, 3, 10, 217),
                attachments=(
                    Attachment(
                        "https://video.xx.fbcdn.net/v/t42.3356-2/505129384_1847563920184756_"
                        "2938475610293847561_n.mp4/video-1749618190.mp4?_nc_cat=100&ccb=1-7&_nc_sid=060d78"
                        "&_nc_ht=video.xx",
                        "video",
                    ),
                ),
            ),
            _from_customer(
                M,
                "m_FdgU6qj8EVWarR80K9GODIAKSnKagkxwRpkHa1OKdw"
                "ZH0mLTKKXFxtuWTblhQvyg8i_BWEQN9H4xvqQdgbQvtg",
                "7214689305718264",
                "",
                _at(5, 4, 13, 950),
                attachments=(
                    Attachment(
                        "https://cdn.fbsbx.com/v/t59.2708-21/503948271_1129384756102938_"
                        "4756102938475610293_n.pdf/Backyard%20layout%20-%20Aug%2016.pdf?_nc_cat=106"
                        "&ccb=1-7&_nc_sid=0cab14&_nc_ht=cdn.fbsbx.com",
                        "file",
                        "Backyard layout - Aug 16.pdf",
                    ),
                ),
            ),
        )
    ),
    "messenger_reaction.json": ParsedWebhook(
        ignored=(f"messenger reaction react love on {ECHO_MID} from {MARISOL}",)
    ),
    # Issue 14 item 6: the legacy location share is a customer message with a location
    # attachment now, no longer dropped as "without text or attachments".
    "messenger_unhandled.json": ParsedWebhook(
        messages=(
            _from_customer(
                M,
                "m_z7UyffmaqrGOWx1n467Dt42tGEqD_VKm6O8p41org2z2t3YxrXV76uej-gr"
                "3K06yxYIOiQKgZ-tkpRf7kKOqIg",
                "7391025846173920",
                "",
                _at(3, 23, 21, 433),
                attachments=(Attachment.of_location(Location(38.5891, -121.3027)),),
            ),
        ),
        ignored=(
            "messenger message_edit of m_W68OKeCR-zkmhZV-mBKTQKDXFxJm8VniXMgmxG3J1fOsYbNQvGBBWI"
            "DAufroxCZwpfAWuCcPneIQaiZPp90UwX from 6957302184639271",
            "messenger referral from 6840172593620485",
            f"messenger entry {PAGE}: standby",
        ),
    ),
    "instagram_text.json": ParsedWebhook(
        messages=(
            _from_customer(
                I,
                IG_MID + "MDE0NTE4MDM2MzA3ODEzMjozMTc2OTQ4NTU0MTY"
                "4NjUxMzgzMzc5MjAwMDIzNjM3ODkxMDQwOQZDZD",
                "1184762930517284",
                "hiii \U0001f44b do u guys bring the grill + plates and everything?? it's my "
                "husband's 40th in elk grove 95758 on aug 2. 20 adults and we want lobster for everyone "
                "\U0001f99e how much is the deposit and when is it due?",
                _at(4, 5, 12, 640),
            ),
        )
    ),
    "instagram_story_mention.json": ParsedWebhook(
        messages=(
            _from_customer(
                I,
                IG_MID + "ODU4MTE2MDEwMjQxMTUwODozNTY4MjEzMzk2MTE"
                "4MjUyMDcxMTczMjM1MjI5NzEyNjc0MTI4NgZDZD",
                "1039275146820537",
                "",
                _at(4, 40, 27, 93),
                attachments=(
                    Attachment(
                        "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=18047263519284736"
                        "&ext=1749703227",
                        "story_mention",
                    ),
                ),
            ),
        )
    ),
    "instagram_story_reply.json": ParsedWebhook(
        messages=(
            _from_customer(
                I,
                IG_MID + "NTI2MDE4MTU5MDgzMDE2NjE6MzE4NjA5MTM5MDk5NjAzMDgyNDYyODE5NDgyMTk5MzUxODE5ZDZD",
                "1039275146820537",
                "is that the onion volcano?? can u do that at a bday in davis 95616, like 15 "
                "people on sept 6",
                _at(4, 50, 2, 765),
                raw={
                    "reply_to_story": {
                        "id": "18052938475610293",
                        "url": "https://lookaside.fbsbx.com/"
                        "ig_messaging_cdn/?asset_id=18052938475610293&ext=1749703802",
                    }
                },
            ),
        )
    ),
    "instagram_echo.json": ParsedWebhook(
        messages=(
            InboundMessage(
                channel=I,
                provider_message_id=IG_MID
                + "Mzc4NjU3OTc1NDMyMzE5NDg6NzU3NDkxMTg2MjUyNzYwMTg5NTU1OTc5NzE"
                "xNDcxMDQ5NzQ2ZDZD",
                sender=IG,
                recipient="1184762930517284",
                text="Happy early 40th to your husband! Yes, we bring the grill, propane, plates "
                "and utensils. Let me put the lobster quote together for 20 adults in 95758.",
                received_at=_at(4, 12, 0, 102),
                kind=InboundKind.ECHO,
                raw={"object_id": IG, "from_gateway": False},
            ),
        )
    ),
    "instagram_reel_share.json": ParsedWebhook(
        messages=(
            _from_customer(
                I,
                IG_MID + "NzUyOTE3MDM0MjM2NjcxMjc6Njg0MjY4NDY1NjMyMTIyMzMwNzkyNDQwMjY4NTk5NTI4OTA3ZDZD",
                "1184762930517284",
                "",
                _at(4, 59, 19, 881),
                attachments=(
                    Attachment(
                        "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=18320495867120394"
                        "&ext=1749704359",
                        "ig_reel",
                        "Backyard hibachi night, the kids loved the shrimp toss #hibachi #sacramento",
                    ),
                ),
            ),
        )
    ),
}


@pytest.fixture
async def adapter() -> AsyncIterator[MetaAdapter]:
    async with httpx.AsyncClient() as http:
        yield MetaAdapter(
            app_secret=SECRET,
            verify_token="v",
            page_access_token="t",
            graph_base_url="http://127.0.0.1:9",
            graph_version="v21.0",
            http=http,
        )


@pytest.mark.parametrize("name", sorted(EXPECTED))
async def test_fixture_parses_to_the_expected_messages(adapter: MetaAdapter, name: str) -> None:
    body = (FIXTURES / name).read_bytes()
    digest = hmac.new(SECRET.encode(), body, hashlib.sha256).hexdigest()
    request = WebhookRequest(
        url="https://gateway.example.com/webhooks/meta",
        body=body,
        headers={"x-hub-signature-256": f"sha256={digest}"},
    )
    adapter.verify(request)
    assert adapter.parse(request) == EXPECTED[name]


def test_every_fixture_file_is_covered() -> None:
    from tests.adapters.test_corpus_meta import CORPUS

    assert {path.name for path in FIXTURES.glob("*.json")} == set(EXPECTED) | set(CORPUS)

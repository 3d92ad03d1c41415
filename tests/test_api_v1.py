"""The /v1 orchestrator API: bearer-key auth, process, batch limits, tool listing."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.api_v1 import build_v1_router
from app.orchestrator_factory import build_orchestrator
from orchestrator.catalog import CatalogError
from vocabulary.settings import Settings

KEY = "test-key-0123456789"
AUTH = {"Authorization": f"Bearer {KEY}"}
DAVIS = (
    "Hi there! Planning a graduation party in Davis 95616 on Sunday June 15. 12 adults + 4 kids "
    "(ages 6 to 12) + 2 toddlers, and we'd love lobster tails for the 16 who eat. Can you give me a total?"
)


def client_for(api_keys: str) -> TestClient:
    settings = Settings(api_keys=api_keys)
    app = FastAPI()
    app.include_router(build_v1_router(settings=settings, orchestrator=build_orchestrator(settings)))
    return TestClient(app)


@pytest.fixture
def api() -> TestClient:
    return client_for(f"other-key,{KEY}")


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {"Authorization": "Bearer wrong"},
        {"Authorization": f"Basic {KEY}"},
        {"Authorization": f"Bearer {KEY}x"},
    ],
)
def test_missing_or_wrong_key_is_401(api: TestClient, headers: dict[str, str]) -> None:
    for method, path in [
        ("POST", "/v1/orchestrator/process"),
        ("POST", "/v1/orchestrator/batch"),
        ("GET", "/v1/orchestrator/tools"),
    ]:
        response = api.request(method, path, headers=headers, json={"message": "hi"})
        assert response.status_code == 401, (method, path)
        assert response.headers["www-authenticate"] == "Bearer"


def test_api_is_off_without_keys() -> None:
    off = client_for("")
    response = off.post("/v1/orchestrator/process", headers=AUTH, json={"message": "hi"})
    assert response.status_code == 404
    assert off.get("/v1/orchestrator/tools", headers={"Authorization": "Bearer "}).status_code == 404


def test_process_returns_the_exact_worked_example(api: TestClient) -> None:
    response = api.post(
        "/v1/orchestrator/process",
        headers=AUTH,
        json={
            "message": DAVIS,
            "channel": "telegram",
            "customer": {"name": "Sam Lee"},
            "conversation_id": "c-42",
        },
    )
    assert response.status_code == 200
    body = response.json()
    assert body["conversation_id"] == "c-42" and body["channel"] == "telegram"
    assert body["responder"] == "offline" and body["model"] is None and body["needs_human"] is False
    quote = body["quote"]
    assert (quote["adults"], quote["children"], quote["toddlers"]) == (12, 4, 2)
    assert (
        quote["base_cost"],
        quote["upgrade_cost"],
        quote["extra_portion_cost"],
        quote["add_on_cost"],
    ) == ("780.00", "240.00", "0.00", "0.00")
    assert quote["minimum_applied"] is False
    assert (quote["travel"]["miles"], quote["travel"]["fee"], quote["total"]) == (
        "16.3",
        "0.00",
        "1020.00",
    )
    assert body["draft"].startswith("Hi Sam!\n\nHere's your quote:")
    assert "Total: $1,020.00 (no sales tax)" in body["draft"]
    assert [t["name"] for t in body["tools"]] == ["calculate_party_quote"]
    assert body["tools"][0]["result"] == quote and body["tools"][0]["error"] is None
    # The offline reading passes catalog names (issue 12), not the customer's words.
    assert body["tools"][0]["arguments"]["proteins"] == [{"protein": "lobster tail", "portions": 16}]
    assert body["flags"] == ["staff_to_confirm: date"]
    assert body["timings"]["total_ms"] >= body["timings"]["latency_ms"] >= 0


def test_process_uses_history(api: TestClient) -> None:
    response = api.post(
        "/v1/orchestrator/process",
        headers=AUTH,
        json={
            "message": "we're in 95630",
            "channel": "phone",
            "history": [{"role": "customer", "text": "10 adults, filet mignon for all 10"}],
        },
    )
    assert response.status_code == 200 and response.json()["quote"]["total"] == "600.00"


def test_batch_answers_in_order_and_caps_at_50(api: TestClient) -> None:
    items = [
        {"message": "quote for 8 adults, 95814", "channel": "sms"},
        {"message": "15 adults, premium sake service, 94102", "channel": "web_chat"},
    ]
    response = api.post("/v1/orchestrator/batch", headers=AUTH, json={"items": items})
    assert response.status_code == 200
    assert [r["quote"]["total"] for r in response.json()["results"]] == ["550.00", "969.20"]
    fifty = api.post("/v1/orchestrator/batch", headers=AUTH, json={"items": [items[0]] * 50})
    assert fifty.status_code == 200 and len(fifty.json()["results"]) == 50
    too_many = api.post("/v1/orchestrator/batch", headers=AUTH, json={"items": [items[0]] * 51})
    assert too_many.status_code == 422
    assert too_many.json()["detail"][0]["loc"] == ["body", "items"]
    anonymous = api.post("/v1/orchestrator/batch", json={"items": [items[0]] * 51})
    assert anonymous.status_code == 401  # the key is checked before the body is judged


def test_bad_requests_are_422(api: TestClient) -> None:
    assert api.post("/v1/orchestrator/process", headers=AUTH, json={"message": ""}).status_code == 422
    assert (
        api.post(
            "/v1/orchestrator/process", headers=AUTH, json={"message": "hi", "channel": "fax"}
        ).status_code
        == 422
    )


def test_tools_lists_the_schemas(api: TestClient) -> None:
    response = api.get("/v1/orchestrator/tools", headers=AUTH)
    assert response.status_code == 200
    tools = response.json()["tools"]
    assert [t["name"] for t in tools] == [
        "calculate_party_quote",
        "calculate_travel_fee",
        "calculate_protein_costs",
        "check_availability",
    ]
    assert tools[1]["parameters"]["properties"]["zip_code"]["pattern"] == r"^\d{5}(-\d{4})?$"
    availability = tools[3]
    assert availability["parameters"]["required"] == ["date"]
    assert "48 hours' notice" in availability["description"]
    assert "America/Los_Angeles" in availability["description"]


def test_openapi_documents_the_models(api: TestClient) -> None:
    schema = api.get("/openapi.json").json()
    assert {"ProcessRequest", "ProcessResponse", "BatchRequest", "ToolsResponse"} <= set(
        schema["components"]["schemas"]
    )
    assert schema["components"]["securitySchemes"]["HTTPBearer"]["scheme"] == "bearer"


def test_factory_builds_a_model_client_only_with_a_key(tmp_path: Path) -> None:
    offline = build_orchestrator(Settings())
    assert offline.client is None
    online = build_orchestrator(
        Settings(
            openai_api_key="sk-x",
            openai_base_url="http://127.0.0.1:9/v1",
            openai_timeout_seconds=7,
            openai_model="m-1",
        )
    )
    assert online.client is not None and online.model == "m-1"
    assert str(online.client.base_url) == "http://127.0.0.1:9/v1/"
    assert online.client.timeout == 7 and online.client.max_retries == 2
    bad = tmp_path / "bad.toml"
    bad.write_text("[business]\n")
    with pytest.raises(CatalogError):
        build_orchestrator(Settings(business_catalog=bad))

"""The /v1 API for other systems (web chat, call transcripts): draft a reply with the orchestrator.

Authenticated by `Authorization: Bearer <key>` against API_KEYS, compared in constant time. With
no keys configured the API is off and every route answers 404.
"""

# No `from __future__ import annotations`: FastAPI must resolve the dependency annotations of the
# functions defined inside build_v1_router, which refer to its local variables.
import asyncio
import hmac
import time
from collections.abc import Awaitable, Callable
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, status
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from pydantic import BaseModel, Field

from app.orchestrator_factory import Drafter
from orchestrator.drafts import Draft, Turn
from orchestrator.tools.availability import Calendar
from vocabulary.messages import Channel
from vocabulary.settings import Settings

MAX_BATCH = 50
BATCH_CONCURRENCY = 5


class CustomerContext(BaseModel):
    """What the caller knows about the customer. Only `name` is used in drafting today."""

    name: str | None = Field(default=None, max_length=200)
    phone: str | None = Field(default=None, max_length=50)
    email: str | None = Field(default=None, max_length=320)
    external_id: str | None = Field(default=None, max_length=200)


class HistoryTurn(BaseModel):
    role: Literal["customer", "business"]
    text: str = Field(min_length=1, max_length=10_000)


class ProcessRequest(BaseModel):
    """One customer message to draft a reply to."""

    message: str = Field(min_length=1, max_length=10_000)
    channel: Channel = Channel.WEB_CHAT
    customer: CustomerContext | None = None
    conversation_id: str | None = Field(default=None, max_length=200)
    history: list[HistoryTurn] = Field(default_factory=list, max_length=50)


class ToolUse(BaseModel):
    name: str
    arguments: dict[str, Any]
    result: dict[str, Any] | None
    error: str | None


class Timings(BaseModel):
    latency_ms: int = Field(description="Time the orchestrator spent drafting.")
    total_ms: int = Field(description="Time this request spent in the API.")


class ProcessResponse(BaseModel):
    """The draft, the tools behind its numbers, and anything staff should look at."""

    conversation_id: str | None
    channel: Channel
    draft: str
    responder: Literal["model", "offline", "fallback"]
    model: str | None
    needs_human: bool
    flags: list[str]
    quote: dict[str, Any] | None
    tools: list[ToolUse]
    usage: dict[str, int]
    timings: Timings


class BatchRequest(BaseModel):
    items: list[ProcessRequest] = Field(min_length=1, max_length=MAX_BATCH)


class BatchResponse(BaseModel):
    results: list[ProcessResponse]


class ToolInfo(BaseModel):
    name: str
    description: str
    parameters: dict[str, Any]


class ToolsResponse(BaseModel):
    tools: list[ToolInfo]


def _response(request: ProcessRequest, draft: Draft, started: float) -> ProcessResponse:
    data = draft.to_json()
    return ProcessResponse(
        conversation_id=request.conversation_id,
        channel=request.channel,
        draft=draft.text,
        responder=data["responder"],
        model=draft.model,
        needs_human=draft.needs_human,
        flags=list(draft.flags),
        quote=data["quote"],
        tools=[ToolUse(**run) for run in data["tool_runs"]],
        usage=dict(draft.usage),
        timings=Timings(latency_ms=draft.latency_ms, total_ms=int((time.monotonic() - started) * 1000)),
    )


def build_v1_router(
    *,
    settings: Settings,
    orchestrator: Drafter,
    calendar: Callable[[], Awaitable[Calendar]] | None = None,
) -> APIRouter:
    """The /v1/orchestrator routes, guarded by the API keys in `settings`. `calendar` reads the
    bookings calendar for check_availability (without it, dates are left to staff)."""
    keys = [key.encode() for key in settings.api_key_set]
    bearer = HTTPBearer(auto_error=False, description="One of the keys in API_KEYS.")

    def authorize(
        credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
    ) -> None:
        if not keys:
            raise HTTPException(status.HTTP_404_NOT_FOUND, "Not Found")
        given = credentials.credentials.encode() if credentials else b""
        # Compare against every key so the time taken does not reveal which one nearly matched.
        matched = False
        for key in keys:
            matched |= hmac.compare_digest(given, key)
        if not matched:
            raise HTTPException(
                status.HTTP_401_UNAUTHORIZED,
                "invalid or missing API key",
                {"WWW-Authenticate": "Bearer"},
            )

    router = APIRouter(
        prefix="/v1/orchestrator", tags=["orchestrator"], dependencies=[Depends(authorize)]
    )

    async def process_one(request: ProcessRequest) -> ProcessResponse:
        started = time.monotonic()
        draft = await orchestrator.draft(
            channel=request.channel,
            text=request.message,
            history=[Turn(role=t.role, text=t.text) for t in request.history],
            customer_name=request.customer.name if request.customer else None,
            calendar=await calendar() if calendar else None,
        )
        return _response(request, draft, started)

    @router.post("/process", response_model=ProcessResponse, summary="Draft a reply to one message")
    async def process(request: ProcessRequest) -> ProcessResponse:
        return await process_one(request)

    @router.post(
        "/batch", response_model=BatchResponse, summary=f"Draft replies to up to {MAX_BATCH} messages"
    )
    async def batch(request: BatchRequest) -> BatchResponse:
        gate = asyncio.Semaphore(BATCH_CONCURRENCY)

        async def limited(item: ProcessRequest) -> ProcessResponse:
            async with gate:
                return await process_one(item)

        results = await asyncio.gather(*(limited(item) for item in request.items))
        return BatchResponse(results=list(results))

    @router.get(
        "/tools",
        response_model=ToolsResponse,
        summary="The pricing and availability tools and their JSON schemas",
    )
    async def tools() -> ToolsResponse:
        return ToolsResponse(
            tools=[
                ToolInfo(
                    name=schema["function"]["name"],
                    description=schema["function"]["description"],
                    parameters=schema["function"]["parameters"],
                )
                for schema in orchestrator.tool_schemas()
            ]
        )

    return router

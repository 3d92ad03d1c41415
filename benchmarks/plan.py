"""How big each part of a bench run is: the full run, and the seconds-long smoke run."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Plan:
    """Counts, durations and deadlines of one run; every load loop is bounded by them."""

    smoke: bool
    levels: tuple[int, ...] = (1, 4, 16, 64)
    level_seconds: float = 4.0
    level_max_requests: int = 20000
    paced_seconds: float = 8.0
    burst: int = 200
    model_latency: float = 1.0
    single_drafts: int = 3
    burst_deadline: float = 90.0
    big_slots: int = 200
    approvals: int = 40
    approve_model_latency: float = 0.05
    approve_gap_max: float = 0.3
    recovery_sends: int = 10
    recovery_twilio_delay: float = 2.0
    recovery_deadline: float = 120.0


FULL = Plan(smoke=False)
SMOKE = Plan(
    smoke=True,
    levels=(1, 4),
    level_seconds=2.0,
    level_max_requests=60,
    paced_seconds=1.0,
    burst=5,
    model_latency=0.05,
    single_drafts=1,
    burst_deadline=20.0,
    big_slots=5,
    approvals=3,
    approve_gap_max=0.05,
    recovery_sends=2,
    recovery_twilio_delay=0.5,
    recovery_deadline=90.0,
)


def plan_for(smoke: bool) -> Plan:
    return SMOKE if smoke else FULL

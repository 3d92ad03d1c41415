"""Prometheus metrics (exposed at /metrics)."""

import functools

from prometheus_client import Counter, Gauge, Histogram

WEBHOOKS = Counter("gateway_webhooks_total", "Webhook deliveries", ["provider", "result"])
WEBHOOK_REFUSED = Counter("gateway_webhook_refused_total",
                          "Webhook deliveries refused (4xx, nothing stored), by reason",
                          ["provider", "reason"])
WEBHOOK_SKIPPED = Counter("gateway_webhook_skipped_events_total",
                          "Events of accepted deliveries that could not be stored, by reason",
                          ["provider", "reason"])
WEBHOOK_CORRECTED = Counter("gateway_webhook_corrected_events_total",
                            "Events stored after a correction (a made-up id, a replaced time...)",
                            ["provider", "reason"])
WEBHOOK_EVENTS = Counter("gateway_webhook_events_total",
                         "Events of accepted deliveries by outcome: stored, duplicate, status, "
                         "ignored (receipts, reads, reactions...), skipped", ["provider", "outcome"])
ANSWERED_ELSEWHERE = Counter("gateway_answered_elsewhere_total",
                             "Replies staff sent from a provider's own app, seen on a webhook",
                             ["channel"])
DRAFTS = Counter("gateway_drafts_total", "Drafts made, by responder (fallback = model failed)",
                 ["responder"])
DECISIONS = Counter("gateway_decisions_total", "Review decisions", ["action"])
SENDS = Counter("gateway_sends_total", "Send attempts", ["channel", "result"])
DRAFT_SECONDS = Histogram("gateway_draft_seconds", "Time to draft a reply", ["responder"],
                          buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60))
JOBS_WAITING = Gauge("gateway_jobs_waiting", "Jobs queued or running", ["kind", "state"])


@functools.cache
def child(metric: Counter, *values: str) -> Counter:
    """`metric.labels(*values)`, made once for each set of label values. `labels` takes a lock
    and builds its key on every call, which the webhook's two counts a request paid each time;
    only for labels with a small fixed set of values (providers, results, outcomes)."""
    return metric.labels(*values)

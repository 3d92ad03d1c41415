"""Prometheus metrics (exposed at /metrics)."""

from prometheus_client import Counter, Gauge, Histogram

WEBHOOKS = Counter("gateway_webhooks_total", "Webhook deliveries", ["provider", "result"])
DRAFTS = Counter("gateway_drafts_total", "Drafts made, by responder (fallback = model failed)",
                 ["responder"])
DECISIONS = Counter("gateway_decisions_total", "Review decisions", ["action"])
SENDS = Counter("gateway_sends_total", "Send attempts", ["channel", "result"])
DRAFT_SECONDS = Histogram("gateway_draft_seconds", "Time to draft a reply", ["responder"],
                          buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30, 60))
JOBS_WAITING = Gauge("gateway_jobs_waiting", "Jobs queued or running", ["kind", "state"])

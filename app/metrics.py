"""Prometheus metrics (exposed at /metrics)."""

from prometheus_client import Counter, Histogram

WEBHOOKS = Counter("gateway_webhooks_total", "Webhook deliveries", ["provider", "result"])
DRAFTS = Counter("gateway_drafts_total", "Drafts made", ["responder"])
DECISIONS = Counter("gateway_decisions_total", "Review decisions", ["action"])
SENDS = Counter("gateway_sends_total", "Send attempts", ["channel", "result"])
MODEL_LATENCY = Histogram("gateway_draft_seconds", "Time to draft a reply", ["responder"])

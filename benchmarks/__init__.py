"""`gateway bench`: ingest throughput, drafting under a burst, approve-to-provider latency, memory.

Everything runs on 127.0.0.1: the gateway in its own uvicorn process, providers (OpenAI, Slack,
Twilio) as the small fakes in `benchmarks.fakes`, and the load from the bench's own process.
"""

"""The vocabulary every layer shares: messages, adapter errors, webhook requests, settings.

It imports nothing else of the project, so `adapters/`, `orchestrator/` and `app/` can all
depend on it without depending on each other.
"""

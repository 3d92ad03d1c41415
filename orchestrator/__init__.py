"""The model side of the gateway: catalog, pricing tools, model loop, offline responder, price
guard. Public interface: `orchestrator.service` (Orchestrator, Draft, Turn, ToolRun)."""

"""The built-in review console under /admin: inbox, conversations, decisions, a simulator.

Wire it with `mount.install_console(app, runtime)`: it puts the Console on `app.state` and
mounts the router, whose routes declare what they need through the dependencies in deps.py. It
needs no middleware: the session is a signed cookie naming a server-side session, checked by
`prepare`, a dependency of every route (see auth.py).
"""

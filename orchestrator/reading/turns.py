"""A conversation as the offline reading's turn readers pass it along: (role, text) pairs, oldest
first, the role "customer" or "business"."""

Turn = tuple[str, str]

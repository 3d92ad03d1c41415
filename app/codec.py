"""JSON for the vocabulary's frozen dataclasses (an inbound message, a delivery status), so a
webhook can append what it parsed and a worker can rebuild exactly that later.

Driven by each class's type hints, so a field added to the vocabulary travels without a change
here: enums by value, datetimes as ISO 8601, tuples as lists, nested dataclasses as objects.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import types
import typing
from collections.abc import Mapping
from datetime import datetime
from typing import Any, TypeVar

T = TypeVar("T")


# Values JSON holds as they are, by exact type (an enum member is an instance of its base type,
# str or int, and is written by its value).
_PLAIN = frozenset({str, int, float, bool, type(None)})


def encode(value: Any) -> Any:
    """A JSON-ready form of `value`.

    A webhook encodes its message on the hot path (Twilio's: twelve fields and a raw form of
    some twenty), so plain values are taken as they are in the loops over fields and items
    rather than passed to this function one by one."""
    if type(value) in _PLAIN:
        return value
    names = _field_names(type(value))
    if names is not None:
        fields = {}
        for name in names:
            item = getattr(value, name)
            fields[name] = item if type(item) in _PLAIN else encode(item)
        return fields
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [item if type(item) in _PLAIN else encode(item) for item in value]
    if isinstance(value, Mapping):
        return {k if type(k) is str else str(k): v if type(v) in _PLAIN else encode(v)
                for k, v in value.items()}
    return value


_FIELDS: dict[type, tuple[str, ...] | None] = {}


def _field_names(cls: type) -> tuple[str, ...] | None:
    """A dataclass's field names in order (None for any other type), looked up once per class:
    a webhook encodes its message on the hot path."""
    if cls not in _FIELDS:
        _FIELDS[cls] = (tuple(f.name for f in dataclasses.fields(cls))
                        if dataclasses.is_dataclass(cls) else None)
    return _FIELDS[cls]


def decode(cls: type[T], data: Mapping[str, Any]) -> T:
    """The `cls` instance `encode` wrote as `data` (fields it does not know are ignored)."""
    hints = _hints(cls)  # type: ignore[arg-type]
    known = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    values = {name: _value(hints[name], data[name]) for name in known if name in data}
    return cls(**values)


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _value(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        item = typing.get_args(hint)[0]
        return tuple(_value(item, v) for v in value)
    if origin is list:
        return [_value(typing.get_args(hint)[0], v) for v in value]
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return hint(value)
        if issubclass(hint, datetime):
            return datetime.fromisoformat(value)
        if dataclasses.is_dataclass(hint):
            return decode(hint, value)
    return value

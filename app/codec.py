"""JSON for the vocabulary's frozen dataclasses (an inbound message, a delivery status), so a
webhook can append what it parsed and a worker can rebuild exactly that later.

Driven by each class's type hints, so a field added to the vocabulary travels without a change
here: enums by value, datetimes as ISO 8601, tuples as lists, nested dataclasses as objects.
"""

from __future__ import annotations

import dataclasses
import enum
import functools
import operator
import types
import typing
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any, TypeVar

T = TypeVar("T")


# Values JSON holds as they are, by exact type (an enum member is an instance of its base type,
# str or int, and is written by its value).
_PLAIN = frozenset({str, int, float, bool, type(None)})
_STR = frozenset({str})

Encoder = Callable[[Any], Any]


def encode(value: Any) -> Any:
    """A JSON-ready form of `value`.

    A webhook encodes its message on the hot path (Twilio's: twelve fields and a raw form of
    some twenty), so how a type is written is decided once per type (`_ENCODERS`), plain values
    are taken as they are inside the loops over fields and items, and a mapping of plain values
    is copied whole."""
    cls = type(value)
    if cls in _PLAIN:
        return value
    encoder = _ENCODERS.get(cls)
    if encoder is None:
        encoder = _ENCODERS[cls] = _encoder_for(cls)
    return encoder(value)


_ENCODERS: dict[type, Encoder] = {}


def _encoder_for(cls: type) -> Encoder:
    """How values of exactly this type are written, checked in this order: a dataclass as an
    object of its fields, an enum by its value, a datetime in ISO 8601, a list or tuple as a
    list, a mapping as an object with str keys, anything else as it is."""
    if dataclasses.is_dataclass(cls):
        names = tuple(f.name for f in dataclasses.fields(cls))
        if not names:
            return lambda _value: {}
        fetch = operator.attrgetter(*names)
        if len(names) == 1:
            return lambda value: _fields(names, (fetch(value),))
        return lambda value: _fields(names, fetch(value))
    if issubclass(cls, enum.Enum):
        return _enum_value
    if issubclass(cls, datetime):
        return datetime.isoformat
    if issubclass(cls, list | tuple):
        return _items
    if issubclass(cls, Mapping):
        return _mapping
    return _as_is


def _fields(names: tuple[str, ...], values: tuple[Any, ...]) -> dict[str, Any]:
    return {name: item if type(item) in _PLAIN else encode(item)
            for name, item in zip(names, values, strict=True)}


def _enum_value(value: enum.Enum) -> Any:
    return value.value


def _items(value: list[Any] | tuple[Any, ...]) -> list[Any]:
    return [item if type(item) in _PLAIN else encode(item) for item in value]


def _mapping(value: Mapping[Any, Any]) -> dict[str, Any]:
    if _STR.issuperset(map(type, value)) and _PLAIN.issuperset(map(type, value.values())):
        return dict(value)  # a provider's raw form: str to str, copied in one step
    return {k if type(k) is str else str(k): v if type(v) in _PLAIN else encode(v)
            for k, v in value.items()}


def _as_is(value: Any) -> Any:
    return value


def decode(cls: type[T], data: Mapping[str, Any]) -> T:
    """The `cls` instance `encode` wrote as `data` (fields it does not know are ignored).

    How each field is read is decided once per class (`_field_decoders`): the worker decodes
    every appended message, and reading the type hints again for each field of each message
    cost more than the decoding itself."""
    return cls(**{name: read(data[name]) for name, read in _field_decoders(cls)  # type: ignore[arg-type]
                    if name in data})


@functools.cache
def _field_decoders(cls: type) -> tuple[tuple[str, Decoder], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((f.name, _decoder(hints[f.name])) for f in dataclasses.fields(cls))


Decoder = Callable[[Any], Any]


def _decoder(hint: Any) -> Decoder:
    """How a value of the type `hint` is read back (None always reads as None)."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(hint) if a is not type(None)]
        return _decoder(options[0]) if len(options) == 1 else _as_is
    if origin is tuple:
        item = _decoder(typing.get_args(hint)[0])
        return _or_none(lambda value: tuple(item(v) for v in value))
    if origin is list:
        item = _decoder(typing.get_args(hint)[0])
        return _or_none(lambda value: [item(v) for v in value])
    if isinstance(hint, type):
        if issubclass(hint, enum.Enum):
            return _or_none(hint)
        if issubclass(hint, datetime):
            return _or_none(datetime.fromisoformat)
        if dataclasses.is_dataclass(hint):
            return _or_none(functools.partial(decode, hint))
    return _as_is


def _or_none(read: Decoder) -> Decoder:
    return lambda value: None if value is None else read(value)

"""Small immutable records without attrs: the lexicon's entries, the inputs' records, the corpus's
outcomes and works (what ``factcheck spans`` makes on its way).

The data model (:mod:`factcheck.model`) is made of attrs classes; these records are plain
Python, so that ``factcheck spans`` starts without importing attrs or generating code for a
class (importing attrs and making its classes took some 0.03 s of a run of 0.35 s).

A record class annotates its fields in the order of its constructor, names them in
``__slots__`` too, and sets them in its own typed ``__init__`` (a frozen one with
:func:`setfield`). Fields named in ``_derived`` are computed by ``__init__`` from the others:
they take no part in equality, hashing, the repr or :meth:`Frozen.replace`. Every other field is
a parameter of ``__init__`` of the same name.
"""

from __future__ import annotations

from operator import attrgetter
from typing import Any, ClassVar, Self

setfield = object.__setattr__
"""Set a field of a frozen record: for its ``__init__`` (and nothing else)."""


class FrozenError(AttributeError):
    """An attempt to set or delete a field of a frozen record."""


def _key_getter(names: tuple[str, ...]) -> Any:
    """A function of a record to the tuple of its fields ``names``."""
    if len(names) > 1:
        return attrgetter(*names)  # a tuple already
    if names:
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda obj: ()


class _Fields:
    """What the record bases share: fields (annotated, slotted); equality and repr by them."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()  #: every field, in order, a base class's first
    _derived: ClassVar[tuple[str, ...]] = ()  #: slots computed from the others
    _compared: ClassVar[tuple[str, ...]] = ()  #: the other slots: the constructor's parameters
    _key: ClassVar[Any] = staticmethod(_key_getter(()))

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        fields: list[str] = []
        slots: set[str] = set()
        for klass in reversed(cls.__mro__):
            if issubclass(klass, _Fields) and klass is not _Fields:  # (_Fields: class variables)
                # a class's own annotations (since Python 3.10), in the order written
                fields.extend(getattr(klass, "__annotations__", {}))
            own = klass.__dict__.get("__slots__", ())
            slots.update((own,) if isinstance(own, str) else own)
        if set(fields) != slots or not slots.issuperset(cls._derived):
            raise TypeError(
                f"{cls.__name__}: the fields annotated ({', '.join(fields)}) must be the slots "
                f"({', '.join(sorted(slots))}), the derived ones among them"
            )
        cls._fields = tuple(fields)
        cls._compared = tuple(f for f in fields if f not in cls._derived)
        cls._key = staticmethod(_key_getter(cls._compared))
        setattr(cls, "__match_args__", cls._compared)  # noqa: B010 (mypy: no such attribute)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        key = self._key
        return bool(key(self) == key(other))

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._compared)
        return f"{self.__class__.__name__}({fields})"


class Frozen(_Fields):
    """The base of a frozen, slotted record: equal when of the same class with equal fields,
    hashable by them (when they are), a repr that names them, and picklable. Setting or
    deleting a field raises :class:`FrozenError`; :meth:`replace` makes a changed copy."""

    __slots__ = ()

    def __hash__(self) -> int:
        return hash((self.__class__, *self._key(self)))

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenError(f"{self.__class__.__name__} is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenError(f"{self.__class__.__name__} is frozen: cannot delete {name!r}")

    def __getstate__(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __setstate__(self, state: tuple[Any, ...]) -> None:
        for name, value in zip(self._fields, state, strict=True):
            setfield(self, name, value)

    def replace(self, **changes: Any) -> Self:
        """A copy with the fields ``changes`` names changed, made by the constructor (so it
        checks them, and derives what it derives, again)."""
        kwargs = {name: getattr(self, name) for name in self._compared}
        kwargs.update(changes)
        return self.__class__(**kwargs)


class Mutable(_Fields):
    """The base of a mutable, slotted record: equal by its fields, unhashable, a repr that
    names them."""

    __slots__ = ()
    __hash__ = None  # type: ignore[assignment]

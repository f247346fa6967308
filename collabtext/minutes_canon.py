"""Fuller names for short forms, within one meeting's minutes and across a series of meetings.

Within one set of minutes, a body written in full once ("Afon Teg County Borough Council") and
short elsewhere ("Afon Teg Council") is one body: the short form takes the full name, and the
change is reported in ``organisation_resolutions``. Across a series (``collabtext minutes DIR
--series``) the same holds between meetings: notes that only ever say "Afon Teg Council" take the
name the board's formal minutes use. There the per-meeting ``organisation`` stays as that meeting
gives it, and ``canonical`` carries the series' name. The rules are in ``collabtext.orgs_canon``.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from typing import Any

from .minutes_model import ATTENDANCE_KINDS, Action, MinutesResult
from .orgs_canon import ShortForm, fuller_form, resolve_short_forms


def _from_gazetteer(ref: Any) -> bool:
    return getattr(ref.org, "source", None) == "gazetteer"


def document_fuller(resolver: Any, name: str, ref: Any) -> Any:
    """``ref`` replaced by the fuller name the same minutes use for it, the change recorded.

    Args:
        resolver: the meeting's ``OrgResolver`` (its ``known`` and ``mentioned`` bodies).
        name: the organisation as written.
        ref: what the resolver made of it (an ``OrgRef``), or None.
    """
    if ref is None or _from_gazetteer(ref):
        return ref
    refs = {**getattr(resolver, "mentioned", {}), **resolver.known}
    defined = defined_abbreviations(resolver)
    sf = fuller_form(ref.canonical, [r.canonical for r in refs.values()], defined=defined)
    if sf is not None and sf.canonical.lower() in refs:
        ref = refs[sf.canonical.lower()]
    if ref.canonical != name:
        # the same rules again, only to say why (an abbreviation the minutes define included)
        why = fuller_form(name, [ref.canonical], defined=defined)
        if why is not None:
            resolver.resolutions.setdefault(name, why)
    return ref


def defined_abbreviations(resolver: Any) -> dict[str, str]:
    """Abbreviations the minutes define ("Afon Teg County Council (ATCC)"): abbr -> name."""
    ctx = getattr(resolver, "context", None)
    return {a: o.canonical for a, o in getattr(ctx, "abbreviations", {}).items()}


def document_resolutions(resolver: Any) -> tuple[dict[str, str], ...]:
    return tuple(
        {**sf.to_dict(), "scope": "document"}
        for sf in getattr(resolver, "resolutions", {}).values()
    )


# -- series -------------------------------------------------------------------------------------
def _names(m: MinutesResult) -> list[str]:
    att = [a.organisation for k in ATTENDANCE_KINDS for a in m.attendance.get(k, ())]
    acts = [o for a in m.actions for o in a.organisations]
    return [n for n in (*att, *m.organisations, *acts) if n]


def _defined(meetings: list[MinutesResult]) -> dict[str, str]:
    """Abbreviations defined in any meeting; one defined two ways is dropped (not guessed)."""
    seen: dict[str, set[str]] = {}
    for m in meetings:
        for abbr, full in m.abbreviations:
            seen.setdefault(abbr, set()).add(full)
    return {a: next(iter(f)) for a, f in seen.items() if len(f) == 1}


def _gazetteer_checks(gazetteer: Any) -> tuple[Any, set[str]]:
    """(is a gazetteer canonical name, the gazetteer's ambiguous abbreviations)."""
    if gazetteer is None:
        try:
            from .orgs import load_gazetteer

            gazetteer = load_gazetteer()
        except Exception:  # noqa: BLE001 - without a gazetteer every name may be resolved
            return (lambda _n: False), set()
    ambiguous = set(getattr(gazetteer, "ambiguous", {}) or {})
    return (lambda n: gazetteer.get(n) is not None), ambiguous


def series_names(meetings: list[MinutesResult], gazetteer: Any = None) -> dict[str, ShortForm]:
    """Short forms used in some meetings -> the fuller name used in others (or the same one)."""
    names = [n for m in meetings for n in _names(m)]
    keep, ambiguous = _gazetteer_checks(gazetteer)
    return resolve_short_forms(
        names, defined=_defined(meetings), is_canonical=keep, ambiguous=ambiguous
    )


def apply_names(m: MinutesResult, names: dict[str, ShortForm]) -> MinutesResult:
    """``m`` with ``canonical`` set on attendees and actions whose organisation resolves."""

    def canon(o: str | None) -> str | None:
        return names[o].canonical if o in names else None

    attendance = {
        k: tuple(dataclasses.replace(a, canonical=canon(a.organisation)) for a in v)
        for k, v in m.attendance.items()
    }
    actions = tuple(_canon_action(a, names) for a in m.actions)
    items = tuple(
        dataclasses.replace(it, actions=tuple(_canon_action(a, names) for a in it.actions))
        for it in m.items
    )
    return dataclasses.replace(m, attendance=attendance, actions=actions, items=items)


def _canon_action(a: Action, names: dict[str, ShortForm]) -> Action:
    if not any(o in names for o in a.organisations):
        return a
    canon = tuple(dict.fromkeys(names[o].canonical if o in names else o for o in a.organisations))
    return dataclasses.replace(a, canonical=canon)


def canonical_organisations(m: MinutesResult) -> list[str]:
    """The meeting's organisations present, by their series name."""
    present = (a for k in ("present", "in_attendance") for a in m.attendance.get(k, ()))
    return list(dict.fromkeys(a.canonical or a.organisation for a in present if a.organisation))


def resolution_report(
    meetings: Iterable[MinutesResult], names: dict[str, ShortForm]
) -> list[dict[str, Any]]:
    """One entry per resolved short form: where it was written and where the full name is."""
    named = [(m.path, set(_names(m))) for m in meetings]
    return [
        {
            **sf.to_dict(),
            "scope": "series",
            "written_in": [path for path, ns in named if written in ns],
            "canonical_in": [path for path, ns in named if sf.canonical in ns],
        }
        for written, sf in names.items()
    ]


def attendee_dicts(m: MinutesResult) -> dict[str, list[dict[str, Any]]]:
    return {k: [a.to_dict() for a in m.attendance.get(k, ())] for k in ATTENDANCE_KINDS}

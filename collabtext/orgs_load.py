"""Read and validate gazetteer files (YAML, or CSV for user lists); every error names the file
and line.

A user file teaches local bodies. YAML has the shape of ``lexicons/organisations.yaml``; CSV has a
header row with ``name`` (required) and any of ``aliases``, ``abbreviations``, ``welsh``, ``areas``
(lists separated by ``;`` or ``|``), ``sector``, ``type``, ``psb_role`` and ``statutory``
(yes/no: a statutory PSB member under s.29 of the 2015 Act).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import LexiconError
from .orgs_csv import read_csv_rows
from .orgs_data import PSB_ROLES, SECTORS, Org

_Base: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_ORG_KEYS = {"name", "sector", "type", "psb_role", "statutory", "abbreviations", "aliases", "welsh",
             "areas"}
_LIST_KEYS = ("abbreviations", "aliases", "welsh", "areas")


class _LineLoader(_Base):  # type: ignore[misc, valid-type]
    """Records the 1-based line of every mapping under the key ``__line__``."""

    def construct_mapping(self, node: Any, deep: bool = False) -> dict[Any, Any]:
        mapping = super().construct_mapping(node, deep=True)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


@dataclass
class RawGazetteer:
    """What the files say, validated but not yet compiled."""

    orgs: list[Org] = field(default_factory=list)
    ambiguous: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    regions: dict[str, list[str]] = field(default_factory=dict)
    areas: dict[str, list[str]] = field(default_factory=dict)
    versions: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def read_file(path: str | Path, into: RawGazetteer) -> None:
    """Validate ``path`` and add its contents to ``into`` (later files add to earlier ones).

    Raises:
        LexiconError: with ``path`` and the line of the offending entry.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as e:
        line = p.read_bytes()[: e.start].count(b"\n") + 1
        raise LexiconError(
            f"line {line}: not UTF-8 text; save the file as UTF-8 (in Excel: CSV UTF-8)",
            path=str(p),
        ) from None
    except OSError as e:
        raise LexiconError(f"cannot read gazetteer file: {e}", path=str(p)) from None
    if p.suffix.lower() in (".csv", ".tsv"):
        into.files.append(str(p))
        into.versions.append("")
        for entry in read_csv_rows(text, p):
            into.orgs.append(_org(entry, p, into))
        return
    try:
        data = yaml.load(text, Loader=_LineLoader)  # noqa: S506 - safe loader subclass
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        raise LexiconError(f"{where}invalid YAML: {getattr(e, 'problem', e)}", path=str(p)) from None
    if not isinstance(data, dict):
        raise LexiconError("line 1: a gazetteer file is a mapping with 'organisations:'", str(p))
    into.files.append(str(p))
    into.versions.append(str(data.get("version", "")))
    for key, value in (data.get("regions") or {}).items():
        if key != "__line__":
            into.regions[str(key)] = [str(v) for v in value]
    for key, value in (data.get("areas") or {}).items():
        if key != "__line__":
            into.areas[str(key)] = [str(v) for v in value]
    for entry in _seq(data, "organisations", p):
        into.orgs.append(_org(entry, p, into))
    for entry in _seq(data, "ambiguous", p):
        abbr, cands = _ambiguous(entry, p)
        into.ambiguous[abbr] = cands
    for entry in _seq(data, "roles", p):
        line = entry.get("__line__", "?")
        if not entry.get("phrase") or not entry.get("refers_to"):
            raise LexiconError(f"line {line}: a role needs 'phrase' and 'refers_to'", str(p))
        into.roles[str(entry["phrase"])] = str(entry["refers_to"])


def _seq(data: dict[str, Any], key: str, p: Path) -> list[dict[str, Any]]:
    value = data.get(key) or []
    if not isinstance(value, list):
        raise LexiconError(f"line {data.get('__line__', 1)}: '{key}' must be a list", str(p))
    for item in value:
        if not isinstance(item, dict):
            raise LexiconError(f"'{key}' entries must be mappings (near {item!r})", str(p))
    return value


def _org(e: dict[str, Any], p: Path, raw: RawGazetteer) -> Org:
    line = e.get("__line__", "?")

    def fail(msg: str) -> LexiconError:
        return LexiconError(f"line {line}: {msg}", path=str(p))

    unknown = set(e) - _ORG_KEYS - {"__line__"}
    if unknown:
        raise fail(f"unknown key(s) {sorted(unknown)}; allowed: {sorted(_ORG_KEYS)}")
    name = e.get("name")
    if not isinstance(name, str) or not name.strip():
        raise fail("organisation needs a non-empty 'name'")
    if e.get("sector") not in SECTORS:
        raise fail(f"{name!r}: sector {e.get('sector')!r} is not one of {', '.join(SECTORS)}")
    if e.get("psb_role") is not None and e["psb_role"] not in PSB_ROLES:
        raise fail(f"{name!r}: psb_role {e['psb_role']!r} is not one of {', '.join(PSB_ROLES)}")
    psb_role = _psb_role(e, name, fail)
    lists = {}
    for k in _LIST_KEYS:
        v = e.get(k) or []
        if not isinstance(v, list) or not all(isinstance(x, str) and x.strip() for x in v):
            raise fail(f"{name!r}: '{k}' must be a list of non-empty strings")
        lists[k] = tuple(x.strip() for x in v)
    areas: list[str] = []
    for a in lists["areas"]:
        areas.extend(raw.regions.get(a, [a]))
    typ = e.get("type")
    if typ is None and psb_role == "statutory":  # coverage counts statutory members by type
        from .orgs_generic import guess_sector

        typ = guess_sector(name)[1]
    return Org(canonical=name.strip(), sector=e["sector"], abbreviations=lists["abbreviations"],
               aliases=lists["aliases"], welsh=lists["welsh"], psb_role=psb_role,
               type=typ, areas=tuple(dict.fromkeys(areas)))


def _psb_role(e: dict[str, Any], name: str, fail: Any) -> str | None:
    """``psb_role``, or ``statutory: true`` as the plainer way a user file says the same."""
    flag = e.get("statutory")
    if flag is None:
        return e.get("psb_role")
    if not isinstance(flag, bool):
        raise fail(f"{name!r}: 'statutory' must be true or false (yes/no), not {flag!r}")
    role = e.get("psb_role")
    if flag and role not in (None, "statutory"):
        raise fail(f"{name!r}: 'statutory: true' contradicts psb_role {role!r}")
    if not flag and role == "statutory":
        raise fail(f"{name!r}: 'statutory: false' contradicts psb_role 'statutory'")
    return "statutory" if flag else role


def _ambiguous(e: dict[str, Any], p: Path) -> tuple[str, list[dict[str, Any]]]:
    line = e.get("__line__", "?")
    abbr = e.get("abbreviation")
    cands = e.get("candidates")
    if not isinstance(abbr, str) or not isinstance(cands, list) or not cands:
        raise LexiconError(f"line {line}: ambiguous entry needs 'abbreviation' and 'candidates'",
                           str(p))
    out = []
    for c in cands:
        if not isinstance(c, dict) or not (c.get("name") or c.get("type") or c.get("label")):
            raise LexiconError(f"line {line}: {abbr}: a candidate needs name, type or label", str(p))
        out.append({"name": c.get("name"), "type": c.get("type"), "label": c.get("label"),
                    "cues": [str(x) for x in (c.get("cues") or [])]})
    return abbr, out

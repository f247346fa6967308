"""Find a plan's well-being objectives and the steps under each, however the plan lays them out.

Layouts handled: objective headings ("Objective 1: ...", "Well-being Objective 2", "Priority 3:",
"Amcan 1"), or the parent heading of a steps sub-heading ("What we will do", "Steps we will take",
"How we will get there", "Our steps"); steps as numbered paragraphs ("1.1", "Step 2.3"), bulleted
lists, plain paragraphs, or table rows under a header row such as "Step | Lead | Partners |
Timescale". A step continued on the next page (or split by the reader) is joined back into one.
Context, "why this matters", evidence and measures are not steps; statutory boilerplate is skipped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from .boilerplate import Boilerplate, find_boilerplate
from .records import Document, Passage

_NUMWORD = r"(?:\d+|[ivx]+|one|two|three|four|five|six|seven|eight|nine|ten|un|dau|tri|pedwar|pump)"
OBJECTIVE_RE = re.compile(
    r"^\s*(?:our\s+)?(?:local\s+)?(?:well[-\s]?being\s+|wellbeing\s+)?"
    r"(?:objective|priority|priority\s+area|amcan(?:\s+llesiant)?|blaenoriaeth)"
    rf"(?:\s*{_NUMWORD}\b\s*[:.\-–—)]?|\s*[:\-–—])\s*(?P<title>.*)$",
    re.I,
)
STEP_HEADING_RE = re.compile(
    r"^\s*(?:what\s+we\s+will\s+do|what\s+we['’]ll\s+do|what\s+we\s+are\s+going\s+to\s+do"
    r"|(?:the\s+)?steps\s+we\s+will\s+take|(?:our\s+|the\s+|key\s+)?steps|how\s+we\s+will\s+get\s+there"
    r"|how\s+we\s+will\s+(?:do\s+(?:it|this)|deliver(?:\s+this)?|achieve\s+this)"
    r"|(?:our\s+|key\s+)?actions|what\s+we\s+plan\s+to\s+do|(?:our\s+)?commitments"
    r"|(?:our\s+)?(?:action|delivery)\s+plan|what\s+we\s+will\s+do\s+together"
    r"|beth\s+(?:fyddwn\s+ni['’]n|y\s+byddwn\s+yn)\s+ei\s+wneud|(?:ein\s+)?camau)\b",
    re.I,
)
CONTAINER_RE = re.compile(
    r"^\s*(?:our\s+|the\s+)?(?:local\s+)?(?:well[-\s]?being\s+)?(?:objectives|priorities|priority\s+areas"
    r"|amcanion(?:\s+llesiant)?|blaenoriaethau)(?:\s+and\s+(?:the\s+)?steps)?\s*$",
    re.I,
)
NON_STEP_HEADING_RE = re.compile(
    r"^\s*(?:why|how\s+we\s+will\s+(?:know|measure|monitor)|measur|indicator|what\s+(?:the\s+)?"
    r"(?:assessment|data|evidence|you|people)|evidence|context|background|contribution|case\s+stud"
    r"|what\s+success|outcomes?\b|performance|where\s+we\s+are|the\s+challenge|what\s+matters)",
    re.I,
)
END_HEADING_RE = re.compile(
    r"^\s*(?:deliver(?:ing|y)\s+(?:and|&)\s+monitor|monitoring|governance|contact|glossary|appendi"
    r"|annex|references|next\s+steps|how\s+we\s+will\s+(?:review|report)|acknowledg|further\s+information)",
    re.I,
)
NUMBER_RE = re.compile(
    r"^\s*(?:step\s+)?(?P<num>\d{1,2}(?:\.\d{1,2})+|\d{1,2}[.)]|\(?[a-h]\))\s*[:.\-–]?\s+(?P<text>\S.*)$",
    re.I | re.S,
)
BULLET_RE = re.compile(r"^\s*[•●▪◦■□➢►‣⁃\-–—*]\s+(?P<text>\S.*)$", re.S)
_FIELD_LINE_RE = re.compile(
    r"^\s*(?:lead(?:\s+(?:partners?|body|organisations?))?|led\s+by|partners?|timescales?|timing|when"
    r"|by\s+when|delivery\s+date|target\s+date)\s*[:\-–]",
    re.I,
)
_TERMINAL = re.compile(r"[.!?…)\"”’]\s*$")

_COLUMNS = (
    (
        "step",
        re.compile(
            r"^(?:step|action|what\s+we\s+will\s+do|activity|activities|commitment|deliverable|description|how)",
            re.I,
        ),
    ),
    ("lead", re.compile(r"^(?:lead|owner|responsib|who\s+will\s+lead|led\s+by)", re.I)),
    (
        "partners",
        re.compile(r"^(?:partner|who\b|support|involved|contributor|key\s+partner)", re.I),
    ),
    (
        "timescale",
        re.compile(
            r"^(?:timescale|time\s*frame|timing|when|by\s+when|date|deadline|target\s+date|year|delivery\s+date)",
            re.I,
        ),
    ),
    ("number", re.compile(r"^(?:no\.?|number|ref|#)$", re.I)),
    ("objective", re.compile(r"^(?:objective|priority|amcan|outcome)", re.I)),
)


@dataclass(slots=True)
class RawStep:
    """A step as found: its text and provenance, plus cells from a table layout when present."""

    text: str
    page: int | None
    passage_ids: list[str]
    number: str | None = None
    lead_text: str | None = None
    partners_text: str | None = None
    timescale_text: str | None = None
    layout: str = "paragraph"  # numbered | bulleted | paragraph | table


@dataclass(slots=True)
class RawObjective:
    title: str
    page: int | None
    steps: list[RawStep] = field(default_factory=list)
    candidates: list[RawStep] = field(
        default_factory=list
    )  # numbered items outside a steps section


def objective_title(text: str) -> str | None:
    """The title of an objective heading ("Objective 1: Title" -> "Title"), or None."""
    m = OBJECTIVE_RE.match(text.strip())
    if not m:
        return None
    return m.group("title").strip(" :.-–—") or text.strip()


def _is_heading(p: Passage) -> bool:
    if p.kind == "heading":
        return True
    # Plain-text readers may give headings as short paragraphs; accept the two kinds we rely on.
    short = len(p.text.split()) <= 14 and not p.text.rstrip().endswith((".", ";", ","))
    return (
        p.kind in ("paragraph", "other")
        and short
        and bool(OBJECTIVE_RE.match(p.text) or _step_heading(p.text))
    )


def _step_heading(text: str) -> bool:
    t = text.strip()
    return bool(STEP_HEADING_RE.match(t)) and len(t.split()) <= 10


def table_columns(cells: tuple[str, ...]) -> dict[str, int] | None:
    """Map a header row's cells to roles (step, lead, partners, timescale, ...), or None."""
    roles: dict[str, int] = {}
    for i, cell in enumerate(cells):
        c = cell.strip()
        if not c or len(c.split()) > 6:
            continue
        for role, rx in _COLUMNS:
            if role not in roles and rx.match(c):
                roles[role] = i
                break
    if "step" in roles and {"lead", "partners", "timescale"} & roles.keys():
        return roles
    return None


class _Walker:
    """One pass over the passages, keeping the heading context (objective, steps section, table)."""

    def __init__(self, boiler: Boilerplate) -> None:
        self.boiler = boiler
        self.objectives: list[RawObjective] = []
        self.obj: RawObjective | None = None
        self.obj_level: int | None = None
        self.steps_level: int | None = None
        self.in_steps = False
        self.nonstep = False  # inside a "Why this matters" / "How we will know" sub-section
        self.container: int | None | bool = (
            False  # level of an "Our priorities" heading, if inside one
        )
        self.last_heading: Passage | None = None
        self.columns: dict[str, int] | None = None
        self.header_cells: tuple[str, ...] | None = None

    def run(self, passages: tuple[Passage, ...]) -> list[RawObjective]:
        for p in passages:
            if p.id in self.boiler:
                if p.kind == "heading":
                    self._close()
                continue
            if _is_heading(p):
                self._heading(p)
            elif p.kind == "table_row" and p.cells:
                self._row(p)
            else:
                self._item(p)
        return [o for o in self.objectives if o.steps or o.candidates]

    def _close(self) -> None:
        self.obj, self.obj_level, self.in_steps, self.columns = None, None, False, None

    def _open(self, title: str, p: Passage, level: int | None) -> None:
        self.obj = RawObjective(title, p.page)
        self.objectives.append(self.obj)
        self.obj_level, self.in_steps, self.nonstep = level, False, False

    def _open_from_parent(self, p: Passage) -> None:
        """Steps with no objective heading above: the nearest other heading names the objective."""
        parent = self.last_heading
        if parent is None:
            self._open("Steps", p, None)
        else:
            self._open(parent.text.strip(), parent, parent.level)

    def _container_child(self, p: Passage) -> bool:
        """A heading directly inside "Our priorities" / "Our well-being objectives" names one."""
        if (
            self.container is False
            or _step_heading(p.text)
            or NON_STEP_HEADING_RE.match(p.text)
            or END_HEADING_RE.match(p.text)
        ):
            return False
        if p.level is not None and isinstance(self.container, int) and p.level <= self.container:
            self.container = False
            return False
        return self.obj is None or (
            p.level is not None and self.obj_level is not None and p.level <= self.obj_level
        )

    def _heading(self, p: Passage) -> None:
        level = p.level
        self.columns = None
        title = objective_title(p.text)
        if title is None and CONTAINER_RE.match(p.text):
            self._close()
            self.container = level if level is not None else None
            return
        if title is None and self._container_child(p):
            num = NUMBER_RE.match(p.text.strip())
            title = num.group("text").strip() if num else p.text.strip()
        if title is not None:
            self._open(title, p, level)
        elif _step_heading(p.text):
            if self.obj is None:
                self._open_from_parent(p)
            self.in_steps, self.steps_level = True, level
        elif END_HEADING_RE.match(p.text) or (
            self.obj is not None
            and level is not None
            and (self.obj_level is None or level <= self.obj_level)
            and not NON_STEP_HEADING_RE.match(p.text)
        ):
            # An objective opened from a plain paragraph (a contents line, a text file) has no
            # level; the next real heading that is not one of its sub-headings ends it.
            self._close()
        else:
            if self.in_steps and (
                level is None or self.steps_level is None or level <= self.steps_level
            ):
                self.in_steps = False
            self.nonstep = bool(NON_STEP_HEADING_RE.match(p.text))
        if title is None and not _step_heading(p.text):
            self.last_heading = p

    def _row(self, p: Passage) -> None:
        cells = tuple(c.strip() for c in p.cells or ())
        cols = table_columns(cells)
        if cols is not None:
            self.columns, self.header_cells = cols, cells
            return
        if self.columns is None or cells == self.header_cells:
            return
        if self.obj is None:
            self._open_from_parent(p)
        assert self.obj is not None
        columns = self.columns

        def get(role: str) -> str:
            i = columns.get(role)
            return cells[i].strip() if i is not None and i < len(cells) else ""

        text = get("step")
        named = get("objective")
        named = objective_title(named) or named
        if named and named != self.obj.title and not named[:1].islower():
            self._open(named, p, self.obj_level)
            self.in_steps = True
        steps = self.obj.steps
        if (
            steps
            and steps[-1].layout == "table"
            and _continues(steps[-1].text, text, get("number"), cells)
        ):
            _join(steps[-1], text, p, get("lead"), get("partners"), get("timescale"))
            return
        if not text:
            return
        steps.append(_table_step(text, p, get))

    def _item(self, p: Passage) -> None:
        if self.obj is None:
            return
        text = p.text.strip()
        num, bullet = NUMBER_RE.match(text), BULLET_RE.match(text)
        layout = (
            "numbered" if num else "bulleted" if (bullet or p.kind == "list_item") else "paragraph"
        )
        body = (num or bullet).group("text").strip() if (num or bullet) else text
        target = self.obj.steps if self.in_steps else self.obj.candidates
        last = target[-1] if target else None
        if last is not None and layout == "paragraph" and _FIELD_LINE_RE.match(body):
            _join(last, body, p)  # "Lead: X  Timescale: 2025" under a step belongs to it
            return
        if last is not None and layout == "paragraph" and last.layout != "table":
            numbered_more = last.layout == "numbered" and self.in_steps
            if not _TERMINAL.search(last.text) or body[:1].islower() or numbered_more:
                _join(last, body, p)
                return
        # Outside a steps section, numbered items, and bullets not under "Why this matters" or
        # "How we will know", are kept as candidates for an objective that has no steps section.
        if not self.in_steps and (layout == "paragraph" or (layout == "bulleted" and self.nonstep)):
            return
        if layout == "paragraph" and (
            text.endswith(":") or (last is not None and last.layout == "bulleted")
        ):
            return
        target.append(
            RawStep(
                body, p.page, [p.id], num.group("num").rstrip(".)") if num else None, layout=layout
            )
        )


def _table_step(text: str, p: Passage, get: Callable[[str], str]) -> RawStep:
    """A step from a table row; a number printed in the step cell ("2.1 Co-design ...") is kept."""
    number = get("number") or None
    num = NUMBER_RE.match(text)
    if num and number is None:
        number, text = num.group("num").rstrip(".)"), num.group("text").strip()
    lead, partners, when = get("lead") or None, get("partners") or None, get("timescale") or None
    return RawStep(text, p.page, [p.id], number, lead, partners, when, "table")


def _continues(prev: str, text: str, number: str, cells: tuple[str, ...]) -> bool:
    """A table row that carries on the previous step (split at a page break)."""
    if number:
        return False
    if not text:
        return any(c for c in cells)
    # Table cells rarely end in a full stop, so only a lower-case start marks a carried-on row.
    return text[:1].islower()


def _join(
    step: RawStep, text: str, p: Passage, lead: str = "", partners: str = "", timescale: str = ""
) -> None:
    if text:
        step.text = f"{step.text} {text}".strip()
    step.passage_ids.append(p.id)
    for attr, extra in (
        ("lead_text", lead),
        ("partners_text", partners),
        ("timescale_text", timescale),
    ):
        if extra:
            old = getattr(step, attr)
            setattr(step, attr, f"{old} {extra}".strip() if old else extra)


def find_objectives(doc: Document, boiler: Boilerplate | None = None) -> list[RawObjective]:
    """Return the objectives of ``doc`` with their steps, in reading order.

    Numbered items inside an objective that has no steps section are used as its steps.
    """
    boiler = boiler if boiler is not None else find_boilerplate(doc)
    # In a bilingual plan the Welsh text repeats the English; audit one language, the majority's.
    welsh = sum(1 for p in doc.passages if p.lang == "cy")
    main = "cy" if welsh > len(doc.passages) - welsh else "en"
    passages = tuple(
        p for p in doc.passages if p.lang == main or p.lang == "other" or p.kind == "table_row"
    )
    objectives = _Walker(boiler).run(passages)
    with_steps = {o.title for o in objectives if o.steps}
    # An objective named twice (contents list, then its own section) keeps the section with steps.
    objectives = [o for o in objectives if o.steps or o.title not in with_steps]
    for o in objectives:
        if not o.steps:
            o.steps, o.candidates = o.candidates, []
    return [o for o in objectives if o.steps]

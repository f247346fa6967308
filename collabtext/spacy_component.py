"""The tagger as a spaCy pipeline component, for people who already work in spaCy.

Example:
    >>> import spacy, collabtext.spacy_component  # registers the factory
    >>> nlp = spacy.blank("en")
    >>> _ = nlp.add_pipe("collabtext_tagger")
    >>> doc = nlp("Partners will pool their budgets. There is still no shared vision.")
    >>> doc._.collabtext_labels["power_spectrum"]
    'collaboration'
    >>> sorted({s.label_ for s in doc.spans["collabtext"]})[:2]
    ['capacity:strategic', 'dynamics:capacity_for_joint_action']

Sets ``doc.spans["collabtext"]`` (one span per piece of evidence, label ``framework:category``),
``doc._.collabtext_labels`` (labels per framework, as ``collabtext tag`` gives for one passage),
``doc._.collabtext_evidence`` (list of evidence dicts) and ``span._.collabtext_evidence`` (the
evidence dicts for that span's character range: every label the same words earned). The whole Doc is tagged as one passage; the matching
runs on the tagger's own tokenisation, so the user's pipeline and its annotations are untouched.
"""

from __future__ import annotations

from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

SPAN_KEY = "collabtext"

for _cls, _name, _default in (
    (Doc, "collabtext_labels", None),
    (Doc, "collabtext_evidence", None),
    (Span, "collabtext_evidence", None),
):
    if not _cls.has_extension(_name):
        _cls.set_extension(_name, default=_default)


class CollabtextTagger:
    """Pipeline component wrapping ``collabtext.tag.Tagger``."""

    def __init__(
        self, nlp: Any, name: str, lexicons: list[str], include_welsh: bool, span_key: str
    ) -> None:
        self.name = name
        self.lexicons = tuple(lexicons)
        self.include_welsh = include_welsh
        self.span_key = span_key
        self._tagger: Any = None

    @property
    def tagger(self) -> Any:
        if self._tagger is None:  # built lazily, once, on the shared collabtext pipeline
            from .tag import get_tagger

            self._tagger = get_tagger(self.lexicons)
        return self._tagger

    def __call__(self, doc: Doc) -> Doc:
        from .evaluate import _passage

        tp = self.tagger.tag_passages(
            [_passage(doc.text, "p0001")], include_welsh=self.include_welsh
        )[0]
        spans = []
        by_range: dict[tuple[int, int], list[dict[str, Any]]] = {}
        for e in tp.evidence:
            span = doc.char_span(
                e.start, e.end, label=f"{e.framework}:{e.category}", alignment_mode="expand"
            )
            if span is not None:
                by_range.setdefault((span.start_char, span.end_char), []).append(e.to_dict())
                spans.append(span)
        for span in spans:
            # spaCy keys span extensions by character range, so a range holds all its evidence
            span._.collabtext_evidence = by_range[(span.start_char, span.end_char)]
        doc.spans[self.span_key] = spans
        doc._.collabtext_labels = {
            k: (list(v) if isinstance(v, tuple) else v) for k, v in tp.labels.items()
        }
        doc._.collabtext_evidence = [e.to_dict() for e in tp.evidence]
        return doc


@Language.factory(
    "collabtext_tagger",
    default_config={"lexicons": [], "include_welsh": False, "span_key": SPAN_KEY},
)
def make_collabtext_tagger(
    nlp: Language, name: str, lexicons: list[str], include_welsh: bool, span_key: str
) -> CollabtextTagger:
    return CollabtextTagger(nlp, name, lexicons, include_welsh, span_key)

"""Output writers: only this package knows about output formats."""

from __future__ import annotations

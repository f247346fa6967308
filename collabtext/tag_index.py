"""Token positions grouped by attribute value, for gating token patterns on their anchor words."""

from __future__ import annotations

import numpy as np


class TokenIndex:
    """Token positions grouped by value for one attribute column of a doc."""

    def __init__(self, col: np.ndarray) -> None:
        self.order = np.argsort(col, kind="stable")  # one sort: groups and their values
        ordered = col[self.order]
        change = np.flatnonzero(ordered[1:] != ordered[:-1]) + 1
        self.bounds = np.concatenate(([0], change, [len(col)]))
        self.uniq = ordered[self.bounds[:-1]] if len(col) else ordered

    def positions(self, hashes: np.ndarray) -> np.ndarray:
        """Sorted token indices whose value is one of ``hashes``."""
        u = np.flatnonzero(np.isin(self.uniq, hashes, assume_unique=True))
        if len(u) == 0:
            return np.empty(0, dtype=np.int64)
        if len(u) == 1:
            return self.order[self.bounds[u[0]] : self.bounds[u[0] + 1]]
        b = self.bounds
        return np.sort(np.concatenate([self.order[b[i] : b[i + 1]] for i in u.tolist()]))

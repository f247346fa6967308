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
        # A dict lookup per anchor word beats np.isin, whose fixed cost dominates on the small
        # anchor sets that gated patterns ask about thousands of times per batch.
        self.group = {v: k for k, v in enumerate(self.uniq.tolist())}

    def positions(self, hashes: np.ndarray) -> np.ndarray:
        """Sorted token indices whose value is one of ``hashes``."""
        group = self.group
        u = [group[h] for h in hashes.tolist() if h in group]
        if len(u) == 0:
            return np.empty(0, dtype=np.int64)
        if len(u) == 1:
            return self.order[self.bounds[u[0]] : self.bounds[u[0] + 1]]
        b = self.bounds
        return np.sort(np.concatenate([self.order[b[i] : b[i + 1]] for i in u]))

"""Ordering a day's places to minimise travel: an open path over a distance matrix (DOMAIN.md §6).

Up to :data:`EXACT_LIMIT` places the order is exact (every permutation is tried). Beyond that a
nearest-neighbour tour from every start is improved with 2-opt, and the input order itself is
improved too, so the result is never longer than the order the places came in.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import permutations
from typing import List, Optional, Sequence

import numpy as np

from .errors import HotspotInputError
from .progress import ProgressCallback, report

#: Exact search up to this many places (8! = 40,320 orders).
EXACT_LIMIT = 8


@dataclass
class Route:
    """``order`` lists input indices in visiting order; ``legs[k]`` is the distance from the previous
    place to ``order[k]`` (0 for the first); ``total`` their sum; ``input_total`` that of the input order."""

    order: List[int]
    legs: List[float]
    total: float
    input_total: float
    method: str


def euclidean_matrix(xy: np.ndarray) -> np.ndarray:
    """Pairwise straight-line distances (same units as the coordinates) of an ``(n, 2)`` array."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    diff = xy[:, None, :] - xy[None, :, :]
    return np.sqrt((diff**2).sum(axis=2))


def path_length(matrix: np.ndarray, order: Sequence[int]) -> float:
    return float(sum(matrix[order[k - 1], order[k]] for k in range(1, len(order))))


def _two_opt(matrix: np.ndarray, order: List[int], fixed_start: bool) -> List[int]:
    """Improve an open path by reversing segments while that shortens it (first improvement)."""
    order = list(order)
    n = len(order)
    improved = True
    first = 1 if fixed_start else 0
    while improved:
        improved = False
        for i in range(first, n - 1):
            for j in range(i + 1, n):
                a = order[i - 1] if i > 0 else None
                b, c = order[i], order[j]
                d = order[j + 1] if j + 1 < n else None
                before = (matrix[a, b] if a is not None else 0.0) + (matrix[c, d] if d is not None else 0.0)
                after = (matrix[a, c] if a is not None else 0.0) + (matrix[b, d] if d is not None else 0.0)
                if after < before - 1e-9:
                    candidate = order[:i] + order[i : j + 1][::-1] + order[j + 1 :]
                    # Reversal changes inner legs only when distances are asymmetric; check the whole path.
                    if path_length(matrix, candidate) < path_length(matrix, order) - 1e-9:
                        order = candidate
                        improved = True
    return order


def _nearest_neighbour(matrix: np.ndarray, start: int) -> List[int]:
    n = len(matrix)
    order = [start]
    left = set(range(n)) - {start}
    while left:
        here = order[-1]
        # Ties go to the lowest index so the result does not depend on set order.
        nxt = min(left, key=lambda k: (matrix[here, k], k))
        order.append(nxt)
        left.remove(nxt)
    return order


def route_order(matrix, start: Optional[int] = None, progress: ProgressCallback = None) -> Route:
    """The shortest open path found through all places of a square distance ``matrix``.

    ``start`` fixes the first place (an index), else any place may come first. Unreachable pairs
    (infinite distance) are allowed only if a finite path exists.
    """
    matrix = np.asarray(matrix, dtype=float)
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        raise HotspotInputError("The distance matrix must be square.")
    n = matrix.shape[0]
    if n == 0:
        raise HotspotInputError("There are no places to order.")
    if start is not None and not 0 <= start < n:
        raise HotspotInputError(f"The start place {start} is not one of the {n} places.")
    identity = list(range(n))
    if start is not None and start != 0:
        identity = [start] + [k for k in identity if k != start]
    input_order = list(range(n))
    input_total = path_length(matrix, input_order)
    if n <= EXACT_LIMIT:
        rest = [k for k in range(n) if k != start] if start is not None else list(range(n))
        best, best_total = identity, path_length(matrix, identity)
        for count, perm in enumerate(permutations(rest)):
            candidate = ([start] + list(perm)) if start is not None else list(perm)
            total = path_length(matrix, candidate)
            if total < best_total - 1e-9:
                best, best_total = candidate, total
            if count % 5000 == 0:
                report(progress, count / 40320.0)
        method = "exact"
    else:
        starts = [start] if start is not None else list(range(n))
        candidates = [_two_opt(matrix, identity, start is not None)]
        for k, s in enumerate(starts):
            report(progress, k / len(starts))
            candidates.append(_two_opt(matrix, _nearest_neighbour(matrix, s), start is not None))
        best = min(candidates, key=lambda order: (path_length(matrix, order), order))
        best_total = path_length(matrix, best)
        method = "nearest neighbour + 2-opt"
    if start is None and best_total > input_total:
        best, best_total = input_order, input_total
    if not np.isfinite(best_total):
        raise HotspotInputError("Some places cannot be reached from the others (no connecting roads).")
    legs = [0.0] + [float(matrix[best[k - 1], best[k]]) for k in range(1, n)]
    report(progress, 1.0)
    return Route(list(best), legs, float(best_total), input_total, method)

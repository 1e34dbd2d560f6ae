"""Geofences from hot cells: dissolving, ranking, PAI, buffers, slivers."""

import numpy as np
import pytest
from shapely.geometry import box

from hotspot_plugin.core.geofence import fences_from_cells


def cells_grid(nrows, ncols, size=150.0):
    return [box(c * size, r * size, (c + 1) * size, (r + 1) * size) for r in range(nrows) for c in range(ncols)]


def test_contiguous_cells_dissolve_and_rank_by_harm():
    cells = cells_grid(10, 10)
    harm = np.ones(100)
    qualifies = np.zeros(100, bool)
    block = [0, 1, 10, 11]  # 2×2 block in the corner
    single = [55]  # alone
    corner = [66]  # touches 55 only at a corner: a separate fence
    for i in block + single + corner:
        qualifies[i] = True
    harm[55] = 50.0
    fences = fences_from_cells(
        cells, harm, np.ones(100, int), qualifies, total_harm=harm.sum(), total_area=100 * 150.0**2
    )
    assert len(fences) == 3
    assert [f.rank for f in fences] == [1, 2, 3]
    assert fences[0].harm == 50.0 and fences[0].n_cells == 1
    assert fences[1].harm == 4.0 and fences[1].area_m2 == pytest.approx(4 * 150.0**2)
    assert all(f.geometry.is_valid for f in fences)
    # PAI = (harm share) / (area share): 50/149 over 1/100.
    assert fences[0].pai == pytest.approx((50 / harm.sum()) / (1 / 100))


def test_top_n_min_area_and_buffer():
    cells = cells_grid(10, 10)
    harm = np.arange(100, dtype=float)
    qualifies = np.zeros(100, bool)
    qualifies[[0, 1, 5, 99]] = True
    common = dict(total_harm=harm.sum(), total_area=100 * 150.0**2)
    fences = fences_from_cells(cells, harm, np.ones(100, int), qualifies, top_n=2, **common)
    assert [f.harm for f in fences] == [99.0, 5.0]
    fences = fences_from_cells(cells, harm, np.ones(100, int), qualifies, min_area_m2=30000, **common)
    assert [f.harm for f in fences] == [1.0]  # only the two-cell fence is big enough
    # Cells 1 and 5 are 3 cells (450 m) apart; a 240 m buffer joins them, a 200 m buffer does not.
    joined = fences_from_cells(cells, harm, np.ones(100, int), qualifies, buffer_m=240, **common)
    apart = fences_from_cells(cells, harm, np.ones(100, int), qualifies, buffer_m=200, **common)
    assert len(apart) == 3 and len(joined) == 2
    assert sorted(f.harm for f in joined) == [6.0, 99.0]
    assert all(f.geometry.is_valid for f in joined)


def test_no_qualifying_cells_gives_no_fences():
    cells = cells_grid(3, 3)
    assert fences_from_cells(cells, np.ones(9), np.ones(9, int), np.zeros(9, bool), 9.0, 9 * 150.0**2) == []

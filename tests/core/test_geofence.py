"""Geofences from hot cells: dissolving, ranking, PAI, buffers, slivers."""

import numpy as np
import pytest
from shapely.geometry import box

from hotspot_plugin.core.geofence import StudyCells, fences_from_cells


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
    # Harm PAI = (harm share) / (area share): 50/149 over 1/100; every cell holds one crime, so the
    # crime PAI of any fence is 1 and its PEI (1 crime per cell, the most any cell holds) is 1.
    assert fences[0].pai_harm == pytest.approx((50 / harm.sum()) / (1 / 100))
    assert fences[0].pai == pytest.approx(1.0) and fences[1].pai == pytest.approx(1.0)
    assert fences[0].pei == pytest.approx(1.0)


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


def hand_example():
    """10 × 10 cells of 150 m (A = 2,250,000 m²). Every cell holds 1 crime of harm 1, except:
    cell 0: 5 crimes, cell 1: 3, cell 55: 8 (harm 50), cell 77: 6. N = 96 + 5 + 3 + 8 + 6 = 118;
    H = 118 − 8 + 50 = 160. Hot: cells 0 and 1 (one fence, 2 cells) and 55 (1 cell)."""
    cells = cells_grid(10, 10)
    crimes = np.ones(100)
    crimes[[0, 1, 55, 77]] = [5, 3, 8, 6]
    harm = crimes.copy()
    harm[55] = 50.0
    qualifies = np.zeros(100, bool)
    qualifies[[0, 1, 55]] = True
    return cells, crimes, harm, qualifies


def test_pai_harm_pai_and_pei_by_hand():
    cells, crimes, harm, qualifies = hand_example()
    study = StudyCells.of(crimes, harm, np.full(100, 150.0**2))
    assert (study.crimes.sum(), study.harm.sum(), study.study_area_m2) == (118, 160, 2_250_000)
    fences = fences_from_cells(
        cells, harm, crimes, qualifies, total_harm=160, total_area=study.study_area_m2, buffer_m=10, study=study
    )
    single, pair = fences  # ranked by harm: 50 then 8
    # Cell 55: n = 8 of 118 crimes on 1 % of A → PAI 6.779661; harm 50 of 160 → harm PAI 31.25;
    # the busiest cell holds 8 crimes → PEI 8 / 8 = 1.
    assert single.n_cells == 1 and single.n_crimes == 8
    assert single.pai == pytest.approx(8 / 118 / 0.01) == pytest.approx(6.779661, abs=1e-6)
    assert single.pai_harm == pytest.approx(31.25)
    assert single.pei == pytest.approx(1.0)
    # Cells 0 + 1: n = 8 on 2 % of A → PAI 3.389831; harm 8 / 160 → harm PAI 2.5; the two busiest
    # cells (55 and 77) hold 8 + 6 = 14 crimes → PEI 8 / 14 = 0.571429.
    assert pair.n_cells == 2 and pair.cells_area_m2 == pytest.approx(45000.0)
    assert pair.pai == pytest.approx(3.389831, abs=1e-6)
    assert pair.pai_harm == pytest.approx(2.5)
    assert pair.pei == pytest.approx(0.571429, abs=1e-6)
    # The 10 m buffer widens the polygon (area_m2), not the a of the scores.
    assert pair.area_m2 == pytest.approx(320.0 * 170.0)
    # Without `study` the cells given are every tested cell: the same scores.
    plain = fences_from_cells(cells, harm, crimes, qualifies, total_harm=160, total_area=2_250_000, buffer_m=10)
    assert [(f.pai, f.pai_harm, f.pei) for f in plain] == [(f.pai, f.pai_harm, f.pei) for f in fences]


def test_study_area_clips_a_and_sets_a_capital():
    cells, crimes, harm, qualifies = hand_example()
    study_area = box(75, 0, 1500, 1500)  # the left half of column 0 is outside: A = 1425 × 1500 m²
    areas = np.array([cell.intersection(study_area).area for cell in cells])
    study = StudyCells.of(crimes, harm, areas, study_area.area)
    assert study.study_area_m2 == 2_137_500
    fences = fences_from_cells(cells, harm, crimes, qualifies, total_harm=160, total_area=study_area.area, study=study)
    single, pair = fences
    # a = half of cell 0 + cell 1 = 11,250 + 22,500 = 33,750 m² → PAI (8/118) / (33750/2137500) = 4.293785.
    assert pair.cells_area_m2 == pytest.approx(33750.0)
    assert pair.pai == pytest.approx(4.293785, abs=1e-6)
    # n* takes the busiest cells per m² until the same area is filled: half-cell 0 (5 crimes on
    # 11,250 m², the densest) then cell 55 (8 on 22,500 m²) = 13 → PEI 8 / 13 = 0.615385.
    assert pair.pei == pytest.approx(8 / 13)
    # For cell 55 alone (22,500 m²): half-cell 0 (5) + half of cell 55 (4) = 9 → PEI 8 / 9.
    assert single.pei == pytest.approx(8 / 9)

"""Reading police.uk CSVs and harm tables."""

from collections import Counter

import numpy as np
import pytest

from hotspot_plugin.core.errors import HotspotInputError
from hotspot_plugin.core.harm import DEFAULT_HARM_TABLE, load_harm_table
from hotspot_plugin.core.policeuk import read_police_uk

# data/README.md: June 2018 counts per crime type over all 18,188 rows.
JUNE_2018_TYPES = {
    "Violence and sexual offences": 5053,
    "Anti-social behaviour": 3431,
    "Other theft": 1981,
    "Criminal damage and arson": 1751,
    "Shoplifting": 1359,
    "Vehicle crime": 1298,
    "Burglary": 864,
    "Public order": 653,
    "Bicycle theft": 551,
    "Drugs": 438,
    "Other crime": 276,
    "Theft from the person": 248,
    "Possession of weapons": 143,
    "Robbery": 142,
}


def test_default_table_covers_police_uk_types_with_sources():
    table = load_harm_table()
    assert len(table.weights) == 14
    assert set(table.weights) == set(JUNE_2018_TYPES)
    assert all(table.sources[t] for t in table.weights)
    text = DEFAULT_HARM_TABLE.read_text(encoding="utf-8")
    assert text.count("APPROXIMATION") == 14
    # Values published in DOMAIN.md §2.
    assert table.weight("Robbery") == 365
    assert table.weight("shoplifting") == 1
    assert table.weight("  Burglary ") == 273.5


def test_real_thames_valley_month(policeuk_csv):
    result = read_police_uk(policeuk_csv, load_harm_table())
    assert result.n_rows == 18188
    assert result.n_no_coordinates == 1697
    assert result.n_bad_coordinates == 0
    assert len(result.records) == 16491
    assert not result.unknown_types
    assert result.records["harm"].notna().all()
    assert (result.records["month"] == "2018-06").all()
    # Every type is present, none more often than the README says for all rows.
    counts = Counter(result.records["crime_type"])
    assert set(counts) == set(JUNE_2018_TYPES)
    assert all(counts[t] <= JUNE_2018_TYPES[t] for t in counts)
    assert sum(JUNE_2018_TYPES.values()) == 18188
    # Thames Valley lies around 1.5°W–0.5°E, 51.3°N–52.2°N.
    assert result.records["lon"].between(-1.8, 0.8).all()
    assert result.records["lat"].between(51.2, 52.3).all()
    # Harm equals the table weight of each record's type.
    table = load_harm_table()
    sample = result.records.sample(200, random_state=1)
    assert all(table.weight(t) == h for t, h in zip(sample["crime_type"], sample["harm"]))


def test_unknown_types_counted_and_left_null(tmp_path):
    csv = tmp_path / "custom.csv"
    csv.write_text(
        "Crime ID,Month,Longitude,Latitude,Location,LSOA code,Crime type,Last outcome category\n"
        "a,2024-01,-1.25,51.75,On or near X,E01,Burglary,\n"
        "b,2024-01,-1.25,51.75,On or near X,E01,Fraud,\n"
        "c,2024-01,-1.25,51.75,On or near X,E01,Fraud,\n"
        "d,2024-01,,,On or near X,E01,Robbery,\n"
        "e,2024-01,abc,51.7,On or near X,E01,Robbery,\n",
        encoding="utf-8",
    )
    result = read_police_uk(csv, load_harm_table())
    assert result.unknown_types == Counter({"Fraud": 2})
    assert result.n_no_coordinates == 1 and result.n_bad_coordinates == 1
    assert np.isnan(result.records["harm"]).sum() == 2
    assert result.records["harm"].iloc[0] == 273.5


def test_not_a_police_uk_csv(tmp_path):
    csv = tmp_path / "other.csv"
    csv.write_text("id,x,y\n1,2,3\n", encoding="utf-8")
    with pytest.raises(HotspotInputError, match="not a police.uk street-level CSV.*Month.*Longitude"):
        read_police_uk(csv, load_harm_table())


def test_binary_file_is_refused(tmp_path):
    junk = tmp_path / "junk.csv"
    junk.write_bytes(b"\xff\xfe\x00\x81\x9c" * 50)
    with pytest.raises(HotspotInputError):
        read_police_uk(junk, load_harm_table())


@pytest.mark.parametrize(
    "content, message",
    [
        ("type,value\nRobbery,3\n", "needs the columns crime_type and weight"),
        ("crime_type,weight\nRobbery,lots\n", "line 2.*not a number"),
        ("crime_type,weight\nRobbery,3\nBurglary,-1\n", "line 3.*negative"),
        ("crime_type,weight\nRobbery,3\nrobbery,4\n", "appears twice"),
        ("crime_type,weight\n", "has no rows"),
    ],
)
def test_bad_harm_tables(tmp_path, content, message):
    path = tmp_path / "harm.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(HotspotInputError, match=message):
        load_harm_table(path)

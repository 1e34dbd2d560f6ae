"""core.ids: one way to compare ids, one to show them, and keyed pseudonyms (no QGIS)."""

import numpy as np
import pandas as pd
import pytest

from hotspot_plugin.core.ids import id_keys, id_label, id_text, is_blank, new_pseudonym_key, pseudonymise_ids


@pytest.mark.parametrize(
    "value,label,key",
    [
        (12, "12", "12"),
        (12.0, "12", "12"),
        (np.int64(12), "12", "12"),
        ("12.0", "12", "12"),
        (" 0012 ", "0012", "12"),  # an ISSI padded with zeros is the same radio
        ("A-01", "A-01", "A-01"),
        (12.5, "12.5", "12.5"),
        (None, None, None),
        (float("nan"), None, None),
        ("  ", None, None),
    ],
)
def test_ids_join_across_types(value, label, key):
    assert id_label(value) == label and id_text(value) == key


def test_keys_and_blanks():
    assert id_keys([1, "1", 1.0, None]).tolist() == ["1", "1", "1", None]
    assert is_blank(None) and is_blank(float("nan")) and is_blank(" ") and is_blank(pd.NaT)
    assert not is_blank(0) and not is_blank("0")


def test_pseudonyms_stable_within_a_key_and_unlinkable_across_keys():
    ids = pd.Series(["PC1", "PC2", "PC1"])
    key = new_pseudonym_key()
    first = pseudonymise_ids(ids, key)
    assert first[0] == first[2] != first[1] and first[0].startswith("P-") and len(first[0]) == 14
    assert pseudonymise_ids(ids, key).tolist() == first.tolist()
    assert pseudonymise_ids(ids, new_pseudonym_key())[0] != first[0]

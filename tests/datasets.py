"""Where the data sets are. CI's checkout sits beside shared/ (PRODUCT.md), which holds the full
Olist data set; a plain clone has only the sample under tests/data/olist (its README says which
rows), so tests needing the full set are marked `requires_olist` and skip there."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
OLIST_DIR = ROOT.parent / "shared" / "data" / "olist"
OLIST_SAMPLE_DIR = ROOT / "tests" / "data" / "olist"

_HAS_OLIST = (OLIST_DIR / "olist_marketing_qualified_leads_dataset.csv").is_file()
# CI sets LEADCRM_REQUIRE_DATA=1 (.ci/run): there a missing data set fails instead of skipping.
if not _HAS_OLIST and os.environ.get("LEADCRM_REQUIRE_DATA") == "1":
    raise RuntimeError(f"LEADCRM_REQUIRE_DATA=1 but {OLIST_DIR} is missing")

requires_olist = pytest.mark.skipif(
    not _HAS_OLIST,
    reason=f"needs the full Olist data set in {OLIST_DIR} (../shared/data/olist beside the "
    "checkout, as CI has it); a plain clone has only the sample in tests/data/olist",
)

"""Where the shared data sets are: the repository's checkout sits beside shared/ (PRODUCT.md)."""

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OLIST_DIR = ROOT.parent / "shared" / "data" / "olist"

"""docs/architecture.md names real things: every file and folder it cites exists, every dotted
name (`leads.intake.lead_intake`) imports, and every other code name it cites is in the code.
A rename that forgets the map fails here instead of misleading the next newcomer."""

import importlib
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "architecture.md"
APPS = ("leads", "scoring", "handoff", "leadcrm")
# Placeholders and SQL in the text, not names: `<app>.tasks.<service>`, `UPDATE … WHERE …`.
_NOT_A_NAME = re.compile(r"[<…]|^(POST|GET|UPDATE) ")
_DOTTED = re.compile(r"^[a-z_]+(\.[A-Za-z_]+)+")
_IDENTIFIER = re.compile(r"\b[A-Za-z_][A-Za-z0-9_]*\b")


def _spans() -> list[str]:
    return [s for s in re.findall(r"`([^`]+)`", DOC.read_text()) if not _NOT_A_NAME.search(s)]


def _product_words() -> set[str]:
    words: set[str] = set()
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" not in path.parts:
                words.update(_IDENTIFIER.findall(path.read_text()))
    return words


def _missing_path(span: str) -> bool:
    if "/" in span.rstrip("/"):
        return not (ROOT / span).exists()
    # A bare file or folder name (`bulk.py`, `fit/`) follows the folder the text just named.
    name = span.rstrip("/")
    return not (ROOT / name).exists() and not any(
        p.name == name for app in APPS for p in (ROOT / app).rglob(name)
    )


def _missing_dotted(name: str) -> bool:
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            found = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            if not hasattr(found, attribute):
                return True
            found = getattr(found, attribute)
        return False
    return True


def _missing(span: str, words: set[str]) -> bool:
    if span.startswith("/"):
        return False  # a URL: the route walker checks routes
    if span.endswith((".py", "/")):
        return _missing_path(span)
    dotted = _DOTTED.match(span)
    if dotted and dotted[0].split(".")[0] in APPS:
        return _missing_dotted(dotted[0])
    names = [n for n in _IDENTIFIER.findall(span) if "_" in n.strip("_") or not n.islower()]
    return any(n not in words for n in names)


def test_it_finds_the_names_in_the_doc():
    spans = _spans()
    assert "leads.services.lead_move" in spans and "scoring/kinds/" in spans
    assert len(spans) > 80


def test_it_notices_a_stale_name():
    words = _product_words()
    assert _missing("leads/services/nowhere.py", words)
    assert _missing("nowhere.py", words)
    assert _missing("leads.intake.lead_nowhere", words)
    assert _missing("lead_nowhere", words)
    assert not _missing("leads.intake.lead_intake", words)
    assert not _missing("lead_move(action=PROMOTE)", words)


def test_it_names_only_what_exists():
    words = _product_words()
    assert [span for span in _spans() if _missing(span, words)] == []

"""The app works on a network without internet: pages load nothing from another host."""

import re
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# A script, stylesheet, image, font or form that another host would serve.
REMOTE = re.compile(
    r"""(?:\b(?:src|href|action|srcset)\s*=\s*["']?\s*|url\(\s*["']?|@import\s+["']?)"""
    r"""(?:https?:)?//""",
    re.IGNORECASE,
)
# The app's own files may not even name a CDN (vendored files keep their licence headers).
CDN = re.compile(
    r"cdn\.|unpkg\.com|jsdelivr|googleapis|gstatic|cloudflare|fontawesome", re.IGNORECASE
)


def _files(*folders: str, suffixes: tuple[str, ...]) -> list[Path]:
    return [
        path
        for folder in folders
        for path in sorted((ROOT / folder).rglob("*"))
        if path.suffix in suffixes
    ]


def test_no_page_loads_an_asset_from_another_host():
    files = _files(
        "templates", "static", "leads", "scoring", "handoff", suffixes=(".html", ".css", ".js")
    )
    assert len(files) > 40  # the scan sees the templates and the vendored assets
    found = [
        f"{path.relative_to(ROOT)}: {match.group(0)}"
        for path in files
        for match in REMOTE.finditer(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert found == []


def test_our_own_templates_and_assets_name_no_cdn():
    own = [
        path
        for path in _files(
            "templates", "static", "leads", "scoring", "handoff", suffixes=(".html", ".css", ".js")
        )
        if "vendor" not in path.parts
    ]
    found = [str(path.relative_to(ROOT)) for path in own if CDN.search(path.read_text())]
    assert found == []


def test_the_scan_would_see_a_cdn_link():
    assert REMOTE.search('<script src="https://cdn.jsdelivr.net/npm/htmx.org"></script>')
    assert REMOTE.search("background: url(//fonts.gstatic.com/x.woff2)")
    assert REMOTE.search("@import 'https://fonts.googleapis.com/css'")
    assert not REMOTE.search('<svg xmlns="http://www.w3.org/2000/svg">')

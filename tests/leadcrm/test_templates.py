"""Every page names itself in the title bar ("<page> · LeadCRM") and has a favicon."""

from pathlib import Path

from django.conf import settings

TEMPLATES = Path(settings.BASE_DIR) / "templates"


def test_every_page_sets_its_title():
    pages = [p for p in TEMPLATES.rglob("*.html") if '{% extends "base.html" %}' in p.read_text()]
    assert len(pages) > 20
    untitled = [
        str(p.relative_to(TEMPLATES)) for p in pages if "{% block title %}" not in p.read_text()
    ]
    assert untitled == []


def test_the_base_page_has_a_favicon_and_the_product_name():
    base = (TEMPLATES / "base.html").read_text()
    assert "{% endblock %} · LeadCRM</title>" in base
    assert "{% static 'favicon.svg' %}" in base
    assert (Path(settings.BASE_DIR) / "static" / "favicon.svg").exists()

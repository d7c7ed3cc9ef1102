"""Every admin form builds without Django's deprecation warnings: a URLField form field that
leaves its scheme to Django 5.2's "http" default warns (leads.url_fields asks for https)."""

from __future__ import annotations

import warnings

import pytest
from django.contrib import admin
from django.test import RequestFactory
from django.utils.deprecation import RemovedInDjango60Warning

pytestmark = pytest.mark.django_db


def test_it_builds_every_admin_form_without_a_deprecation_warning(admin_user):
    request = RequestFactory().get("/admin/")
    request.user = admin_user
    warned = []
    for model, model_admin in admin.site._registry.items():
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always", RemovedInDjango60Warning)
            model_admin.get_form(request)()
        if any(issubclass(w.category, RemovedInDjango60Warning) for w in caught):
            warned.append(model.__name__)
    assert warned == []
    assert len(admin.site._registry) > 10  # the walk saw the project's admins

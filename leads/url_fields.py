"""Web addresses typed without a scheme ("acme.com") mean https://acme.com in every admin form.

That is Django 6's default; Django 5.2 still assumes "http" and warns (RemovedInDjango60Warning)
for each form URLField that leaves the choice to it. Its project-wide switch,
FORMS_URLFIELD_ASSUME_HTTPS, is itself deprecated, so each ModelAdmin with a URLField asks here.
"""

from __future__ import annotations

from django.db import models

ASSUME_HTTPS = {models.URLField: {"assume_scheme": "https"}}

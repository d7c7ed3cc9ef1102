"""Settings for the test suite: the same as production's, made fast and quiet."""

import os

os.environ.setdefault("SECRET_KEY", "tests-only-not-a-secret")
os.environ.setdefault("DEBUG", "0")
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("EMAIL_BACKEND", "django.core.mail.backends.locmem.EmailBackend")

from leadcrm.settings import *  # noqa: F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
SESSION_COOKIE_SECURE = False
CSRF_COOKIE_SECURE = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
LOGGING["root"]["level"] = "WARNING"  # noqa: F405
# Tasks run in-process in the tests, even with a broker configured; the worker tests (marked
# `worker`) switch the sending side to the real broker, and their worker runs with
# LEADCRM_EAGER=0.
CELERY_TASK_ALWAYS_EAGER = os.environ.get("LEADCRM_EAGER", "1") == "1"
# Serve static files straight from static/ (no collectstatic) for the browser tests.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# With a replica configured (CI's integration tier), only the tests of the replica read from it:
# the others write in transactions the replica cannot see.
REPLICA_READS = False
# The webhook tests run their receiver on 127.0.0.1; the address checks' own tests turn this
# off again.
WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = True

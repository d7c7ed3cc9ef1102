import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


def _manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DEBUG",
            "SECRET_KEY",
            "SECURE_SSL_REDIRECT",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
            "EMAIL_BACKEND",
            "EMAIL_ALLOW_CONSOLE",
            "LEADCRM_BASE_URL",
        }
    }
    clean.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_check_deploy_is_clean_with_production_values():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secrets.token_urlsafe(50),
        ALLOWED_HOSTS="crm.example.com",
        DEBUG="0",
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_refuses_the_console_email_backend_unless_told_to():
    production = {"SECRET_KEY": secrets.token_urlsafe(50), "DEBUG": "0"}
    result = _manage("check", **production)
    assert result.returncode != 0
    assert "EMAIL_BACKEND is the console backend" in result.stderr
    result = _manage("check", **production, EMAIL_ALLOW_CONSOLE="1")
    assert result.returncode == 0, result.stderr


def test_a_secret_key_is_required_when_debug_is_off():
    result = _manage("check", DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_a_base_url_that_is_not_an_address_is_refused():
    result = _manage("check", DEBUG="1", LEADCRM_BASE_URL="crm.example.com")
    assert result.returncode != 0
    assert "LEADCRM_BASE_URL must start with http:// or https://" in result.stderr
    assert _manage("check", DEBUG="1", LEADCRM_BASE_URL="https://crm.example.com/").returncode == 0


def test_debug_runs_without_a_secret_key():
    result = _manage("check", DEBUG="1")
    assert result.returncode == 0, result.stderr


def test_collectstatic_succeeds_with_the_production_storage(tmp_path, settings):
    # The release step (Procfile) runs collectstatic with DEBUG off: the manifest storage fails
    # on any vendored file pointing at a source map that is not vendored with it.
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    manifest = json.loads((tmp_path / "staticfiles.json").read_text())
    assert "vendor/chartjs/chart.umd.min.js" in manifest["paths"]


def test_it_refuses_an_activity_retention_that_is_not_a_number_of_months():
    for wrong in ("-3", "three", "1.5"):
        result = _manage("check", DEBUG="1", ACTIVITY_RETENTION_MONTHS=wrong)
        assert result.returncode != 0, wrong
        assert "ACTIVITY_RETENTION_MONTHS must be a whole number of months" in result.stderr
    assert _manage("check", DEBUG="1", ACTIVITY_RETENTION_MONTHS="18").returncode == 0

"""LeadCRM settings. Everything that differs between machines comes from the environment.

DATABASE_URL       default: SQLite file var/leadcrm.sqlite3
CELERY_BROKER_URL  unset: tasks run in-process (eager); set (redis://...): real workers
SECRET_KEY         required unless DEBUG is on
DEBUG              off unless set
ALLOWED_HOSTS      comma-separated; default localhost names when DEBUG is on
DATABASE_REPLICA_URL  optional PostgreSQL streaming replica: report pages, the funnel API and
                   exports read from it (leadcrm/replica.py)
DATABASE_POOL_MODE session (default) or transaction: behind PgBouncer in transaction mode
                   (leadcrm/pooling.py)
LEADCRM_BASE_URL   the public address (https://crm.example.com): e-mailed links start with it
ACTIVITY_RETENTION_MONTHS  raw activities older than this many months are folded into summaries
                   and dropped (leads/activity_retention.py); default 0 keeps them all
"""

import re
from datetime import timedelta
from pathlib import Path

import environ
from django.core.exceptions import ImproperlyConfigured
from django.core.management.utils import get_random_secret_key

from leadcrm.pooling import SESSION, configure_pool_mode

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)

SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set in the environment when DEBUG is off.")
    # A throw-away key for a debug process: sessions end when it restarts. `make run` passes a
    # stable one from var/secret_key.
    SECRET_KEY = get_random_secret_key()

ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "django_filters",
    "crispy_forms",
    "crispy_bootstrap5",
    "axes",
    "corsheaders",
    "csp",
    "leads",
    "scoring",
    "handoff",
]

MIDDLEWARE = [
    # First: probes are answered before the host check, sessions, HTTPS redirect and lockouts.
    "leadcrm.health.HealthCheckMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Before anything that answers on its own (CommonMiddleware): a preflight gets its headers.
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    # A NUL in the path or query string: 400 before any view, filter or admin changelist.
    "leads.strict_input.RejectBadQueryMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "handoff.time_zones.TimeZoneMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # The app's 404 page with DEBUG on too (a view's Http404, and unknown URLs).
    "leadcrm.not_found.FriendlyNotFoundMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout answer.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "leadcrm.urls"
WSGI_APPLICATION = "leadcrm.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "leads.context_processors.role",
                "handoff.context_processors.notifications",
                "leadcrm.navigation.nav",
            ],
        },
    },
]

# "session" (straight to PostgreSQL, or PgBouncer in session mode) or "transaction" (PgBouncer
# in transaction mode): leadcrm/pooling.py.
DATABASE_POOL_MODE = env.str("DATABASE_POOL_MODE", default=SESSION)
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'leadcrm.sqlite3'}"),
}
DATABASES["default"]["ATOMIC_REQUESTS"] = False
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets the demo's web process read while a task writes.
    DATABASES["default"].setdefault("OPTIONS", {})["init_command"] = "PRAGMA journal_mode=WAL;"
else:
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    # No JIT compilation: it took 60-90 ms of each filtered report page on a million leads
    # (bench/reports.py) and 0.2 s of each 20,000-lead rescoring batch's 2.1 s, and won nothing
    # back on queries of this size. Random reads priced as on
    # SSDs (PostgreSQL's default of 4 assumes spinning disks): the velocity report then reads the
    # cohort's moves through their lead index instead of scanning the whole history (1.3 s ->
    # 0.8 s on a million leads).
    # (leadcrm.pooling.DEFAULT_PG_OPTIONS, sent as the `options` startup parameter.) Behind
    # PgBouncer in transaction mode (DATABASE_POOL_MODE=transaction) they are set on the database
    # instead, and server-side cursors are off (leadcrm/pooling.py).
    DATABASES["default"] = configure_pool_mode(
        DATABASES["default"], mode=DATABASE_POOL_MODE, pg_options=env.str("PG_OPTIONS", default="")
    )
if env.str("DATABASE_REPLICA_URL", default=""):
    DATABASES["replica"] = {
        **env.db("DATABASE_REPLICA_URL"),
        "ATOMIC_REQUESTS": False,
        "CONN_MAX_AGE": DATABASES["default"].get("CONN_MAX_AGE", 0),
        "CONN_HEALTH_CHECKS": True,
        "OPTIONS": {**DATABASES["default"].get("OPTIONS", {}), "connect_timeout": 2},
        # The replica sits behind the same kind of pooler as the primary (DATABASE_POOL_MODE).
        "DISABLE_SERVER_SIDE_CURSORS": DATABASES["default"].get(
            "DISABLE_SERVER_SIDE_CURSORS", False
        ),
        # The tests' database exists on the replica by replication: never create it there.
        "TEST": {"MIRROR": "default"},
    }
DATABASE_ROUTERS = ["leadcrm.replica.ReplicaRouter"]
# Reads wrapped in leadcrm.replica.replica_reads go to the replica (when configured and
# answering); a replica that failed is left alone this many seconds.
REPLICA_READS = env.bool("REPLICA_READS", default=True)
REPLICA_RETRY_AFTER = env.float("REPLICA_RETRY_AFTER", default=10)
# Report pages say how far behind the replica is past this many seconds.
REPLICA_LAG_NOTICE = env.float("REPLICA_LAG_NOTICE", default=5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    # Counts failed logins per username and address and refuses further tries for a while.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env.int("AXES_FAILURE_LIMIT", default=5)
AXES_COOLOFF_TIME = timedelta(minutes=env.int("AXES_COOLOFF_MINUTES", default=15))
AXES_ADDRESS_FAILURE_LIMIT = env.int("AXES_ADDRESS_FAILURE_LIMIT", default=20)
# Counted separately (leads/throttling.py): per username (AXES_FAILURE_LIMIT) and per client
# address (AXES_ADDRESS_FAILURE_LIMIT), so spraying one password over many names is slowed too.
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_HANDLER = "leads.throttling.LoginLockoutHandler"
# The client's address as the rate limits see it: X-Forwarded-For only behind PROXY_COUNT
# trusted proxies (below), else REMOTE_ADDR.
AXES_CLIENT_IP_CALLABLE = "leads.ratelimit.client_address"
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked.html"
AXES_VERBOSE = False  # no banner on every start; lockouts are still logged
LOGIN_URL = "login"
# Where `/` sends each role (URL names); the leads list for the others.
LEADCRM_HOME_URLS = {
    "marketer": "handoff:queue",
    "sdr": "handoff:inbox",
    "rep": "handoff:inbox",
    "manager": "reports:funnel",
}
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = env.str("TIME_ZONE", default="UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}
MEDIA_ROOT = env.path("MEDIA_ROOT", default=VAR_DIR / "media")

# Shared by every process in production (CACHE_URL=redis://...): rescoring coalescing and rate
# limits count across web and worker processes. locmem is enough for the one-process demo.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://")}
# After Redis failed to answer, a process leaves it alone this many seconds (cache and broker).
REDIS_RETRY_AFTER = env.float("REDIS_RETRY_AFTER", default=10)
if CACHES["default"]["BACKEND"].endswith("RedisCache"):
    # A stopped or stalled Redis costs one request about a second, not a hang nor a 500: the
    # cache answers a miss, and skips Redis for the next few seconds (leadcrm/cache.py).
    CACHES["default"]["BACKEND"] = "leadcrm.cache.FailSoftRedisCache"
    CACHES["default"]["OPTIONS"] = {
        "socket_timeout": 1,
        "socket_connect_timeout": 1,
        "retry_after": REDIS_RETRY_AFTER,
    }

# CORS (django-cors-headers), for the public web form only: anyone's site may post to it from a
# browser, with no cookies or credentials, as a form or as JSON from a script (a preflight).
# Every other URL sends no CORS headers, so no other site's script may read the app's answers.
CORS_URLS_REGEX = r"^/f/[^/]+/$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_CREDENTIALS = False
CORS_ALLOW_METHODS = ("POST", "OPTIONS")
CORS_ALLOW_HEADERS = ("Content-Type",)
CORS_PREFLIGHT_MAX_AGE = 86400
# Public web forms (/f/<intake_key>/): posts per client address and source in each window.
WEBFORM_RATE_LIMIT = env.int("WEBFORM_RATE_LIMIT", default=20)
WEBFORM_RATE_WINDOW = env.int("WEBFORM_RATE_WINDOW", default=60)  # seconds
# Reverse proxies in front of the web processes that append to X-Forwarded-For (0: none, the
# client is REMOTE_ADDR). Rate limits key on the address this makes trustworthy.
PROXY_COUNT = env.int("PROXY_COUNT", default=0)

# Outbound webhooks (handoff/webhooks). Loopback, link-local and private addresses are refused
# unless allowed here (a receiver on this machine or the office network; the tests).
WEBHOOKS_ALLOW_PRIVATE_ADDRESSES = env.bool("WEBHOOKS_ALLOW_PRIVATE_ADDRESSES", default=False)
WEBHOOKS_CONNECT_TIMEOUT = env.float("WEBHOOKS_CONNECT_TIMEOUT", default=5)
WEBHOOKS_READ_TIMEOUT = env.float("WEBHOOKS_READ_TIMEOUT", default=10)
WEBHOOKS_RETRY_BASE = env.float("WEBHOOKS_RETRY_BASE", default=10)  # seconds, doubled per try

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
# In production the console backend loses every notification e-mail without a word: refused at
# startup unless asked for (EMAIL_ALLOW_CONSOLE=1, e.g. a staging box without a mail server).
if (
    not DEBUG
    and EMAIL_BACKEND.endswith("console.EmailBackend")
    and not env.bool("EMAIL_ALLOW_CONSOLE", default=False)
):
    raise ImproperlyConfigured(
        "EMAIL_BACKEND is the console backend while DEBUG is off: set EMAIL_BACKEND (and "
        "EMAIL_HOST...) to a real mail server, or EMAIL_ALLOW_CONSOLE=1 to keep the console."
    )
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", default="leadcrm@localhost")
# The address people reach LeadCRM at: links in e-mails are absolute (a mail client has no page
# to resolve a relative link against). Set it to the public https address in production.
LEADCRM_BASE_URL = env.str("LEADCRM_BASE_URL", default="http://localhost:8000").rstrip("/")
if not LEADCRM_BASE_URL.startswith(("http://", "https://")):
    raise ImproperlyConfigured(
        f"LEADCRM_BASE_URL must start with http:// or https://, not {LEADCRM_BASE_URL!r}."
    )

# Activity retention (leads.activity_retention): raw events older than this many months (counted
# from the start of the current month) are folded into per-lead daily summaries, which scoring
# reads in their place, and dropped. 0 keeps every event.
_retention = env.str("ACTIVITY_RETENTION_MONTHS", default="0").strip()
if not re.fullmatch(r"[0-9]{1,4}", _retention):
    raise ImproperlyConfigured(
        "ACTIVITY_RETENTION_MONTHS must be a whole number of months, 0 or more (0 keeps every "
        f"activity), not {_retention!r}."
    )
ACTIVITY_RETENTION_MONTHS = int(_retention)

# Request bodies: API JSON is read by leads.strict_input (413 past this); form posts and the
# web form's JSON by Django (400 past DATA_UPLOAD_MAX_MEMORY_SIZE, default 2.5 MB).
API_MAX_BODY_BYTES = env.int("API_MAX_BODY_BYTES", default=2 * 1024 * 1024)

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "leads.api_tokens.HashedTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    # The one access policy (leads.access): each view names what it needs in `access`; a view
    # that names nothing is refused to everyone.
    "DEFAULT_PERMISSION_CLASSES": ["leads.access.PolicyPermission"],
    # Domain errors and an unreachable database or broker as JSON (leads.api.errors).
    "EXCEPTION_HANDLER": "leads.api.errors.api_exception_handler",
    # JSON only, refusing non-finite numbers, NUL, lone surrogates, deep nesting, big bodies.
    "DEFAULT_PARSER_CLASSES": ["leads.strict_input.StrictJSONParser"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_PAGINATION_CLASS": "leads.pagination.LeadPagination",
    # Per-user (token or session) and per-address (anonymous) request budgets: 429 past them.
    "DEFAULT_THROTTLE_CLASSES": [
        "leads.throttling.AtomicAnonRateThrottle",
        "leads.throttling.AtomicUserRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env.str("API_RATE_ANON", default="60/min"),
        "user": env.str("API_RATE_USER", default="1200/min"),
    },
    "PAGE_SIZE": 50,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "LeadCRM API",
    "DESCRIPTION": "Leads, stage moves, reasons, events, scoring and funnel reports.",
    "VERSION": "1",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "StageEnum": "leads.models.Stage",
        "CallOutcomeEnum": "leads.models.activity.CallOutcome",
    },
}

# Celery: without a broker, tasks run in-process so the demo and the unit tier need no Redis.
CELERY_BROKER_URL = env.str("CELERY_BROKER_URL", default="")
CELERY_TASK_ALWAYS_EAGER = not CELERY_BROKER_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_RESULT_BACKEND = None
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TIMEZONE = "UTC"
# A stopped or stalled broker: sending a task gives up within a couple of seconds, and
# leads.queueing turns that into "awaiting scoring" instead of a failed request; the beat sweep
# catches up when Redis is back (README, "Faults"). A task a dead worker held (acks late) is
# delivered again once the visibility timeout passes: an hour by default, seconds in the tests.
CELERY_BROKER_CONNECTION_TIMEOUT = 1
CELERY_BROKER_TRANSPORT_OPTIONS = {
    "socket_timeout": 1,
    "socket_connect_timeout": 1,
    "visibility_timeout": env.int("CELERY_VISIBILITY_TIMEOUT", default=3600),
}
# Separate queues, each served by its own worker pool in production (Procfile): a million-row
# import or a full rescore keeps the bulk workers busy for minutes, and must not delay the
# scoring of a new event (realtime), the routing of a new MQL (handoff) or webhooks behind it.
# Tasks not named here (the beat sweeps) go to the default queue "celery".
CELERY_TASK_DEFAULT_QUEUE = "celery"
# The queue of each task (a name or a glob of Celery names).
_QUEUE_TASKS = {
    "realtime": ["scoring.tasks.rescore_leads", "leads.tasks.announce_activities"],
    "handoff": ["handoff.tasks.*", "handoff.emails.*"],
    "webhooks": ["handoff.webhooks.*"],
    "bulk": [
        "leads.tasks.run_import_job",
        "leads.tasks.purge_deleted_leads",
        "leads.tasks.activity_partitions_ensure",
        "leads.tasks.match_accounts*",
        "scoring.tasks.run_rescore",
        "scoring.tasks.decay_scores",
        "leads.tasks.activities_retain",
    ],
}
CELERY_TASK_ROUTES = {
    task: {"queue": queue} for queue, tasks in _QUEUE_TASKS.items() for task in tasks
}
# Every queue, for a worker that serves them all (the demo's, the tests').
CELERY_QUEUE_NAMES = ("celery", "realtime", "handoff", "bulk", "webhooks")
CELERY_TASK_PUBLISH_RETRY_POLICY = {
    "max_retries": 1,
    "interval_start": 0,
    "interval_step": 0.2,
    "interval_max": 0.2,
}

# Production hardening: on whenever DEBUG is off (check --deploy stays clean).
if not DEBUG:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SECURE_CONTENT_TYPE_NOSNIFF = True
    SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Content-Security-Policy (django-csp): scripts, styles, fonts and images from this site only
# (everything is vendored under static/), no inline script or style, no plugins, no framing.
# htmx's own indicator <style> is switched off in base.html (its rules live in leadcrm.css).
# The browser tests fail on any violation reported on the pages they visit.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
}

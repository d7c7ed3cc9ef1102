"""Refusing malformed input where it enters: JSON bodies, query strings and paths.

What PostgreSQL, the JSON encoder or Python's recursion cannot take is refused here with a 400
and a message, before any view sees it, instead of failing deep inside as a 500:
- numbers that are not finite (`1e400` overflows to infinity; `NaN`, `Infinity` are not JSON)
  or do not fit a 64-bit integer;
- NUL characters (PostgreSQL text cannot hold them) and unpaired UTF-16 surrogates (`"\\ud800"`:
  not encodable as UTF-8) in any string or key;
- nesting deeper than MAX_JSON_DEPTH (`[` x 50,000 exhausts the parser's recursion);
- API bodies over settings.API_MAX_BODY_BYTES (413).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.contrib.admin.views.main import ERROR_FLAG
from django.db import DataError, IntegrityError
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from rest_framework import status
from rest_framework.exceptions import APIException, ParseError
from rest_framework.parsers import JSONParser

MAX_JSON_DEPTH = 32
# An integer with more digits overflows a float (1.8e308) when scoring reads it.
MAX_JSON_INT_DIGITS = 308
_BAD_CHARACTERS = re.compile("[\x00\ud800-\udfff]")
_JSON_STRING = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKETS = re.compile(r"[\[\]{}]")


# What a changelist query with an out-of-range value raises: datetime's ValueError and
# OverflowError, SQLite's OverflowError or "datatype mismatch" (IntegrityError), PostgreSQL's
# DataError ("integer out of range").
_FILTER_ERRORS = (ValueError, OverflowError, DataError, IntegrityError)


class InputRejected(ValueError):
    """Input that no field could hold; the message says what to change, `path` where (the keys
    and indexes from the top of the document, when known)."""

    def __init__(self, message: str, path: tuple = ()) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def as_errors(self) -> dict[str, Any]:
        """A 400 body: `detail`, and the message under the top-level field it concerns."""
        where = "".join(f"[{step!r}]" for step in self.path)
        errors: dict[str, Any] = {
            "detail": f"{self.message} At {where}." if where else self.message
        }
        if self.path and isinstance(self.path[0], str) and self.path[0] != "detail":
            errors[self.path[0]] = [self.message]
        return errors


def text_problem(value: str) -> str | None:
    """Why this text cannot be stored, or None."""
    found = _BAD_CHARACTERS.search(value)
    if found is None:
        return None
    if found.group() == "\x00":
        return "Text cannot contain NUL characters."
    return "Text cannot contain unpaired surrogates (invalid Unicode)."


def _number(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise InputRejected(f"Number {text[:40]} is too large: numbers must be finite.")
    return value


def _integer(text: str) -> int:
    # Bigger integers reach the serializers (a field's own bounds name it in the 400), unless
    # they are past what a float holds: scoring and reports read numbers as floats.
    if len(text.lstrip("-")) > MAX_JSON_INT_DIGITS:
        raise InputRejected(f"Integer {text[:20]}... is too large: numbers must be finite.")
    return int(text)


def _constant(name: str) -> None:
    raise InputRejected(f"{name} is not a JSON number: numbers must be finite.")


def _check_depth(text: str) -> None:
    """Count bracket nesting outside strings, before json.loads recurses into it."""
    depth = 0
    for bracket in _BRACKETS.finditer(_JSON_STRING.sub("", text)):
        depth += 1 if bracket.group() in "[{" else -1
        if depth > MAX_JSON_DEPTH:
            raise InputRejected(f"JSON nested deeper than {MAX_JSON_DEPTH} levels.")


def _check_strings(value: Any) -> None:
    """Every key and string of a parsed document (depth already bounded)."""
    stack: list[tuple[tuple, Any]] = [((), value)]
    while stack:
        path, item = stack.pop()
        if isinstance(item, str):
            if problem := text_problem(item):
                raise InputRejected(problem, path)
        elif isinstance(item, dict):
            for key, child in item.items():
                if problem := text_problem(key):
                    raise InputRejected(problem, path)
                stack.append(((*path, key), child))
        elif isinstance(item, list):
            stack.extend(((*path, index), child) for index, child in enumerate(item))


def loads_strict(body: bytes | str) -> Any:
    """json.loads that refuses what no field can store; InputRejected says why."""
    try:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
    except UnicodeDecodeError as exc:
        raise InputRejected("The body is not valid UTF-8.") from exc
    _check_depth(text)
    try:
        value = json.loads(text, parse_float=_number, parse_int=_integer, parse_constant=_constant)
    except InputRejected:
        raise
    except ValueError as exc:  # JSONDecodeError, and int() past Python's digit limit
        raise InputRejected(f"Malformed JSON: {exc}") from exc
    _check_strings(value)
    return value


class PayloadTooLarge(APIException):
    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "Request body too large."
    default_code = "payload_too_large"


class StrictJSONParser(JSONParser):
    """The API's one parser (settings.REST_FRAMEWORK): JSON, checked by loads_strict, with the
    body capped at API_MAX_BODY_BYTES (DRF streams the body past Django's own upload cap)."""

    def parse(self, stream, media_type=None, parser_context=None) -> Any:
        limit = settings.API_MAX_BODY_BYTES
        body = stream.read(limit + 1)
        if len(body) > limit:
            raise PayloadTooLarge(f"Request body over {limit:,} bytes.")
        try:
            return loads_strict(body)
        except InputRejected as exc:
            raise ParseError(exc.as_errors()) from exc


def is_whole_number(text: str, max_digits: int = 18) -> bool:
    """ASCII digits 0-9 only, at most `max_digits` of them (18 fit a 64-bit id column), so
    that int(text) is safe. str.isdigit() also takes "²" and other Unicode digits, which int()
    and float() refuse, and int() refuses past 4,300 digits: `v.isdigit() and int(v)` was a 500
    for ?lead=² and for a posted id of 5,000 nines."""
    return text.isascii() and text.isdigit() and len(text) <= max_digits


class BadParameter(ValueError):
    """A query parameter that is not a whole number in its range."""


def query_int(value: str | None, *, name: str, default: int, low: int, high: int) -> int:
    """The one parser of integer query parameters: `default` when absent or blank, else a
    whole number in low..high, else BadParameter (a 404 for page numbers, 400 elsewhere).
    Python's int() takes any length: unchecked, ?page=99999999999999999999 reached the
    database as an OFFSET no integer column holds."""
    if value is None or not value.strip():
        return default
    try:
        number = int(value)
    except ValueError as exc:  # also past Python's 4,300-digit limit
        raise BadParameter(f"{name} must be a whole number.") from exc
    if not low <= number <= high:
        raise BadParameter(f"{name} must be between {low:,} and {high:,}.")
    return number


class RejectBadQueryMiddleware:
    """A NUL in the path or a query parameter is a 400 here, not a PostgreSQL error later
    (admin filters, search boxes, a web-form key). Query strings cannot carry surrogates:
    Django decodes them with replacement characters."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        values = [request.path, *(v for pair in request.GET.lists() for v in (pair[0], *pair[1]))]
        if any("\x00" in value for value in values):
            message = "The address or a query parameter contains a NUL character."
            if request.path.startswith("/api/"):
                return JsonResponse({"detail": message}, status=400)
            return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")
        return self.get_response(request)

    def process_exception(self, request: HttpRequest, exception: Exception) -> HttpResponse | None:
        """An admin changelist filter the database or datetime cannot take (a foreign key id
        past 64 bits, ?at__year=0 or 99999999999999999999) is answered as Django answers an
        unknown filter: back to the list with ?e=1 ("invalid filter"). Its own check only
        covers lookups that fail while the query is built, not while it runs."""
        match = request.resolver_match
        is_changelist = (
            match is not None
            and match.app_name == "admin"
            and (match.url_name or "").endswith("_changelist")
        )
        if request.method == "GET" and is_changelist and isinstance(exception, _FILTER_ERRORS):
            return HttpResponseRedirect(f"{request.path}?{ERROR_FLAG}=1")
        return None

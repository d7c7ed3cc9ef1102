"""The public web-form endpoint, and the Sources page that shows the snippet to embed it."""

from __future__ import annotations

import codecs
import re
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.contrib import messages
from django.http import (
    HttpRequest,
    HttpResponse,
    HttpResponseRedirect,
    JsonResponse,
    QueryDict,
)
from django.shortcuts import get_object_or_404, redirect, render
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST

from leads.access import Perm, access_required, public
from leads.api.leads import LeadIntakeSerializer
from leads.intake import IntakeConflict
from leads.models import LeadSource
from leads.strict_input import InputRejected, loads_strict
from leads.throttling import WebFormThrottle
from leads.webform import (
    HONEYPOT_FIELD,
    form_fields_split,
    is_bot,
    source_rotate_intake_key,
    webform_capture,
)

CONFLICT_MESSAGE = (
    "This e-mail address and this reference belong to two different contacts, so they were "
    "not saved; please check them or leave one out."
)


def _wants_json(request: HttpRequest) -> bool:
    return request.content_type == "application/json"


class _NotAnObject(ValueError):
    """A JSON body that is malformed or not an object; the message says which."""


def _declared_charset(request: HttpRequest) -> str | None:
    """The charset the Content-Type declares, if Python knows it."""
    charset = request.content_params.get("charset", "")
    try:
        return codecs.lookup(charset).name if charset else None
    except LookupError:
        return None


def _form_data(request: HttpRequest) -> QueryDict:
    """The posted form, decoded in the encoding it was sent in. Browsers post a form in the
    encoding of the page it sits on and never say so in the Content-Type: a form on a
    Windows-1252 page sends "Zoë" as Zo%EB, which UTF-8 reads as "Zo\ufffd" (and Django
    refuses any declared charset but UTF-8 for such bodies). The encoding is the Content-Type's,
    else the browser's own `_charset_` field (the snippet has one), else UTF-8 when the body is
    valid UTF-8, else Windows-1252 (what browsers send for Latin-1 pages)."""
    if request.content_type != "application/x-www-form-urlencoded":
        return request.POST
    encoding = _declared_charset(request) or _charset_field(request.body)
    if encoding is None:
        try:
            unquote_to_bytes(request.body.replace(b"+", b" ")).decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252"
    if encoding == "utf-8":
        return request.POST
    return QueryDict(request.body, encoding=encoding)


def _charset_field(body: bytes) -> str | None:
    match = _CHARSET_FIELD.search(body)
    if not match:
        return None
    try:
        return codecs.lookup(match[1].decode("ascii")).name
    except LookupError:
        return None


_CHARSET_FIELD = re.compile(rb"(?:^|&)_charset_=([A-Za-z0-9_.:-]{1,40})(?:&|$)")


def _fields(request: HttpRequest) -> dict[str, object]:
    """What was posted, as one flat mapping; _NotAnObject for a JSON body that is not one."""
    if _wants_json(request):
        charset = _declared_charset(request)
        try:
            text = request.body.decode(charset) if charset else request.body
            body = loads_strict(text or b"null")
        except UnicodeDecodeError as exc:
            raise _NotAnObject("The body is not in the charset it declares.") from exc
        except InputRejected as exc:
            raise _NotAnObject(str(exc)) from exc
        if not isinstance(body, dict):
            raise _NotAnObject("Send a JSON object.")
        return body
    # A field posted several times (checkboxes) is kept as one comma-separated value.
    return {name: ", ".join(values) for name, values in _form_data(request).lists()}


def _success(request: HttpRequest, source: LeadSource) -> HttpResponse:
    # One answer whether the person was new or matched a lead: a public form must not tell
    # anyone who is already in the CRM (intake is no side door).
    if _wants_json(request):
        return JsonResponse({"status": "received"}, status=201)
    if source.thank_you_url:
        # 303: the browser follows with a GET, so reloading the thank-you page posts nothing.
        response = HttpResponseRedirect(source.thank_you_url)
        response.status_code = 303
        return response
    return render(request, "leads/webform_thanks.html")


def _invalid(request: HttpRequest, errors: dict, status: int = 400) -> HttpResponse:
    if _wants_json(request):
        return JsonResponse({"errors": errors}, status=status)
    # A plain page naming what to fix, with a link back, rather than a redirect to the Referer
    # with ?leadcrm_error=: it works on any website without code to show the error, the browser's
    # Back keeps what the visitor typed, and it does not depend on a Referer header that privacy
    # settings strip. Sites that want their own error messages post JSON instead.
    return render(request, "leads/webform_error.html", {"errors": errors}, status=status)


@public
@csrf_exempt  # a cross-site form post by design: no session, no cookie, nothing to forge
@require_http_methods(["POST", "OPTIONS"])
def webform_submit_view(request: HttpRequest, key: str) -> HttpResponse:
    source = get_object_or_404(LeadSource, intake_key=key)
    if request.method == "OPTIONS":
        return HttpResponse(status=204)
    # Anyone's browser posts here from any site, with no session: the CORS headers come from
    # django-cors-headers (CORS_* in leadcrm/settings.py), for this URL only.
    if not WebFormThrottle(source).allow_request(request, None):
        text = "Too many submissions from your address; please try again in a minute."
        response = (
            JsonResponse({"detail": text}, status=429)
            if _wants_json(request)
            else HttpResponse(text, status=429, content_type="text/plain; charset=utf-8")
        )
        response["Retry-After"] = str(settings.WEBFORM_RATE_WINDOW)
        return response
    try:
        fields = _fields(request)
    except _NotAnObject as exc:
        return _invalid(request, {"non_field_errors": [str(exc)]})
    if is_bot(fields):
        # Answered like a success so the bot learns nothing; nothing is stored.
        return _success(request, source)
    lead_fields, attributes = form_fields_split(fields)
    serializer = LeadIntakeSerializer(
        data={**lead_fields, **({"attributes": attributes} if attributes else {})}
    )
    if not serializer.is_valid():
        return _invalid(request, serializer.errors)
    data = dict(serializer.validated_data)
    data.pop("overwrite", None)
    data.pop("source", None)
    try:
        webform_capture(source=source, data=data, page=request.META.get("HTTP_REFERER", ""))
    except IntakeConflict:
        # As the API's 409, without naming the leads: a public form tells nobody what is stored.
        errors = {"non_field_errors": [CONFLICT_MESSAGE]}
        return _invalid(request, errors, status=409)
    return _success(request, source)


def _snippet(request: HttpRequest, source: LeadSource) -> str:
    action = request.build_absolute_uri(reverse("webform", args=[source.intake_key]))
    return render_to_string(
        "leads/webform_snippet.html",
        {"action": action, "source": source, "honeypot": HONEYPOT_FIELD},
    ).strip()


@access_required(Perm.SOURCES)
def source_list_view(request: HttpRequest) -> HttpResponse:
    sources = [
        (source, request.build_absolute_uri(reverse("webform", args=[source.intake_key])))
        for source in LeadSource.objects.order_by("code")
    ]
    return render(
        request,
        "leads/source_list.html",
        {"sources": [(s, url, _snippet(request, s)) for s, url in sources]},
    )


@access_required(Perm.SOURCES)
@require_POST
def source_rotate_key_view(request: HttpRequest, pk: int) -> HttpResponse:
    source = get_object_or_404(LeadSource, pk=pk)
    source_rotate_intake_key(source=source, by=request.user)
    messages.success(
        request, f"{source} has a new form key: update the forms embedded on your websites."
    )
    return redirect(reverse("leads:sources") + f"#source-{source.pk}")

"""The marketers' scoring pages: models, versions and their rules, activation, backtest, fit.

Marketers and admins edit; managers look; other roles get 403 and anonymous users the login.
"""

from __future__ import annotations

from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from leads.access import Perm, access_required, has_perm
from scoring.activation import version_activate
from scoring.backtest import backtest_compare
from scoring.fit import FitError, draft_fit
from scoring.forms import ActivateForm, BacktestForm, FitForm, RuleForm, VersionSettingsForm
from scoring.models import RescoreRun, Rule, ScoringModel, ScoringVersion
from scoring.monitoring import DRIFT, version_health
from scoring.selectors import models_with_versions
from scoring.services import (
    ScoringError,
    draft_create,
    rule_delete,
    rule_save,
    version_settings_update,
)


def _version(pk: int) -> ScoringVersion:
    return get_object_or_404(
        ScoringVersion.objects.select_related("model", "created_by", "activated_by"), pk=pk
    )


def _can_edit(request: HttpRequest) -> bool:
    return has_perm(request.user, Perm.SCORING_EDIT)


@access_required(Perm.SCORING_VIEW)
def model_list(request: HttpRequest) -> HttpResponse:
    return render(
        request,
        "scoring/model_list.html",
        {
            "models": models_with_versions(),
            "fit_form": FitForm(),
            "can_edit": _can_edit(request),
        },
    )


def _version_context(request: HttpRequest, version: ScoringVersion, **forms) -> dict:
    return {
        "version": version,
        "model": version.model,
        "rules": version.rules.select_related("activity_type").order_by("kind", "position", "pk"),
        "versions": version.model.versions.order_by("-number"),
        "run": version.runs.first(),
        "can_edit": _can_edit(request) and version.is_draft,
        "can_copy": _can_edit(request) and not version.is_draft,
        "settings_form": forms.get("settings_form") or VersionSettingsForm(instance=version),
        "rule_form": forms.get("rule_form") or RuleForm(),
        "activate_form": ActivateForm(auto_id="activate_%s"),
        "drift": DRIFT,  # ids apart from the settings form
        "field_suggestions": RuleForm.field_suggestions,
        "health": version_health(version) if version.status == version.Status.ACTIVE else None,
    }


@access_required(Perm.SCORING_VIEW)
def version_detail(request: HttpRequest, pk: int) -> HttpResponse:
    version = _version(pk)
    return render(request, "scoring/version_detail.html", _version_context(request, version))


@access_required(Perm.SCORING_EDIT)
@require_POST
def version_settings(request: HttpRequest, pk: int) -> HttpResponse:
    version = _version(pk)
    form = VersionSettingsForm(request.POST, instance=ScoringVersion.objects.get(pk=pk))
    if not form.is_valid():
        context = _version_context(request, version, settings_form=form)
        return render(request, "scoring/version_detail.html", context, status=400)
    try:
        version_settings_update(
            version=version, **{name: form.cleaned_data[name] for name in form.Meta.fields}
        )
    except ScoringError as exc:
        messages.error(request, exc.message)
        return redirect("scoring:version", pk=pk)
    messages.success(request, "Settings saved.")
    return redirect("scoring:version", pk=pk)


@access_required(Perm.SCORING_EDIT)
def rule_edit(request: HttpRequest, pk: int, rule_pk: int | None = None) -> HttpResponse:
    """Add a rule to a draft (no rule_pk) or change one of its rules."""
    version = _version(pk)
    rule = get_object_or_404(Rule, pk=rule_pk, version=version) if rule_pk else None
    if not version.is_draft:
        messages.error(request, f"{version.label} is frozen: copy it to a new draft to change it.")
        return redirect("scoring:version", pk=pk)
    form = RuleForm(request.POST or None, instance=rule or Rule(version=version))
    if request.method == "POST":
        if form.is_valid():
            try:
                rule_save(rule=form.save(commit=False))
            except ScoringError as exc:
                messages.error(request, exc.message)
                return redirect("scoring:version", pk=pk)
            messages.success(request, f"Rule “{form.instance.name}” saved.")
            return redirect("scoring:version", pk=pk)
        return render(
            request,
            "scoring/rule_form.html",
            {"version": version, "form": form, "rule": rule},
            status=400,
        )
    return render(
        request, "scoring/rule_form.html", {"version": version, "form": form, "rule": rule}
    )


@access_required(Perm.SCORING_EDIT)
@require_POST
def rule_remove(request: HttpRequest, pk: int, rule_pk: int) -> HttpResponse:
    rule = get_object_or_404(Rule, pk=rule_pk, version_id=pk)
    try:
        rule_delete(rule=rule)
    except ScoringError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, f"Rule “{rule.name}” deleted.")
    return redirect("scoring:version", pk=pk)


@access_required(Perm.SCORING_EDIT)
@require_POST
def version_copy(request: HttpRequest, pk: int) -> HttpResponse:
    version = _version(pk)
    try:
        draft = draft_create(model=version.model, by=request.user, source=version)
    except ScoringError as exc:
        messages.error(request, exc.message)
        return redirect("scoring:version", pk=pk)
    messages.success(request, f"{draft.label} is a new draft copied from v{version.number}.")
    return redirect("scoring:version", pk=draft.pk)


@access_required(Perm.SCORING_EDIT)
@require_POST
def version_activate_view(request: HttpRequest, pk: int) -> HttpResponse:
    version = _version(pk)
    form = ActivateForm(request.POST)
    if not form.is_valid():
        messages.error(request, "The note is too long.")
        return redirect("scoring:version", pk=pk)
    try:
        version_activate(version=version, by=request.user, note=form.cleaned_data["note"])
    except ScoringError as exc:
        messages.error(request, exc.message)
        return redirect("scoring:version", pk=pk)
    messages.success(request, f"{version.label} is active; its leads are being rescored.")
    return redirect("scoring:version", pk=pk)


@access_required(Perm.SCORING_VIEW)
def run_progress(request: HttpRequest, pk: int) -> HttpResponse:
    run = get_object_or_404(RescoreRun, pk=pk)
    return render(request, "scoring/_run.html", {"run": run})


@access_required(Perm.SCORING_VIEW)
def backtest_view(request: HttpRequest, pk: int) -> HttpResponse:
    model = get_object_or_404(ScoringModel, pk=pk)
    form = BacktestForm(request.GET or None, versions=model.versions.order_by("-number"))
    results = []
    if form.is_valid() or not request.GET:
        data = form.cleaned_data if form.is_bound else {}
        numbers = [data.get("version"), data.get("compare")]
        default = model.active_version or model.versions.order_by("-number").first()
        if numbers[0] is None and default is not None:
            numbers[0] = default.number
        by_number = {v.number: v for v in model.versions.filter(number__in=numbers)}
        missing = [n for n in numbers if n is not None and n not in by_number]
        if missing:
            form.add_error(None, f"{model.name} has no version {missing[0]}.")
        else:
            chosen = [by_number[n] for n in numbers if n is not None]
            results = backtest_compare(
                chosen, threshold=data.get("threshold"), as_of=data.get("as_of") or "mql"
            )
    chart = [
        {
            "label": r.version,
            "thresholds": [row.threshold for row in r.what_if],
            "precision": [row.precision for row in r.what_if],
            "recall": [row.recall for row in r.what_if],
            "mqls": [row.mqls for row in r.what_if],
        }
        for r in results
    ]
    return render(
        request,
        "scoring/backtest.html",
        {
            "model": model,
            "form": form,
            "results": results,
            "chart": chart,
            "versions": model.versions.order_by("-number"),
        },
        status=200 if form.is_valid() or not form.is_bound else 400,
    )


@access_required(Perm.SCORING_EDIT)
@require_POST
def fit_view(request: HttpRequest) -> HttpResponse:
    form = FitForm(request.POST)
    if form.is_valid():
        try:
            draft = draft_fit(
                name=form.cleaned_data["name"],
                product_line=form.cleaned_data["product_line"],
                by=request.user,
            )
        except ScoringError as exc:
            form.add_error(None, exc.message)
        except FitError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(
                request,
                f"{draft.label} fitted (cross-validated AUC {draft.fit_report['cv_auc']:.3f}). "
                "Backtest it, then activate it.",
            )
            return redirect("scoring:version", pk=draft.pk)
    context = {"models": models_with_versions(), "fit_form": form, "can_edit": True}
    return render(request, "scoring/model_list.html", context, status=400)

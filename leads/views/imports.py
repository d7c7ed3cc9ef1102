"""The CSV import pages: upload, preview and mapping, progress, report."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse

from leads.access import Perm, access_required
from leads.imports.forms import ImportMappingForm, ImportUploadForm
from leads.imports.jobs import (
    import_job_apply_preset,
    import_job_create,
    import_job_preview,
    import_job_progress,
    import_job_remap,
    import_job_start,
    job_preset_label,
    recent_import_jobs,
)
from leads.models import ImportJob


@access_required(Perm.IMPORT)
def import_upload(request: HttpRequest) -> HttpResponse:
    posted = request.method == "POST"
    form = ImportUploadForm(request.POST if posted else None, request.FILES if posted else None)
    if posted and form.is_valid():
        job = import_job_create(
            upload=form.cleaned_data["file"], headers=form.headers, by=request.user
        )
        return redirect("leads:imports:preview", job.pk)
    context = {"form": form, "jobs": recent_import_jobs()[:20]}
    return render(request, "leads/imports/upload.html", context, status=400 if form.errors else 200)


@access_required(Perm.IMPORT)
def import_preview(request: HttpRequest, pk: int) -> HttpResponse:
    """The first rows, validated as the import will read them, and the mapping to confirm.
    "Check again" keeps the choices and shows the rows read with them; "Import" starts."""
    job = get_object_or_404(ImportJob, pk=pk)
    if job.status != ImportJob.Status.PREVIEW:
        return redirect("leads:imports:detail", job.pk)
    preview = import_job_preview(job)
    posted = request.method == "POST"
    form = ImportMappingForm(
        request.POST if posted else None,
        headers=preview.headers,
        mapping=job.mapping,
        stage_labels=preview.stage_labels,
        initial={"preset": job.preset, "date_format": job.date_format},
    )
    if posted and form.is_valid():
        data = form.cleaned_data
        if data["preset"] != job.preset:
            import_job_apply_preset(job=job, preset=data["preset"])
            return redirect("leads:imports:preview", job.pk)
        choices = {k: data[k] for k in ("mapping", "stage_map", "date_format")}
        if "check" in request.POST:
            import_job_remap(job=job, **choices)
            return redirect("leads:imports:preview", job.pk)
        # What the preview would refuse (dates no order tells, a bad mapping) is refused here.
        preview = import_job_preview(job, **choices)
        if not preview.error:
            import_job_start(
                job=job, skip_invalid=data["skip_invalid"], dry_run=data["dry_run"], **choices
            )
            return redirect("leads:imports:detail", job.pk)
        form.add_error(None, preview.error)
    context = {"job": job, "form": form, "preview": preview, "preset": job_preset_label(job)}
    return render(
        request, "leads/imports/preview.html", context, status=400 if form.errors else 200
    )


def _progress_context(job: ImportJob) -> dict:
    progress = import_job_progress(job)
    if job.status == ImportJob.Status.DONE:
        percent = 100
    elif progress.total:
        percent = min(99, 100 * progress.rows // progress.total)
    else:
        percent = 0
    running = job.status in (ImportJob.Status.QUEUED, ImportJob.Status.RUNNING)
    return {
        "job": job,
        "rows": progress.rows,
        "total": progress.total,
        "percent": percent,
        "running": running,
    }


@access_required(Perm.IMPORT)
def import_detail(request: HttpRequest, pk: int) -> HttpResponse:
    job = get_object_or_404(ImportJob.objects.select_related("uploaded_by"), pk=pk)
    if job.status == ImportJob.Status.PREVIEW:
        return redirect("leads:imports:preview", job.pk)
    return render(request, "leads/imports/detail.html", _progress_context(job))


@access_required(Perm.IMPORT)
def import_progress(request: HttpRequest, pk: int) -> HttpResponse:
    """The progress bar, polled by htmx every second; a finished job reloads the page."""
    job = get_object_or_404(ImportJob, pk=pk)
    if job.status in (ImportJob.Status.DONE, ImportJob.Status.FAILED):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = reverse("leads:imports:detail", args=[job.pk])
        return response
    return render(request, "leads/imports/_progress.html", _progress_context(job))


@access_required(Perm.IMPORT)
def import_report_csv(request: HttpRequest, pk: int) -> FileResponse:
    job = get_object_or_404(ImportJob, pk=pk, status=ImportJob.Status.DONE)
    if not job.report:
        raise Http404("This import has no report.")
    return FileResponse(
        job.report.open("rb"),
        as_attachment=True,
        filename=f"import-{job.pk}-report.csv",
        content_type="text/csv",
    )

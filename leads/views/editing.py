""" "New lead" (with a warning of likely duplicates before saving) and editing a lead's fields
on its page (the owner, marketers, managers and admins, within leads.editing's field rules)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.models import AbstractBaseUser
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render

from leads.access import Perm, access_required, has_perm
from leads.creating import CreateError, email_taken, lead_create, likely_duplicates
from leads.editing import EditError, editable_fields, lead_edit
from leads.lead_forms import CREATE_FIELDS, LeadForm
from leads.models import Lead
from leads.selectors import lead_for

CONFIRM = "save_anyway"


def may_edit_lead(user: AbstractBaseUser, lead: Lead) -> bool:
    """The owner, and those who see every lead (marketers, managers, admins)."""
    if has_perm(user, Perm.EDIT_ANY_LEAD):
        return True
    return has_perm(user, Perm.USE) and lead.owner_id == user.pk


@access_required(Perm.USE)
def lead_new_view(request: HttpRequest) -> HttpResponse:
    form = LeadForm(request.POST or None, allowed=CREATE_FIELDS)
    duplicates: list[Lead] = []
    warn = False
    if request.method == "POST" and form.is_valid():
        data = form.changed_data_only()
        duplicates = likely_duplicates(request.user, data)
        taken = email_taken(data)
        if taken and not any(d.email == data["email"] for d in duplicates):
            # Held by a lead this person may not see: refused, without saying whose.
            form.add_error("email", "This e-mail belongs to another lead; ask a manager.")
        elif taken:
            form.add_error("email", "A lead with this e-mail exists: open it below.")
        elif duplicates and not request.POST.get(CONFIRM):
            warn = True  # shown the likely duplicates; "Save anyway" posts again
        else:
            try:
                lead = lead_create(data=data, by=request.user)
            except CreateError as exc:
                for name, problems in exc.errors.items():
                    form.add_error(name if name in form.fields else None, problems)
            else:
                messages.success(request, f"{lead.display_name} was created.")
                return redirect(lead)
    context = {"form": form, "duplicates": duplicates, "warn": warn, "creating": True}
    status = 400 if request.method == "POST" and not warn else 200
    return render(request, "leads/lead_form.html", {**context, "confirm": CONFIRM}, status=status)


@access_required(Perm.USE)
def lead_edit_view(request: HttpRequest, pk: int) -> HttpResponse:
    lead = lead_for(request.user, pk)
    if not may_edit_lead(request.user, lead):
        raise PermissionDenied("Only the lead's owner, marketers and managers edit a lead.")
    allowed = editable_fields(request.user) & set(LeadForm.Meta.fields)
    form = LeadForm(request.POST or None, instance=lead, allowed=frozenset(allowed))
    if request.method == "POST" and form.is_valid():
        try:
            _, changed = lead_edit(lead=lead, by=request.user, data=form.changed_data_only())
        except EditError as exc:
            form.add_error(None, exc.message)
        else:
            if changed:
                messages.success(request, "Saved: " + ", ".join(changed) + ".")
            else:
                messages.info(request, "Nothing changed.")
            return redirect(lead)
    status = 400 if request.method == "POST" else 200
    return render(
        request,
        "leads/lead_form.html",
        {"form": form, "lead": lead, "creating": False},
        status=status,
    )

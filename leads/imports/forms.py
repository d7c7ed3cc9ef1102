from __future__ import annotations

from itertools import islice

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

from leads.imports.presets import PRESET_CHOICES
from leads.imports.reader import (
    ATTRIBUTE,
    IGNORE,
    IMPORT_FIELDS,
    PREVIEW_ROWS,
    CsvSource,
    ImportFileError,
    check_mapping,
)
from leads.imports.values import date_format_problem
from leads.models import Stage

MAX_UPLOAD_BYTES = 200 * 1024 * 1024

TARGET_CHOICES = [
    (ATTRIBUTE, "Keep as attribute"),
    (IGNORE, "Ignore"),
    ("Lead field", [(name, name) for name in IMPORT_FIELDS]),
]


class ImportUploadForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        help_text=(
            "UTF-8 or Latin-1, comma or semicolon separated, the first line naming the columns; "
            "exports of HubSpot, Salesforce, Pipedrive, Zoho CRM and Mautic are recognized; "
            f"at most {filesizeformat(MAX_UPLOAD_BYTES)}."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".csv,text/csv"}),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith(".csv"):
            raise ValidationError("Upload a .csv file.")
        if upload.size > MAX_UPLOAD_BYTES:
            raise ValidationError(
                f"This file is {filesizeformat(upload.size)}; the limit is "
                f"{filesizeformat(MAX_UPLOAD_BYTES)}. Split it, or use the import_leads command."
            )
        try:
            source = CsvSource.open(upload.file)
            # The rows the preview shows must read too (a 200,000-character cell, a NUL).
            for _row in islice(source.rows(), PREVIEW_ROWS):
                pass
        except ImportFileError as exc:
            raise ValidationError(str(exc)) from exc
        self.headers = source.headers
        upload.seek(0)
        return upload


NO_PRESET = ""
PRESET_FIELD_CHOICES = [(NO_PRESET, "None: a plain CSV"), *PRESET_CHOICES]
STAGE_CHOICES = [("", "Unknown: the row is rejected"), *Stage.choices]


class ImportMappingForm(forms.Form):
    """One select per CSV column (its target), the other tool the file comes from, how its
    stage labels and dates read, and how to treat bad rows."""

    preset = forms.ChoiceField(
        choices=PRESET_FIELD_CHOICES,
        required=False,
        label="Exported by",
        widget=forms.Select(attrs={"class": "form-select"}),
        help_text="Changing it maps the columns again as that tool names them.",
    )
    date_format = forms.CharField(
        required=False,
        max_length=50,
        label="Date format",
        widget=forms.TextInput(attrs={"class": "form-control", "placeholder": "%d/%m/%Y %H:%M"}),
        help_text="Only if the dates are not read right: e.g. %d/%m/%Y for 31/12/2024, "
        "%m/%d/%Y for 12/31/2024.",
    )
    skip_invalid = forms.BooleanField(
        required=False,
        label="Skip invalid rows",
        help_text="Save the good rows and report the bad ones. Otherwise any bad row saves nothing.",
    )
    dry_run = forms.BooleanField(
        required=False, label="Check only", help_text="Validate and count; save nothing."
    )

    def __init__(
        self,
        *args,
        headers: list[str],
        mapping: dict[str, str],
        stage_labels: dict[str, str] | None = None,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        self.headers = headers
        self.stage_labels = list(stage_labels or {})
        for index, header in enumerate(headers):
            self.fields[f"column_{index}"] = forms.ChoiceField(
                choices=TARGET_CHOICES,
                initial=mapping.get(header, ATTRIBUTE),
                label=header or f"(column {index + 1})",
                # Wide enough to read the target ("external_id") in a narrow column.
                widget=forms.Select(attrs={"class": "form-select form-select-sm minw-9rem"}),
            )
        for index, (label, code) in enumerate((stage_labels or {}).items()):
            self.fields[f"stage_{index}"] = forms.ChoiceField(
                choices=STAGE_CHOICES,
                initial=code,
                required=False,
                label=label,
                widget=forms.Select(attrs={"class": "form-select form-select-sm"}),
            )

    def column_fields(self) -> list[forms.BoundField]:
        return [self[f"column_{index}"] for index in range(len(self.headers))]

    def stage_fields(self) -> list[forms.BoundField]:
        return [self[f"stage_{index}"] for index in range(len(self.stage_labels))]

    def clean_date_format(self) -> str:
        value = self.cleaned_data["date_format"].strip()
        if value and (problem := date_format_problem(value)):
            raise ValidationError(problem)
        return value

    def clean(self) -> dict:
        data = super().clean()
        mapping = {
            header: data.get(f"column_{index}", IGNORE) for index, header in enumerate(self.headers)
        }
        try:
            check_mapping(mapping)
        except ImportFileError as exc:
            raise ValidationError(str(exc)) from exc
        data["mapping"] = mapping
        data["stage_map"] = {
            label: code
            for index, label in enumerate(self.stage_labels)
            if (code := data.get(f"stage_{index}"))
        }
        return data

from __future__ import annotations

from django import forms
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat

from leads.imports.reader import (
    ATTRIBUTE,
    IGNORE,
    IMPORT_FIELDS,
    CsvSource,
    ImportFileError,
    check_mapping,
)

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
            self.headers = CsvSource.open(upload.file).headers
        except ImportFileError as exc:
            raise ValidationError(str(exc)) from exc
        upload.seek(0)
        return upload


class ImportMappingForm(forms.Form):
    """One select per CSV column (its target), and how to treat bad rows."""

    skip_invalid = forms.BooleanField(
        required=False,
        label="Skip invalid rows",
        help_text="Save the good rows and report the bad ones. Otherwise any bad row saves nothing.",
    )
    dry_run = forms.BooleanField(
        required=False, label="Check only", help_text="Validate and count; save nothing."
    )

    def __init__(self, *args, headers: list[str], mapping: dict[str, str], **kwargs):
        super().__init__(*args, **kwargs)
        self.headers = headers
        for index, header in enumerate(headers):
            self.fields[f"column_{index}"] = forms.ChoiceField(
                choices=TARGET_CHOICES,
                initial=mapping.get(header, ATTRIBUTE),
                label=header or f"(column {index + 1})",
                widget=forms.Select(attrs={"class": "form-select form-select-sm"}),
            )

    def column_fields(self) -> list[forms.BoundField]:
        return [self[f"column_{index}"] for index in range(len(self.headers))]

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
        return data

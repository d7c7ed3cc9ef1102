from django.urls import include, path

from leads.views import accounts, deletion, duplicates, editing, export, imports, webform, work
from leads.views import leads as views

app_name = "leads"

# A CSV import's pages, under imports/ in their own namespace (leads:imports:detail).
import_urls = [
    path("", imports.import_upload, name="upload"),
    path("<int:pk>/", imports.import_detail, name="detail"),
    path("<int:pk>/preview/", imports.import_preview, name="preview"),
    path("<int:pk>/progress/", imports.import_progress, name="progress"),
    path("<int:pk>/rejected.csv", imports.import_report_csv, name="report"),
]

urlpatterns = [
    path("", views.lead_list_view, name="list"),
    path("export.csv", export.lead_export_view, name="export"),
    path("duplicates/", duplicates.duplicate_list_view, name="duplicates"),
    path("duplicates/merge/", duplicates.merge_view, name="merge"),
    path("merges/<int:pk>/undo/", duplicates.unmerge_view, name="unmerge"),
    path("sources/", webform.source_list_view, name="sources"),
    path("sources/<int:pk>/rotate-key/", webform.source_rotate_key_view, name="source-rotate-key"),
    path("deleted/", deletion.deleted_list_view, name="deleted"),
    path("new/", editing.lead_new_view, name="new"),
    path("accounts/", accounts.account_list_view, name="accounts"),
    path("accounts/<int:pk>/", accounts.account_detail_view, name="account"),
    path("accounts/<int:pk>/merge/", accounts.account_merge_view, name="account-merge"),
    path("accounts/merges/<int:pk>/undo/", accounts.account_unmerge_view, name="account-unmerge"),
    path("accounts/review/", accounts.account_review_view, name="account-review"),
    path(
        "accounts/review/<int:pk>/",
        accounts.account_review_resolve_view,
        name="account-review-resolve",
    ),
    path("<int:pk>/", views.lead_detail, name="detail"),
    path("<int:pk>/edit/", editing.lead_edit_view, name="edit"),
    path("<int:pk>/delete/", deletion.lead_delete_view, name="delete"),
    path("<int:pk>/restore/", deletion.lead_restore_view, name="restore"),
    path("<int:pk>/move/<slug:action>/", views.lead_move_view, name="move"),
    path("<int:pk>/assign/", views.lead_assign_view, name="assign"),
    path("<int:pk>/work/", work.work_log_view, name="work-log"),
    path("<int:pk>/work/<int:activity>/", work.work_edit_view, name="work-edit"),
    path("<int:pk>/tasks/", work.task_add_view, name="task-add"),
    path("tasks/", work.my_tasks_view, name="my-tasks"),
    path("tasks/<int:pk>/done/", work.task_done_view, name="task-done"),
    path("imports/", include((import_urls, "imports"))),
]

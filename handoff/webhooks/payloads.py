"""What a delivery carries: {id, event, occurred_at, data}, data being the lead as the API shows
it (leads' own detail serializer, so the two never drift), signed with `sign` (HMAC-SHA256 of "timestamp.body")."""

from __future__ import annotations

import hashlib
import hmac
import json
import uuid
from datetime import datetime

from rest_framework.fields import DateTimeField
from rest_framework.utils.encoders import JSONEncoder

from leads.api.leads import HistorySerializer, LeadDetailSerializer
from leads.models import Lead, LeadChange, StageChange


def sign(secret: str, body: bytes, timestamp: int) -> str:
    """The X-LeadCRM-Signature value: t=UNIX_SECONDS,v1=HMAC-SHA256 of "{t}.{body}"."""
    mac = hmac.new(secret.encode(), f"{timestamp}.".encode() + body, hashlib.sha256)
    return f"t={timestamp},v1={mac.hexdigest()}"


def lead_data(lead: Lead) -> dict:
    return dict(LeadDetailSerializer(lead).data)


def stage_change_data(change: StageChange) -> dict:
    """from, to, by, reason (and the rest of a history item of the lead API)."""
    return dict(HistorySerializer(change).data)


def _change_common(change: LeadChange) -> dict:
    return {
        "at": DateTimeField().to_representation(change.at),
        "by": change.by.get_username() if change.by else None,
        "via": change.via,
        "note": change.note,
    }


def assignment_data(change: LeadChange) -> dict:
    return {
        "from": change.old_value or None,
        "to": change.new_value or None,
        **_change_common(change),
    }


def merge_data(change: LeadChange) -> dict:
    # A merge of two leads records "#<the other lead>"; an intake matching this lead records
    # the fields it filled.
    other = change.new_value[1:] if change.new_value.startswith("#") else ""
    return {
        "kind": "duplicate" if other.isdigit() else "intake",
        "merged_lead": int(other) if other.isdigit() else None,
        **_change_common(change),
    }


def body_for(*, delivery_id: uuid.UUID, event: str, occurred_at: datetime, data: dict) -> str:
    payload = {
        "id": str(delivery_id),
        "event": event,
        "occurred_at": DateTimeField().to_representation(occurred_at),
        "data": data,
    }
    return json.dumps(payload, cls=JSONEncoder, separators=(",", ":"), ensure_ascii=False)

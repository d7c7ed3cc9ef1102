"""How the API's views describe their answers in the OpenAPI schema (drf-spectacular)."""

from __future__ import annotations

from typing import Any

from drf_spectacular.utils import OpenApiResponse

NOT_VISIBLE = "No such lead visible to you."


def answers(responses: dict[int, Any]) -> dict[int, Any]:
    """extend_schema's `responses`, where a plain text stands for an answer the schema describes
    by that text alone (the refusals: bad input, a role's limit, not visible, a conflict)."""
    return {
        status: OpenApiResponse(description=answer) if isinstance(answer, str) else answer
        for status, answer in responses.items()
    }

"""Payloads shaped as docs/api/users.graphql answers them (inputs for the pure mapping tests)."""

from __future__ import annotations

from typing import Any


def user_json(**overrides: Any) -> dict[str, Any]:
    user: dict[str, Any] = {
        "id": "u-1",
        "name": "Lakshmi Events",
        "email": "lakshmi@example.in",
        "phone": "+919876543210",
        "roles": ["USER", "ORGANIZER"],
        "isActive": True,
        "profile": {
            "businessName": "Lakshmi Decorators",
            "gstin": "36AABCU9603R1ZM",
            "stateCode": "36",
            "stateName": "Telangana",
            "preferredLanguage": "TE",
            "address": {
                "line1": "12-2-345 Main Road",
                "line2": None,
                "city": "Hyderabad",
                "district": "Hyderabad",
                "pinCode": "500001",
                "stateCode": "36",
            },
            "defaultLocation": {
                "city": "Hyderabad",
                "latitude": 17.385,
                "longitude": 78.4867,
                "timezone": "Asia/Kolkata",
            },
        },
    }
    user.update(overrides)
    return user


def tokens_json() -> dict[str, Any]:
    return {"accessToken": "a.b.c", "refreshToken": "r-1", "expiresIn": 900, "tokenType": "Bearer"}

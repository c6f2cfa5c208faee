"""Canned discovery objects, as the SDL names their fields."""

from __future__ import annotations

from typing import Any

GUNTUR = {"id": "ap-guntur", "name": "Guntur", "nameTe": "గుంటూరు", "stateCode": "37"}

LISTING: dict[str, Any] = {
    "organizerId": "org-1",
    "displayName": "Lakshmi Decorators",
    "displayNameTe": "లక్ష్మి డెకరేటర్స్",
    "about": "Weddings and house-warmings since 2005",
    "languages": ["te", "en"],
    "contactWays": ["in_app", "phone"],
    "contactPhone": "+919876543210",
    "contactEmail": None,
    "published": True,
    "rating": 4.5,
    "ratingCount": 2,
    "services": [
        {
            "service": "decoration",
            "name": "Decoration",
            "nameTe": "అలంకరణ",
            "minPaise": 2500000,
            "maxPaise": 9000000,
        }
    ],
    "districts": [GUNTUR],
    "reviews": [
        {
            "id": "rev-1",
            "rating": 5,
            "body": "<b>Beautiful</b> mandapam",
            "reply": None,
            "repliedAt": None,
            "status": "PUBLISHED",
            "createdAt": "2026-11-02T10:00:00+00:00",
        }
    ],
}

ENQUIRY: dict[str, Any] = {
    "id": "enq-1",
    "batchId": "batch-1",
    "organizerId": "org-1",
    "userId": "user-7",
    "blockedByMe": False,
    "kind": "wedding",
    "preferredDates": ["2027-02-14", "2027-02-20"],
    "district": GUNTUR,
    "guestCount": 400,
    "budgetMinPaise": 5000000,
    "budgetMaxPaise": 8000000,
    "message": "Mandapam decoration",
    "contactName": "Ravi",
    "contactPhone": "+919848022338",
    "status": "TENTATIVE",
    "bookingId": "b-9",
    "statusChangedAt": "2026-12-01T10:00:00+00:00",
    "createdAt": "2026-11-30T10:00:00+00:00",
    "messages": [
        {"id": "m-1", "fromOrganizer": True, "body": "We are free", "createdAt": "2026-12-01T09:00:00+00:00"}
    ],
}

PUBLIC_EVENT: dict[str, Any] = {
    "id": "ev-1",
    "title": "Sankranti mela",
    "kind": "mela",
    "startsAt": "2027-01-14T04:30:00+00:00",
    "endsAt": "2027-01-14T12:30:00+00:00",
    "venue": "Brodipet grounds",
    "district": GUNTUR,
    "mapLink": None,
    "description": None,
    "entry": "FREE",
    "entryLink": None,
    "interestedCount": 12,
    "whatsappLink": "https://wa.me/?text=Sankranti",
    "icsUrl": "https://eventxperts.app/discovery/events/ev-1.ics",
    "subscribeUrl": "webcal://eventxperts.app/discovery/events/ev-1.ics",
    "shareUrl": "https://eventxperts.app/events?event=ev-1",
    "panchangam": {
        "day": "2027-01-14",
        "place": "Guntur",
        "vara": {"en": "Thursday", "te": "గురువారం"},
        "tithi": {"en": "Saptami", "te": "సప్తమి"},
        "nakshatra": {"en": "Revati", "te": "రేవతి"},
        "festivals": [{"en": "Makara Sankranti", "te": "మకర సంక్రాంతి"}],
    },
}

"""Marketplace answers as the service sends them (camelCase), with overridable fields."""

from __future__ import annotations

from typing import Any


def variant_json(**changes: Any) -> dict[str, Any]:
    return {
        "id": "v-1",
        "sku": "SHAM-R",
        "label": "Red",
        "pricePaise": 1_500_000,
        "mrpPaise": 1_800_000,
        "stock": 3,
    } | changes


def product_json(**changes: Any) -> dict[str, Any]:
    return {
        "id": "p-1",
        "storeId": "s-1",
        "categoryId": "tents",
        "titleEn": "Shamiana tent",
        "titleTe": "షామియానా టెంట్",
        "descriptionEn": "Red and white, 20 x 40 ft",
        "descriptionTe": None,
        "hsn": "6306",
        "gstRate": "12",
        "active": True,
        "minPricePaise": 1_400_000,
        "rating": 4.5,
        "ratingCount": 2,
        "inStock": True,
        "createdAt": "2026-12-01T10:00:00+00:00",
        "variants": [variant_json(), variant_json(id="v-2", sku="SHAM-W", label="White", stock=0)],
    } | changes


def store_json(**changes: Any) -> dict[str, Any]:
    return {
        "id": "s-1",
        "nameEn": "Lakshmi Decorations",
        "nameTe": "లక్ష్మి డెకరేషన్స్",
        "isPlatform": False,
        "status": "APPROVED",
        "statusReason": None,
        "pickupCity": "Hyderabad",
        "pickupPinCode": "500028",
        "deliveryPins": ["500034"],
        "deliveryDistricts": ["Hyderabad"],
        "deliveryFlatPaise": 5_000,
        "freeDeliveryAbovePaise": 200_000,
        "returnDays": 7,
        "returnPolicy": None,
    } | changes


def order_json(**changes: Any) -> dict[str, Any]:
    return {
        "id": "o-1",
        "storeId": "s-1",
        "status": "PLACED",
        "paymentMode": "COD",
        "paid": False,
        "itemsPaise": 1_500_000,
        "deliveryPaise": 0,
        "cgstPaise": 90_000,
        "sgstPaise": 90_000,
        "igstPaise": 0,
        "totalPaise": 1_680_000,
        "reason": None,
        "createdAt": "2026-12-02T05:30:00+00:00",
        "deliveryName": "Padma Rao",
        "deliveryPinCode": "500034",
        "lines": [
            {
                "id": "l-1",
                "title": "Shamiana tent",
                "sku": "SHAM-R",
                "quantity": 1,
                "unitPricePaise": 1_500_000,
            }
        ],
    } | changes


def listing_json(**changes: Any) -> dict[str, Any]:
    return {
        "id": "u-1",
        "categoryId": "tents",
        "title": "Used shamiana 20x40",
        "description": "Red and white, used at two weddings",
        "condition": "GOOD",
        "pricePaise": 800_050,
        "districtId": "hyderabad",
        "status": "ACTIVE",
        "statusReason": None,
        "createdAt": "2026-12-01T10:00:00+00:00",
        "mine": False,
        "contactPhone": None,
        "photos": [{"id": "i-1", "url": "https://x.test/i-1", "thumbnailUrl": "https://x.test/i-1/t"}],
    } | changes


def thread_json(**changes: Any) -> dict[str, Any]:
    return {
        "id": "t-1",
        "listingId": "u-1",
        "listingTitle": "Used shamiana 20x40",
        "iAmSeller": False,
        "sellerReplied": False,
        "sellerPhone": None,
        "lastMessageAt": "2026-12-02T05:30:00+00:00",
        "messages": [
            {
                "id": "m-1",
                "fromMe": True,
                "body": "Is it still available?",
                "sentAt": "2026-12-02T05:30:00+00:00",
            }
        ],
    } | changes


def review_json(**changes: Any) -> dict[str, Any]:
    return {
        "id": "r-1",
        "productId": "p-1",
        "productTitleEn": "Shamiana tent",
        "productTitleTe": "షామియానా టెంట్",
        "rating": 4,
        "text": "Good cloth",
        "createdAt": "2026-12-02T05:30:00+00:00",
    } | changes

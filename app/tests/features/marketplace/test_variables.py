"""What the store's forms send follows the contract (checked against the committed SDL): rupees typed
become paise, comma-separated areas become lists, blank optional boxes become null; a variant's
errors from the service land beside that variant's boxes."""

from __future__ import annotations

from eventxperts_app.api.models import ApiError
from eventxperts_app.features.marketplace import operations
from eventxperts_app.features.marketplace.product_form import ProductFields
from eventxperts_app.features.marketplace.store_form import StoreFields
from eventxperts_app.ui.app_context import AppContext
from eventxperts_app.ui.form_errors import FormErrors
from eventxperts_app.ui.labels import Labels

from ...texts import EN
from .sdl_answers import answered


def test_the_store_form_sends_paise_lists_and_nulls(ctx: AppContext) -> None:
    fields = StoreFields(Labels(ctx.tr))
    fields.name_en.value = " Lakshmi Decorations "
    fields.pickup_line.value = "12-2-34, Mehdipatnam"
    fields.pickup_city.value = "Hyderabad"
    fields.pickup_pin.value = "500028"
    fields.districts.value = "Hyderabad, Rangareddy,"
    fields.delivery.value = "50"
    fields.free_above.value = "2,000"
    assert fields.problems() == ()
    variables = fields.variables()
    assert variables["nameEn"] == "Lakshmi Decorations"
    assert variables["nameTe"] is None
    assert variables["deliveryDistricts"] == ["Hyderabad", "Rangareddy"]
    assert (variables["deliveryFlatPaise"], variables["freeDeliveryAbovePaise"]) == (5_000, 200_000)
    answered(operations.OPEN_STORE, {"openShopStore": {"store": None, "errors": []}}, {"input": variables})


def test_an_amount_that_is_not_one_is_refused_beside_its_box(ctx: AppContext) -> None:
    fields = StoreFields(Labels(ctx.tr))
    fields.delivery.value = "fifty"
    codes = {(e.field, e.code) for e in fields.problems()}
    assert ("deliveryFlatPaise", "INVALID_PRICE") in codes
    assert ("nameEn", "REQUIRED") in codes


def test_the_product_form_sends_each_variant_in_paise(ctx: AppContext) -> None:
    fields = ProductFields(Labels(ctx.tr))
    fields.title_en.value = "Shamiana tent"
    fields.category.value = "tents"
    fields.hsn.value = "6306"
    first = fields.variants.rows[0]
    first.label.value, first.sku.value, first.price.value, first.stock.value = "Red", "SHAM-R", "15000", "3"
    second = fields.variants.add()
    second.sku.value, second.price.value, second.mrp.value = "SHAM-W", "14000.50", "18000"
    assert fields.problems() == ()
    variables = fields.variables("s-1")
    assert variables["gstRate"] == "18"
    assert variables["variants"] == [
        {"label": "Red", "sku": "SHAM-R", "pricePaise": 1_500_000, "mrpPaise": None, "stock": 3},
        {"label": "Standard", "sku": "SHAM-W", "pricePaise": 1_400_050, "mrpPaise": 1_800_000, "stock": 0},
    ]
    payload: dict[str, object] = {"saveShopProduct": {"product": None, "errors": []}}
    answered(operations.SAVE_PRODUCT, payload, {"input": variables})


def test_a_variants_error_lands_beside_that_variants_box(ctx: AppContext) -> None:
    labels = Labels(ctx.tr)
    fields = ProductFields(labels)
    fields.variants.add()
    errors = FormErrors(labels, fields.slots())
    errors.show([ApiError("INVALID_PRICE", "The price is at most the MRP.", "variants.1.mrpPaise")])
    assert fields.variants.rows[1].mrp.error == EN.error("INVALID_PRICE")
    assert fields.variants.rows[0].mrp.error is None
    assert not errors.banner.value

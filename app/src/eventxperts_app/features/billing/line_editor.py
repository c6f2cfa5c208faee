"""A document's lines as the editor edits them: description, SAC/HSN, quantity and unit, rate,
discount and GST rate. Every keystroke asks for the totals again (`changed`); a known SAC or HSN
chooses its dated rate from libs/gst's table."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import flet as ft
import gst

from eventxperts_app.features.billing.forms import DEFAULT_TAX_RATE, LineForm
from eventxperts_app.features.billing.models import InvoiceLine, ItemDefault
from eventxperts_app.i18n import N_
from eventxperts_app.ui.form_errors import ErrorSlot, error_text, text_field_slot, text_slot
from eventxperts_app.ui.form_fields import ClickHandler
from eventxperts_app.ui.form_layout import Columns, actions_row, box, button, fields_row
from eventxperts_app.ui.labels import Labels

# The schedules' rates, lowest first ("0", "0.1", ... "18", "28", "40").
TAX_RATES = tuple(str(rate) for rate in sorted(gst.rates.ALLOWED_RATES))
WIDE: Columns = {"xs": 12, "md": 6}
NARROW: Columns = {"xs": 6, "md": 3}
SMALL: Columns = {"xs": 6, "md": 2}
REMOVER: Columns = {"xs": 12, "md": 1}


def rupees_text(paise: int) -> str:
    """What a rupee box shows for `paise`: 25000 or 25000.5."""
    return f"{paise / 100:g}" if paise % 100 else str(paise // 100)


KnownItem = Callable[[str], ItemDefault | None]


class LineRow:
    def __init__(
        self,
        labels: Labels,
        changed: Callable[[], None],
        remove: ClickHandler,
        known: KnownItem = lambda _: None,
    ) -> None:
        self._changed, self._known = changed, known
        self.description = box(labels, N_("Description"), col=WIDE)
        self.tax_code = box(labels, N_("SAC / HSN"), col=NARROW, keyboard=ft.KeyboardType.NUMBER)
        self.quantity = box(labels, N_("Quantity"), col=NARROW, keyboard=ft.KeyboardType.NUMBER)
        self.unit = box(labels, N_("Unit"), col=SMALL)
        self.rate = box(labels, N_("Rate (₹)"), col=NARROW, keyboard=ft.KeyboardType.NUMBER)
        self.discount = box(labels, N_("Discount (₹)"), col=NARROW, keyboard=ft.KeyboardType.NUMBER)
        self.tax_rate = ft.Dropdown(
            value=DEFAULT_TAX_RATE,
            col=SMALL,
            options=[ft.DropdownOption(key=r, text=f"{r}%") for r in TAX_RATES],
        )
        labels.bind(self.tax_rate, "label", N_("GST rate"))
        self.quantity.value, self.unit.value = "1", "nos"
        remover = labels.bind(
            ft.IconButton(ft.Icons.DELETE_OUTLINE, on_click=remove, col=REMOVER), "tooltip", N_("Remove line")
        )
        for control in (self.quantity, self.unit, self.rate, self.discount):
            control.on_change = lambda _: self._changed()
        self.description.on_change = lambda _: self.description_typed()
        self.tax_code.on_change = lambda _: self.code_typed()
        self.tax_rate.on_select = lambda _: self._changed()
        self.control = fields_row(
            self.description,
            self.tax_code,
            self.quantity,
            self.unit,
            self.rate,
            self.discount,
            self.tax_rate,
            remover,
        )

    def description_typed(self) -> None:
        """An item billed before brings its code, unit, rate and GST rate into a line whose rate is
        still empty (what was typed is never overwritten)."""
        known = self._known(self.description.value or "")
        if known is not None and not (self.rate.value or "").strip():
            self.tax_code.value, self.unit.value = known.tax_code or "", known.unit
            self.rate.value = rupees_text(known.rate_paise)
            self.tax_rate.value = str(gst.parse_rate(known.tax_rate))
        self._changed()

    def code_typed(self, on: date | None = None) -> None:
        """A SAC or HSN the rate table knows sets its rate on `on` (today by default)."""
        try:
            code = gst.normalise_tax_code(self.tax_code.value or "").code
            self.tax_rate.value = str(gst.default_rates().rate_on(code, on or date.today()).rate)
        except (gst.GstError, LookupError):
            pass
        self._changed()

    def form(self) -> LineForm:
        return LineForm(
            description=self.description.value,
            tax_code=self.tax_code.value,
            quantity=self.quantity.value,
            unit=self.unit.value,
            rate_rupees=self.rate.value,
            discount_rupees=self.discount.value,
            tax_rate=self.tax_rate.value or DEFAULT_TAX_RATE,
        )

    def fill(self, line: InvoiceLine) -> None:
        self.description.value, self.tax_code.value = line.description, line.tax_code or ""
        self.quantity.value, self.unit.value = line.quantity, line.unit
        self.rate.value = rupees_text(line.rate_paise)
        self.discount.value = rupees_text(line.discount_paise) if line.discount_paise else ""
        self.tax_rate.value = str(gst.parse_rate(line.tax_rate))

    def slots(self, index: int) -> dict[str, ErrorSlot]:
        at = f"lines.{index}"
        return {
            f"{at}.description": text_field_slot(self.description),
            f"{at}.taxCode": text_field_slot(self.tax_code),
            f"{at}.quantity": text_field_slot(self.quantity),
            f"{at}.unit": text_field_slot(self.unit),
            f"{at}.ratePaise": text_field_slot(self.rate),
            f"{at}.discountPaise": text_field_slot(self.discount),
            f"{at}.taxRate": lambda text: setattr(self.tax_rate, "error_text", text),
        }


class LinesEditor:
    def __init__(
        self, labels: Labels, changed: Callable[[], None], known: KnownItem = lambda _: None
    ) -> None:
        self._labels = labels
        self._changed, self._known = changed, known
        self.rows: list[LineRow] = []
        self.lines = ft.Column(spacing=16)
        self.error = error_text()
        self.control = ft.Column(
            [self.lines, self.error, actions_row(button(labels, N_("Add line"), self.add_line))], spacing=8
        )

    def add(self) -> LineRow:
        row: LineRow

        async def remove() -> None:
            self.rows.remove(row)
            self._render()
            self._changed()

        row = LineRow(self._labels, self._changed, remove, self._known)
        self.rows.append(row)
        self._render()
        return row

    async def add_line(self) -> None:
        self.add()

    def _render(self) -> None:
        self.lines.controls = [row.control for row in self.rows]

    def forms(self) -> tuple[LineForm, ...]:
        return tuple(row.form() for row in self.rows)

    def fill(self, lines: tuple[InvoiceLine, ...]) -> None:
        self.rows = []
        for line in lines:
            self.add().fill(line)
        if not self.rows:
            self.add()
        self._render()

    def slots(self, most: int = 50) -> dict[str, ErrorSlot]:
        """Every line's boxes (up to `most` lines: the form is built before lines are added), then the
        whole list's message ("Add at least one line")."""
        slots: dict[str, ErrorSlot] = {}
        for index in range(most):
            slots |= self._row_slots(index)
        return slots | {"lines": text_slot(self.error)}

    def _row_slots(self, index: int) -> dict[str, ErrorSlot]:
        def slot(name: str) -> ErrorSlot:
            def show(text: str | None) -> None:
                if index < len(self.rows):
                    self.rows[index].slots(index)[name](text)

            return show

        names = ("description", "taxCode", "quantity", "unit", "ratePaise", "discountPaise", "taxRate")
        return {f"lines.{index}.{name}": slot(f"lines.{index}.{name}") for name in names}

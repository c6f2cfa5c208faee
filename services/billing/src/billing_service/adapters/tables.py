"""The billing database's tables (SQLAlchemy Core; migrations/ creates them)."""

from __future__ import annotations

import sqlalchemy as sa
from servicekit.db import new_metadata
from sqlalchemy.dialects.postgresql import ARRAY, JSONB, UUID

metadata = new_metadata()
TZ = sa.DateTime(timezone=True)
ID = UUID(as_uuid=True)

# The organizer's business facts as users.user.profile_changed last said them (a copy, replaced whole).
organizer_facts = sa.Table(
    "organizer_facts",
    metadata,
    sa.Column("organizer_id", ID, primary_key=True),
    sa.Column("name", sa.Text()),
    sa.Column("business_name", sa.Text()),
    sa.Column("gstin", sa.String(15)),
    sa.Column("state_code", sa.String(2)),
    sa.Column("address", JSONB()),
    sa.Column("erased_at", TZ),
    sa.Column("updated_at", TZ, nullable=False),
)

# What billing itself keeps of the organizer's business.
billing_profiles = sa.Table(
    "billing_profiles",
    metadata,
    sa.Column("organizer_id", ID, primary_key=True),
    sa.Column("legal_name", sa.Text()),
    sa.Column("registration_type", sa.String(20), nullable=False),
    sa.Column("bank_account", JSONB()),
    sa.Column("upi_id", sa.String(80)),
    sa.Column("default_terms", sa.Text()),
    sa.Column("updated_at", TZ, nullable=False),
)

document_series = sa.Table(
    "document_series",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("organizer_id", ID, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("prefix", sa.String(6), nullable=False),
    sa.Column("name", sa.Text(), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
    sa.UniqueConstraint("organizer_id", "prefix", name="series_prefix_unique"),
)

# The next number of a series in a financial year: issuing locks this row FOR UPDATE (decision 0023).
document_counters = sa.Table(
    "document_counters",
    metadata,
    sa.Column("series_id", ID, sa.ForeignKey("document_series.id"), primary_key=True),
    sa.Column("financial_year", sa.Integer(), primary_key=True),
    sa.Column("last_sequence", sa.Integer(), nullable=False),
    sa.CheckConstraint("last_sequence >= 0", name="last_sequence_not_negative"),
)

clients = sa.Table(
    "clients",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("organizer_id", ID, nullable=False, index=True),
    sa.Column("name", sa.Text(), nullable=False),
    sa.Column("phones", ARRAY(sa.Text()), nullable=False),
    sa.Column("email", sa.Text()),
    sa.Column("address", JSONB()),
    sa.Column("state_code", sa.String(2)),
    sa.Column("gstin", sa.String(15)),
    sa.Column("erased_at", TZ),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
)

documents = sa.Table(
    "documents",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("organizer_id", ID, nullable=False),
    sa.Column("kind", sa.String(20), nullable=False),
    sa.Column("status", sa.String(20), nullable=False),
    sa.Column("client_id", ID, sa.ForeignKey("clients.id")),
    sa.Column("booking_id", ID),
    sa.Column("source_id", ID, sa.ForeignKey("documents.id")),
    sa.Column("document_date", sa.Date(), nullable=False),
    sa.Column("event_state_code", sa.String(2)),
    sa.Column("notes", sa.Text()),
    # Set at issue and never changed after (with the snapshots of both parties as printed).
    sa.Column("series_id", ID, sa.ForeignKey("document_series.id")),
    sa.Column("financial_year", sa.Integer()),
    sa.Column("sequence", sa.Integer()),
    sa.Column("number", sa.String(16)),
    sa.Column("issued_at", TZ),
    sa.Column("supplier", JSONB()),
    sa.Column("recipient", JSONB()),
    sa.Column("place_of_supply", sa.String(2)),
    sa.Column("regime", sa.String(12)),
    sa.Column("title", sa.String(20)),
    sa.Column("taxable_paise", sa.BigInteger(), nullable=False),
    sa.Column("cgst_paise", sa.BigInteger(), nullable=False),
    sa.Column("sgst_paise", sa.BigInteger(), nullable=False),
    sa.Column("igst_paise", sa.BigInteger(), nullable=False),
    sa.Column("total_paise", sa.BigInteger(), nullable=False),
    sa.Column("booking_changed_at", TZ),
    sa.Column("cancelled_at", TZ),
    sa.Column("cancellation_reason", sa.Text()),
    sa.Column("purpose", sa.String(20)),
    sa.Column("delivery", JSONB()),
    # A store owner's invoice for a marketplace order (one per order: the consumer's second guard).
    sa.Column("order_id", ID),
    sa.Column("version", sa.Integer(), nullable=False),
    sa.Column("created_at", TZ, nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
    sa.UniqueConstraint("series_id", "financial_year", "sequence", name="document_sequence_unique"),
    sa.UniqueConstraint("organizer_id", "number", name="document_number_unique"),
    sa.CheckConstraint("number IS NULL OR char_length(number) <= 16", name="number_at_most_16"),
    sa.CheckConstraint(
        "(status IN ('draft', 'accepted', 'declined')) = (number IS NULL)", name="numbered_once_issued"
    ),
    sa.CheckConstraint("(kind = 'delivery_challan') = (purpose IS NOT NULL)", name="challan_has_purpose"),
    sa.Index("ix_documents_organizer_kind", "organizer_id", "kind", "created_at"),
    sa.Index("ix_documents_booking", "booking_id"),
    sa.Index("ix_documents_order", "order_id", unique=True, postgresql_where=sa.text("order_id IS NOT NULL")),
)

document_lines = sa.Table(
    "document_lines",
    metadata,
    sa.Column("document_id", ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("position", sa.Integer(), primary_key=True),
    sa.Column("description", sa.Text(), nullable=False),
    sa.Column("tax_code", sa.String(8)),
    sa.Column("quantity", sa.Numeric(14, 3), nullable=False),
    sa.Column("unit", sa.String(20), nullable=False),
    sa.Column("rate_paise", sa.BigInteger(), nullable=False),
    sa.Column("discount_paise", sa.BigInteger(), nullable=False),
    sa.Column("tax_rate", sa.Numeric(5, 2), nullable=False),
    sa.Column("taxable_paise", sa.BigInteger(), nullable=False),
    sa.CheckConstraint("quantity > 0", name="line_quantity_positive"),
    sa.CheckConstraint("rate_paise > 0", name="line_rate_positive"),
)

payments = sa.Table(
    "payments",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("organizer_id", ID, nullable=False),
    sa.Column("document_id", ID, sa.ForeignKey("documents.id"), nullable=False, index=True),
    sa.Column("amount_paise", sa.BigInteger(), nullable=False),
    sa.Column("mode", sa.String(20), nullable=False),
    sa.Column("received_on", sa.Date(), nullable=False),
    sa.Column("reference", sa.Text()),
    sa.Column("advance_id", ID, sa.ForeignKey("documents.id")),
    sa.Column("created_at", TZ, nullable=False),
    sa.CheckConstraint("amount_paise > 0", name="payment_positive"),
)

item_defaults = sa.Table(
    "item_defaults",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("organizer_id", ID, nullable=False),
    sa.Column("description", sa.Text(), nullable=False),
    sa.Column("tax_code", sa.String(8)),
    sa.Column("unit", sa.String(20), nullable=False),
    sa.Column("rate_paise", sa.BigInteger(), nullable=False),
    sa.Column("tax_rate", sa.Numeric(5, 2), nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
    sa.UniqueConstraint("organizer_id", "description", name="item_default_unique"),
)

# The organizer's logo and signature as printed on documents (PNG or JPEG, small: see files routes).
profile_images = sa.Table(
    "profile_images",
    metadata,
    sa.Column("organizer_id", ID, primary_key=True),
    sa.Column("kind", sa.String(12), primary_key=True),
    sa.Column("media_type", sa.String(20), nullable=False),
    sa.Column("content", sa.LargeBinary(), nullable=False),
    sa.Column("updated_at", TZ, nullable=False),
    sa.CheckConstraint("kind IN ('logo', 'signature')", name="profile_image_kind"),
)

# What the calendar said changed about a booking after a document of it was made: issued documents are
# never changed, so the change is recorded beside them for the organizer to correct with a note.
booking_changes = sa.Table(
    "booking_changes",
    metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column(
        "document_id", ID, sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    sa.Column("booking_id", ID, nullable=False),
    sa.Column("change", sa.String(20), nullable=False),
    sa.Column("detail", sa.Text()),
    sa.Column("occurred_at", TZ, nullable=False),
)

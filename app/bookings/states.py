"""Booking states and the booking job kinds.

    hold --deposit paid--> confirmed --staff confirm a cancellation--> cancelled
    hold --expired, payment failed, cancelled--> released | cancelled
    released --paid anyway, slot still free--> confirmed
    released --paid anyway, slot taken--> paid_without_slot (staff refund or make room)
"""

from __future__ import annotations

import enum


class BookingStatus(enum.StrEnum):
    HOLD = "hold"
    CONFIRMED = "confirmed"
    RELEASED = "released"
    CANCELLED = "cancelled"
    PAID_WITHOUT_SLOT = "paid_without_slot"


ACTIVE = frozenset({BookingStatus.HOLD, BookingStatus.CONFIRMED})


class RefundState(enum.StrEnum):
    DUE = "due"  # staff must decide (paid without a slot, paid after cancelling)
    REQUESTED = "requested"
    REFUNDED = "refunded"
    DRY_RUN = "dry_run"
    NOT_REFUNDABLE = "not_refundable"
    FAILED = "failed"


class BookingJob(enum.StrEnum):
    LINK = "booking_link"  # create the Checkout Session, then queue the approved reply
    EXPIRE = "booking_expire"  # release a hold nobody paid
    CONFIRMED = "booking_confirmed"  # confirmation draft for review and the staff notice
    REMINDER = "booking_reminder"  # reminder draft a few days before the party
    REFUND = "booking_refund"
    CLOSE_LINK = "booking_close_link"  # expire the Checkout Session of a cancelled hold
    NOTICE = "booking_notice"  # tell staff in Slack


class Notice(enum.StrEnum):
    PAID = "paid"
    EXPIRED = "expired"
    PAYMENT_FAILED = "payment_failed"
    PAID_WITHOUT_SLOT = "paid_without_slot"
    PAID_AFTER_CANCEL = "paid_after_cancel"
    AMOUNT_MISMATCH = "amount_mismatch"
    LINK_FAILED = "link_failed"
    REFUND_FAILED = "refund_failed"


BOOKINGS_RESPONDER = "bookings"  # drafts the gateway writes itself (confirmation, reminder)

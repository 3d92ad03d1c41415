"""Bookings: date holds for a deposit, Stripe Checkout links, payment webhooks, changes and
cancellations, reminders, the owner's calendar feed and the console's bookings page.

`desk.BookingDesk` is the owner of the booking state machine; approval of a draft that books,
moves or cancels goes through `approval.apply_approval`.
"""

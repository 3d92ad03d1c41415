"""The email channel: inbound through Mailgun or SendGrid webhooks, outbound through SMTP.

The implementation is split by direction; this module is the one place the app imports from.
"""

from __future__ import annotations

from adapters.email_inbound import MailgunInbound
from adapters.email_normalize import EmailFields, to_inbound
from adapters.email_send import EmailSender
from adapters.email_sendgrid import SendGridInbound

__all__ = ["EmailFields", "EmailSender", "MailgunInbound", "SendGridInbound", "to_inbound"]

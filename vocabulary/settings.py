"""Settings: one pydantic-settings class for every variable in the interface contract.

A channel is enabled only when its credentials are complete; an incomplete channel is off and
its webhook refused (fail closed).
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _csv(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


# The auto-approval rules AUTO_APPROVE_RULES may name (app.autoapprove applies them).
AUTO_APPROVE_RULES = frozenset({"faq", "greeting", "out_of_hours", "returning_quote"})


class Settings(BaseSettings):
    """Every setting the gateway reads, from the environment and `.env`."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", case_sensitive=False)

    database_url: str = "sqlite:///gateway.db"
    public_base_url: str = "http://localhost:8000"
    # None: the catalog bundled with the orchestrator (the app layer resolves it).
    business_catalog: Path | None = None

    openai_api_key: str = ""
    openai_base_url: str | None = None
    openai_model: str = "gpt-4o-mini"
    openai_timeout_seconds: float = 30.0
    openai_max_retries: int = 2
    # What the model is sent, in characters of message content (the stored text stays whole).
    model_max_message_chars: int = Field(default=6_000, ge=500)
    model_max_prompt_chars: int = Field(default=24_000, ge=8_000)

    twilio_account_sid: str = ""
    twilio_auth_token: str = ""
    twilio_from_number: str = ""
    twilio_messaging_service_sid: str = ""
    twilio_api_base_url: str = "https://api.twilio.com"

    meta_app_secret: str = ""
    meta_verify_token: str = ""
    meta_page_access_token: str = ""
    meta_graph_base_url: str = "https://graph.facebook.com"
    meta_graph_version: str = "v21.0"

    telegram_bot_token: str = ""
    telegram_webhook_secret: str = ""
    telegram_api_base_url: str = "https://api.telegram.org"
    # The bot's @username, to tell a group message that mentions the bot from group chatter.
    telegram_bot_username: str = ""

    smtp_host: str = ""
    smtp_port: int = 587
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = True
    email_from: str = ""
    mailgun_signing_key: str = ""
    sendgrid_inbound_user: str = ""
    sendgrid_inbound_password: str = ""

    slack_bot_token: str = ""
    slack_signing_secret: str = ""
    slack_review_channel: str = ""
    slack_approver_ids: str = ""
    slack_api_base_url: str = "https://slack.com/api/"

    admin_password: str = ""
    # Signs console cookies; empty: a random key is generated into the database on first use.
    secret_key: str = ""
    console_sign_in_failures_per_client: int = Field(default=5, ge=1)
    console_sign_in_failures: int = Field(default=50, ge=1)
    console_sign_in_window_seconds: float = Field(default=900.0, gt=0)
    api_keys: str = ""

    # Deposits: no secret key means dry-run links; no webhook secret means POST /webhooks/stripe
    # is off (404). The base URL is an origin without /v1, like the other *_BASE_URLs.
    stripe_secret_key: str = ""
    stripe_webhook_secret: str = ""
    stripe_api_base_url: str = "https://api.stripe.com"
    # The calendar feed's secret path segment; empty: generated once and kept in the database.
    bookings_calendar_token: str = ""

    worker_poll_seconds: float = 0.5
    worker_concurrency: int = Field(default=8, ge=1, le=512)
    flood_messages_per_minute: int = Field(default=10, ge=1)
    flood_cooldown_seconds: float = 60.0
    job_lease_seconds: float = 5.0
    job_max_attempts: int = 8
    send_max_attempts: int = 6
    retry_base_seconds: float = 2.0
    draft_expiry_minutes: int = Field(default=24 * 60, ge=1)
    # Drafting budget (checked by the worker) and the model-spend circuit breaker.
    draft_budget_per_minute: int = Field(default=20, ge=1)
    draft_budget_per_day: int = Field(default=500, ge=1)
    new_contact_draft_budget_per_minute: int = Field(default=10, ge=1)
    new_contact_draft_budget_per_day: int = Field(default=200, ge=1)
    draft_digest_delay_seconds: float = Field(default=60.0, ge=0)
    model_daily_token_cap: int = Field(default=2_000_000, ge=0)
    model_breaker_failures: int = Field(default=5, ge=1)
    model_breaker_cooldown_seconds: float = Field(default=300.0, gt=0)
    max_body_bytes: int = 1_000_000

    # Staff tools. Automatic replies are off unless AUTO_APPROVE is set; the console's stop
    # switch (stored in the database) pauses them all at once while it is set.
    auto_approve: bool = False
    auto_approve_rules: str = "faq,greeting,out_of_hours"
    auto_approve_faq_topics: str = "notice,gratuity,tax"
    review_reminder_minutes: int = Field(default=15, ge=0)  # 0: no reminders
    slack_reminder_group: str = ""  # a Slack user group id (S...), mentioned in reminders

    @field_validator("auto_approve_rules")
    @classmethod
    def _known_rules(cls, value: str) -> str:
        unknown = sorted(set(_csv(value)) - AUTO_APPROVE_RULES)
        if unknown:
            raise ValueError(f"unknown rule(s) {', '.join(unknown)}; known: "
                             f"{', '.join(sorted(AUTO_APPROVE_RULES))}")
        return value

    @field_validator("slack_reminder_group")
    @classmethod
    def _subteam_id(cls, value: str) -> str:
        value = value.strip()
        if value and not re.fullmatch(r"S[A-Z0-9]{2,20}", value):
            raise ValueError("a Slack user group id looks like S0123ABCD")
        return value

    @field_validator("public_base_url", "stripe_api_base_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @field_validator("telegram_bot_username")
    @classmethod
    def _strip_at(cls, value: str) -> str:
        return value.strip().removeprefix("@")

    @property
    def twilio_enabled(self) -> bool:
        return bool(
            self.twilio_account_sid
            and self.twilio_auth_token
            and (self.twilio_from_number or self.twilio_messaging_service_sid)
        )

    @property
    def meta_enabled(self) -> bool:
        return bool(self.meta_app_secret and self.meta_verify_token and self.meta_page_access_token)

    @property
    def telegram_enabled(self) -> bool:
        return bool(self.telegram_bot_token and self.telegram_webhook_secret)

    @property
    def smtp_enabled(self) -> bool:
        return bool(self.smtp_host and self.email_from)

    @property
    def mailgun_enabled(self) -> bool:
        return bool(self.mailgun_signing_key and self.smtp_enabled)

    @property
    def sendgrid_enabled(self) -> bool:
        return bool(self.sendgrid_inbound_user and self.sendgrid_inbound_password and self.smtp_enabled)

    @property
    def slack_enabled(self) -> bool:
        return bool(self.slack_bot_token and self.slack_signing_secret and self.slack_review_channel)

    @property
    def approver_ids(self) -> tuple[str, ...]:
        return _csv(self.slack_approver_ids)

    @property
    def api_key_set(self) -> tuple[str, ...]:
        return _csv(self.api_keys)

    @property
    def stripe_enabled(self) -> bool:
        return bool(self.stripe_secret_key)

    @property
    def auto_approve_rule_set(self) -> frozenset[str]:
        return frozenset(_csv(self.auto_approve_rules))

    @property
    def faq_topic_set(self) -> frozenset[str]:
        return frozenset(_csv(self.auto_approve_faq_topics))

    @property
    def model_enabled(self) -> bool:
        return bool(self.openai_api_key)

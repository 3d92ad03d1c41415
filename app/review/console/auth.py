"""Who may use the console: ADMIN_PASSWORD sign-in, or localhost only when no password is set.

The session is a cookie signed with itsdangerous. A signed-in session's key is derived from the
password (scrypt), so a password change signs everyone out and several processes accept each
other's cookies. Cookies given before sign-in (they only carry the sign-in form's CSRF token) use
a random per-process key instead: nobody gets a sample signed with the password-derived key
without knowing the password, so there is nothing to guess the password against offline.
Without a password every key is random per process (local use only). Every form carries a CSRF
token kept in the session and compared in constant time.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from dataclasses import dataclass
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE = "gateway_console"
COOKIE_PATH = "/admin"
SESSION_SECONDS = 12 * 3600
LOCAL_HOSTS = frozenset({"127.0.0.1", "::1"})
LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]"})
_KDF_SALT = b"gateway console session v1"
_NAME = re.compile(r"[^A-Za-z0-9 ._@-]")


class Forbidden(Exception):
    """Answered with 403: not local without a password, or a missing/wrong CSRF token."""


class SignInRequired(Exception):
    """Answered with a redirect to the sign-in page."""


@dataclass(frozen=True, slots=True)
class Session:
    """The signed cookie's content: the CSRF token and, once signed in, the reviewer's name."""

    csrf: str
    user: str | None = None

    @property
    def actor(self) -> str:
        """The audit name, "console:<name or admin>"."""
        return f"console:{self.user or 'admin'}"


def host_name(host: str) -> str:
    """The name part of a Host header: "localhost:8000" -> "localhost", "[::1]:80" -> "[::1]"."""
    host = host.strip().lower()
    if host.startswith("["):
        return host[: host.find("]") + 1]
    return host.rsplit(":", 1)[0]


def clean_name(name: str) -> str:
    """A short, printable reviewer name for the audit trail ("" when none was given)."""
    return _NAME.sub("", name).strip()[:40]


class ConsoleAuth:
    """Password check, session cookie and CSRF for the console."""

    def __init__(self, *, password: str, public_host: str = "") -> None:
        self.password = password
        self._names = LOCAL_NAMES | ({public_host.lower()} if public_host else set())
        staff_key = (
            hashlib.scrypt(password.encode(), salt=_KDF_SALT, n=2**14, r=8, p=1, dklen=32)
            if password else secrets.token_bytes(32)
        )
        self._staff = URLSafeTimedSerializer(staff_key, salt="console-session")
        self._anonymous = URLSafeTimedSerializer(secrets.token_bytes(32), salt="console-sign-in")

    @property
    def local_only(self) -> bool:
        return not self.password

    def password_ok(self, attempt: str) -> bool:
        """Constant-time comparison of the hashes (equal lengths whatever was typed)."""
        if not self.password:
            return False
        given = hashlib.sha256(attempt.encode()).digest()
        expected = hashlib.sha256(self.password.encode()).digest()
        return hmac.compare_digest(given, expected)

    def check_origin(self, request: Request) -> None:
        """Without a password the console answers only to the machine it runs on, and only under
        a local name or PUBLIC_BASE_URL's (a page from elsewhere cannot rebind its DNS to it)."""
        if not self.local_only:
            return
        client = request.client.host if request.client else ""
        if client not in LOCAL_HOSTS:
            raise Forbidden("set ADMIN_PASSWORD to use the console from another machine")
        if host_name(request.headers.get("host", "")) not in self._names:
            raise Forbidden("without ADMIN_PASSWORD the console answers only under localhost")

    def read(self, request: Request) -> Session | None:
        raw = request.cookies.get(COOKIE)
        if not raw:
            return None
        for serializer, signed_in in ((self._staff, True), (self._anonymous, False)):
            try:
                data: Any = serializer.loads(raw, max_age=SESSION_SECONDS)
            except BadSignature:
                continue
            if not isinstance(data, dict) or not isinstance(data.get("csrf"), str):
                return None
            user = data.get("user") if signed_in else None
            return Session(csrf=data["csrf"], user=user if isinstance(user, str) else None)
        return None

    def write(self, request: Request, response: Response, session: Session) -> None:
        if session.user is not None:
            value = self._staff.dumps({"csrf": session.csrf, "user": session.user})
        else:
            value = self._anonymous.dumps({"csrf": session.csrf})
        response.set_cookie(
            COOKIE, value, max_age=SESSION_SECONDS, path=COOKIE_PATH, httponly=True,
            samesite="lax", secure=request.url.scheme == "https",
        )

    def current(self, request: Request) -> Session:
        """The session of an allowed request (any visitor from localhost without a password)."""
        self.check_origin(request)
        session = self.read(request)
        if self.local_only:
            return session or Session(csrf=secrets.token_urlsafe(32), user=None)
        if session is None or session.user is None:
            raise SignInRequired()
        return session

    def anonymous(self, request: Request) -> Session:
        """The pre-sign-in session (keeps its CSRF token between the form and the post)."""
        self.check_origin(request)
        session = self.read(request)
        if session is not None and session.user is None:
            return session
        return Session(csrf=secrets.token_urlsafe(32))

    @staticmethod
    def signed_in(name: str) -> Session:
        """A fresh session (new CSRF token) for a reviewer who just gave the password."""
        return Session(csrf=secrets.token_urlsafe(32), user=clean_name(name) or "admin")

    @staticmethod
    def check_csrf(session: Session, token: str | None) -> None:
        if not token or not hmac.compare_digest(token.encode(), session.csrf.encode()):
            raise Forbidden("missing or wrong CSRF token")

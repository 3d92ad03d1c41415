"""Who may use the console: ADMIN_PASSWORD sign-in, or localhost only when no password is set.

The session is a cookie signed with itsdangerous under SECRET_KEY (generated into the database
when unset, see app/secret_key.py), never under a key derived from the password: a leaked cookie
gives nothing to guess the password against offline. A signed-in cookie names a server-side
session (sessions.py) that is checked on every request, so sign-out ends it everywhere; its
signing salt carries a keyed tag of the password, so a password change signs everyone out.
Cookies given before sign-in only carry the sign-in form's CSRF token, under another salt.
Every form carries a CSRF token kept in the session and compared in constant time.

The key and the session check need the database: `prepare(request)` does both, once per request,
as a dependency of every console route; a request it did not prepare is never signed in.
"""

from __future__ import annotations

import hashlib
import hmac
import re
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

from fastapi import Request, Response
from itsdangerous import BadSignature, URLSafeTimedSerializer

from app.review.console.sessions import ConsoleSessions

COOKIE = "gateway_console"
COOKIE_PATH = "/admin"
SESSION_SECONDS = 12 * 3600
LOCAL_HOSTS = frozenset({"127.0.0.1", "::1"})
LOCAL_NAMES = frozenset({"localhost", "127.0.0.1", "[::1]"})
_NAME = re.compile(r"[^A-Za-z0-9 ._@-]")
_LIVE = "gateway.console_session"  # request.scope key: the session id found live by prepare()


class Forbidden(Exception):
    """Answered with 403: not local without a password, or a missing/wrong CSRF token."""


class SignInRequired(Exception):
    """Answered with a redirect to the sign-in page."""


@dataclass(frozen=True, slots=True)
class Session:
    """The signed cookie's content: the CSRF token and, once signed in, the reviewer's name."""

    csrf: str
    user: str | None = None
    session_id: str | None = None

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

    def __init__(
        self,
        *,
        password: str,
        public_host: str = "",
        secret_key: Callable[[], Awaitable[bytes]],
        store: ConsoleSessions,
    ) -> None:
        self.password = password
        self.store = store
        self._names = LOCAL_NAMES | ({public_host.lower()} if public_host else set())
        self._secret_key = secret_key
        self._staff: URLSafeTimedSerializer | None = None
        self._anonymous: URLSafeTimedSerializer | None = None

    async def load_key(self) -> None:
        """Load (or generate) the signing key once: at start-up, else on the first request."""
        if self._staff is None or self._anonymous is None:
            key = await self._secret_key()
            tag = hmac.new(key, b"password:" + self.password.encode(), hashlib.sha256)
            self._staff = URLSafeTimedSerializer(key, salt="console-session:" + tag.hexdigest())
            self._anonymous = URLSafeTimedSerializer(key, salt="console-sign-in")

    async def prepare(self, request: Request) -> None:
        """Load the signing key and mark the request's session live if the server still holds
        it; every console route depends on this."""
        await self.load_key()
        sid = (self.read(request, checked=False) or Session(csrf="")).session_id
        if sid is not None and await self.store.is_live(sid):
            request.scope[_LIVE] = sid

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

    def read(self, request: Request, *, checked: bool = True) -> Session | None:
        """The cookie's session. A signed-in one counts only if `prepare` found it live on the
        server (`checked=False` skips that, for `prepare` itself)."""
        raw = request.cookies.get(COOKIE)
        if not raw or self._staff is None or self._anonymous is None:
            return None
        for serializer, signed_in in ((self._staff, True), (self._anonymous, False)):
            try:
                data: Any = serializer.loads(raw, max_age=SESSION_SECONDS)
            except BadSignature:
                continue
            if not isinstance(data, dict) or not isinstance(data.get("csrf"), str):
                return None
            user, sid = (data.get("user"), data.get("sid")) if signed_in else (None, None)
            if not (isinstance(user, str) and isinstance(sid, str)):
                return Session(csrf=data["csrf"])
            if checked and request.scope.get(_LIVE) != sid:
                return None  # signed out, expired, or never checked: not a session any more
            return Session(csrf=data["csrf"], user=user, session_id=sid)
        return None

    def write(self, request: Request, response: Response, session: Session) -> None:
        assert self._staff is not None and self._anonymous is not None, "prepare() first"
        if session.user is not None and session.session_id is not None:
            value = self._staff.dumps(
                {"csrf": session.csrf, "user": session.user, "sid": session.session_id})
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

    async def sign_in(self, name: str) -> Session:
        """A fresh server-side session (new CSRF token) for a reviewer who gave the password."""
        user = clean_name(name) or "admin"
        session_id = await self.store.create(user)
        return Session(csrf=secrets.token_urlsafe(32), user=user, session_id=session_id)

    async def sign_out(self, session: Session) -> None:
        """End the session on the server: its cookie no longer works anywhere."""
        if session.session_id is not None:
            await self.store.end(session.session_id)

    @staticmethod
    def fresh_anonymous() -> Session:
        """A new pre-sign-in session: a new CSRF token (given again after a failed attempt)."""
        return Session(csrf=secrets.token_urlsafe(32))

    @staticmethod
    def check_csrf(session: Session, token: str | None) -> None:
        if not token or not hmac.compare_digest(token.encode(), session.csrf.encode()):
            raise Forbidden("missing or wrong CSRF token")

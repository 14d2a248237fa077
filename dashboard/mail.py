"""Sending e-mail through the SMTP server of PLANPULS_SMTP_URL (stdlib smtplib/email).

``smtp://user:password@host:port`` connects in plain text and upgrades with STARTTLS
when the server offers it (certificate checked); ``smtps://…`` speaks TLS from the
start. User and password are optional (a relay inside the network needs none);
percent-encode a ``@`` or ``:`` in them (``%40``, ``%3A``).
"""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from urllib.parse import unquote, urlsplit

from dashboard import settings
from dashboard.refusal import Refused

#: Seconds to wait for the mail server before giving up.
TIMEOUT = 30


class MailRefused(Refused):
    """Mail cannot be sent (not set up, or the server cannot be reached): ``remind.<code>``."""

    prefix = "remind."


@dataclass(frozen=True)
class SmtpConfig:
    """Where and how mail is sent; ``sender`` is the From address."""

    host: str
    port: int
    tls: bool  # smtps: TLS from the start
    user: str | None
    password: str | None
    sender: str

    def __repr__(self) -> str:  # never the password in a log or a traceback
        return f"SmtpConfig(host={self.host!r}, port={self.port}, tls={self.tls})"


def parse_url(url: str, sender: str) -> SmtpConfig:
    """The settings read from an smtp:// or smtps:// address (MailRefused when malformed)."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise MailRefused("bad_smtp_url") from None
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname:
        raise MailRefused("bad_smtp_url")
    tls = parts.scheme == "smtps"
    if not sender:
        raise MailRefused("no_sender")
    return SmtpConfig(
        host=parts.hostname,
        port=port or (465 if tls else 25),
        tls=tls,
        user=unquote(parts.username) if parts.username else None,
        password=unquote(parts.password) if parts.password else None,
        sender=sender,
    )


def configured() -> bool:
    """Whether PLANPULS_SMTP_URL is set (mail can be tried)."""
    return bool(settings.smtp_url())


def config() -> SmtpConfig:
    """The mail server of the settings; MailRefused ``no_smtp`` when none is set."""
    url = settings.smtp_url()
    if not url:
        raise MailRefused("no_smtp")
    return parse_url(url, settings.smtp_sender())


def message(sender: str, to: str, to_name: str, subject: str, body: str) -> EmailMessage:
    """One plain-text mail (UTF-8)."""
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = formataddr((to_name, to))
    mail["Subject"] = subject
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    mail.set_content(body)
    return mail


class Outbox:
    """One connection to the mail server for a round of mails (a context manager).

    Opening it raises MailRefused ``smtp_failed`` when the server cannot be reached or
    refuses the sign-in; :meth:`send` raises smtplib's errors for one refused mail.
    """

    def __init__(self, smtp: SmtpConfig) -> None:
        self.smtp = smtp
        self._client: smtplib.SMTP | None = None

    def __enter__(self) -> Outbox:
        smtp = self.smtp
        context = ssl.create_default_context()
        try:
            if smtp.tls:
                client: smtplib.SMTP = smtplib.SMTP_SSL(
                    smtp.host, smtp.port, timeout=TIMEOUT, context=context
                )
            else:
                client = smtplib.SMTP(smtp.host, smtp.port, timeout=TIMEOUT)
            try:
                client.ehlo()
                if not smtp.tls and client.has_extn("starttls"):
                    client.starttls(context=context)
                    client.ehlo()
                if smtp.user:
                    client.login(smtp.user, smtp.password or "")
            except BaseException:
                client.close()
                raise
        except (OSError, smtplib.SMTPException) as exc:
            raise MailRefused("smtp_failed", host=smtp.host, reason=reason(exc)) from exc
        self._client = client
        return self

    def send(self, mail: EmailMessage) -> None:
        """Hand one mail to the server (smtplib.SMTPException or OSError when refused)."""
        assert self._client is not None, "use Outbox as a context manager"
        self._client.send_message(mail, from_addr=self.smtp.sender)

    def __exit__(self, *_exc: object) -> None:
        if self._client is not None:
            try:
                self._client.quit()
            except (OSError, smtplib.SMTPException):
                self._client.close()
            self._client = None


def reason(exc: BaseException) -> str:
    """Why the server refused, for a person: its answer, or the connection's error."""
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error
        answer = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        return f"{exc.smtp_code} {answer}".strip()
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "; ".join(
            f"{code} {err.decode('utf-8', 'replace') if isinstance(err, bytes) else err}"
            for code, err in exc.recipients.values()
        )
    return str(exc) or type(exc).__name__

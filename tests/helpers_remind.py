"""Helpers of the reminder tests: who should be reminded, counted in SQL apart from the
code under test; and a small SMTP server (aiosmtpd is not installed) that takes mail on
a local port and keeps each message, parsed, for the test to read.

It speaks just enough of RFC 5321 for smtplib: EHLO/HELO, AUTH PLAIN (any password is
accepted and the user name kept), MAIL, RCPT, DATA, RSET, NOOP, QUIT. A recipient in
``refuse`` is answered 550, as a real server refuses an unknown mailbox.
"""

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import socketserver
import threading
from dataclasses import dataclass, field
from email.message import EmailMessage


@dataclass
class Received:
    """One mail as the server took it: the envelope and the parsed message."""

    sender: str
    recipients: list[str]
    message: EmailMessage
    user: str | None = None

    @property
    def body(self) -> str:
        """The text of the mail, decoded."""
        return self.message.get_content()


@dataclass
class SmtpServer:
    """A running test server: its port, the mails it took, the recipients it refuses."""

    host: str = "127.0.0.1"
    port: int = 0
    received: list[Received] = field(default_factory=list)
    refuse: set[str] = field(default_factory=set)
    _server: socketserver.ThreadingTCPServer | None = None

    @property
    def url(self) -> str:
        """The PLANPULS_SMTP_URL of this server."""
        return f"smtp://robot:secret@{self.host}:{self.port}"

    def to(self, address: str) -> list[Received]:
        """The mails sent to ``address``."""
        return [r for r in self.received if address in r.recipients]

    def start(self) -> SmtpServer:
        """Listen on a free local port, in a daemon thread."""
        outer = self

        class Handler(socketserver.StreamRequestHandler):
            def reply(self, line: str) -> None:
                self.wfile.write((line + "\r\n").encode())

            def handle(self) -> None:
                self.reply("220 localhost test SMTP")
                sender, recipients, user = "", [], None
                while True:
                    raw = self.rfile.readline()
                    if not raw:
                        return
                    line = raw.decode("utf-8", "replace").rstrip("\r\n")
                    verb = line.split(" ", 1)[0].upper()
                    if verb == "EHLO":
                        self.reply("250-localhost")
                        self.reply("250-AUTH PLAIN")
                        self.reply("250 8BITMIME")
                    elif verb == "HELO":
                        self.reply("250 localhost")
                    elif verb == "AUTH":
                        parts = line.split()
                        token = parts[2] if len(parts) > 2 else ""
                        if not token:
                            self.reply("334 ")
                            token = self.rfile.readline().decode().strip()
                        user = base64.b64decode(token).split(b"\0")[1].decode()
                        self.reply("235 2.7.0 Authentication successful")
                    elif verb == "MAIL":
                        sender = line.split(":", 1)[1].split()[0].strip("<>")
                        recipients = []
                        self.reply("250 OK")
                    elif verb == "RCPT":
                        address = line.split(":", 1)[1].split()[0].strip("<>")
                        if address in outer.refuse:
                            self.reply("550 5.1.1 No such mailbox")
                        else:
                            recipients.append(address)
                            self.reply("250 OK")
                    elif verb == "DATA":
                        self.reply("354 End data with <CR><LF>.<CR><LF>")
                        lines = []
                        while True:
                            data = self.rfile.readline()
                            if data in (b".\r\n", b".\n", b""):
                                break
                            lines.append(data[1:] if data.startswith(b"..") else data)
                        message = email.message_from_bytes(
                            b"".join(lines), policy=email.policy.default
                        )
                        outer.received.append(
                            Received(sender, recipients, message, user)  # type: ignore[arg-type]
                        )
                        self.reply("250 OK queued")
                    elif verb in ("RSET", "NOOP"):
                        self.reply("250 OK")
                    elif verb == "QUIT":
                        self.reply("221 Bye")
                        return
                    else:
                        self.reply("502 Command not implemented")

        socketserver.ThreadingTCPServer.allow_reuse_address = True
        server = socketserver.ThreadingTCPServer((self.host, 0), Handler)
        server.daemon_threads = True
        self.port = server.server_address[1]
        self._server = server
        threading.Thread(target=server.serve_forever, name="test-smtp", daemon=True).start()
        return self

    def stop(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None


def silent_by_sql(db, plan_id: str, since: dt.date, today: dt.date) -> dict[str, set[str]]:
    """Owner id -> titles of their open measures, running on ``since``, with no status
    update after it: computed here from the tables, apart from the code under test."""
    rows = db.sql(
        """
        SELECT m.owner_id, m.title
        FROM measure m JOIN goal g ON g.id = m.goal_id
        WHERE g.plan_id = $plan AND m.archived_at IS NULL AND m.owner_id IS NOT NULL
          AND (m.start_date IS NULL OR m.start_date <= $since)
          AND NOT EXISTS (SELECT 1 FROM status_update s WHERE s.measure_id = m.id
                          AND s.update_date > $since AND s.update_date <= $today)
          AND coalesce((SELECT s.status FROM status_update s
                        WHERE s.measure_id = m.id AND s.update_date <= $today
                        ORDER BY s.update_date DESC, s.id DESC LIMIT 1), 'not_started')
              NOT IN ('done', 'cancelled')
        """,
        {"plan": plan_id, "since": since, "today": today},
    )
    found: dict[str, set[str]] = {}
    for row in rows.itertuples():
        found.setdefault(row.owner_id, set()).add(row.title)
    return found

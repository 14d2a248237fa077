"""Uploading and undoing through the API of the real server (`streamlit run app.py`).

A feed posts a status report as a Norwegian Excel saves it; the batch shows on
Importhistorikk by the token's account, and undone through the API it shows as
undone there. A body over the limit is refused while it streams in, and before a
byte is read when its declared length says so.
"""

from __future__ import annotations

import json
import select
import shutil
import socket
import time
import urllib.parse
import uuid
import warnings

import pytest

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    import httpx

from dashboard import auth, tokens
from dashboard.db import Database
from tests.browser.conftest import (
    DESKTOP,
    PASSWORD,
    running_app,
    screenshot,
    sign_in,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

MESSY = (
    "tiltak_id;dato;status;fremdrift;kommentar\r\n"
    "his-t01;18.11.2026;På sporet;72,5;Ny nettside lansert – gode tilbakemeldinger\r\n"
    "his-t04;19.11.2026;Risiko;35,0;Forsinket på grunn av sykefravær\r\n"
    ";;;;\r\n"
).encode("cp1252")


def raw_post(url: str, token: str, *, declared: int | None, most: int) -> tuple[int, dict, int]:
    """POST a multipart body of up to ``most`` bytes over a plain socket, chunked or with
    a declared length; stop sending as soon as the server answers. Returns the status,
    the answer and how many bytes of the body were sent."""
    address = urllib.parse.urlsplit(url)
    boundary = uuid.uuid4().hex
    head = f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="stor.csv"'
    lines = [
        "POST /api/v1/imports?lang=en HTTP/1.1",
        f"Host: {address.netloc}",
        f"Authorization: Bearer {token}",
        f"Content-Type: multipart/form-data; boundary={boundary}",
        f"Content-Length: {declared}" if declared else "Transfer-Encoding: chunked",
        "",
        "",
    ]
    sent = 0
    with socket.create_connection((address.hostname, address.port), timeout=60) as sock:
        sock.sendall("\r\n".join(lines).encode())
        body = [(head + "\r\n\r\n").encode()] + [b"x" * 65536] * (most // 65536)
        # With a declared length the answer is awaited first: none should be needed.
        wait = 30 if declared else 0
        for part in body:
            if select.select([sock], [], [], wait)[0]:
                break  # the server has answered
            wait = 0
            chunk = part if declared else f"{len(part):x}\r\n".encode() + part + b"\r\n"
            try:
                sock.sendall(chunk)
            except (BrokenPipeError, ConnectionResetError, TimeoutError):
                break
            sent += len(part)
        answer = b""
        deadline = time.monotonic() + 60
        while b"\r\n\r\n" not in answer or not answer.rstrip().endswith(b"}"):
            data = sock.recv(65536)
            if not data or time.monotonic() > deadline:
                break
            answer += data
    status = int(answer.split(b" ", 2)[1])
    payload = answer.split(b"\r\n\r\n", 1)[1]
    start = payload.find(b"{")
    return status, json.loads(payload[start : payload.rfind(b"}") + 1]), sent


def test_a_feed_uploads_and_undoes_through_the_running_server_and_the_history_shows_it(
    tmp_path, demo_template, page_at
):
    shutil.copyfile(demo_template, tmp_path / "planpuls.duckdb")
    db = Database.open(tmp_path / "planpuls.duckdb")
    auth.add_user(db, "nattjobb", "secretariat", PASSWORD, by="test")
    _no, token = tokens.create(db, "nattjobb", "secretariat", "Nattlig status", by="test")
    db.close()
    key = {"Authorization": f"Bearer {token}"}
    with running_app(tmp_path, template=None, env={"PLANPULS_MAX_UPLOAD_MB": "1"}) as url:
        saved = httpx.post(
            f"{url}/api/v1/imports",
            headers=key,
            files={"file": ("statusrapport november.csv", MESSY, "text/csv")},
            data={"plan": "his-2025"},
            timeout=60,
        )
        batch = saved.json()["batch"]
        streamed = raw_post(url, token, declared=None, most=200_000_000)
        declared = raw_post(url, token, declared=2_000_000_000, most=200_000_000)
        page = page_at(DESKTOP)
        sign_in(page, url, "sekretariatet", at="/importhistorikk")  # a link to the page
        page.get_by_text("nattjobb (API)").first.wait_for(state="attached")
        page.get_by_text("statusrapport november.csv").first.wait_for(state="attached")
        screenshot(page, "importhistorikk-api")
        undone = httpx.post(f"{url}/api/v1/imports/{batch}/undo", headers=key, timeout=60)
        page.reload()
        wait_until_idle(page)
        page.get_by_text("Angret av nattjobb (API)").first.wait_for(state="attached")
    assert saved.status_code == 200, saved.text
    body = saved.json()
    assert (body["encoding"], body["separator"], body["added"]) == ("cp1252", ";", 2)
    assert undone.status_code == 200 and undone.json()["state"] == "undone"
    for status, answer, _sent in (streamed, declared):
        assert status == 413 and answer["error"]["code"] == "too_large"
    assert streamed[2] < 20_000_000  # of 200 MB: the server stopped reading past 1 MB
    assert declared[2] == 0  # answered before the body was sent

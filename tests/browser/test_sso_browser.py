"""Sign-in end to end in Chromium: single sign-on against a real local OpenID Connect
provider (oidc-provider-mock), and the local session's HttpOnly cookie.

The provider runs in a thread of this process; the dashboard runs `streamlit run
app.py` with an ``[auth]`` secrets file pointing at it. The provider's authorise
form lets the test type the user (``sub``, which it also sends as the e-mail).
"""

from __future__ import annotations

import json
import os
import time
import urllib.request

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import (
    PASSWORD,
    open_from_menu,
    running_app,
    session_cookie,
    wait_for_cookie,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

SECRETS = """
[auth]
redirect_uri = "{url}/oauth2callback"
cookie_secret = "planpuls-test-cookie-secret-0123456789abcdef"
client_id = "planpuls-test"
client_secret = "planpuls-test-client-secret"
server_metadata_url = "PROVIDER/.well-known/openid-configuration"
"""
ROLES = "admin=it@his.no;secretariat=@his.no"


@pytest.fixture(scope="module")
def provider():
    """A local OpenID Connect provider over plain http (allowed for the test only)."""
    from oidc_provider_mock import run_server_in_thread

    before = os.environ.get("AUTHLIB_INSECURE_TRANSPORT")
    os.environ["AUTHLIB_INSECURE_TRANSPORT"] = "1"
    try:
        with run_server_in_thread() as server:
            yield f"http://localhost:{server.server_port}"
    finally:
        if before is None:
            os.environ.pop("AUTHLIB_INSECURE_TRANSPORT", None)
        else:
            os.environ["AUTHLIB_INSECURE_TRANSPORT"] = before


@pytest.fixture(scope="module")
def sso_server(tmp_path_factory, provider, demo_template):
    """The dashboard with single sign-on configured, and roles by domain."""
    with running_app(
        tmp_path_factory.mktemp("sso"),
        template=demo_template,
        secrets=SECRETS.replace("PROVIDER", provider),
        env={"PLANPULS_SSO_ROLES": ROLES, "AUTHLIB_INSECURE_TRANSPORT": "1"},
    ) as url:
        yield url


def sign_on(page, url: str, sub: str) -> None:
    """Click the sign-on button and authorise ``sub`` at the provider."""
    page.goto(f"{url}/logg_inn")
    wait_until_idle(page)
    page.get_by_role("button", name="Logg inn med virksomhetskonto").click()
    page.locator("input[name=sub]").fill(sub)
    page.get_by_role("button", name="Authorize").click()
    page.wait_for_url(f"{url}/**")  # back on the dashboard (the caller waits for what it shows)


def assert_signed_out(page, url: str) -> None:
    """The sign-in form opens (a signed-in visitor has no sign-in page) and names nobody."""
    page.set_default_timeout(30_000)
    page.goto(f"{url}/logg_inn")
    page.get_by_label("Brukernavn").wait_for()
    assert page.get_by_text("Innlogget som").count() == 0


def shows_as_read(page, text: str) -> None:
    """Wait until the page shows ``text`` as a reader reads it (the invisible word joiner
    that keeps an address from becoming a link left out)."""
    page.wait_for_function(
        "text => document.body.innerText.replaceAll('\\u2060', '').includes(text)", arg=text
    )


def streamlit_auth_cookies(page) -> list[dict]:
    return [c for c in page.context.cookies() if c["name"].startswith("_streamlit_user")]


def test_single_sign_on_gives_the_domain_role_and_signing_out_ends_it(page_at, browser, sso_server):
    page = page_at()
    sign_on(page, sso_server, "radgiver@his.no")
    shows_as_read(page, "Innlogget som radgiver@his.no (Sekretariat)")
    open_from_menu(page, "Last opp")
    page.locator("[data-testid='stFileUploader']").wait_for()  # the secretariat's page
    copied = streamlit_auth_cookies(page)
    assert copied and all(c["httpOnly"] for c in copied)

    page.get_by_role("button", name="Logg ut").click()
    # Streamlit sends the browser to the provider's end-session page when it can.
    end_session = page.get_by_role("button", name="End session")
    signed_out = page.get_by_role("link", name="Logg inn")
    end_session.or_(signed_out).first.wait_for()
    if end_session.count():
        end_session.click()
    signed_out.wait_for()
    # the signed-in page's line may stay on screen, faded, until the rerun has finished
    expect(page.get_by_text("Innlogget som")).to_have_count(0)

    # The identity cookie copied before the sign-out opens nothing afterwards.
    thief = browser.new_context(locale="nb-NO")
    try:
        thief.add_cookies(copied)
        assert_signed_out(thief.new_page(), sso_server)
    finally:
        thief.close()


def test_a_domain_outside_the_mapping_reads_and_an_address_can_be_admin(page_at, sso_server):
    page = page_at()
    sign_on(page, sso_server, "it@his.no")
    shows_as_read(page, "Innlogget som it@his.no (Administrator)")
    page.get_by_role("link", name="Brukere").wait_for()
    other = page_at()
    sign_on(other, sso_server, "ekstern@example.com")
    shows_as_read(other, "Innlogget som ekstern@example.com (Leser)")
    assert other.get_by_role("link", name="Last opp").count() == 0


def test_an_expired_sign_on_login_is_signed_out(page_at, sso_server, provider):
    # The provider issued this login 13 hours ago; a sign-in lasts 12 (the default).
    issued = int(time.time()) - 13 * 3600
    request = urllib.request.Request(
        f"{provider}/users/gammel@his.no",
        data=json.dumps({"email": "gammel@his.no", "iat": issued}).encode(),
        headers={"Content-Type": "application/json"},
        method="PUT",
    )
    with urllib.request.urlopen(request, timeout=10) as answer:
        assert answer.status == 204
    page = page_at()
    sign_on(page, sso_server, "gammel@his.no")
    page.get_by_text("Innloggingen din er avsluttet").first.wait_for()
    expect(page.get_by_text("Innlogget som")).to_have_count(0)
    page.get_by_role("link", name="Logg inn").wait_for()


def test_the_local_session_cookie_is_httponly_and_a_copy_dies_with_the_sign_out(
    page_at, browser, sso_server
):
    page = page_at()
    page.goto(f"{sso_server}/logg_inn")
    page.get_by_label("Brukernavn").fill("sekretariatet")
    page.get_by_label("Passord").fill(PASSWORD)
    page.get_by_role("button", name="Logg inn", exact=True).click()
    wait_for_cookie(page)  # set by the server's route, not by the page
    cookie = session_cookie(page)
    assert cookie["httpOnly"] and cookie["sameSite"] == "Strict"
    page.wait_for_url(lambda address: "/logg_inn" not in address, wait_until="commit")
    page.get_by_text("Innlogget som sekretariatet").first.wait_for()
    assert "planpuls_session" not in page.evaluate("document.cookie")  # scripts cannot read it
    page.reload()
    page.get_by_text("Innlogget som sekretariatet").first.wait_for()  # survives a refresh

    page.get_by_role("button", name="Logg ut").click()
    wait_for_cookie(page, present=False)
    page.get_by_role("link", name="Logg inn").wait_for()

    thief = browser.new_context(locale="nb-NO")
    try:
        thief.add_cookies([cookie])
        assert_signed_out(thief.new_page(), sso_server)
    finally:
        thief.close()

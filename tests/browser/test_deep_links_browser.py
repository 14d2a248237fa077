"""A shared link into a closed Planpuls: the sign-in form on the spot, then the page.

Leadership opens links from e-mail on a phone: ``/mal?plan=…`` to a dashboard with
``PLANPULS_ACCESS=closed``. Before, only the sign-in page was registered for a
visitor who was not signed in, so every such link met Streamlit's English "Page not
found" dialog and, signed in, landed on the front page instead of the goal.
"""

from __future__ import annotations

import pytest

from tests.browser.conftest import (
    PASSWORD,
    PHONE,
    running_app,
    screenshot,
    wait_for_cookie,
    wait_until_idle,
)

pytestmark = pytest.mark.browser

LINK = "/mal?plan=his-2025&goal=his-g2"
GOAL = "Vise konkret samfunnsverdi"


def test_a_deep_link_to_a_closed_dashboard_signs_in_on_the_spot_and_opens_the_goal(
    tmp_path, demo_template, page_at
):
    with running_app(tmp_path, template=demo_template, env={"PLANPULS_ACCESS": "closed"}) as url:
        page = page_at(PHONE)
        page.goto(url + LINK)
        wait_until_idle(page)
        text = page.locator("body").text_content()
        screenshot(page, "deep-link-closed-phone")
        assert "Page not found" not in text
        assert "Denne siden krever innlogging" in text
        assert GOAL not in text  # nothing of the goal before signing in
        page.get_by_label("Brukernavn").fill("leser")
        page.get_by_label("Passord").fill(PASSWORD)
        page.get_by_role("button", name="Logg inn", exact=True).click()
        wait_for_cookie(page)
        page.wait_for_url(lambda address: "/mal?" in address, wait_until="commit")
        page.get_by_role("heading", name=f"Mål: {GOAL}").first.wait_for()
        wait_until_idle(page)
        after = page.locator("body").text_content()
        screenshot(page, "deep-link-closed-signed-in-phone")
        assert "Page not found" not in after
        assert "krever innlogging" not in after
        assert "plan=his-2025" in page.url and "goal=his-g2" in page.url

        # A reader signed in who types an address above its role is told so, in place.
        page.goto(url + "/last_opp")
        wait_until_idle(page)
        refused = page.locator("body").text_content()
        assert "Page not found" not in refused
        assert "Du har ikke tilgang til denne siden" in refused
        assert page.locator("[data-testid='stFileUploader']").count() == 0

"""The review console in a real headless Chromium against a real `drafter serve`.

The sample company is ingested with `drafter ingest`, an agent key comes from `drafter
keys create`, and drafts (English, Turkish, Arabic) are made over HTTP. The browser
then signs in, opens the top draft, brings in a sentence that sends the customer
elsewhere (no_redirect), sees it flagged and approval refused without an override,
fixes it, watches the check turn green, approves, and sees the draft leave the queue.
Screenshots go to artifacts/console/.

Needs Debian's chromium (/usr/bin/chromium) and Playwright for Python (no downloaded
browsers): `apt-get install -y chromium` and `pip install playwright`.
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

CHROMIUM = "/usr/bin/chromium"
REPO = Path(__file__).resolve().parents[2]
SHOTS = REPO / "artifacts" / "console"
ARGS = [
    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

try:
    from playwright.sync_api import Browser, Page, expect, sync_playwright
except ImportError:  # pragma: no cover - depends on the machine
    sync_playwright = None  # type: ignore[assignment]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(sync_playwright is None, reason="Playwright for Python is not installed (pip install playwright)"),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is missing (apt-get install -y chromium)"),
]

# A sentence that sends the customer to another channel, and the agent's fix.
REDIRECT = "For anything about your bill, please contact our billing department directly."
FIX = "I have checked your bill myself."


@dataclass
class Server:
    base: str
    key: str
    client: httpx.Client
    drafts: dict[str, dict[str, Any]] = field(default_factory=dict)  # ticket id -> draft

    def create(self, ticket: str) -> dict[str, Any]:
        t = yaml.safe_load((REPO / "knowledge" / "tickets" / f"{ticket}.yaml").read_text(encoding="utf-8"))
        body = {k: t[k] for k in ("customer_id", "message", "channel", "subject") if t.get(k)}
        r = self.client.post("/v1/drafts", json=body)
        assert r.status_code == 201, r.text
        self.drafts[ticket] = r.json()
        return self.drafts[ticket]


def _cli(env: dict[str, str], *args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "drafter.cli", *args], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    home = tmp_path_factory.mktemp("console-home")
    env = {**os.environ, "DRAFTER_HOME": str(home), "DRAFTER_TODAY": "2026-11-22", "LITELLM_LOCAL_MODEL_COST_MAP": "True", "PYTHONUNBUFFERED": "1"}
    env.pop("DRAFTER_DATABASE_URL", None)
    _cli(env, "ingest", str(REPO / "knowledge"))
    key = _cli(env, "keys", "create", "--tenant", "default", "--role", "agent", "--name", "Grayson Berger").strip().splitlines()[-1]
    port = _free_port()
    log_path = home / "serve.log"
    with log_path.open("w") as log:
        proc = subprocess.Popen([sys.executable, "-m", "drafter.cli", "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    client = httpx.Client(base_url=base, timeout=120, headers={"Authorization": f"Bearer {key}"})
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                if client.get("/healthz").status_code == 200:
                    break
            except httpx.TransportError:
                pass
            assert proc.poll() is None, log_path.read_text()
            assert time.monotonic() < deadline, "drafter serve did not start"
            time.sleep(0.3)
        srv = Server(base, key, client)
        for ticket in ("T-EN-03", "T-TR-01", "T-AR-01", "T-EN-01"):
            srv.create(ticket)
        yield srv
    finally:
        client.close()
        proc.terminate()
        proc.wait(timeout=30)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if SHOTS.exists():
        shutil.rmtree(SHOTS)
    SHOTS.mkdir(parents=True)
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Browser) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    pg = context.new_page()
    errors: list[str] = []
    pg.on("pageerror", lambda e: errors.append(str(e)))
    # HTTP errors the page handles (the 422 asking for an override) are logged as
    # "Failed to load resource"; anything else at error level is a bug.
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" and not m.text.startswith("Failed to load resource") else None)
    yield pg
    context.close()
    assert not errors, f"errors in the page: {errors}"


def sign_in(page: Page, server: Server) -> None:
    page.goto(f"{server.base}/console")
    page.get_by_label("API key").fill(server.key)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#who")).to_contain_text("Grayson Berger · agent")


def shot(page: Page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def check_item(page: Page, name: str) -> Any:
    return page.locator(f'#checks li[data-check="{name}"]')


def test_review_a_draft_end_to_end(page: Page, server: Server) -> None:
    page.goto(f"{server.base}/console")
    expect(page.get_by_role("heading", name="Sign in")).to_be_visible()
    shot(page, "01-sign-in")
    sign_in(page, server)

    queue = server.client.get("/v1/drafts", params={"status": "pending_review"}).json()
    top = queue[0]
    assert top["id"] == server.drafts["T-EN-03"]["id"], "the angriest, most urgent ticket should lead the queue"
    rows = page.locator("#q-table tbody tr")
    expect(rows).to_have_count(len(queue))
    assert rows.nth(0).get_attribute("data-id") == top["id"]
    expect(rows.nth(0)).to_contain_text("repeat complaint about")  # the reasons are shown
    expect(page.locator("#q-table")).to_contain_text("Ayşe Demir")  # Turkish letters intact
    shot(page, "02-queue")

    # Keyboard: j/k move the selection, o opens it.
    page.keyboard.press("j")
    expect(rows.nth(1)).to_have_class(re.compile("selected"))
    page.keyboard.press("k")
    page.keyboard.press("o")
    expect(page).to_have_url(re.compile(f"#/drafts/{top['id']}$"))
    expect(check_item(page, "no_redirect")).to_have_attribute("data-state", "pass")
    expect(page.locator("#d-message")).to_contain_text("This is beyond a joke")
    expect(page.locator("#c-facts")).to_contain_text("Fibre 500")  # the customer's one view
    expect(page.locator("#c-repeats")).to_contain_text("moving service")
    expect(page.locator("#d-actions li").first).to_be_visible()
    expect(page.locator("#d-sources li").first).to_be_visible()
    expect(page.locator("#d-history")).to_contain_text("drafted")

    # The agent adds a sentence that sends the customer elsewhere: flagged on its span.
    editor = page.locator("#editor")
    reply = editor.input_value()
    at = reply.index("\n\n") + 2  # after the greeting
    editor.evaluate("(el, at) => el.setSelectionRange(at, at)", at)
    editor.focus()
    editor.evaluate("(el, at) => el.setSelectionRange(at, at)", at)
    page.keyboard.type(REDIRECT + "\n\n")
    flagged = check_item(page, "no_redirect")
    expect(flagged).to_have_attribute("data-state", "fail")
    expect(flagged).to_contain_text("please contact our billing")
    expect(page.locator('#backdrop mark[data-check="no_redirect"]')).to_have_text(re.compile("please contact our billing", re.I))
    expect(page.locator("#checks-summary")).to_contain_text("no_redirect now fails")
    expect(page.locator("#override-box")).to_be_visible()
    shot(page, "03-draft-flagged")

    # Approving without an override reason is refused by the API (422 override_required).
    page.keyboard.press("Escape")
    page.keyboard.press("a")
    expect(page.locator("#decide-error")).to_contain_text("override_reason")
    expect(page).to_have_url(re.compile(f"#/drafts/{top['id']}$"))

    # Fix it: "Show in text" selects the flagged words; the agent rewrites the sentence.
    flagged.get_by_role("button", name=re.compile("Show no_redirect")).click()
    start = editor.evaluate("el => el.selectionStart")
    assert editor.input_value()[start:].lower().startswith("please contact our billing")
    editor.evaluate("(el, [a, b]) => el.setSelectionRange(a, b)", [at, at + len(REDIRECT)])
    page.keyboard.type(FIX)
    expect(check_item(page, "no_redirect")).to_have_attribute("data-state", "pass")
    expect(page.locator("#checks-summary")).to_contain_text("no_redirect now passes")
    expect(page.locator("#checks-summary")).to_contain_text("All blocking checks pass")
    expect(page.locator('#backdrop mark[data-check="no_redirect"]')).to_have_count(0)
    expect(page.locator("#override-box")).to_be_hidden()
    shot(page, "04-draft-fixed")

    page.keyboard.press("Escape")
    page.keyboard.press("a")
    expect(page).to_have_url(re.compile("#/queue$"))
    expect(page.locator("#flash")).to_contain_text("Approved the reply to Hannah Whitfield")
    expect(page.locator("#flash li").first).to_be_visible()  # what the agent must now do
    expect(page.locator(f'#q-table tr[data-id="{top["id"]}"]')).to_have_count(0)
    expect(rows).to_have_count(len(queue) - 1)
    shot(page, "05-queue-after-approval")

    done = server.client.get(f"/v1/drafts/{top['id']}").json()
    assert done["status"] == "approved"
    assert done["decision"]["edited"] is True
    assert FIX in done["decision"]["text"] and REDIRECT not in done["decision"]["text"]
    assert done["decision"]["override_reason"] is None and done["decision"]["blocking_failures"] == []


def test_arabic_draft_renders_right_to_left(page: Page, server: Server) -> None:
    sign_in(page, server)
    draft = server.drafts["T-AR-01"]
    page.goto(f"{server.base}/console#/drafts/{draft['id']}")
    expect(page.locator("#checks li").first).to_be_visible()
    for sel in ("#editor", "#backdrop", "#d-message"):
        assert page.locator(sel).evaluate("el => getComputedStyle(el).direction") == "rtl", sel
    assert page.locator("#editor").get_attribute("lang") == "ar"
    assert page.locator("#editor").input_value().startswith("مرحباً")
    shot(page, "06-draft-arabic")


def test_turkish_draft_keeps_its_letters(page: Page, server: Server) -> None:
    sign_in(page, server)
    draft = server.drafts["T-TR-01"]
    page.goto(f"{server.base}/console#/drafts/{draft['id']}")
    expect(page.locator("#d-subject")).to_have_text("12 gündür internet yok, teknisyen gelmedi!")
    expect(page.locator("#d-title")).to_contain_text("Ayşe Demir")
    assert page.locator("#editor").get_attribute("lang") == "tr"
    assert page.locator("#editor").evaluate("el => getComputedStyle(el).direction") == "ltr"
    assert draft["reply"] == page.locator("#editor").input_value()
    shot(page, "07-draft-turkish")


def test_queue_updates_when_a_draft_arrives(page: Page, server: Server) -> None:
    sign_in(page, server)
    rows = page.locator("#q-table tbody tr")
    expect(page.locator("#q-count")).to_contain_text("updated")  # the first load is in
    before = rows.count()
    new = server.create("T-AR-02")
    expect(page.locator(f'#q-table tr[data-id="{new["id"]}"] .badge')).to_have_text("new", timeout=15_000)
    expect(rows).to_have_count(before + 1)
    # The language filter runs on the server.
    page.locator("#q-filters select[name=language]").select_option("ar")
    expect(rows).to_have_count(2)
    shot(page, "08-queue-filtered-arabic")


def test_insights_page(page: Page, server: Server) -> None:
    sign_in(page, server)
    page.keyboard.press("i")
    expect(page.get_by_role("heading", name="Insights")).to_be_visible()
    expect(page.locator("#in-checks tbody tr")).to_have_count(12)
    expect(page.locator("#in-topics tbody tr").first).to_be_visible()
    expect(page.locator("#in-repeats")).to_contain_text("Hannah Whitfield")
    stats = server.client.get("/v1/insights").json()
    assert stats["complaints"]["repeat_customers"], stats["complaints"]
    expect(page.locator("#in-cards .stat").first).to_contain_text(str(stats["review"]["totals"]["drafts"]))
    shot(page, "09-insights")


def test_usable_at_1024_pixels(browser: Browser, server: Server) -> None:
    context = browser.new_context(viewport={"width": 1024, "height": 768})
    page = context.new_page()
    try:
        sign_in(page, server)
        page.goto(f"{server.base}/console#/drafts/{server.drafts['T-TR-01']['id']}")
        expect(page.locator("#checks li").first).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 1024, "the draft page scrolls sideways at 1024 px"
        editor = page.locator("#editor").bounding_box()
        assert editor is not None and editor["width"] >= 400
        shot(page, "10-draft-1024")
    finally:
        context.close()


def test_wrong_key_is_refused(page: Page, server: Server) -> None:
    page.goto(f"{server.base}/console")
    page.get_by_label("API key").fill("drf_not-a-real-key")
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("#signin-error")).to_contain_text("refused")
    assert page.evaluate("sessionStorage.getItem('drafter.key')") is None


def test_regenerate_then_reject(page: Page, server: Server) -> None:
    sign_in(page, server)
    first = server.create("T-EN-02")
    page.goto(f"{server.base}/console#/drafts/{first['id']}")
    expect(page.locator("#checks li").first).to_be_visible()
    page.keyboard.press("g")
    expect(page.get_by_label("Instructions for the new version")).to_be_focused()
    page.keyboard.type("shorter")
    page.get_by_role("button", name="Regenerate", exact=True).click()
    expect(page.locator("#flash")).to_contain_text("Version 2 drafted")
    expect(page.locator("#d-versions li")).to_have_count(2)
    expect(page.locator("#d-versions a[aria-current=page]")).to_have_text("Version 2")
    second = page.url.rsplit("/", 1)[1]
    assert second != first["id"]
    assert server.client.get(f"/v1/drafts/{first['id']}").json()["status"] == "superseded"

    page.keyboard.press("r")
    expect(page.get_by_label("Why is this draft rejected?")).to_be_focused()
    page.keyboard.type("Wrong invoice number quoted")
    shot(page, "11-draft-reject")
    page.get_by_role("button", name="Reject draft").click()
    expect(page.locator("#flash")).to_contain_text("Rejected the draft")
    expect(page.locator(f'#q-table tr[data-id="{second}"]')).to_have_count(0)
    decision = server.client.get(f"/v1/drafts/{second}").json()["decision"]
    assert decision["kind"] == "rejected" and decision["reason"] == "Wrong invoice number quoted"

    # The decided draft reads back with its decision and history.
    page.goto(f"{server.base}/console#/drafts/{second}")
    expect(page.locator("#decision")).to_contain_text("Wrong invoice number quoted")
    expect(page.locator("#d-history")).to_contain_text("rejected")
    expect(page.locator("#approve")).to_be_hidden()
    assert page.locator("#editor").evaluate("el => el.readOnly")


def test_approve_with_an_override_reason(page: Page, server: Server) -> None:
    sign_in(page, server)
    d = server.create("T-EN-05")
    page.goto(f"{server.base}/console#/drafts/{d['id']}")
    editor = page.locator("#editor")
    expect(check_item(page, "clean_text")).to_have_attribute("data-state", "pass")
    editor.focus()
    editor.evaluate("el => el.setSelectionRange(el.value.length, el.value.length)")
    page.keyboard.type("\n[INSERT TRACKING LINK]")
    expect(check_item(page, "clean_text")).to_have_attribute("data-state", "fail")
    expect(page.locator('#backdrop mark[data-check="clean_text"]')).to_have_text("[INSERT TRACKING LINK]")
    page.keyboard.press("Control+Enter")  # approve from the editor
    expect(page.locator("#decide-error")).to_contain_text("clean_text")
    expect(page.get_by_label(re.compile("Override reason"))).to_be_focused()
    page.keyboard.type("The customer asked for the link placeholder; the helpdesk fills it in")
    page.get_by_role("button", name=re.compile("Approve with override")).click()
    expect(page.locator("#flash")).to_contain_text("Approved")
    decision = server.client.get(f"/v1/drafts/{d['id']}").json()["decision"]
    assert decision["blocking_failures"] == ["clean_text"]
    assert decision["override_reason"].startswith("The customer asked")

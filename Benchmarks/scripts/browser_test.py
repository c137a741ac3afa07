#!/usr/bin/env python3
"""Drives Debian's chromium (headless, through chromium-driver) over a running `letopis serve`
on the fixture database: loads every view, applies a filter, opens an event, checks the
highlighted spans and that document text is shown as text, fails on any console error, and
writes a screenshot of each view.

Usage: browser_test.py BASE_URL SCREENSHOT_DIR
"""
import json
import os
import sys
import time
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

BASE, OUT = sys.argv[1].rstrip("/"), sys.argv[2]
os.makedirs(OUT, exist_ok=True)
DOWNLOADS = os.path.join(OUT, "downloads")
os.makedirs(DOWNLOADS, exist_ok=True)
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


options = webdriver.ChromeOptions()
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000",
             "--lang=ru-RU"]:
    options.add_argument(flag)
options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
options.add_experimental_option("prefs", {"download.default_directory": DOWNLOADS, "download.prompt_for_download": False})
driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
driver.set_page_load_timeout(30)
driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": os.path.abspath(DOWNLOADS)})
wait = WebDriverWait(driver, 15)


def console_errors(view):
    """Fails on any console message of level SEVERE (errors, CSP violations, failed loads)."""
    for entry in driver.get_log("browser"):
        if entry.get("level") == "SEVERE":
            check(False, f"{view}: console error: {entry.get('message')}")


def no_alert(view):
    try:
        alert = driver.switch_to.alert
        text = alert.text
        alert.dismiss()
        check(False, f"{view}: a script from document text ran (alert '{text}')")
    except NoAlertPresentException:
        check(True, f"{view}: no script from document text ran")


def visit(hash_, view):
    driver.get(BASE + "/" + hash_)
    try:
        wait.until(lambda d: d.execute_script("return document.body.dataset.ready") == hash_)
    except TimeoutException:
        check(False, f"{view}: the view did not finish drawing")
    time.sleep(0.3)
    # A node concatenated into a string shows as "[object HTMLSpanElement]" (the map legend once did).
    check("[object " not in driver.find_element(By.ID, "view").text, f"{view}: every value drawn as text, none as '[object ...]'")


def shot(name):
    path = os.path.join(OUT, name + ".png")
    driver.save_screenshot(path)
    print("     screenshot " + path)


def marks(kind, scope="#view"):
    """The document text each highlight of `kind` covers (its label badge left out)."""
    return driver.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).map(m => Array.from(m.childNodes)"
        ".filter(n => n.nodeType === Node.TEXT_NODE).map(n => n.textContent).join(''))",
        f"{scope} mark[data-kind='{kind}']")


def plain_text(selector):
    """An element's text as the document gives it: highlight labels left out."""
    return driver.execute_script(
        "const c = document.querySelector(arguments[0]).cloneNode(true); c.querySelectorAll('.tag').forEach(t => t.remove());"
        "return c.textContent;", selector)


try:
    # Events table, a filter, CSV export.
    visit("#/events", "events")
    rows = driver.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")
    check(len(rows) >= 5, f"events: the table lists the fixture's events ({len(rows)} rows)")
    shot("01-events")
    form = driver.find_element(By.ID, "event-filters")
    form.find_element(By.NAME, "type").send_keys("CONSULT")
    form.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    wait.until(lambda d: "type=CONSULT" in (d.execute_script("return document.body.dataset.ready") or ""))
    time.sleep(0.3)
    types = [r.find_elements(By.TAG_NAME, "td")[1].text.split(" ")[0] for r in driver.find_elements(By.CSS_SELECTOR, "#events-table tbody tr")]
    check(len(types) >= 2 and all(t == "CONSULT" for t in types), f"events: the type filter leaves only CONSULT rows ({types})")
    shot("02-events-filtered")
    driver.find_element(By.ID, "export-csv").click()
    deadline = time.time() + 10
    while time.time() < deadline and not any(n.endswith(".csv") for n in os.listdir(DOWNLOADS)):
        time.sleep(0.2)
    csvs = [n for n in os.listdir(DOWNLOADS) if n.endswith(".csv")]
    if csvs:
        with open(os.path.join(DOWNLOADS, csvs[0]), encoding="utf-8") as f:
            lines = f.read().strip().splitlines()
        check(lines[0].startswith("id,date,type") and len(lines) == len(types) + 1, f"events: CSV export has a header and {len(types)} rows")
    else:
        check(False, "events: CSV export wrote a file")
    console_errors("events")

    # One event: its mention's sentence with trigger, participants, place and source highlighted.
    visit("#/event/ev-ankara-1-0", "event")
    check(marks("trigger") == ["провел в", "переговоры"] or "".join(marks("trigger")).startswith("провел"),
          f"event: the trigger is highlighted ({marks('trigger')})")
    check(set(marks("participant")) >= {"Хакан Фидан", "Джейхуном Байрамовым"}, f"event: both participants are highlighted ({marks('participant')})")
    check(marks("place") == ["Анкаре"], f"event: the place is highlighted ({marks('place')})")
    check(marks("source") == ["агентство Anadolu"], f"event: the source is highlighted ({marks('source')})")
    links = [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, ".mention .meta a")]
    check(any(h.endswith("#/document/ankara-1") for h in links), "event: the mention links to its document")
    shot("03-event")
    console_errors("event")

    # Open an event from the table by clicking, as a reader does.
    visit("#/events", "events again")
    driver.find_element(By.CSS_SELECTOR, "#events-table tbody tr a[href*='#/event/']").click()
    wait.until(lambda d: d.execute_script("return document.body.dataset.ready || ''").startswith("#/event/"))
    time.sleep(0.3)
    check(len(driver.find_elements(By.CSS_SELECTOR, ".mention .sentence mark")) > 0, "event opened from the table shows highlighted evidence")
    console_errors("event from table")

    # A document whose text, title and outlet carry markup: shown as text, nothing runs.
    evil = "evil-<script>"
    visit("#/document/" + urllib.parse.quote(evil, safe=""), "hostile document")
    no_alert("hostile document")
    title = driver.find_element(By.ID, "document-title").text
    check(title == "<script>alert('title')</script>", f"hostile document: the title is shown as text ({title!r})")
    body = plain_text("#document-text")
    check("<script>alert('x')</script>" in body and "\"><img src=x onerror=alert(1)>" in body, f"hostile document: markup in the text is shown as text ({body!r})")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#view img, #view script, #view b")) == 0, "hostile document: no element was made from document text")
    check(driver.find_element(By.ID, "document-outlet").text.startswith("<b>Evil</b>"), "hostile document: the outlet is shown as text")
    check(len(marks("event")) >= 1 and len(marks("per")) >= 1, f"hostile document: entity and event highlights ({marks('per')}, {marks('event')})")
    shot("04-document-hostile")
    visit("#/event/" + urllib.parse.quote("ev-evil-<script>-0", safe=""), "hostile event")
    no_alert("hostile event")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#view img")) == 0, "hostile event: no image element from the sentence")
    console_errors("hostile document")

    # A document with entity, time and event highlights.
    visit("#/document/ankara-1", "document")
    check(len(marks("per")) >= 2 and len(marks("event")) >= 1, f"document: people and events highlighted ({marks('per')}, {marks('event')})")
    shot("05-document")
    console_errors("document")

    # Actors, one actor, dyads.
    visit("#/actors", "actors")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#actors-table tbody tr")) >= 5, "actors: listed")
    shot("06-actors")
    visit("#/actor/" + urllib.parse.quote("PER:хакан фидан", safe=""), "actor")
    check(driver.find_element(By.ID, "actor-name").text.startswith("Хакан Фидан"), "actor: the canonical name")
    check("Хакан Фидан" in driver.find_element(By.ID, "actor-aliases").text, "actor: aliases")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#actor-events tbody tr")) >= 1, "actor: its events")
    shot("07-actor")
    visit("#/dyads", "dyads")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#dyads-table tbody tr")) >= 1, "dyads: listed")
    shot("08-dyads")
    console_errors("actors")

    # The map (points only where places were resolved to coordinates).
    visit("#/map", "map")
    check(len(driver.find_elements(By.CSS_SELECTOR, "#map-svg line")) >= 10, "map: the graticule is drawn")
    points = len(driver.find_elements(By.CSS_SELECTOR, "#map-svg circle"))
    print(f"     map: {points} places with coordinates")
    shot("09-map")
    console_errors("map")

    # Paste an article and see it coded.
    visit("#/extract", "extract")
    driver.find_element(By.ID, "article").send_keys(
        "МОСКВА, 2 апреля — РИА Новости. Министр иностранных дел России Сергей Лавров провел переговоры с главой МИД Турции в Анкаре во вторник.")
    driver.find_element(By.ID, "code-it").click()
    try:
        WebDriverWait(driver, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#coded-text mark"))
    except TimeoutException:
        check(False, "extract: the article was coded")
    check("Сергей Лавров" in marks("per", "#coded-text"), f"extract: people highlighted ({marks('per', '#coded-text')})")
    check(len(marks("event", "#coded-text")) >= 1, "extract: an event trigger highlighted")
    check(len(marks("time", "#coded-text")) >= 1, "extract: a time expression highlighted")
    shot("10-extract")
    console_errors("extract")
finally:
    driver.quit()

print(json.dumps({"checks_failed": len(failures), "screenshots": OUT}))
sys.exit(1 if failures else 0)

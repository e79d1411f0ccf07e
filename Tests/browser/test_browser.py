"""Browser test: the real server, driven by Debian's headless Chromium.

Starts `sextant serve` on a free loopback port with a temporary database, pastes a posting into
the Analyze page, submits it, and checks that the report shows the discipline and a finding, that
markup in the posting stays inert, and that the report can be saved. Saves screenshots to a
temporary folder (printed at the end).

Run: python3 Tests/browser/test_browser.py [path/to/sextant]
"""

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import Select, WebDriverWait


def wait(driver, seconds):
    """A wait that polls through a page being replaced: Chrome can answer a read of an element
    that navigation just removed with "Node with given id does not belong to the document"
    rather than a stale-element error. The condition is tried again; it still fails after
    `seconds` if it never holds."""
    return WebDriverWait(driver, seconds, ignored_exceptions=(WebDriverException,))

POSTING = """Junior SOC Analyst
You monitor alerts in our SOC, hunt threats and support incident response with our EDR and SIEM.
<script>window.pwned = true; alert('pwned')</script> <img src=x onerror="window.pwned = true">
&lt;img src=x onerror="window.pwned = true"&gt; <a href="javascript:window.pwned = true">apply</a>
Requirements: CISSP certification required. 1-2 years of experience in security operations.
"""


JUNIOR_PROFILE = """education:
  - {degree: associate, field: networking, completed: 2021-06-01}
certifications:
  - {id: securityplus, earned: 2023-05-01}
experience:
  - title: Network Administrator
    start: 2023-12-01
    securityShare: 0.4
    domains: [communication-and-network-security, identity-and-access-management]
"""


def start_server(binary, workdir):
    database = os.path.join(workdir, "sextant.sqlite")
    process = subprocess.Popen(
        [binary, "serve", "--host", "127.0.0.1", "--port", "0", "--database", database, "--log-level", "warning"],
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.time() + 60
    while time.time() < deadline:
        line = process.stdout.readline()
        match = re.search(r"running at (http://127\.0\.0\.1:\d+/)", line)
        if match:
            return process, match.group(1)
        if process.poll() is not None:
            break
    process.kill()
    raise SystemExit("the server did not start")


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1280,1800"]:
        options.add_argument(argument)
    return webdriver.Chrome(service=Service(executable_path=shutil.which("chromedriver") or "/usr/bin/chromedriver"), options=options)


def main():
    binary = sys.argv[1] if len(sys.argv) > 1 else ".build/debug/sextant"
    workdir = tempfile.mkdtemp(prefix="sextant-browser-")
    server, url = start_server(binary, workdir)
    driver = None
    try:
        driver = browser()
        driver.get(url)
        assert "Analyze" in driver.title, driver.title
        driver.find_element(By.ID, "text").send_keys(POSTING)
        driver.find_element(By.CSS_SELECTOR, "form[action='/analyze'] button[type=submit]").click()
        try:
            wait(driver, 20).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "[data-testid=verdict]")))
        except Exception:
            raise AssertionError("no report after submitting; the page was:\n" + driver.page_source[:3000])
        verdict = driver.find_element(By.CSS_SELECTOR, "[data-testid=verdict]").text
        assert "Cybersecurity" in verdict, verdict
        findings = driver.find_element(By.CSS_SELECTOR, "[data-testid=findings]").text
        assert "certification-experience-conflict" in findings, findings
        # The posting's markup is shown as text and never ran.
        page = driver.find_element(By.CSS_SELECTOR, ".posting").text
        # Read as HTML: the script is dropped and the entity-encoded tag is shown as the text it is.
        assert '<img src=x onerror="window.pwned = true">' in page, page[:300]
        assert driver.execute_script("return window.pwned === undefined"), "script from the posting ran"
        assert not driver.find_elements(By.CSS_SELECTOR, "a[href^='javascript'], img[onerror]"), "live markup from the posting"
        try:
            driver.switch_to.alert
            raise AssertionError("an alert opened")
        except NoAlertPresentException:
            pass
        report_shot = os.path.join(workdir, "report.png")
        driver.save_screenshot(report_shot)

        driver.find_element(By.XPATH, "//button[text()='Save this analysis']").click()
        wait(driver, 20).until(expected_conditions.url_contains("/analyses/"))
        driver.get(url + "saved")
        assert "Junior SOC Analyst" in driver.page_source, driver.page_source[:4000]
        saved_shot = os.path.join(workdir, "saved.png")
        driver.save_screenshot(saved_shot)

        # A survey upload: the file goes through the browser's own multipart encoding.
        survey_file = os.path.join(workdir, "postings.jsonl")
        with open(survey_file, "w", encoding="utf-8") as handle:
            for index in range(30):
                title = ["Junior SOC Analyst", "Information Security Officer", "Data Analyst"][index % 3]
                description = [
                    "You triage SIEM alerts. CISSP required. 1-2 years of experience.",
                    "You run the ISMS and risk assessments. CISM preferred. 5 years of experience.",
                    "You build dashboards with SQL.",
                ][index % 3]
                handle.write(json.dumps({"id": str(index), "title": title, "description": description}) + "\n")
            handle.write('{"id": "broken", "description": "cut\n')
        driver.get(url + "survey")
        driver.find_element(By.ID, "file").send_keys(survey_file)
        driver.find_element(By.CSS_SELECTOR, "form[action='/survey'] button[type=submit]").click()
        wait(driver, 60).until(expected_conditions.url_contains("/surveys/"))
        heading = driver.find_element(By.TAG_NAME, "h1").text
        assert heading == "Survey of 31 postings", heading
        assert "postings.jsonl:31" in driver.page_source, "the broken line is not listed"
        survey_shot = os.path.join(workdir, "survey.png")
        driver.save_screenshot(survey_shot)

        # The profile form, filled by hand as a newcomer would: two jobs (the second added with
        # the form's own button), a degree and Security+; then eligibility and a plan.
        driver.get(url + "profile")
        def fill(field_id, text):
            element = driver.find_element(By.ID, field_id)
            element.clear()
            element.send_keys(text)
        fill("name", "Ada")
        fill("job-0-title", "Network Administrator")
        fill("job-0-start", "2019-07")
        fill("job-0-end", "2022-12")
        fill("job-0-share", "50")
        driver.find_element(By.NAME, "job-0-domain-communication-and-network-security").click()
        driver.find_element(By.ID, "add-job").click()
        wait(driver, 20).until(expected_conditions.presence_of_element_located((By.ID, "job-1-title")))
        assert driver.find_element(By.ID, "job-0-title").get_attribute("value") == "Network Administrator"
        assert driver.switch_to.active_element.get_attribute("id") == "job-1-title", "the new row has no focus"
        fill("job-1-title", "Security Engineer")
        fill("job-1-start", "Jan 2023")
        fill("job-1-share", "90")
        driver.find_element(By.NAME, "job-1-domain-security-operations").click()
        Select(driver.find_element(By.ID, "education-0-degree")).select_by_value("bachelor")
        fill("education-0-field", "computer science")
        fill("education-0-completed", "2019-06")
        fill("certification-0-name", "Security+")
        fill("certification-0-earned", "2020-03")
        fill("goalCertifications", "CISSP")
        driver.execute_script("document.getElementById('asOf').value = '2026-12-04';")
        driver.find_element(By.XPATH, "//button[text()='Check eligibility']").click()
        wait(driver, 20).until(expected_conditions.text_to_be_present_in_element((By.TAG_NAME, "h1"), "Eligibility"))
        heading = driver.find_element(By.TAG_NAME, "h1").text
        assert heading == "Eligibility on 2026-12-04", heading + driver.page_source[:3000]
        sscp = driver.find_element(By.XPATH, "//tr[td/a[@href='/certifications/sscp']]").text
        assert "eligible" in sscp and "from" not in sscp, sscp
        yaml = driver.find_element(By.ID, "profile-yaml").get_attribute("textContent")
        assert "id: securityplus" in yaml and "start: 2023-01-01" in yaml and "degree: bachelor" in yaml, yaml
        driver.find_element(By.XPATH, "//button[text()='Plan a roadmap']").click()
        wait(driver, 20).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "figure.timeline svg")))
        assert driver.find_element(By.TAG_NAME, "h1").text == "Roadmap to CISSP", driver.find_element(By.TAG_NAME, "h1").text
        form_shot = os.path.join(workdir, "profile-form.png")
        driver.save_screenshot(form_shot)

        # Start from a file: a JSON Resume fills the form for review.
        resume = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Fixtures", "import", "resume.json")
        driver.get(url + "profile")
        driver.find_element(By.ID, "import-file").send_keys(os.path.abspath(resume))
        driver.find_element(By.XPATH, "//button[text()='Read the file']").click()
        wait(driver, 20).until(expected_conditions.presence_of_element_located((By.ID, "imported")))
        values = {field: driver.find_element(By.ID, field).get_attribute("value") for field in [
            "job-0-title", "job-0-start", "job-1-title", "job-1-end", "certification-0-name", "certification-1-name"]}
        assert values == {
            "job-0-title": "Security Analyst", "job-0-start": "2021-03-01", "job-1-title": "IT Support Technician",
            "job-1-end": "2021-02-28", "certification-0-name": "Security+", "certification-1-name": "CCNA"}, values
        degree = Select(driver.find_element(By.ID, "education-0-degree")).first_selected_option.get_attribute("value")
        assert degree == "bachelor", degree

        # The roadmap timeline on a 400 px screen: the axis, today and every step stay inside the
        # screen and the labels stay at a readable size.
        driver.set_window_size(400, 900)
        driver.get(url + "profile?view=yaml")
        driver.execute_script(
            "document.getElementById('content').value = arguments[0];"
            "document.getElementById('asOf').value = '2026-12-04';"
            "document.getElementById('goalCertifications').value = 'cissp';",
            JUNIOR_PROFILE)
        driver.find_element(By.CSS_SELECTOR, "button[formaction='/profile/plan']").click()
        wait(driver, 20).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "figure.timeline svg")))
        viewport = driver.execute_script("return document.documentElement.clientWidth")
        overflow = driver.execute_script("return document.documentElement.scrollWidth")
        assert overflow <= viewport, f"the page scrolls sideways at 400 px ({overflow} > {viewport})"
        svg = driver.find_element(By.CSS_SELECTOR, "figure.timeline svg").rect
        assert svg["width"] <= viewport, svg
        labels = driver.find_elements(By.CSS_SELECTOR, "figure.timeline .step-label")
        assert len(labels) >= 3, len(labels)
        for label in labels:
            box = driver.execute_script("const b = arguments[0].getBoundingClientRect(); return [b.left, b.right, b.height];", label)
            assert box[0] >= 0 and box[1] <= viewport + 1, f"label outside the screen: {label.text} {box}"
            assert box[2] >= 9, f"label too small to read: {label.text} {box}"
        years = [element.text for element in driver.find_elements(By.CSS_SELECTOR, "figure.timeline .year")]
        assert "2026" in years and "2036" in years, years
        assert driver.find_elements(By.CSS_SELECTOR, "figure.timeline .today"), "today is not marked"
        caption = driver.find_element(By.CSS_SELECTOR, "figure.timeline figcaption").text
        assert "SSCP" in caption and "2036-06-01" in caption, caption
        timeline_shot = os.path.join(workdir, "timeline-400.png")
        driver.save_screenshot(timeline_shot)
        print(f"browser test passed; screenshots: {report_shot} {saved_shot} {survey_shot} {form_shot} {timeline_shot}")
    finally:
        if driver is not None:
            driver.quit()
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()


if __name__ == "__main__":
    main()

// End-to-end tests of the web application on the randomised, placebo-controlled, blinded
// trial (protocols/rct-ivig-2g.toml, data/demo/rct-trial) in headless chromium against a real
// `myoivig serve`: an investigator enrols, screens and randomises a patient and plans a
// masked course; the arm stays out of every page (and every answer of the API the pages
// read) for investigators and monitors and is shown to statisticians, as
// src/server/permissions.cpp rules (the patient list says who is randomised and when, the arm
// only to statisticians; the patient page marks a masked course and links to its confirmed
// plan); the dashboard's enrolment by site and CONSORT flow per role. The report's p-value is
// checked in trial_report.test.mjs. Screenshots (trial-*.png) go to E2E_OUT.
// Run: MYOIVIG_BINARY=build/myoivig E2E_OUT=build/web-e2e node --test tests/e2e/trial.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Study, day, ROOT, noProblems, nav } from './support.mjs';

const binary = process.env.MYOIVIG_BINARY;
if (!binary) throw new Error('set MYOIVIG_BINARY to the myoivig executable');
const BUNDLE = 'data/demo/rct-trial';
const PROTOCOL = 'protocols/rct-ivig-2g.toml';
const study = new Study(binary, process.env.E2E_OUT || 'build/web-e2e', {
  protocol: PROTOCOL,
  bundle: BUNDLE,
  users: [
    ['ivy', 'investigator', 'US-01'],
    ['mona', 'monitor'],
    ['stan', 'statistician'],
    ['ada', 'admin'],
  ],
});
const SITE = 'US-01';
const PID = 'RCT-901';
const ENROLLED = day(-28); // the week -4 screening visit, four weeks before randomisation
const TODAY = day(0); // randomisation and day 1 of course 1
let ivy;
let arms; // [{id, label}] of the protocol, from `myoivig analyze --json`

// The rows of a bundle CSV file as objects (RFC 4180: quoted cells, doubled quotes).
function readCsv(name) {
  const text = readFileSync(join(ROOT, BUNDLE, name), 'utf8').replace(/\r\n/g, '\n');
  const rows = [[]];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      cell += '"';
      i += 1;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && (c === ',' || c === '\n')) {
      rows[rows.length - 1].push(cell);
      cell = '';
      if (c === '\n') rows.push([]);
    } else {
      cell += c;
    }
  }
  if (cell) rows[rows.length - 1].push(cell);
  const [head, ...body] = rows.filter((r) => r.length > 0);
  return body.map((r) => Object.fromEntries(head.map((k, i) => [k, r[i]])));
}

function countBy(rows, key) {
  const counts = {};
  for (const r of rows) counts[r[key]] = (counts[r[key]] || 0) + 1;
  return counts;
}

// Enrolled and randomised per site in the bundle, plus the patient these tests add at SITE.
const enrolledBySite = countBy(readCsv('patients.csv'), 'site');
enrolledBySite[SITE] += 1;
const randomisedBySite = countBy(readCsv('allocations.csv'), 'stratum');
randomisedBySite[SITE] += 1;
const SITES = Object.keys(enrolledBySite).sort();
// The protocol's title names both treatments ("placebo-controlled trial of IVIG 2 g/kg every
// 4 weeks"); it is the study's, shown to every role, so the arm check leaves it out.
const TITLE = readFileSync(join(ROOT, PROTOCOL), 'utf8').match(/^title = "(.*)"$/m)[1];

function analyze() {
  return JSON.parse(study.cli(['analyze', '--json']));
}

before(async () => {
  await study.start();
  arms = analyze().arms.map((a) => ({ id: a.id, label: a.label }));
  assert.deepEqual(arms.map((a) => a.id), ['ivig', 'placebo']);
});

after(async () => {
  await study.stop();
});

// Every answer of the patient, dashboard and query routes the page reads, kept to check
// that the arm never reaches the browser of a blinded role.
function watchApi(page) {
  page.answers = [];
  page.on('response', (response) => {
    const path = new URL(response.url()).pathname;
    if (/^\/api\/v1\/(patients|dashboard|queries)/.test(path) && response.request().method() !== 'OPTIONS') {
      page.answers.push(response.text().then((body) => ({ path, body }), () => ({ path, body: '' })));
    }
  });
  return page;
}

async function login(name) {
  return watchApi(await study.login(name));
}

// Which arm names or arm labels the page shows: the whole document's text (hidden elements
// included) and the main part's markup (attributes included). Left out: the synthetic-data
// banner (the demo bundle's description, "47 ivig, 48 placebo") and the protocol's title,
// the same for every role and every page.
async function armsShown(page) {
  const { text, html } = await page.evaluate((title) => {
    const body = document.body.cloneNode(true);
    const banner = body.querySelector('#synthetic-banner');
    if (banner) banner.remove();
    const strip = (t) => t.split(title).join(' ');
    return { text: strip(body.textContent), html: strip(document.getElementById('main').outerHTML) };
  }, TITLE);
  const found = new Set();
  for (const arm of arms) {
    for (const where of [text, html]) {
      if (where.toLowerCase().includes(arm.label.toLowerCase())) found.add(arm.label);
      if (new RegExp(`(?<![\\w-])${arm.id}(?![\\w-])`).test(where)) found.add(arm.id);
      if (/placebo/i.test(where)) found.add('placebo');
    }
  }
  return [...found].sort();
}

async function assertBlinded(page, what) {
  assert.deepEqual(await armsShown(page), [], `${what}: no arm in the page`);
  for (const { path, body } of await Promise.all(page.answers)) {
    assert.doesNotMatch(body, /placebo/i, `${what}: ${path} says nothing of placebo`);
    assert.doesNotMatch(body, /"arm"\s*:\s*"/, `${what}: ${path} has no arm`);
    assert.doesNotMatch(body, /"arms"\s*:\s*\[/, `${what}: ${path} has no arms`);
  }
}

// The facts at the head of the patient page (Site, Sex, ..., Arm, Randomised).
async function facts(page) {
  await page.getByRole('heading', { name: PID }).waitFor();
  return page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#main dl.facts > div')]
    .map((d) => [d.querySelector('dt').textContent, d.querySelector('dd').textContent])));
}

// A patient list row's cells by their column headings.
async function rowCells(row) {
  return row.evaluate((tr) => {
    const heads = [...tr.closest('table').querySelectorAll('thead th')].map((th) => th.textContent);
    return Object.fromEntries([...tr.cells].map((td, i) => [heads[i], td.textContent]));
  });
}

// The CONSORT flow's boxes as {label: n}.
async function flow(page) {
  const group = page.getByRole('group', { name: 'Patient flow' });
  await group.waitFor();
  return group.evaluate((el) => Object.fromEntries([...el.querySelectorAll('.flow-box')]
    .map((b) => [b.querySelector('.flow-label').textContent, Number(b.querySelector('.flow-n').textContent)])));
}

async function enrolmentSummary(page) {
  const chart = page.getByRole('img', { name: /^Cumulative enrolment by site/ });
  return (await chart.getAttribute('aria-label')).replace(/^Cumulative enrolment by site: /, '');
}

test('investigator: enrols and screens a trial patient at their site', async () => {
  const page = await login('ivy');
  ivy = page;
  assert.equal(await nav(page), 'Dashboard|Patients|Enrol patient|Queries');
  await page.getByRole('link', { name: 'Enrol patient' }).click();
  await page.getByRole('heading', { name: 'Enrol a patient' }).waitFor();
  assert.deepEqual(await page.getByLabel('Site').locator('option').allTextContents(), [SITE], 'only the own site');
  await page.getByLabel('Study pseudonym').fill(PID);
  await page.getByLabel('Sex').selectOption('F');
  await page.getByLabel('Year of birth').fill('1966');
  await page.getByLabel('Diagnosis').selectOption('DM');
  await page.getByLabel('Biopsy-proven').selectOption('false');
  await page.getByLabel('Height').fill('165');
  await page.getByLabel('Enrolment date').fill(ENROLLED);
  const rows = page.locator('tr.cond-row');
  for (const exclusion of ['History of thromboembolic events', 'IgA deficiency', 'Severe renal impairment',
    'IVIG within 6 months', 'Active malignancy']) {
    await page.getByRole('radiogroup', { name: new RegExp(`^${exclusion}`) }).getByLabel('absent').check();
  }
  // Bohan and Peter: rash with weakness and raised enzymes is probable dermatomyositis.
  const criterion = (name) => page.getByRole('radiogroup', { name: new RegExp(`Bohan and Peter: .*${name}`, 'i') });
  for (const met of ['weakness', 'enzymes', 'rash']) await criterion(met).getByLabel('met', { exact: true }).check();
  await criterion('biopsy').getByLabel('not met', { exact: true }).check();
  assert.equal(await rows.count(), 10, 'five exclusions and five Bohan and Peter criteria');
  // The core set at the week -4 screening visit: MMT-8 below 142 and other measures abnormal.
  assert.equal(await page.getByLabel('Screening visit 1: week').inputValue(), '-4');
  await page.getByLabel('Screening visit 1: date').fill(ENROLLED);
  await page.getByLabel('Screening visit 1: MMT-8').fill('118');
  await page.getByLabel('Screening visit 1: Physician global activity').fill('5.5');
  await page.getByLabel('Screening visit 1: Patient global activity').fill('5');
  await page.getByLabel('Screening visit 1: HAQ-DI').fill('0.875');
  await page.getByLabel('Screening visit 1: CK').fill('1450');
  await page.getByLabel('Screening visit 1: Extramuscular activity').fill('3.5');
  const panel = page.getByRole('complementary', { name: 'Eligibility' });
  await panel.getByText('eligible', { exact: true }).waitFor();
  assert.match(await panel.innerText(), /\b0 not met · 0 unknown/);
  await page.getByRole('button', { name: 'Enrol the patient' }).click();
  await page.waitForURL(new RegExp(`/patients/${PID}$`));
  const before = await facts(page);
  assert.equal(before.Site, SITE);
  assert.equal(before.Arm, undefined, 'not randomised yet');
  await page.getByRole('button', { name: 'Randomise' }).waitFor();
  await noProblems(page);
});

test('investigator: randomises from the patient page; the allocation is shown, the arm is not', async () => {
  const page = ivy;
  await page.getByRole('button', { name: 'Randomise' }).click();
  const dialog = page.getByRole('dialog', { name: `Randomise ${PID}` });
  assert.equal(await dialog.getByLabel('Randomisation date').inputValue(), TODAY);
  await dialog.getByRole('button', { name: 'Randomise' }).click();
  await page.getByText('(arm concealed)').first().waitFor();
  await page.getByRole('heading', { name: new RegExp(`${PID}\\s+randomised`) }).waitFor();
  const shown = await facts(page);
  assert.equal(shown.Arm, 'blinded');
  assert.equal(shown.Randomised, TODAY);
  assert.equal(await page.getByRole('button', { name: 'Randomise' }).count(), 0, 'randomised once only');
  await assertBlinded(page, 'patient page');
  await study.shot(page, 'trial-patient-investigator');

  await page.getByRole('link', { name: 'Patients' }).first().click();
  await page.getByRole('heading', { name: 'Patients' }).waitFor();
  await page.getByLabel('Search pseudonym').fill(PID);
  const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: PID }) });
  await row.waitFor();
  assert.match(await row.innerText(), new RegExp(SITE));
  await page.getByText('1–1 of 1 patients').waitFor(); // the list filtered to the patient
  assert.equal(await page.getByRole('link', { name: /^RCT-/ }).count(), 1);
  const cells = await rowCells(row);
  assert.equal(cells.Randomised, TODAY, 'randomised today');
  assert.equal(cells.Arm, undefined, 'no arm column');
  await assertBlinded(page, 'patient list');

  await page.goto(`${study.base}/patients/${PID}/audit`);
  await page.getByText('(blinded)').first().waitFor();
  await assertBlinded(page, 'audit trail');
  await noProblems(page);
});

test('investigator: the planner makes a course in the blinded period masked study drug; the infusion log works', async () => {
  const page = ivy;
  await page.goto(`${study.base}/patients/${PID}`);
  await page.getByRole('link', { name: 'Plan a course' }).first().click();
  await page.getByRole('heading', { name: `Plan course 1 for ${PID}` }).waitFor();
  assert.equal(await page.getByLabel('Day 1 of the course').inputValue(), TODAY);
  await page.getByLabel('Body weight today').fill('64');
  const propose = async () => {
    const proposed = page.waitForResponse((r) => r.url().endsWith(`/patients/${PID}/dose-plan`));
    await page.getByRole('button', { name: 'Propose a plan' }).click();
    return (await proposed).json();
  };
  // Week 20 is in the open-label extension (from the week-16 visit window): open IVIG.
  await page.getByLabel('Day 1 of the course').fill(day(140));
  assert.equal((await propose()).course.blinded, false, 'open label after the blinded period');
  await page.getByLabel('Day 1 of the course').fill(TODAY);
  const proposal = await propose();
  assert.equal(proposal.course.blinded, true, 'masked study drug in the blinded period');
  assert.equal(proposal.plan.refused, false);
  await page.getByText('25.6 g/day').first().waitFor(); // 0.4 g/kg/day × 64 kg
  await page.locator('.plan .masked-drug').getByText('Masked study drug').waitFor();
  await assertBlinded(page, 'course planner');
  await study.shot(page, 'trial-course-plan');
  await page.getByLabel('I have checked the weight used').check();
  const created = page.waitForResponse((r) => r.url().endsWith(`/patients/${PID}/courses`) && r.request().method() === 'POST');
  await page.getByRole('button', { name: 'Confirm and create course 1' }).click();
  const answer = await created;
  assert.equal(answer.status(), 201);
  const [course] = (await answer.json()).records;
  assert.equal(course.blinded, true, 'the course is stored as masked study drug');
  await page.getByRole('heading', { name: 'Course 1: infusion log' }).waitFor();
  await page.locator('.masked-drug').first().getByText('Masked study drug').waitFor();
  const day1 = page.getByRole('form', { name: 'Day 1 of course 1' });
  assert.equal(await day1.getByLabel('Date').inputValue(), TODAY);
  assert.equal(await day1.getByLabel('Dose given').inputValue(), '25.6');
  await day1.getByLabel('Start').fill('09:30');
  await day1.getByLabel('End').fill('13:45');
  await day1.getByRole('button', { name: 'Record day 1' }).click();
  const done = page.getByRole('listitem').filter({ hasText: 'Day 1' }).filter({ hasText: '25.6 g' });
  await done.waitFor();
  assert.match(await done.innerText(), /09:30–13:45/);
  assert.equal(await page.getByRole('form', { name: 'Day 1 of course 1' }).count(), 0, 'day 1 is recorded');
  await assertBlinded(page, 'infusion log');
  await page.goto(`${study.base}/patients/${PID}`);
  await page.getByRole('heading', { name: 'Courses and infusions' }).waitFor();
  assert.equal((await facts(page)).Arm, 'blinded');
  const course1 = page.locator('#courses .course-block').first();
  assert.equal(await course1.locator('.pill.pill-info').innerText(), 'Masked study drug');
  await course1.getByRole('link', { name: 'Confirmed plan of course 1' }).click();
  await page.waitForURL(new RegExp(`/patients/${PID}/courses/1#confirmed-plan$`));
  await page.locator('#confirmed-plan').getByText('web:ivy').first().waitFor();
  await page.goBack();
  await page.getByRole('heading', { name: 'Courses and infusions' }).waitFor();
  await assertBlinded(page, 'patient page with its course');
  await noProblems(page);
});

test('investigator dashboard: enrolment of the own site, the flow without arms', async () => {
  const page = ivy;
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { name: 'Study dashboard' }).waitFor();
  assert.equal(await enrolmentSummary(page), `${SITE} ${enrolledBySite[SITE]}`);
  const boxes = await flow(page);
  assert.equal(boxes.screened, enrolledBySite[SITE]);
  assert.equal(boxes.randomised, randomisedBySite[SITE]);
  await page.getByText('Arms are not shown: the study is blinded for your role.').waitFor();
  await assertBlinded(page, 'investigator dashboard');
  await study.shot(page, 'trial-dashboard');
  await noProblems(page);
});

test('monitor: sees the patient of every site but not the arm, and no report', async () => {
  const mona = await login('mona');
  assert.equal(await nav(mona), 'Dashboard|Patients|Queries', 'no analysis report in a blinded study');
  await mona.getByRole('heading', { name: 'Study dashboard' }).waitFor();
  assert.equal(await enrolmentSummary(mona), SITES.map((s) => `${s} ${enrolledBySite[s]}`).join(', '));
  const boxes = await flow(mona);
  assert.equal(boxes.randomised, Object.values(randomisedBySite).reduce((a, b) => a + b, 0));
  await mona.getByText('Arms are not shown: the study is blinded for your role.').waitFor();
  await assertBlinded(mona, 'monitor dashboard');
  await mona.goto(`${study.base}/patients/${PID}`);
  const shown = await facts(mona);
  assert.equal(shown.Arm, 'blinded');
  assert.equal(shown.Randomised, TODAY);
  assert.equal(await mona.getByRole('link', { name: 'Plan a course' }).count(), 0);
  assert.equal(await mona.getByRole('button', { name: 'Randomise' }).count(), 0);
  await assertBlinded(mona, 'monitor patient page');
  assert.equal((await mona.request.get(`${study.base}/api/v1/report`)).status(), 403);
  await noProblems(mona);
  await mona.context().close();
});

test('statistician: sees the arm (as the server rules say) on the patient page and the arms in the flow', async () => {
  const stan = await login('stan');
  const analysis = analyze();
  const mine = analysis.patients.find((p) => p.patient === PID);
  assert.ok(mine, 'the new patient is in the analysis');
  assert.ok(arms.some((a) => a.id === mine.arm));
  await stan.goto(`${study.base}/patients/${PID}`);
  const shown = await facts(stan);
  assert.equal(shown.Arm, mine.arm, 'the arm the concealed list gave');
  assert.ok((await armsShown(stan)).includes(mine.arm), 'the page check finds an arm that is shown');
  await stan.goto(`${study.base}/patients?q=${PID}`);
  const row = stan.getByRole('row').filter({ has: stan.getByRole('link', { name: PID }) });
  const cells = await rowCells(row);
  assert.deepEqual([cells.Randomised, cells.Arm], [TODAY, mine.arm], 'the list shows the arm');
  await stan.getByRole('link', { name: 'Dashboard' }).click();
  await stan.getByRole('heading', { name: 'Study dashboard' }).waitFor();
  assert.equal(await enrolmentSummary(stan), SITES.map((s) => `${s} ${enrolledBySite[s]}`).join(', '));
  const boxes = await flow(stan);
  for (const arm of analysis.arms) assert.equal(boxes[arm.label], arm.randomised, `${arm.label} randomised`);
  assert.equal(await stan.getByText('Arms are not shown').count(), 0);
  await study.shot(stan, 'trial-dashboard-statistician');
  await noProblems(stan);
  await stan.context().close();
});

test('admin: manages users only; no patient page, no dashboard, no arm', async () => {
  const ada = await login('ada');
  await ada.getByRole('heading', { name: 'Users' }).waitFor();
  assert.equal(await nav(ada), 'Users');
  await ada.goto(`${study.base}/patients/${PID}`);
  await ada.getByRole('heading', { name: 'Not available for your role' }).waitFor();
  await assertBlinded(ada, 'admin');
  assert.equal((await ada.request.get(`${study.base}/api/v1/patients/${PID}`)).status(), 403);
  assert.equal((await ada.request.get(`${study.base}/api/v1/dashboard`)).status(), 403);
  await noProblems(ada);
  await ada.context().close();
});

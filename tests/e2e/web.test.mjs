// End-to-end tests of the web application in headless chromium against a real
// `myoivig serve` on a demo study: sign in, enrol and screen a patient, plan a course and log
// an infusion, a visit refused for a bad value then saved (and the plot gains the point),
// an edit with its reason in the audit trail, a conflicting edit, site scoping, queries, the
// report and user administration. Screenshots of the main pages go to E2E_OUT.
// Run: MYOIVIG_BINARY=build/myoivig E2E_OUT=build/web-e2e node --test tests/e2e/web.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Study, day, PASSWORD, noProblems } from './support.mjs';

const binary = process.env.MYOIVIG_BINARY;
if (!binary) throw new Error('set MYOIVIG_BINARY to the myoivig executable');
const study = new Study(binary, process.env.E2E_OUT || 'build/web-e2e');
const PID = 'JP-01-101';
const START = day(-50); // day 1 of course 1 and the enrolment date
let ivy;

before(async () => {
  await study.start();
});

after(async () => {
  await study.stop();
});

test('sign in: a wrong password is refused at the form, the right one opens the dashboard', async () => {
  const page = await study.page();
  await page.goto(`${study.base}/patients`);
  await page.waitForURL(/\/login\?next=/);
  await page.keyboard.press('Tab'); // skip link first, then the form, by keyboard only
  await page.getByLabel('User name').focus();
  await page.keyboard.type('ivy');
  await page.keyboard.press('Tab');
  await page.keyboard.type('not the password');
  await page.keyboard.press('Enter');
  await page.getByRole('alert').getByText('Wrong user name or password').waitFor();
  await study.shot(page, '01-login-refused');
  await page.getByLabel('Password').fill(PASSWORD);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/patients$/); // back to the page asked for
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('heading', { name: 'Study dashboard' }).waitFor();
  assert.equal(await page.locator('#app-nav a').allTextContents().then((t) => t.join('|')), 'Dashboard|Patients|Enrol patient|Queries');
  assert.ok(await page.locator('svg[data-chart=enrolment] path.line').count() >= 1, 'the enrolment chart is drawn');
  assert.match(await page.locator('.flow').innerText(), /5\s+screened/);
  await study.shot(page, '02-dashboard');
  await noProblems(page);
  ivy = page;
});

test('enrol: the screening form shows eligibility rule by rule as data are entered', async () => {
  const page = ivy;
  await page.getByRole('link', { name: 'Enrol patient' }).click();
  await page.getByRole('heading', { name: 'Enrol a patient' }).waitFor();
  await page.getByLabel('Study pseudonym').fill(PID);
  await page.getByLabel('Sex').selectOption('F');
  await page.getByLabel('Year of birth').fill('1958');
  await page.getByLabel('Diagnosis').selectOption('DM');
  await page.getByLabel('Biopsy-proven').selectOption('true');
  await page.getByLabel('Biopsy date').fill(day(-120));
  await page.getByLabel('Height').fill('158');
  await page.getByLabel('Enrolment date').fill(START);
  const panel = page.locator('.eligibility-panel');
  await panel.locator('[data-rule=diagnosis]').getByText('met').waitFor();
  // An exclusion present within 6 weeks makes the patient ineligible at once.
  const rows = page.locator('tr.cond-row');
  for (let i = 0; i < await rows.count(); i += 1) await rows.nth(i).getByLabel('absent').check();
  const priorIvig = rows.filter({ hasText: 'IVIG within 6 weeks' });
  await priorIvig.getByLabel('present').check();
  await priorIvig.locator('input[type=date]').fill(day(-60));
  await panel.locator('.verdict').getByText('ineligible').waitFor();
  assert.match(await panel.locator('[data-rule="exclusion.prior_ivig"]').innerText(), /not met/);
  await priorIvig.getByLabel('absent').check();
  await priorIvig.locator('input[type=date]').fill('');
  // Steroid resistance: prednisolone 60 mg/day for 8 weeks, MMT 70 then 68.
  await page.getByLabel('Period 1: prednisolone mg/day').fill('60');
  await page.getByLabel('Period 1: from').fill(day(-110));
  await page.getByLabel('Screening visit 1: date').fill(day(-78));
  await page.getByLabel('Screening visit 1: MMT score').fill('70');
  await page.getByLabel('Screening visit 2: date').fill(START);
  await page.getByLabel('Screening visit 2: MMT score').fill('68');
  await panel.locator('.verdict').getByText('eligible', { exact: true }).waitFor();
  assert.match(await panel.locator('[data-rule=steroid_resistance]').innerText(), /no improvement/);
  await study.shot(page, '03-enrol-screening');
  await page.getByRole('button', { name: 'Enrol the patient' }).click();
  await page.waitForURL(new RegExp(`/patients/${PID}$`));
  await page.getByRole('heading', { name: PID }).waitFor();
  assert.equal(await page.locator('svg[data-chart=mmt] circle.point').count(), 2, 'both screening MMTs are plotted');
  await noProblems(page);
});

test('course planner: proposal with weight, vials, rate steps and warnings; confirm; infusion log', async () => {
  const page = ivy;
  await page.getByRole('link', { name: 'Plan a course' }).first().click();
  await page.getByRole('heading', { name: `Plan course 1 for ${PID}` }).waitFor();
  await page.getByLabel('Body weight today').fill('58.5');
  await page.getByLabel('Day 1 of the course').fill(START);
  await page.getByLabel('diabetes mellitus').check();
  await page.getByRole('button', { name: 'Propose a plan' }).click();
  await page.locator('#plan-daily-dose').getByText('23.4 g/day').waitFor();
  assert.match(await page.locator('.plan').innerText(), /5 × 5 g/);
  assert.ok(await page.locator('.warning[data-code=thrombosis_risk]').count() === 1, 'the thrombosis warning is shown');
  assert.ok(await page.locator('.rate-table tbody tr').count() >= 2, 'rate steps are listed');
  await study.shot(page, '04-course-plan');
  await page.getByRole('button', { name: 'Confirm and create course 1' }).click();
  await page.locator('#confirm-error').getByText('Tick the box').waitFor();
  await page.getByLabel('I have checked the weight used').check();
  await page.getByRole('button', { name: 'Confirm and create course 1' }).click();
  await page.getByRole('heading', { name: 'Course 1: infusion log' }).waitFor();
  const day1 = page.locator('form[data-day="1"]');
  assert.equal(await day1.getByLabel('Date').inputValue(), START);
  assert.equal(await day1.getByLabel('Dose given').inputValue(), '23.4');
  await day1.getByLabel('Start').fill('09:00');
  await day1.getByLabel('End').fill('08:00');
  await day1.getByRole('button', { name: 'Record day 1' }).click();
  await day1.locator('[aria-invalid=true]').first().waitFor(); // the end before the start is refused at its field
  await day1.getByLabel('End').fill('15:30');
  await day1.getByRole('button', { name: 'Record day 1' }).click();
  await page.locator('li.day-done').first().waitFor();
  assert.match(await page.locator('li.day-done').first().innerText(), /23\.4 g/);
  await study.shot(page, '05-infusion-log');
  await noProblems(page);
});

test('visit: a bad value is refused at its field, the form keeps it; fixed, the plot gains the point', async () => {
  const page = ivy;
  await page.goto(`${study.base}/patients/${PID}`);
  await page.getByRole('link', { name: 'Record a visit' }).first().click();
  await page.getByRole('heading', { name: `Record a visit for ${PID}` }).waitFor();
  await page.getByLabel('Scheduled visit').selectOption('2');
  await page.getByLabel('Visit date').fill(day(-36));
  await page.getByLabel('MMT score').fill('140');
  await page.getByLabel('ADL score').fill('forty');
  await page.getByLabel('Fatigue VAS', { exact: true }).fill('4.5');
  assert.equal(await page.getByLabel('Fatigue VAS (slider)').inputValue(), '4.5', 'the slider follows the number');
  await page.getByLabel('Muscle pain VAS (slider)').fill('3');
  assert.equal(await page.getByLabel('Muscle pain VAS', { exact: true }).inputValue(), '3.0', 'the number follows the slider');
  await page.getByLabel('CK', { exact: true }).fill('2400');
  await page.getByLabel('CK upper limit of normal').fill('200');
  assert.equal(await page.locator('.ck-multiple').innerText(), '12.0 × ULN');
  await page.getByRole('button', { name: 'Save the visit' }).click();
  const mmt = page.getByLabel('MMT score');
  await page.locator('.error-summary').waitFor();
  assert.equal(await mmt.getAttribute('aria-invalid'), 'true');
  const mmtError = page.locator('.field', { has: mmt }).locator('.field-error');
  assert.match(await mmtError.innerText(), /140 is above the maximum 130/);
  assert.match(await page.locator('.field', { has: page.getByLabel('ADL score') }).locator('.field-error').innerText(), /must be a number/);
  assert.equal(await mmt.inputValue(), '140', 'the form keeps what was typed');
  assert.equal(await page.getByLabel('CK', { exact: true }).inputValue(), '2400');
  await study.shot(page, '06-visit-refused');
  await mmt.fill('75');
  await page.getByLabel('ADL score').fill('40');
  await page.getByRole('button', { name: 'Save the visit' }).click();
  await page.waitForURL(new RegExp(`/patients/${PID}#outcomes$`));
  await page.getByRole('heading', { name: 'Outcomes over time' }).waitFor();
  const points = page.locator('svg[data-chart=mmt] circle.point');
  assert.equal(await points.count(), 3, 'the MMT plot gained the week-2 point');
  assert.equal(await points.last().getAttribute('data-y'), '75');
  assert.equal(await page.locator('svg[data-chart=ck] circle.point').count(), 1);
  await study.shot(page, '07-patient');
  await noProblems(page);
});

test('edit: saved data change only with a reason, which the audit history shows', async () => {
  const page = ivy;
  const week2 = page.locator('.visits-table tbody tr', { hasText: day(-36) });
  await week2.getByRole('link', { name: 'Edit visit week 2' }).click();
  await page.getByRole('heading', { name: `Edit visit week 2 of ${PID}` }).waitFor();
  await page.getByLabel('MMT score').fill('76');
  await page.getByRole('button', { name: 'Save changes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Reason for the change' });
  await dialog.waitFor();
  assert.match(await dialog.innerText(), /MMT score\s+75\s+76/);
  await dialog.getByRole('button', { name: 'Save the change' }).click();
  await dialog.locator('.field-error').getByText('please say why').waitFor();
  await dialog.getByLabel('Reason for the change').fill('transcription error: source document says 76');
  await study.shot(page, '08-edit-reason');
  await dialog.getByRole('button', { name: 'Save the change' }).click();
  await page.waitForURL(new RegExp(`/patients/${PID}#outcomes$`));
  await page.locator('.visits-table tbody tr', { hasText: day(-36) }).getByRole('link', { name: 'History of assessment week 2' }).click();
  await page.getByRole('heading', { name: /History of assessments #/ }).waitFor();
  const rows = page.locator('.audit-table tbody tr');
  assert.equal(await rows.count(), 2, 'the creation and the edit');
  const edit = await rows.first().innerText();
  assert.match(edit, /web:ivy/);
  assert.match(edit, /mmt: 75 → 76/);
  assert.match(edit, /transcription error: source document says 76/);
  await study.shot(page, '09-audit');
  await noProblems(page);
});

test('conflict: the second of two edits of the same record is refused with a clear message', async () => {
  const other = await study.login('ivy');
  const editUrl = async (page) => {
    await page.goto(`${study.base}/patients/${PID}`);
    await page.locator('.visits-table tbody tr', { hasText: day(-36) }).getByRole('link', { name: 'Edit visit week 2' }).click();
    await page.getByRole('heading', { name: `Edit visit week 2 of ${PID}` }).waitFor();
  };
  await editUrl(ivy);
  await editUrl(other);
  const save = async (page, value, why) => {
    await page.getByLabel('MMT score').fill(value);
    await page.getByRole('button', { name: 'Save changes' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reason for the change' });
    await dialog.getByLabel('Reason for the change').fill(why);
    await dialog.getByRole('button', { name: 'Save the change' }).click();
  };
  await save(other, '77', 'first edit');
  await other.waitForURL(/#outcomes$/);
  await save(ivy, '78', 'second edit, based on what was read before the first');
  const alert = ivy.locator('.alert-conflict');
  await alert.waitFor();
  assert.match(await alert.innerText(), /someone else changed this record/);
  assert.match(await alert.innerText(), /version 3/);
  assert.equal(await ivy.getByLabel('MMT score').inputValue(), '78', 'what was typed stays');
  await study.shot(ivy, '10-edit-conflict');
  await ivy.getByRole('button', { name: 'Load the current version' }).click();
  await ivy.waitForFunction(() => document.querySelector('[data-field=mmt]') && document.querySelector('[data-field=mmt]').value === '77');
  await noProblems(ivy);
  await other.context().close();
});

test('site scoping: an investigator of another site cannot open the patient', async () => {
  const jon = await study.login('jon');
  await jon.goto(`${study.base}/patients/${PID}`);
  await jon.getByRole('heading', { name: 'Not found' }).waitFor();
  assert.equal(await jon.locator('svg[data-chart]').count(), 0, 'nothing of the patient is shown');
  await jon.goto(`${study.base}/patients?q=JP-01`);
  await jon.getByRole('heading', { name: 'Patients' }).waitFor();
  assert.equal(await jon.locator('.patients-table tbody a').count(), 0);
  await study.shot(jon, '11-other-site-not-found');
  await noProblems(jon);
  await jon.context().close();
});

test('queries: a monitor raises one on a record, the investigator answers it', async () => {
  const mona = await study.login('mona');
  await mona.goto(`${study.base}/patients/${PID}`);
  assert.equal(await mona.getByRole('link', { name: 'Record a visit' }).count(), 0, 'monitors do not enter data');
  await mona.locator('.visits-table tbody tr', { hasText: day(-36) }).getByRole('button', { name: 'Raise a query about assessment week 2' }).click();
  const dialog = mona.getByRole('dialog');
  await dialog.getByLabel('About the field').selectOption('ck_iu_per_l');
  await dialog.getByLabel('Query to the site').fill('CK 2400 IU/l: please confirm against the lab report');
  await dialog.getByRole('button', { name: 'Raise the query' }).click();
  await mona.locator('#queries tbody tr', { hasText: 'CK 2400' }).waitFor();
  await mona.context().close();
  await ivy.goto(`${study.base}/queries`);
  const row = ivy.locator('.queries-table tbody tr', { hasText: 'CK 2400' });
  await row.getByRole('button', { name: 'Answer' }).click();
  const answer = ivy.getByRole('dialog');
  await answer.getByLabel('Answer').fill('Confirmed against the lab report');
  await answer.getByRole('button', { name: 'Send the answer' }).click();
  await ivy.getByRole('heading', { name: 'Data queries' }).waitFor();
  await ivy.getByLabel('Status').selectOption('answered');
  await ivy.locator('.queries-table tbody tr', { hasText: 'Confirmed against the lab report' }).waitFor();
  await study.shot(ivy, '12-queries');
  await noProblems(ivy);
});

test('statistician: the analysis report is rendered in the page', async () => {
  const stan = await study.login('stan');
  assert.equal(await stan.locator('#app-nav a').allTextContents().then((t) => t.join('|')), 'Dashboard|Patients|Queries|Analysis report');
  await stan.getByRole('link', { name: 'Analysis report' }).click();
  const frame = stan.frameLocator('#report-frame');
  await frame.getByText('Endpoints', { exact: false }).first().waitFor();
  await stan.waitForFunction(() => parseInt(document.getElementById('report-frame').style.height, 10) > 1000);
  await study.shot(stan, '13-report');
  await noProblems(stan);
  await stan.context().close();
});

test('admin: users are listed and added; no patient pages in the navigation', async () => {
  const ada = await study.login('ada');
  await ada.getByRole('heading', { name: 'Users' }).waitFor();
  assert.equal(await ada.locator('#app-nav a').allTextContents().then((t) => t.join('|')), 'Users');
  const form = ada.locator('form.add-user');
  await form.getByLabel('User name').fill('nina');
  await form.getByLabel('Role').selectOption('investigator');
  await form.getByLabel('Initial password').fill('short');
  await form.getByRole('button', { name: 'Add the user' }).click();
  await form.locator('.error-summary').waitFor();
  await form.getByLabel('Site').selectOption('JP-03');
  await form.getByLabel('Initial password').fill('another long passphrase');
  await form.getByRole('button', { name: 'Add the user' }).click();
  await ada.locator('tbody tr', { hasText: 'nina' }).getByText('JP-03').waitFor();
  await study.shot(ada, '14-users');
  await ada.getByRole('button', { name: 'Log out' }).click();
  await ada.waitForURL(/\/login$/);
  await noProblems(ada);
  await ada.context().close();
});

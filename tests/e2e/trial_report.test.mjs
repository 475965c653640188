// End-to-end test of the statistician's analysis report on the randomised, placebo-controlled,
// blinded trial (protocols/rct-ivig-2g.toml, data/demo/rct-trial) in headless chromium against
// a real `myoivig serve`: the report shown in the page gives the primary endpoint's responders
// by arm and the p-value `myoivig analyze` prints on the same database. The other trial tests
// are in trial.test.mjs. Screenshot trial-report.png goes to E2E_OUT.
// Run: MYOIVIG_BINARY=build/myoivig E2E_OUT=build/web-e2e node --test tests/e2e/trial_report.test.mjs

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { Study, noProblems, nav } from './support.mjs';

const binary = process.env.MYOIVIG_BINARY;
if (!binary) throw new Error('set MYOIVIG_BINARY to the myoivig executable');
const study = new Study(binary, process.env.E2E_OUT || 'build/web-e2e', {
  protocol: 'protocols/rct-ivig-2g.toml',
  bundle: 'data/demo/rct-trial',
  users: [['stan', 'statistician']],
});

function analyze() {
  return JSON.parse(study.cli(['analyze', '--json']));
}

before(async () => {
  await study.start();
});

after(async () => {
  await study.stop();
});

test('statistician: the trial report in the page gives the p-value of `myoivig analyze`', async () => {
  const stan = await study.login('stan');
  assert.equal(await nav(stan), 'Dashboard|Patients|Queries|Analysis report');
  const json = analyze().primary;
  const text = study.cli(['analyze']);
  const cli = text.match(new RegExp(`Primary: TIS >= ${json.threshold}\\n[\\s\\S]*?, (Fisher|CMH) p (?:= )?(< \\S+|\\S+)`));
  assert.ok(cli, `the CLI prints the primary p: ${text}`);
  assert.equal(cli[1], json.test === 'cmh' ? 'CMH' : 'Fisher');
  const p = cli[2];
  if (!p.startsWith('<')) assert.ok(Math.abs(Number(p) - json.p_value) <= 5e-4 * json.p_value, 'text and JSON agree');
  await stan.getByRole('link', { name: 'Analysis report' }).click();
  const frame = stan.frameLocator('#report-frame');
  const table = frame.getByRole('table', { name: 'Table 2. Responders by arm' });
  await table.waitFor();
  const rows = await table.getByRole('row').allInnerTexts();
  const at = rows.findIndex((r) => new RegExp(`TIS >= ${json.threshold} at week \\d+ \\(primary\\)`, 'i').test(r));
  assert.ok(at >= 0, `the primary group row: ${rows.join(' / ')}`);
  const cells = json.arms.map((_, i) => rows[at + 1 + i].split('\t').map((c) => c.trim()));
  json.arms.forEach((arm, i) => {
    assert.equal(cells[i][1], arm.arm);
    assert.match(cells[i][2], new RegExp(`^${arm.responders} \\(`), `${arm.arm} responders`);
  });
  assert.equal(cells[0][cells[0].length - 1], p, 'the p-value of the CLI');
  const note = await frame.getByText(/Difference: first arm minus second, Newcombe/).innerText();
  assert.match(note, json.test === 'cmh' ? /Cochran-Mantel-Haenszel/ : /Fisher's exact test/);
  await stan.waitForFunction(() => parseInt(document.getElementById('report-frame').style.height, 10) > 1000);
  await study.shot(stan, 'trial-report');
  await noProblems(stan);
  await stan.context().close();
});

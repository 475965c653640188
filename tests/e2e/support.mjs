// Test support for the browser tests: a study database made like the CLI tests make it
// (`myoivig init` with a protocol, `myoivig load` of a synthetic demo bundle: the seed study
// unless told otherwise), users of every role (`myoivig user add`, password on standard
// input), `myoivig serve` on a free loopback port, and headless Debian chromium driven by
// playwright-core. Each Study has its own database, server and browser.

import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const PASSWORD = 'a good long password';
export const USERS = [
  ['ivy', 'investigator', 'JP-01'],
  ['jon', 'investigator', 'JP-02'],
  ['mona', 'monitor'],
  ['stan', 'statistician'],
  ['ada', 'admin'],
];

// An ISO date `days` from today (UTC), so the visit windows hold whenever the tests run.
export function day(days) {
  const d = new Date();
  d.setUTCHours(0, 0, 0, 0);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function myoivig(binary, args, input) {
  return execFileSync(binary, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

// The seed study (single arm, open label): the default of Study.
// Fails the test when the page threw an error (Study.page() collects them).
export function noProblems(page) {
  assert.deepEqual(page.problems, [], 'the page threw no error');
}

// The texts of the application's navigation links, joined by '|'.
export async function nav(page) {
  return (await page.locator('#app-nav a').allTextContents()).join('|');
}

export const SEED_STUDY = { protocol: 'protocols/seed-ivig.toml', bundle: 'data/demo/seed-study', users: USERS };

export class Study {
  // `protocol` and `bundle` are paths relative to the repository; `users` are
  // [name, role, site?] rows, all with PASSWORD.
  constructor(binary, out, { protocol, bundle, users } = SEED_STUDY) {
    this.binary = resolve(binary);
    this.out = resolve(out);
    this.protocol = join(ROOT, protocol || SEED_STUDY.protocol);
    this.bundle = join(ROOT, bundle || SEED_STUDY.bundle);
    this.users = users || SEED_STUDY.users;
    mkdirSync(this.out, { recursive: true });
    this.dir = mkdtempSync(join(tmpdir(), 'myoivig-web-e2e-'));
    this.db = join(this.dir, 'study.db');
    this.server = null;
    this.browser = null;
  }

  // Runs a myoivig command on the study database (e.g. ['analyze', '--json']); its stdout.
  cli(args) {
    return myoivig(this.binary, [...args, '--db', this.db]);
  }

  async start() {
    myoivig(this.binary, ['init', '--protocol', this.protocol, '--db', this.db]);
    myoivig(this.binary, ['load', '--db', this.db, this.bundle]);
    for (const [name, role, site] of this.users) {
      const args = ['user', 'add', '--db', this.db, '--name', name, '--role', role];
      if (site) args.push('--site', site);
      myoivig(this.binary, args, `${PASSWORD}\n`);
    }
    this.server = spawn(this.binary, ['serve', '--db', this.db, '--port', '0', '--bind', '127.0.0.1',
      '--web', join(ROOT, 'web'), '--access-log', '', '--json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let errors = '';
    this.server.stderr.on('data', (chunk) => { errors += chunk; });
    this.base = await new Promise((done, fail) => {
      let text = '';
      const timer = setTimeout(() => fail(new Error(`myoivig serve did not start: ${errors}`)), 15000);
      this.server.stdout.on('data', (chunk) => {
        text += chunk;
        const line = text.split('\n')[0];
        if (text.includes('\n')) {
          clearTimeout(timer);
          done(JSON.parse(line).url);
        }
      });
      this.server.on('exit', (code) => fail(new Error(`myoivig serve exited with ${code}: ${errors}`)));
    });
    this.browser = await chromium.launch({
      executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
    });
  }

  async stop() {
    if (this.browser) await this.browser.close();
    if (this.server && this.server.exitCode === null) {
      const exited = new Promise((done) => this.server.once('exit', done));
      this.server.kill('SIGTERM');
      await exited;
    }
    rmSync(this.dir, { recursive: true, force: true });
  }

  // A fresh browser context (its own cookies) with one page; page errors fail the test.
  async page() {
    const context = await this.browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'en-GB', timezoneId: 'UTC' });
    const page = await context.newPage();
    page.setDefaultTimeout(15000);
    page.problems = [];
    page.on('pageerror', (error) => page.problems.push(error.message));
    return page;
  }

  async login(name) {
    const page = await this.page();
    await page.goto(`${this.base}/`);
    await page.getByLabel('User name').fill(name);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('#app-nav a').first().waitFor();
    return page;
  }

  async shot(page, name) {
    // The page from its top, without the transient save notices.
    await page.evaluate(() => {
      for (const toast of document.querySelectorAll('.toast')) toast.remove();
      window.scrollTo(0, 0);
      return document.fonts && document.fonts.ready;
    });
    await page.screenshot({ path: join(this.out, `${name}.png`), fullPage: true });
  }
}

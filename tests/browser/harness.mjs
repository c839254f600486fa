// Shared helpers: start a `gsi serve --demo` node on a free port in a fresh data directory, and
// launch Debian's Chromium headless. No browser is downloaded: CHROMIUM (default
// /usr/bin/chromium) must exist, installed from Debian's packages by .ci/run.

import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { chromium } from 'playwright-core';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const GSI = process.env.GSI_BIN ?? join(ROOT, 'target', 'debug', 'gsi');
export const SHOTS = join(ROOT, 'target', 'browser-screenshots');

/** Starts a demo node; resolves to { base, users: {name: {token, password}}, stop }. */
export async function startNode() {
  const dir = mkdtempSync(join(tmpdir(), 'gsi-browser-'));
  const env = { ...process.env, GSI_DATA_DIR: dir };
  delete env.GSI_DATABASE_URL; // the node's own SQLite file in its data directory
  const child = spawn(GSI, ['serve', '--demo', '--listen', '127.0.0.1:0'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const users = {};
  const lines = createInterface({ input: child.stdout });
  const base = await new Promise((ok, fail) => {
    child.on('exit', code => fail(new Error(`gsi serve exited with ${code}`)));
    lines.on('line', line => {
      const at = line.indexOf('serving on ');
      if (at >= 0) ok(line.slice(at + 11).split(/\s+/)[0].replace(/\/$/, ''));
      const f = line.trim().split(/\s+/);
      if (f.length === 5 && f[3].startsWith('gsi_')) users[f[0]] = { token: f[3], password: f[4] };
    });
  });
  return { base, users, stop: () => child.kill('SIGTERM') };
}

export async function launch() {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    // This machine's network is closed: no background traffic, no sandbox (root in CI).
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** Signs in on the login page in a new browser context; returns the page. */
export async function signIn(browser, node, user) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${node.base}/login`);
  await page.fill('#user', user);
  await page.fill('#password', node.users[user].password);
  await Promise.all([page.waitForURL(url => !url.pathname.startsWith('/login')), page.click('#sign-in')]);
  return page;
}

export async function shot(page, name) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

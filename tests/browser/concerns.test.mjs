// A delegate of one state lodges a concern to two states; each addressee signs in and responds;
// the lodging state closes it; the timeline shows every step, a record's inclusion proof verifies
// in the browser; a signed-out visitor cannot find the concern and sees its records sealed until
// the lodger publishes it; and the site switches to Arabic with a right-to-left layout.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startNode, launch, signIn, shot } from './harness.mjs';

let node;
let browser;

before(async () => {
  node = await startNode();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  node?.stop();
});

test('a concern goes from lodging to closing across three states, provably', async () => {
  const kaz = await signIn(browser, node, 'kaz.delegate');
  await kaz.goto(`${node.base}/concerns/new`);
  await kaz.fill('#title', 'Notice of upstream dam releases');
  await kaz.fill('#description', 'Releases reach downstream agencies too late; we ask for advance notice.');
  await kaz.selectOption('#domain', 'non_traditional');
  await kaz.check('input[name="priorities"][value="III.11"]');
  await kaz.selectOption('#addressees', ['CHN', 'PAK']);
  await shot(kaz, 'concern-new');
  await Promise.all([kaz.waitForURL(/\/concerns\/[0-9a-z]{26}(\?.*)?$/), kaz.click('#lodge')]);
  const concernUrl = kaz.url().split('?')[0];
  assert.equal(await kaz.locator('#timeline li[data-kind="concern.lodged"]').count(), 1);
  assert.equal(await kaz.locator('#respond').count(), 0, 'the lodging party cannot respond to itself');
  assert.equal(await kaz.textContent('#concern-tlp'), 'TLP:AMBER+STRICT', 'read by the lodger and the addressees');

  // A signed-out visitor cannot tell the concern exists.
  const visitor = await (await browser.newContext()).newPage();
  const hidden = await visitor.goto(concernUrl);
  assert.equal(hidden.status(), 404);
  await visitor.goto(`${node.base}/concerns`);
  assert.equal(await visitor.locator(`a[href="${new URL(concernUrl).pathname}"]`).count(), 0);

  for (const [user, text] of [['chn.delegate', 'We will share release schedules a week ahead.'],
                              ['pak.focal', 'We support a standing channel between the agencies.']]) {
    const page = await signIn(browser, node, user);
    await page.goto(concernUrl);
    await page.fill('#response-text', text);
    await Promise.all([page.waitForLoadState('load'), page.click('#respond')]);
    await page.waitForSelector(`#timeline li[data-kind="concern.responded"] >> text=${text}`);
    assert.equal(await page.locator('#close').count(), 0, 'an addressee cannot close');
    await page.context().close();
  }

  await kaz.goto(concernUrl);
  await kaz.selectOption('#outcome', 'addressed');
  await kaz.fill('#closing-note', 'A notice channel has been agreed.');
  await Promise.all([kaz.waitForLoadState('load'), kaz.click('#close')]);
  await kaz.waitForSelector('#timeline li[data-kind="concern.closed"]');
  const kinds = await kaz.locator('#timeline li').evaluateAll(items => items.map(i => i.dataset.kind));
  assert.deepEqual(kinds, ['concern.lodged', 'concern.responded', 'concern.responded', 'concern.closed']);
  await shot(kaz, 'concern-closed');

  // The closing record's inclusion proof, recomputed by the page's own script.
  await Promise.all([kaz.waitForURL(/\/transparency\/records\/\d+$/),
    kaz.click('#timeline li[data-kind="concern.closed"] a[href^="/transparency/records/"]')]);
  await kaz.waitForSelector('#proof-status[data-verified="true"]');
  await shot(kaz, 'record-proof');
  const recordUrl = kaz.url();

  // The visitor sees that record sealed, and still checks its proof.
  await visitor.goto(recordUrl);
  await visitor.waitForSelector('#record-sealed');
  await visitor.waitForSelector('#proof-status[data-verified="true"]');
  assert.ok(!(await visitor.content()).includes('A notice channel has been agreed.'));

  // The lodger publishes it, told that this cannot be undone; then everyone reads it.
  await kaz.goto(concernUrl);
  assert.match(await kaz.textContent('#publish-help'), /cannot be undone/);
  await Promise.all([kaz.waitForLoadState('load'), kaz.click('#publish')]);
  await kaz.waitForSelector('#timeline li[data-kind="concern.distribution_widened"]');
  const shown = await visitor.goto(concernUrl);
  assert.equal(shown.status(), 200);
  assert.equal(await visitor.textContent('#concern-tlp'), 'TLP:CLEAR');
  await visitor.goto(recordUrl);
  assert.equal(await visitor.locator('#record-sealed').count(), 0);
  await visitor.waitForSelector('#proof-status[data-verified="true"]');
  await visitor.context().close();

  // Arabic, right to left.
  await kaz.goto(`${node.base}/?lang=ar`);
  assert.equal(await kaz.getAttribute('html', 'dir'), 'rtl');
  assert.equal(await kaz.getAttribute('html', 'lang'), 'ar');
  await shot(kaz, 'home-ar');
  await kaz.goto(`${node.base}/concerns`);
  assert.equal(await kaz.getAttribute('html', 'dir'), 'rtl', 'the choice of language persists');
  await kaz.goto(`${node.base}/?lang=en`);
  assert.equal(await kaz.getAttribute('html', 'dir'), 'ltr');
});

test('the main pages render for a reviewer, and the browser blocks nothing they need', async () => {
  const page = await signIn(browser, node, 'chn.delegate');
  // A script, style or request the Content-Security-Policy blocks is reported on the console.
  const blocked = [];
  page.on('console', m => { if (/Content Security Policy/i.test(m.text())) blocked.push(m.text()); });
  for (const [name, path, selector] of [
    ['home', '/', '#world-map svg'],
    ['home-waiting', '/', '#waiting h2'],
    ['registry', '/registry', '#parties'],
    ['party-china', '/registry/CHN', '#memberships'],
    ['mechanism-sco', '/registry/sco', '#members'],
    ['catalogue', '/catalogue', 'main'],
    ['priority-iii-11', '/catalogue/III.11', 'main'],
    ['concerns', '/concerns', 'main'],
    ['transparency', '/transparency', '#checkpoint'],
    ['my-party', '/my-party', 'main'],
    ['home-zh', '/?lang=zh', '#principles'],
    ['record', '/transparency/records/1', '#proof-status[data-verified="true"]'],
    ['api-docs', '/api/v1/docs', '#ops details'],
  ]) {
    const response = await page.goto(`${node.base}${path}`);
    assert.equal(response.status(), 200, path);
    assert.ok(response.headers()['content-security-policy'], path);
    await page.waitForSelector(selector);
    await shot(page, name);
  }
  // The map's countries are drawn from the cached shapes file.
  await page.goto(`${node.base}/`);
  const china = await page.locator('#world-map a[href="/registry/CHN"] use').first().boundingBox();
  assert.ok(china && china.width > 20 && china.height > 20, JSON.stringify(china));
  // The filters of a list reload it in place (htmx), under the same policy.
  await page.goto(`${node.base}/concerns`);
  await page.selectOption('#filter-status', 'withdrawn');
  await page.waitForURL(/status=withdrawn/);
  assert.deepEqual(blocked, []);
});

// Structured dialogue end to end, through the pages only: the SCO secretariat convenes a
// conference; members register and are approved; a delegate takes the floor; Kazakhstan tables a
// draft, China amends it, the secretariat accepts and the diff shows the change; a decision by
// consensus is taken on a live tally and the text is adopted with a symbol and a text hash; an
// objection blocks consensus and consensus minus X adopts with an opt-out; a silence procedure is
// closed only after its deadline; and a paragraph becomes a commitment tracked to a report.
//
// The steps share one node and run in order; each `test` below is one step of the scenario.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { startNode, launch, signIn, shot } from './harness.mjs';

let node;
let browser;
/** One signed-in page per user, kept for the whole scenario. */
const pages = {};
const year = new Date().getUTCFullYear();
const today = new Date().toISOString().slice(0, 10);

// A datetime-local value as the browser keeps it: Chromium drops ":00" seconds, and Playwright
// refuses to fill a value the input would rewrite (one run in sixty would fail otherwise).
function datetimeLocal(ms) {
  const value = new Date(ms).toISOString().slice(0, 19);
  return value.endsWith(':00') ? value.slice(0, 16) : value;
}
const TITLE = 'SCO conference on early warning for transboundary rivers';

// What the steps learn and pass on.
let meetingUrl;
let doc1Url; // the joint statement (consensus, then commitments)
let doc2Url; // the action plan (objection, then consensus minus X)
let doc3Url; // the communiqué (silence procedure)
let silenceDeadline; // ms since the epoch

before(async () => {
  node = await startNode();
  browser = await launch();
  for (const user of ['sco.secretariat', 'kaz.delegate', 'chn.delegate', 'pak.focal', 'rus.delegate']) {
    pages[user] = await signIn(browser, node, user);
  }
});

after(async () => {
  await browser?.close();
  node?.stop();
});

const sco = () => pages['sco.secretariat'];
const kaz = () => pages['kaz.delegate'];
const chn = () => pages['chn.delegate'];
const pak = () => pages['pak.focal'];
const rus = () => pages['rus.delegate'];

/**
 * Clicks a submit button of a form that POSTs and redirects, waits for the page it lands on and
 * checks that it says `done=<done>`; otherwise fails with the text of the error page.
 */
async function post(page, button, done) {
  const navigation = page.waitForNavigation({ waitUntil: 'load' });
  await page.click(button);
  await navigation;
  const url = new URL(page.url());
  if (url.searchParams.get('done') !== done) {
    const text = await page.locator('main').innerText().catch(() => '(no main)');
    assert.fail(`${button}: expected to land on ?done=${done}, got ${page.url()}:\n${text.slice(0, 600)}`);
  }
}

/** Opens a collapsed <details> panel by clicking its summary, as a reader would. */
async function expand(page, details) {
  const panel = page.locator(details);
  if (!(await panel.evaluate(d => d.open))) await panel.locator(':scope > summary').click();
}

async function goto(page, url) {
  const response = await page.goto(url);
  assert.equal(response.status(), 200, url);
}

/** The count a tally table shows for one position (`support`, `object`, `not-yet`…). */
async function tallyCount(page, position) {
  return Number(await page.getAttribute(`#tally-table tr[data-position="${position}"] td`, 'data-count'));
}

async function chartCount(page, position) {
  return Number(await page.getAttribute(`#tally-chart g.tally-row[data-position="${position}"]`, 'data-count'));
}

/** Each listed member records a position (with an optional comfort level) on the document. */
async function record(url, entries) {
  for (const [page, position, comfort] of entries) {
    await goto(page, url);
    await page.check(`#position-${position}`);
    if (comfort) await page.selectOption('#comfort', comfort);
    await post(page, '#record-position', 'position');
    assert.match(await page.textContent('#current-position'), new RegExp(
      { support: 'Support', object: 'Object', 'opt-out': 'Opt' }[position] ?? '', 'i'));
  }
}

/** The secretariat opens a decision under `rule` on the document's current version. */
async function openDecision(url, rule) {
  await goto(sco(), url);
  await sco().selectOption('#decision-rule', rule);
  await post(sco(), '#open-decision', 'opened');
  assert.equal(await sco().getAttribute('#tally', 'data-open'), 'true');
}

/** KAZ tables a draft at the meeting; returns the new document's address. */
async function tableDraft(title, priorities, paragraphs) {
  const page = kaz();
  await goto(page, meetingUrl);
  await expand(page, 'details:has(#draft-form)');
  await page.fill('#draft-title', title);
  await page.selectOption('#draft-priorities', priorities);
  await page.fill('#draft-paragraphs', paragraphs.join('\n\n'));
  await post(page, '#table-draft', 'drafted');
  assert.match(page.url(), /\/documents\/[0-9a-z]{26}\?done=drafted$/);
  assert.equal(await page.textContent('#document-title'), title);
  assert.equal(await page.locator('#paragraphs > li').count(), paragraphs.length);
  return page.url().split('?')[0];
}

/** A member registers its delegation and the secretariat approves it. */
async function registerAndApprove(page, party, delegates) {
  await goto(page, meetingUrl);
  await page.fill('#delegates', delegates.join('\n'));
  await post(page, '#register', 'registered');
  assert.equal(await page.getAttribute(`#participants tr[data-party="${party}"]`, 'data-status'), 'requested');

  // The secretariat finds the request among its pending actions, and follows the link to it.
  await goto(sco(), `${node.base}/my-party`);
  const pending = sco().locator('#awaiting-dialogue li[data-kind="registration"] a', { hasText: TITLE });
  assert.equal(await pending.count(), 1, `${party}'s request is pending`);
  await Promise.all([sco().waitForURL(/#participants$/), pending.click()]);
  await post(sco(), `#approve-${party}`, 'approved');
  const row = sco().locator(`#participants tr[data-party="${party}"]`);
  assert.equal(await row.getAttribute('data-status'), 'approved');
  assert.deepEqual(await row.locator('ol.delegates li').allTextContents(), delegates);
}

test('1. the SCO secretariat convenes a conference, members register, a delegate takes the floor', async () => {
  const page = sco();
  await goto(page, `${node.base}/meetings`);
  await Promise.all([page.waitForURL(/\/meetings\/new$/), page.click('#convene-link')]);
  await page.selectOption('#kind', 'conference');
  await page.fill('#title', TITLE);
  await page.fill('#opens', today);
  await page.fill('#closes', today);
  await page.fill('#place', 'Astana');
  await page.fill('#online', 'https://meet.example.org/sco-rivers');
  for (const lang of ['en', 'zh', 'ru']) await page.check(`#language-${lang}`);
  await page.fill('#agenda', [
    'Adoption of the agenda',
    'Early warning and data exchange on transboundary rivers | III.11',
    'Outcome documents | III.11, III.20',
  ].join('\n'));
  await page.selectOption('#rule', 'consensus');
  await post(page, '#convene', 'convened');
  meetingUrl = page.url().split('?')[0];
  assert.match(meetingUrl, /\/meetings\/[0-9a-z]{26}$/);

  // The meeting page: title, agenda with its priorities, rule, nobody registered yet.
  assert.equal(await page.textContent('#meeting-title'), TITLE);
  assert.equal(await page.locator('#agenda > li').count(), 3);
  assert.match(await page.textContent('#item-2'), /Early warning and data exchange/);
  assert.deepEqual(await page.locator('#item-3 .item-priorities .ref').allTextContents(), ['III.11', 'III.20']);
  assert.match(await page.textContent('#meeting-rule'), /consensus/i);
  assert.equal(await page.locator('#registration').count(), 0, 'the secretariat does not register');

  // The calendar file of the meeting.
  const ics = await page.request.get(new URL(await page.getAttribute('#meeting-ics', 'href'), page.url()).href);
  assert.equal(ics.status(), 200);
  assert.match(ics.headers()['content-type'], /^text\/calendar/);
  const body = await ics.text();
  assert.match(body, /BEGIN:VCALENDAR/);
  assert.match(body, /BEGIN:VEVENT/);
  assert.ok(body.replace(/\r\n[ \t]/g, '').includes(TITLE), 'the event carries the title');

  // The meeting list shows it.
  await goto(page, `${node.base}/meetings`);
  assert.match(await page.textContent('#meeting-results'), new RegExp(TITLE));

  // Three members register their delegations; the secretariat approves each.
  await registerAndApprove(kaz(), 'KAZ', ['Head of delegation of Kazakhstan', 'Adviser on water resources']);
  await registerAndApprove(chn(), 'CHN', ['Head of delegation of China', 'Deputy head of delegation']);
  await registerAndApprove(pak(), 'PAK', ['Head of delegation of Pakistan']);

  // A delegate of Kazakhstan asks for the floor on item 2; the list of speakers shows it.
  await goto(kaz(), meetingUrl);
  assert.match(await kaz().textContent('#registration-status'), /approved/i);
  await kaz().selectOption('#floor-delegate-2', 'Adviser on water resources');
  await post(kaz(), '#floor-2', 'floor');
  const speakers = kaz().locator('#speakers-2 li');
  assert.equal(await speakers.count(), 1);
  assert.equal(await speakers.first().getAttribute('data-party'), 'KAZ');
  assert.match(await speakers.first().textContent(), /Adviser on water resources/);
  assert.equal(await kaz().locator('#floor-withdraw-2').count(), 1, 'it may now give the floor back');
  await shot(kaz(), 'dialogue-meeting');
});

test('2. Kazakhstan tables a draft, China amends paragraph 2, the secretariat accepts, the diff shows it', async () => {
  doc1Url = await tableDraft('Joint statement on early warning for transboundary rivers', ['III.11', 'III.20'], [
    'Recalling General Assembly resolution A/RES/76/234, the participants reaffirm the Global Security Initiative.',
    'They agree to notify downstream parties of planned water releases at least seven days in advance.',
    'They will designate focal points in their water agencies by the end of the year.',
  ]);
  const k = kaz();
  assert.match(await k.getAttribute('#document-status', 'class'), /doc-drafting/);
  assert.deepEqual(await k.locator('#p-1 abbr.un-symbol').allTextContents(), ['A/RES/76/234'],
    'the UN symbol is set apart');
  assert.equal(await k.locator('#p-2 abbr.un-symbol').count(), 0);
  assert.equal(await k.locator('#diff-none').count(), 1, 'one version: nothing to compare');

  // China proposes to replace paragraph 2.
  const c = chn();
  await goto(c, doc1Url);
  await expand(c, 'details#amend');
  await c.selectOption('#amend-op', 'replace');
  await c.fill('#amend-paragraph', '2');
  await c.fill('#amend-text',
    'They agree to notify downstream parties of planned water releases at least fourteen days in advance.');
  await c.fill('#amend-reason', 'Seven days is too short to prepare for the flood season.');
  await post(c, '#propose-amendment', 'amended');
  assert.equal(await c.getAttribute('#amendment-1', 'data-status'), 'proposed');
  assert.equal(await c.getAttribute('#amendment-1', 'data-op'), 'replace');
  assert.equal(await c.locator('#accept-1').count(), 0, 'only the secretariat decides amendments');

  // The secretariat sees that the pending amendment blocks a decision, and accepts it.
  const s = sco();
  await goto(s, doc1Url);
  assert.equal(await s.locator('#open-blocked').count(), 1);
  assert.equal(await s.locator('#open-decision').count(), 0);
  await post(s, '#accept-1', 'accepted');
  assert.equal(await s.getAttribute('#amendment-1', 'data-status'), 'accepted');
  assert.match(await s.textContent('#p-2'), /fourteen days/);
  assert.match(await s.textContent('#p-1'), /A\/RES\/76\/234/);

  // The diff between versions 1 and 2.
  await s.selectOption('#diff-from', '1');
  await s.selectOption('#diff-to', '2');
  await Promise.all([s.waitForURL(/[?&]from=1&to=2/), s.click('#show-diff')]);
  const changed = s.locator('#diff li[data-change="changed"]');
  assert.equal(await changed.count(), 1);
  assert.equal(await changed.getAttribute('data-new'), '2');
  assert.match(await changed.locator('del').allTextContents().then(t => t.join(' ')), /seven/);
  assert.match(await changed.locator('ins').allTextContents().then(t => t.join(' ')), /fourteen/);
  assert.equal(await s.locator('#diff li[data-change="unchanged"]').count(), 2);
  await shot(s, 'dialogue-drafting-diff');
});

test('3. consensus adopts the draft on a live tally, with a symbol and a text hash', async () => {
  await openDecision(doc1Url, 'consensus');
  const s = sco();
  assert.equal(await tallyCount(s, 'support'), 0);
  assert.equal(await tallyCount(s, 'not-yet'), 3);
  assert.equal(await s.locator('#position-form').count(), 0, 'the secretariat takes no position');

  // The secretariat's page stays open while the members record their positions.
  await record(doc1Url, [
    [kaz(), 'support', 'can-live-with-it'],
    [chn(), 'support'],
    [pak(), 'support'],
  ]);
  // The chart refreshes itself (htmx, every 3 s) without a reload.
  await s.waitForFunction(
    () => document.querySelector('#tally-table tr[data-position="support"] td')?.dataset.count === '3',
    null, { timeout: 15_000 });
  assert.equal(await s.locator('#tally-chart').evaluate(e => e.tagName.toLowerCase()), 'svg');
  assert.equal(await chartCount(s, 'support'), 3);
  assert.equal(await chartCount(s, 'object'), 0);
  assert.equal(await tallyCount(s, 'not-yet'), 0);
  assert.ok(Number(await s.getAttribute('#tally-chart g[data-position="support"] rect', 'width')) > 0);
  assert.match(await s.textContent('#tally-comfort'), /1/);
  assert.match(await s.getAttribute('#tally', 'class'), /tally-adopted/, 'adopted if closed now');
  await shot(s, 'dialogue-tally');

  await post(s, '#close-decision', 'closed');
  assert.match(await s.getAttribute('#document-status', 'class'), /doc-adopted/);
  assert.equal(await s.getAttribute('#tally', 'data-open'), 'false');
  assert.match(await s.textContent('#outcome-reason'), /^Adopted/);
  const symbol = `SCO/GSI/${year}/1`;
  assert.equal(await s.textContent('#symbol'), symbol);
  assert.equal(await s.textContent('#adoption-symbol'), symbol);
  assert.match(await s.textContent('#text-hash'), /^[0-9a-f]{64}$/);
  const positions = await s.locator('#adoption-positions tbody tr').evaluateAll(
    rows => rows.map(r => `${r.dataset.party}:${r.dataset.position}`).sort());
  assert.deepEqual(positions, ['CHN:support', 'KAZ:support', 'PAK:support']);
  assert.match(await s.textContent('#adoption-positions tr[data-party="KAZ"]'), /live with/i);
  assert.equal(await s.locator('#open-decision').count(), 0, 'an adopted text is not reopened');
  await shot(s, 'dialogue-adoption');

  // The meeting lists the adopted document with its symbol.
  await goto(s, meetingUrl);
  assert.match(await s.textContent('#document-list'), new RegExp(symbol));
});

test('4a. Russia registers; two more drafts are tabled and a silence procedure starts on the third', async () => {
  await registerAndApprove(rus(), 'RUS', ['Head of delegation of the Russian Federation']);

  doc2Url = await tableDraft('Action plan on flood forecasting', ['III.11'], [
    'The participants will exchange river gauge data daily during the flood season.',
    'A joint working group on flood forecasting is established.',
  ]);
  doc3Url = await tableDraft('Communiqué of the conference', ['III.20'], [
    'The conference was held in Astana with the participation of four member states.',
  ]);

  // The deadline (UTC, as its label says and the handler reads it) is 15 s away, in whole
  // seconds. The other steps run while the procedure does.
  const s = sco();
  await goto(s, doc3Url);
  assert.match(await s.textContent('label[for="decision-deadline"]'), /UTC/);
  silenceDeadline = Math.ceil((Date.now() + 15_000) / 1_000) * 1_000;
  await s.selectOption('#decision-rule', 'silence');
  await s.fill('#decision-deadline', datetimeLocal(silenceDeadline));
  await post(s, '#open-decision', 'opened');
  assert.ok(Date.now() < silenceDeadline - 2_000, 'still well before the deadline');
  assert.match(await s.textContent('#open-decision-facts'),
    new RegExp(new Date(silenceDeadline).toISOString().slice(11, 16)), 'the deadline as entered, in UTC');
  assert.equal(await s.locator('#close-decision').count(), 0, 'not closable before the deadline');
  assert.equal(await s.locator('#close-note').count(), 1);
  assert.match(await s.getAttribute('#tally', 'class'), /tally-pending/);
  assert.match(await s.textContent('#outcome-reason'), /^Pending/);
  // Members see the tally while silence runs; nobody breaks it.
  await goto(rus(), doc3Url);
  assert.equal(await rus().locator('#position-form').count(), 1, 'a member could still break silence');
});

test('4b. an objection blocks consensus; consensus minus X adopts with Russia opting out', async () => {
  await openDecision(doc2Url, 'consensus');
  await record(doc2Url, [
    [kaz(), 'support'],
    [chn(), 'support'],
    [pak(), 'support'],
    [rus(), 'object'],
  ]);
  const s = sco();
  await goto(s, doc2Url);
  assert.equal(await tallyCount(s, 'support'), 3);
  assert.equal(await tallyCount(s, 'object'), 1);
  await post(s, '#close-decision', 'closed');
  assert.match(await s.getAttribute('#document-status', 'class'), /doc-not_adopted|doc-not-adopted/);
  assert.equal(await s.locator('#symbol').count(), 0);
  assert.match(await s.textContent('#outcome-reason'), /objection by \u2068Russian Federation\u2069/,
    'the objecting party is named, not coded');
  assert.equal(await s.getAttribute('#decision-history li[data-decision="1"]', 'data-adopted'), 'false');
  assert.match(await s.textContent('#decision-history li[data-decision="1"]'), /objection/);

  // The same text, now under consensus minus X: Russia opts out instead of objecting.
  await openDecision(doc2Url, 'consensus_minus_x');
  await record(doc2Url, [
    [kaz(), 'support'],
    [chn(), 'support'],
    [pak(), 'support'],
    [rus(), 'opt-out'],
  ]);
  await goto(s, doc2Url);
  assert.equal(await tallyCount(s, 'opt-out'), 1);
  assert.equal(await chartCount(s, 'opt-out'), 1);
  await post(s, '#close-decision', 'closed');
  assert.match(await s.getAttribute('#document-status', 'class'), /doc-adopted/);
  assert.equal(await s.textContent('#adoption-symbol'), `SCO/GSI/${year}/2`);
  const ids = async selector => (await s.locator(`${selector} a`).evaluateAll(
    links => links.map(a => a.getAttribute('href').split('/').pop()))).sort();
  assert.deepEqual(await ids('#adoption-out'), ['RUS']);
  assert.deepEqual(await ids('#adoption-in'), ['CHN', 'KAZ', 'PAK']);
  assert.equal(await s.locator('#decision-history li').count(), 2);
  assert.equal(await s.getAttribute('#decision-history li[data-decision="2"]', 'data-adopted'), 'true');
});

test('5. commitments: paragraph 3 binds Kazakhstan and China; Kazakhstan reports progress', async () => {
  const s = sco();
  await goto(s, doc1Url);
  await expand(s, 'details#mark-commitment-panel');
  await s.selectOption('#commitment-paragraph', '3');
  await s.check('#commitment-party-KAZ');
  await s.check('#commitment-party-CHN');
  const due = `${year + 1}-06-30`;
  await s.fill('#commitment-due', due);
  await post(s, '#mark-commitment', 'commitment');
  const block = s.locator('#commitment-1');
  assert.match(await block.locator('blockquote').textContent(), /designate focal points/);
  assert.equal(await block.locator('time').getAttribute('datetime'), due);
  assert.equal(await block.locator('.impl-no-report').count(), 2);

  const k = kaz();
  await goto(k, doc1Url);
  await expand(k, '#commitment-1 details');
  await k.selectOption('#report-status-1', 'in_progress');
  await k.fill('#report-narrative-1', 'The water committee has named two focal points; a third is being appointed.');
  await k.fill('#report-evidence-1', 'https://example.org/kaz/focal-points');
  await post(k, '#report-1', 'reported');
  const reports = k.locator('#commitment-1 ol.reports > li');
  assert.equal(await reports.count(), 1);
  assert.match(await reports.textContent(), /named two focal points/);
  assert.equal(await reports.locator('.impl-in-progress').count(), 1);
  assert.deepEqual(await reports.locator('ul.evidence a').allTextContents(), ['https://example.org/kaz/focal-points']);
  assert.equal(await k.locator('#commitment-1 > p .impl-in-progress').count(), 1, "KAZ's status");
  assert.equal(await k.locator('#commitment-1 > p .impl-no-report').count(), 1, "CHN's status");
  assert.equal(await k.locator('#commitment-1 details form#report-form-1').count(), 1);
  assert.equal(await chn().goto(doc1Url).then(() => chn().locator('#report-form-1').count()), 1,
    'China, also committed, may report');
  assert.equal(await pak().goto(doc1Url).then(() => pak().locator('#report-form-1').count()), 0,
    'Pakistan is not committed by this paragraph');
  await shot(k, 'dialogue-commitment');

  // The tracker.
  await goto(k, `${node.base}/commitments`);
  const doc1Id = doc1Url.split('/').pop();
  assert.match(await k.textContent('#overall-progress'), /0/);
  const cells = async row => Object.fromEntries(await Promise.all(
    ['completed', 'in-progress', 'not-started', 'delayed'].map(async c =>
      [c, Number(await row.locator(`td.impl-${c}`).textContent())])));
  const byDoc = k.locator(`#by-document tr[data-key="${doc1Id}"]`);
  assert.match(await byDoc.textContent(), new RegExp(`SCO/GSI/${year}/1`));
  assert.equal(await byDoc.locator('td').first().textContent(), '1', 'one commitment');
  assert.deepEqual(await cells(byDoc), { completed: 0, 'in-progress': 1, 'not-started': 1, delayed: 0 });
  // By party, the demo's own commitment (China and Kazakhstan, Kazakhstan reporting progress)
  // counts too.
  assert.deepEqual(await cells(k.locator('#by-party tr[data-key="KAZ"]')),
    { completed: 0, 'in-progress': 2, 'not-started': 0, delayed: 0 });
  assert.deepEqual(await cells(k.locator('#by-party tr[data-key="CHN"]')),
    { completed: 0, 'in-progress': 0, 'not-started': 2, delayed: 0 });
  assert.equal(await k.locator('#by-party tr[data-key="PAK"]').count(), 0);
  for (const p of ['III.11', 'III.20']) {
    assert.equal(await k.locator(`#by-priority tr[data-key="${p}"]`).count(), 1, p);
  }
  const item = k.locator(`#commitment-list li[data-document="${doc1Id}"][data-number="1"]`);
  assert.match(await item.textContent(), /designate focal points/);
  assert.equal(await item.locator('.impl-in-progress').count(), 1);
  await shot(k, 'dialogue-commitments');
});

test('6. the silence procedure, unbroken, is closed after its deadline and adopts', async () => {
  const s = sco();
  const wait = silenceDeadline + 1_000 - Date.now();
  if (wait > 0) await sleep(wait);
  await goto(s, doc3Url);
  assert.equal(await rus().goto(doc3Url).then(() => rus().locator('#position-form').count()), 0,
    'no position is taken after the deadline');
  assert.equal(await s.locator('#close-note').count(), 0);
  assert.match(await s.textContent('#outcome-reason'), /^Adopted: the silence procedure ended/);
  await post(s, '#close-decision', 'closed');
  assert.match(await s.getAttribute('#document-status', 'class'), /doc-adopted/);
  assert.equal(await s.textContent('#adoption-symbol'), `SCO/GSI/${year}/3`);
  assert.match(await s.textContent('#text-hash'), /^[0-9a-f]{64}$/);
  assert.equal(await tallyCount(s, 'not-yet'), 4, 'nobody had to take a position');

  // The meeting page lists the three documents: one per symbol.
  await goto(s, meetingUrl);
  const symbols = (await s.locator('#document-list code').allTextContents()).sort();
  assert.deepEqual(symbols, [1, 2, 3].map(n => `SCO/GSI/${year}/${n}`));
});

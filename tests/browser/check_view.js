// Opens `naba view` pages in headless Chromium and checks them from the DOM, as a reader's browser
// lays them out. Run by tests/view.rs:
//
//   node tests/browser/check_view.js MANIFEST.json
//
// MANIFEST: [{ "html": path, "response": path of the EnrichResponse JSON the page was made from,
//              "screenshot": path, "literal": [strings that must show as text] }]
// Checks, per page: every entity mention and every quote and cue of the response is highlighted at
// exactly its text (the pieces carrying its data attribute, concatenated), highlighted visibly
// (background, underline); each quote shows its speaker; every paragraph is laid out in the
// direction of its first strong character (Arabic right to left: computed direction and the first
// letter's position); the sentence toggle shows one boundary per sentence; nothing runs (no
// dialog, no script or img element) and the `literal` strings appear as text. Writes a full-page
// screenshot. Prints one JSON line per page; exits 1 on the first failed page.

'use strict';

const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');

const CHROMIUM = process.env.NABA_TEST_CHROMIUM || '/usr/bin/chromium';

async function checkPage(browser, item) {
  const response = JSON.parse(fs.readFileSync(item.response, 'utf8'));
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const dialogs = [];
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const requests = [];
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) requests.push(request.url());
  });
  await page.goto('file://' + path.resolve(item.html), { waitUntil: 'load' });

  const entities = (response.entities || []).map((e) => ({
    name: e.name,
    mentions: (e.mentions || []).map((m) => m.text),
  }));
  const quotes = (response.quotes || []).map((q) => ({
    text: q.text,
    cue: q.cue ? q.cue.text : null,
    speaker: q.speaker && q.speaker.name ? q.speaker.name : null,
  }));
  // The page as a reader first sees it (before the checks click the sentence toggle).
  if (item.screenshot) {
    fs.mkdirSync(path.dirname(item.screenshot), { recursive: true });
    await page.screenshot({ path: item.screenshot, fullPage: true });
  }
  const found = await page.evaluate((entities, quotes, literal) => {
    const problems = [];
    const textOf = (selector) => [...document.querySelectorAll(selector)]
      .map((el) => el.textContent).join('');
    const styleOf = (selector) => {
      const el = document.querySelector(selector);
      return el ? getComputedStyle(el) : null;
    };
    entities.forEach((entity, i) => entity.mentions.forEach((text, j) => {
      const selector = `[data-mention="${i}.${j}"]`;
      const shown = textOf(selector);
      if (shown !== text) problems.push(`mention ${i}.${j} shows ${JSON.stringify(shown)}, not ${JSON.stringify(text)}`);
      const style = styleOf(selector);
      if (style && (style.backgroundColor === 'rgba(0, 0, 0, 0)' || style.backgroundColor === 'transparent')) {
        problems.push(`mention ${i}.${j} has no highlight`);
      }
      const link = document.querySelector(selector);
      if (link && link.getAttribute('href') !== `#entity-${i}`) problems.push(`mention ${i}.${j} not linked to its entity`);
    }));
    quotes.forEach((quote, k) => {
      const shown = textOf(`[data-quote="${k}"]`);
      // A quote may run over a paragraph break; the break itself is the gap between paragraphs.
      if (shown !== quote.text.replace(/\r?\n/g, '')) problems.push(`quote ${k} shows ${JSON.stringify(shown.slice(0, 60))}, not ${JSON.stringify(quote.text.slice(0, 60))}`);
      const style = styleOf(`[data-quote="${k}"]`);
      if (style && !style.textDecorationLine.includes('underline')) problems.push(`quote ${k} is not underlined`);
      if (quote.cue !== null && textOf(`[data-cue-of="${k}"]`) !== quote.cue) problems.push(`cue of quote ${k} not marked`);
      const saidBy = textOf(`[data-said-by="${k}"]`);
      const expected = quote.speaker === null ? 'speaker not found' : quote.speaker;
      if (saidBy !== expected) problems.push(`quote ${k} shows speaker ${JSON.stringify(saidBy)}, not ${JSON.stringify(expected)}`);
    });
    // Paragraph direction: computed, and where the first letter actually is.
    let rtl = 0;
    let ltr = 0;
    for (const p of document.querySelectorAll('article p')) {
      const strong = p.textContent.match(/[\u0590-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]|[A-Za-z\u00C0-\u024F]/);
      if (!strong) continue;
      const wanted = /[A-Za-z\u00C0-\u024F]/.test(strong[0]) ? 'ltr' : 'rtl';
      const direction = getComputedStyle(p).direction;
      if (direction !== wanted) {
        problems.push(`paragraph "${p.textContent.slice(0, 30)}" is ${direction}, not ${wanted}`);
        continue;
      }
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent.trim()) node = walker.nextNode();
      if (node) {
        const range = document.createRange();
        const at = node.textContent.search(/\S/);
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        const letter = range.getBoundingClientRect();
        const box = p.getBoundingClientRect();
        const fromStart = wanted === 'rtl' ? box.right - letter.right : letter.left - box.left;
        if (fromStart > 40) problems.push(`paragraph "${p.textContent.slice(0, 30)}" (${wanted}) starts ${Math.round(fromStart)}px from its start edge`);
      }
      if (wanted === 'rtl') rtl += 1; else ltr += 1;
    }
    // The sentence toggle.
    const hiddenBefore = [...document.querySelectorAll('.sb')].every((el) => el.getBoundingClientRect().width === 0);
    document.querySelector('label[for="show-sentences"]').click();
    const shownAfter = [...document.querySelectorAll('.sb')].filter((el) => el.getBoundingClientRect().width > 0).length;
    if (!hiddenBefore) problems.push('sentence boundaries shown before the toggle');
    // Nothing from the text became markup.
    if (document.querySelectorAll('script').length) problems.push('a script element exists');
    if (document.querySelectorAll('img, iframe, object, embed').length) problems.push('an embedded element exists');
    const bodyText = document.body.textContent;
    for (const text of literal) {
      if (!bodyText.includes(text)) problems.push(`literal ${JSON.stringify(text)} not shown as text`);
    }
    return { problems, rtl, ltr, sentenceMarks: shownAfter };
  }, entities, quotes, item.literal || []);

  const sentences = (response.sentences || []).length;
  if (found.sentenceMarks !== sentences) {
    found.problems.push(`toggle shows ${found.sentenceMarks} sentence boundaries for ${sentences} sentences`);
  }
  if (dialogs.length) found.problems.push(`dialogs opened: ${dialogs.join(', ')}`);
  if (requests.length) found.problems.push(`network requests: ${requests.join(', ')}`);
  await page.close();
  return {
    page: path.basename(item.html),
    mentions: entities.reduce((n, e) => n + e.mentions.length, 0),
    quotes: quotes.length,
    rtlParagraphs: found.rtl,
    ltrParagraphs: found.ltr,
    sentenceMarks: found.sentenceMarks,
    problems: found.problems,
  };
}

async function main() {
  const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Containers and CI run as root without user namespaces.
    args: ['--no-sandbox', '--disable-gpu', '--font-render-hinting=none'],
  });
  let failed = false;
  try {
    for (const item of manifest) {
      const result = await checkPage(browser, item);
      console.log(JSON.stringify(result));
      if (result.problems.length) failed = true;
    }
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});

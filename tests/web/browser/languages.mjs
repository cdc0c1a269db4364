// The portal's languages in Debian's Chromium (headless): a browser that
// sends "Accept-Language: fr" gets the sign-in page in French; the switcher
// turns it Spanish; signed in, the subscriber's own language wins (English
// for the demo subscriber) until the switcher changes it, and the pages
// follow. TestPortalBrowser starts the switch and this script, and gives it
// the texts each language should show, read from the translations.
//
// node languages.mjs BASE_URL MEMBER PASSWORD TEXTS_JSON [SCREENSHOT_DIR]
// TEXTS_JSON: {"fr": {"Sign in": "…", …}, "es": {…}, "en": {…}}
// Exit code 0 when every step worked; the failing step is printed otherwise.
import { readFileSync } from 'node:fs';
import { openPortalBrowser } from './harness.mjs';

const [base, member, password, textsFile, shots] = process.argv.slice(2);
if (!base || !member || !password || !textsFile) {
  console.error('usage: node languages.mjs BASE_URL MEMBER PASSWORD TEXTS_JSON [SCREENSHOT_DIR]');
  process.exit(2);
}
const texts = JSON.parse(readFileSync(textsFile, 'utf8'));

const { page, shoot, step, finish } = await openPortalBrowser(shots, {
  locale: 'fr-FR',
  extraHTTPHeaders: { 'Accept-Language': 'fr' },
});

// The page is in `language`: its lang attribute, the switcher's current
// button, and each of `sources` shown as that language's text at `where`.
async function expectLanguage(language, checks) {
  const lang = await page.getAttribute('html', 'lang');
  if (lang !== language) throw new Error(`<html lang="${lang}">, not "${language}"`);
  const current = await page.getAttribute('form.languages button[aria-current]', 'value');
  if (current !== language) throw new Error(`the switcher marks "${current}" as current`);
  for (const [selector, source] of checks) {
    const expected = texts[language][source];
    if (!expected) throw new Error(`no ${language} text given for "${source}"`);
    if (language !== 'en' && expected === source) throw new Error(`"${source}" is not translated to ${language}`);
    const shown = (await page.textContent(selector)).trim();
    if (shown !== expected) throw new Error(`${selector} shows "${shown}", not "${expected}" (${language})`);
  }
}

const signInChecks = [['#login-form button[type=submit]', 'Sign in'], ['label[for=member]', 'Member ID'],
  ['label[for=password]', 'Password']];
const dashboardChecks = [['.balance .label', 'Your balance'], ['#callback-form h2', 'Call me back'],
  ['nav a[href="/history"]', 'Calls']];

// Clicks the switcher's button and waits for the page it goes back to.
async function switchTo(language, url) {
  await page.click(`form.languages button[value=${language}]`);
  await page.waitForSelector(`html[lang="${language}"]`);
  await page.waitForURL(url);
}

await step('Accept-Language: fr gives the sign-in page in French', async () => {
  await page.goto(`${base}/login`);
  await expectLanguage('fr', signInChecks);
  const title = await page.title();
  if (!title.startsWith(texts.fr['Sign in'])) throw new Error(`title "${title}"`);
  await shoot('login-fr');
});

await step('the switcher turns it Spanish, and it stays so', async () => {
  await switchTo('es', '**/login');
  await expectLanguage('es', signInChecks);
  await page.goto(`${base}/activate`);
  await expectLanguage('es', []);
  await shoot('activate-es');
  await page.goto(`${base}/login`);
  await shoot('login-es');
});

await step('signed in, the subscriber\'s own language wins (English)', async () => {
  await page.fill('#member', member);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL('**/dashboard'), page.click('#login-form button[type=submit]')]);
  await expectLanguage('en', dashboardChecks);
});

await step('the switcher signed in changes the subscriber\'s language to French', async () => {
  await switchTo('fr', '**/dashboard');
  await expectLanguage('fr', dashboardChecks);
  const balance = await page.textContent('#balance');
  if (!/\d,\d\d/.test(balance)) throw new Error(`the balance is not written the French way: "${balance}"`);
  await shoot('dashboard-fr');
  for (const name of ['history', 'topup', 'password']) {
    await page.goto(`${base}/${name}`);
    await expectLanguage('fr', []);
    await shoot(`${name}-fr`);
  }
});

await step('and then to Spanish, from another page', async () => {
  await switchTo('es', '**/password');
  await expectLanguage('es', []);
  await shoot('password-es');
  await page.goto(`${base}/dashboard`);
  await expectLanguage('es', dashboardChecks);
  await shoot('dashboard-es');
  for (const name of ['history', 'topup']) {
    await page.goto(`${base}/${name}`);
    await shoot(`${name}-es`);
  }
});

await step('signed out, the chosen language stays', async () => {
  await page.goto(`${base}/dashboard`);
  await Promise.all([page.waitForURL('**/login'), page.click('nav form button[type=submit]')]);
  await expectLanguage('es', signInChecks);
});

await finish('portal language test: all steps passed');

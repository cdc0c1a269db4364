// Drives Debian's Chromium (headless) through the subscriber portal, as a
// subscriber would: sign in, ask for a callback and watch its status reach
// "connected" while sipp plays the phones, then top up with a charge-up
// card. TestPortalBrowser starts the switch, the phones and this script.
//
// node portal.mjs BASE_URL MEMBER PASSWORD CARD_PIN [SCREENSHOT_DIR]
// Exit code 0 when every step worked; the failing step is printed otherwise.
import { openPortalBrowser } from './harness.mjs';

const [base, member, password, pin, shots] = process.argv.slice(2);
if (!base || !member || !password || !pin) {
  console.error('usage: node portal.mjs BASE_URL MEMBER PASSWORD CARD_PIN [SCREENSHOT_DIR]');
  process.exit(2);
}

const { context, page, shoot, step, finish } = await openPortalBrowser(shots);

await step('the sign-in page', async () => {
  await page.goto(`${base}/login`);
  await shoot('login');
  await page.fill('#member', member);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL('**/dashboard'), page.click('#login-form button[type=submit]')]);
});

await step('the dashboard shows the balance and the stored number', async () => {
  const balance = await page.textContent('#balance');
  if (!/\d/.test(balance)) throw new Error(`no balance shown: "${balance}"`);
  const callbackTo = await page.inputValue('#callback_to');
  if (!callbackTo.startsWith('+')) throw new Error(`Call-Back-To not prefilled: "${callbackTo}"`);
  await shoot('dashboard');
});

await step('a callback is asked for', async () => {
  await page.fill('#call_to', '+1 202 555 0147');
  await Promise.all([page.waitForURL(/\/request\/\d+$/), page.click('#callback-form button[type=submit]')]);
});

await step('the status reaches "connected" without a reload', async () => {
  const url = page.url();
  await page.waitForSelector('#status[data-status="connected"]', { timeout: 60000 });
  if (page.url() !== url) throw new Error('the page was reloaded or left');
  await shoot('request-connected');
  await page.waitForSelector('#status[data-status="finished"]', { timeout: 60000 });
});

await step('the call is in the history with its cost', async () => {
  await page.goto(`${base}/history`);
  const row = await page.textContent('#calls tbody tr');
  if (!row.includes('+12025550147')) throw new Error(`history row: "${row}"`);
  await shoot('history');
});

await step('a top-up by card', async () => {
  await page.goto(`${base}/topup`);
  await shoot('topup');
  await page.fill('#pin', pin);
  await page.click('#topup-form button[type=submit]');
  await page.waitForSelector('.flash.ok', { timeout: 10000 });
  const text = await page.textContent('.flash.ok');
  if (!text.includes('Your balance is now')) throw new Error(`top-up said: "${text}"`);
  await shoot('topup-done');
});

await step('the other pages render', async () => {
  await page.goto(`${base}/password`);
  await shoot('password');
  await context.clearCookies();
  await page.goto(`${base}/activate`);
  await shoot('activate');
});

await finish('portal browser test: all steps passed');

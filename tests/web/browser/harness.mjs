// What every portal script needs: Debian's Chromium (headless) on a phone-sized
// page, the browser's own errors collected, screenshots at phone and desktop
// size, and steps that stop the script at the first failure.
import { chromium } from 'playwright-core';

export const phone = { width: 390, height: 844 };
export const desktop = { width: 1280, height: 800 };

// contextOptions go to browser.newContext (locale, extra headers …);
// shots is the screenshot folder, or empty for none.
export async function openPortalBrowser(shots, contextOptions = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: phone, ...contextOptions });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));

  async function shoot(name) {
    if (!shots) return;
    for (const [label, size] of [['phone', phone], ['desktop', desktop]]) {
      await page.setViewportSize(size);
      await page.screenshot({ path: `${shots}/${name}-${label}.png`, fullPage: true });
    }
    await page.setViewportSize(phone);
  }

  async function step(name, action) {
    try {
      await action();
      console.log(`ok: ${name}`);
    } catch (error) {
      console.error(`FAILED: ${name}: ${error.message}`);
      if (shots) await page.screenshot({ path: `${shots}/failed.png`, fullPage: true }).catch(() => {});
      await browser.close();
      process.exit(1);
    }
  }

  // Closes the browser; exits 1 when the pages reported errors, else prints `passed`.
  async function finish(passed) {
    await browser.close();
    if (problems.length > 0) {
      console.error(`FAILED: the browser reported:\n${problems.join('\n')}`);
      process.exit(1);
    }
    console.log(passed);
  }

  return { browser, context, page, shoot, step, finish };
}

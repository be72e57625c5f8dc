// Sign-in in a real browser against a backend that runs signed in (SECURITY_MODE=signed-in):
//
//   BASE_URL=http://127.0.0.1:8080 E2E_DISPATCHER_USER=dana E2E_DISPATCHER_PASSWORD=… \
//     E2E_VIEWER_USER=vic E2E_VIEWER_PASSWORD=… [SCREENSHOT=/tmp/sign-in.png] [TIMEOUT_MS=120000] \
//     node e2e/sign-in.e2e.mjs
//
// The app asks who is there; a wrong password is refused; the dispatcher signs in and starts a
// delivery; in the history the dispatcher makes a customer's link; that link, opened in a browser
// with no session, follows the delivery live (its progress rises) and opens nothing else (the
// live map asks that browser to sign in); signed out, a viewer signs in and has no Start button.
// Prints one JSON line; exits 0 on success, 1 on failure.
import { chromium } from 'playwright-core';
import { args, executablePath, runMain } from './support/chromium.mjs';
import { awaitRoutes } from './support/live-map.mjs';

const baseUrl = process.env.BASE_URL;
const screenshot = process.env.SCREENSHOT;
const timeoutMs = Number(process.env.TIMEOUT_MS ?? 120_000);
const dispatcher = { user: process.env.E2E_DISPATCHER_USER, password: process.env.E2E_DISPATCHER_PASSWORD };
const viewer = { user: process.env.E2E_VIEWER_USER, password: process.env.E2E_VIEWER_PASSWORD };

async function main() {
  if (!baseUrl) throw new Error('BASE_URL is not set (e.g. http://127.0.0.1:8080)');
  if (!dispatcher.user || !dispatcher.password || !viewer.user || !viewer.password) {
    throw new Error('E2E_DISPATCHER_USER, E2E_DISPATCHER_PASSWORD, E2E_VIEWER_USER and E2E_VIEWER_PASSWORD are required');
  }
  const deadline = Date.now() + timeoutMs;
  const remaining = () => Math.max(1, deadline - Date.now());
  const browser = await chromium.launch({ executablePath, args, headless: true });
  const pageErrors = [];
  try {
    const office = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await office.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(baseUrl, { waitUntil: 'domcontentloaded', timeout: remaining() });
    await page.getByTestId('sign-in').waitFor({ state: 'visible', timeout: remaining() });

    await signIn(page, dispatcher.user, `${dispatcher.password}-wrong`);
    await page.getByText('Wrong user name or password.').waitFor({ state: 'visible', timeout: remaining() });

    await signIn(page, dispatcher.user, dispatcher.password);
    await page.getByTestId('user-menu').waitFor({ state: 'visible', timeout: remaining() });
    const deliveryId = await startDelivery(page, remaining);

    await page.getByRole('link', { name: 'Deliveries' }).first().click({ timeout: remaining() });
    const row = page.locator(`tr[data-delivery-id="${deliveryId}"]`);
    await row.waitFor({ state: 'attached', timeout: remaining() });
    const [issued] = await Promise.all([
      page.waitForResponse((r) => r.url().endsWith(`/api/deliveries/${deliveryId}/tracking-link`), { timeout: remaining() }),
      row.locator('[data-action="customer-link"]').click({ timeout: remaining() }),
    ]);
    if (issued.status() !== 201) throw new Error(`the customer link answered ${issued.status()}: ${await issued.text()}`);
    const link = await page.locator(`[data-customer-link="${deliveryId}"] input`).inputValue({ timeout: remaining() });
    if (!link.includes(`/track/${deliveryId}?access=`)) throw new Error(`the customer link is ${link}`);

    const customer = await browser.newContext({ viewport: { width: 800, height: 900 } });
    const customerPage = await customer.newPage();
    customerPage.on('pageerror', (error) => pageErrors.push(error.message));
    await customerPage.goto(link, { waitUntil: 'domcontentloaded', timeout: remaining() });
    const progress = await awaitProgressRising(customerPage, deliveryId, deadline);
    if (screenshot) await customerPage.screenshot({ path: screenshot });
    const fleet = await customerPage.request.get(`${baseUrl}/api/deliveries?access=${new URL(link).searchParams.get('access')}`);
    if (fleet.status() !== 401 && fleet.status() !== 403) throw new Error(`the link read the delivery list: ${fleet.status()}`);
    await customerPage.goto(baseUrl, { waitUntil: 'domcontentloaded', timeout: remaining() });
    await customerPage.getByTestId('sign-in').waitFor({ state: 'visible', timeout: remaining() });

    await page.getByRole('button', { name: 'Sign out' }).click({ timeout: remaining() });
    await page.getByTestId('sign-in').waitFor({ state: 'visible', timeout: remaining() });
    await signIn(page, viewer.user, viewer.password);
    await page.getByTestId('user-menu').waitFor({ state: 'visible', timeout: remaining() });
    // Signed in where they signed out: the history, whose rows offer a viewer no action.
    await row.waitFor({ state: 'attached', timeout: remaining() });
    const viewerActions = await page.locator('[data-testid="delivery-history"] [data-action]').count();
    await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded', timeout: remaining() });
    await page.locator('.page-nav [aria-current="page"]', { hasText: 'Live map' }).waitFor({ state: 'visible', timeout: remaining() });
    if (screenshot) await page.screenshot({ path: screenshot.replace(/\.png$/, '') + '-viewer.png' });
    await page.locator('[data-list="active"]').waitFor({ state: 'attached', timeout: remaining() });
    const viewerStarts = await page.getByRole('button', { name: 'Start' }).count();
    const viewerCancels = await page.locator('[data-list="active"] [data-action="cancel"]').count();
    if (viewerStarts + viewerCancels + viewerActions !== 0) {
      throw new Error(`a viewer sees ${viewerStarts} Start, ${viewerCancels} Cancel on the map and ${viewerActions} actions in the history`);
    }

    return { ok: true, deliveryId, customerProgress: progress, viewerStarts, viewerCancels, viewerActions, pageErrors, tookMs: timeoutMs - (deadline - Date.now()) };
  } finally {
    await browser.close();
  }
}

async function signIn(page, user, password) {
  await page.getByLabel('User name').fill(user);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

async function startDelivery(page, remaining) {
  await awaitRoutes(page, remaining());
  const [response] = await Promise.all([
    page.waitForResponse((r) => r.url().endsWith('/api/deliveries') && r.request().method() === 'POST', { timeout: remaining() }),
    page.getByRole('button', { name: 'Start' }).click({ timeout: remaining() }),
  ]);
  if (response.status() !== 201) throw new Error(`POST /api/deliveries answered ${response.status()}: ${await response.text()}`);
  return (await response.json()).id;
}

/** The tracking page's progress, polled (no fixed sleep) until it rose twice or the delivery was delivered. */
async function awaitProgressRising(page, deliveryId, deadline) {
  const seen = [];
  while (Date.now() < deadline) {
    const state = await page.evaluate((id) => {
      const root = document.querySelector(`[data-tracking-delivery="${CSS.escape(id)}"]`);
      const body = root?.querySelector('[data-status]');
      return { state: root?.getAttribute('data-state') ?? null, status: body?.getAttribute('data-status') ?? null,
        progress: body ? Number(body.getAttribute('data-progress')) : null };
    }, deliveryId);
    if (state.state === 'denied' || state.state === 'not-found') throw new Error(`the customer's page says ${state.state}`);
    if (state.progress !== null && seen[seen.length - 1] !== state.progress) seen.push(state.progress);
    const rises = seen.filter((value, i) => i > 0 && value > seen[i - 1]).length;
    if (rises >= 2 || state.status === 'delivered') return seen;
    await page.waitForTimeout(200);
  }
  throw new Error(`the customer's page did not follow the delivery: progress ${JSON.stringify(seen)}`);
}

runMain(main);

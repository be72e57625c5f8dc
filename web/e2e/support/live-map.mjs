// What several browser scripts do on the live map page.

/** In the page: the route picker is filled and enabled (the routes have loaded). */
export function routeSelectReady() {
  const s = document.querySelector('select[name="route"]');
  return s instanceof HTMLSelectElement && !s.disabled && s.options.length > 0 && s.options[0].value !== '';
}

/** Waits (polling, no fixed sleep) until the route picker can be used. */
export function awaitRoutes(page, timeout) {
  return page.waitForFunction(routeSelectReady, null, { timeout, polling: 100 });
}

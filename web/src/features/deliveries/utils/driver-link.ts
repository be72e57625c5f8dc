/** The absolute driver link a dispatcher hands to the driver: the page's origin + the server's `driverPath`. */
export function driverLink(driverPath: string, origin: string = window.location.origin): string {
  const path = driverPath.startsWith('/') ? driverPath : `/${driverPath}`;
  return `${origin.replace(/\/+$/, '')}${path}`;
}

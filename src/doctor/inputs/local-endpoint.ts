/**
 * The emulator's base URL behind a URL on this machine (loopback addresses, `localhost` and `*.localhost` names such as
 * `{apiId}.execute-api.localhost` or `{prefix}.auth.{region}.localhost`), where its AWS APIs answer; undefined for any
 * other host. `*.localhost` is sent to 127.0.0.1, as browsers do.
 */
export function localEndpointOf(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    return undefined;
  }
  const host = u.hostname;
  const loopback = host === "localhost" || host.endsWith(".localhost") || /^127(?:\.\d{1,3}){3}$/.test(host) || host === "[::1]";
  if (!loopback) return undefined;
  return `${u.protocol}//${host.endsWith(".localhost") ? "127.0.0.1" : host}${u.port ? `:${u.port}` : ""}`;
}

/** The region a hosted UI domain names (`{prefix}.auth.{region}.localhost` or `.amazoncognito.com`). */
export function regionOfAuthDomain(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    return /\.auth\.([a-z0-9-]+)\.(?:localhost|amazoncognito\.com)$/.exec(new URL(raw.trim()).hostname)?.[1];
  } catch {
    return undefined;
  }
}

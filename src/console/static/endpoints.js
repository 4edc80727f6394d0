/**
 * The console's reads; every one is a GET on this origin, except the token inspection (which stores nothing) and
 * the test-user action (the one write, which the server takes only from this page's origin).
 */

/** @param {string} path */
async function getJson(path) {
  const res = await fetch(path, { headers: { accept: "application/json" } });
  if (!res.ok) throw new Error(`${res.status} ${path}`);
  return res.json();
}

export const recentRequests = () => getJson("/_poolgate/requests?limit=500").then((r) => r.requests);
/** @param {string} requestId */
export const captureOf = (requestId) => getJson(`/_poolgate/console/captures/${encodeURIComponent(requestId)}`).catch(() => undefined);
/** @param {string[]} ids */
export const capturesOf = (ids) => getJson(`/_poolgate/console/captures?ids=${ids.map(encodeURIComponent).join(",")}`).then((r) => r.captures);
/** @param {string} lang */
export const checkMessages = (lang) => getJson(`/_poolgate/console/messages?lang=${lang}`);
export const userPools = () => getJson("/_poolgate/console/pools");
export const restApis = () => getJson("/_poolgate/console/apis");

/** @param {string} token @param {string[] | undefined} scopes @param {string} lang */
export async function inspectToken(token, scopes, lang) {
  const res = await fetch("/_poolgate/console/token", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ token, scopes, lang }),
  });
  if (!res.ok) throw new Error(`${res.status}`);
  return res.json();
}

/**
 * Creates a confirmed test user and signs it in; rejects with Cognito's message when refused.
 * @param {string} poolId @param {string} clientId
 */
export async function createTestUser(poolId, clientId) {
  const res = await fetch("/_poolgate/console/test-user", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ poolId, clientId }),
  });
  const body = await res.json().catch(() => ({}));
  if (!res.ok) throw new Error(body.message ?? String(res.status));
  return body;
}

/** @param {string} checkId */
export const docLink = (checkId) => `/_poolgate/console/docs/checks/${encodeURIComponent(checkId)}.md`;

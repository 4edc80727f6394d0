/**
 * The one rule for which user pool an issuer (`iss`) names, used by the gateway's authorizer, Cognito's own token
 * checks and the doctor alike:
 * - AWS's form `https://cognito-idp.{region}.amazonaws.com/{region}_{id}`, where the host's region must be the
 *   pool's own (a pool id starts with its region; Cognito refuses a token whose issuer names another region);
 * - poolgate's form `{base}/{poolId}`, where `{base}` is one of the local bases the caller trusts (the server's
 *   own base URL, or the endpoint the doctor was pointed at) or a loopback origin (any port: tokens minted by a
 *   poolgate on this machine, whichever name the caller used for it).
 */
const AWS_ISSUER = /^https:\/\/cognito-idp\.([a-z0-9-]+)\.amazonaws\.com\/(([a-z0-9-]+)_[0-9a-zA-Z]+)$/;
const POOL_ID = /^[a-z0-9-]+_[0-9a-zA-Z]+$/;
const LOOPBACK_ORIGIN = /^https?:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d{1,5})?$/;

export function poolIdOfIssuer(iss: string, localBases: readonly string[] = []): string | undefined {
  const aws = AWS_ISSUER.exec(iss);
  if (aws) return aws[1] === aws[3] ? aws[2] : undefined;
  const slash = iss.lastIndexOf("/");
  if (slash <= 0) return undefined;
  const base = iss.slice(0, slash);
  const poolId = iss.slice(slash + 1);
  if (!POOL_ID.test(poolId)) return undefined;
  if (LOOPBACK_ORIGIN.test(base) || localBases.some((b) => stripSlash(b) === base)) return poolId;
  return undefined;
}

const stripSlash = (s: string) => (s.endsWith("/") ? s.slice(0, -1) : s);

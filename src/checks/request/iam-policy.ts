import { isIP } from "node:net";

/**
 * A small IAM policy evaluator for API Gateway resource policies (AWS docs: "Control access to a REST API with
 * API Gateway resource policies", "condition keys"): Allow/Deny statements for `execute-api:Invoke` on
 * `arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{VERB}/{path}` with `*`/`?` wildcards, and the
 * conditions a caller without IAM credentials can meet. Anything it does not understand fails closed: an Allow
 * with an unknown condition does not match, a Deny with one does.
 */
export interface PolicyRequest {
  /** Full ARN of the invoked method. */
  resourceArn: string;
  sourceIp: string;
  /** Values for other condition keys (lower-case names); aws:SourceVpce and aws:SourceVpc are absent locally. */
  context?: Record<string, string | undefined>;
}

export interface PolicyScope {
  region: string;
  accountId: string;
  restApiId: string;
}

export type PolicyDecision =
  | { effect: "explicit-deny"; statement: number }
  | { effect: "allow"; statement: number }
  | { effect: "no-match" }
  | { effect: "invalid"; reason: string };

interface Statement {
  Effect?: unknown;
  Principal?: unknown;
  NotPrincipal?: unknown;
  Action?: unknown;
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: unknown;
}

const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined ? [] : [String(v)]);

/** Wildcard match as IAM does it: `*` any run of characters (including `/`), `?` exactly one. */
export function globMatch(pattern: string, value: string, caseInsensitive = false): boolean {
  const re = new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
    caseInsensitive ? "is" : "s",
  );
  return re.test(value);
}

/** The ARN a policy sees for a call: arn:aws:execute-api:{region}:{account}:{apiId}/{stage}/{METHOD}/{path}. */
export const methodArn = (region: string, account: string, apiId: string, stage: string, method: string, path: string) =>
  `arn:aws:execute-api:${region}:${account}:${apiId}/${stage}/${method}/${path.replace(/^\//, "")}`;

/** `execute-api:/stage/GET/path` → full ARN; API Gateway expands this shorthand when the policy is saved. */
export function expandResource(resource: string, scope: PolicyScope): string {
  if (resource.startsWith("execute-api:/"))
    return `arn:aws:execute-api:${scope.region}:${scope.accountId}:${scope.restApiId}/${resource.slice("execute-api:/".length)}`;
  return resource;
}

/** Parses a policy as stored on the RestApi (a JSON string, possibly with AWS's backslash-escaping). */
export function parsePolicy(policy: string): { Statement: Statement[] } | undefined {
  const attempts = [policy, policy.replace(/\\"/g, '"').replace(/\\\//g, "/")];
  for (const text of attempts) {
    try {
      const doc = JSON.parse(text);
      if (typeof doc === "string") return parsePolicy(doc);
      if (doc && typeof doc === "object") {
        const st = (doc as { Statement?: unknown }).Statement;
        const statements = Array.isArray(st) ? st : st && typeof st === "object" ? [st] : undefined;
        if (statements) return { Statement: statements as Statement[] };
      }
    } catch {
      // try the unescaped form next
    }
  }
  return undefined;
}

function principalIsEveryone(p: unknown): boolean {
  if (p === "*") return true;
  if (p && typeof p === "object") return list((p as { AWS?: unknown }).AWS).includes("*");
  return false;
}

const actionMatches = (patterns: string[]) => patterns.some((a) => globMatch(a, "execute-api:Invoke", true));

/** IPv4/IPv6 address in a CIDR block (IPv4-mapped IPv6 addresses count as IPv4). */
export function ipInCidr(ip: string, cidr: string): boolean {
  const addr = ip.startsWith("::ffff:") && isIP(ip.slice(7)) === 4 ? ip.slice(7) : ip;
  const [net, bitsText] = cidr.trim().split("/");
  const v = isIP(addr);
  if (v === 0 || v !== isIP(net)) return false;
  const toBits = (a: string): bigint => {
    if (v === 4) return a.split(".").reduce((acc, o) => (acc << 8n) + BigInt(Number(o)), 0n);
    const [head, tail = ""] = a.split("::");
    const h = head ? head.split(":") : [];
    const t = tail ? tail.split(":") : [];
    const groups = a.includes("::") ? [...h, ...Array(8 - h.length - t.length).fill("0"), ...t] : h;
    return groups.reduce((acc, g) => (acc << 16n) + BigInt(Number.parseInt(g || "0", 16)), 0n);
  };
  const width = v === 4 ? 32 : 128;
  const bits = bitsText === undefined ? width : Number(bitsText);
  if (!Number.isInteger(bits) || bits < 0 || bits > width) return false;
  const shift = BigInt(width - bits);
  return toBits(addr) >> shift === toBits(net) >> shift;
}

/** true/false, or undefined when the operator is not supported (the caller fails closed). */
function conditionHolds(condition: unknown, req: PolicyRequest): boolean | undefined {
  if (condition === undefined) return true;
  if (!condition || typeof condition !== "object") return undefined;
  for (const [operator, block] of Object.entries(condition as Record<string, unknown>)) {
    if (!block || typeof block !== "object") return undefined;
    for (const [key, expected] of Object.entries(block as Record<string, unknown>)) {
      const values = list(expected);
      const name = key.toLowerCase();
      const actual = name === "aws:sourceip" ? req.sourceIp : req.context?.[name];
      let ok: boolean;
      switch (operator) {
        case "IpAddress":
          ok = actual !== undefined && values.some((c) => ipInCidr(actual, c));
          break;
        case "NotIpAddress":
          ok = actual === undefined || !values.some((c) => ipInCidr(actual, c));
          break;
        case "StringEquals":
          ok = actual !== undefined && values.includes(actual);
          break;
        case "StringNotEquals":
          // IAM: a negated operator is true when the key is absent (how private-API policies deny public callers).
          ok = actual === undefined || !values.includes(actual);
          break;
        case "StringLike":
          ok = actual !== undefined && values.some((p) => globMatch(p, actual));
          break;
        case "StringNotLike":
          ok = actual === undefined || !values.some((p) => globMatch(p, actual));
          break;
        case "StringEqualsIgnoreCase":
          ok = actual !== undefined && values.some((x) => x.toLowerCase() === actual.toLowerCase());
          break;
        default:
          return undefined;
      }
      if (!ok) return false;
    }
  }
  return true;
}

/** Evaluates every statement: an explicit Deny wins over any Allow; no matching statement is "no-match". */
export function evaluatePolicy(policy: string, scope: PolicyScope, req: PolicyRequest): PolicyDecision {
  const doc = parsePolicy(policy);
  if (!doc) return { effect: "invalid", reason: "the policy is not a JSON policy document" };
  let allow: number | undefined;
  for (const [i, st] of doc.Statement.entries()) {
    if (!st || typeof st !== "object") return { effect: "invalid", reason: `statement ${i} is not an object` };
    const effect = st.Effect;
    if (effect !== "Allow" && effect !== "Deny") return { effect: "invalid", reason: `statement ${i} has Effect ${String(effect)}` };
    const deny = effect === "Deny";
    const principal =
      st.Principal !== undefined ? principalIsEveryone(st.Principal) : st.NotPrincipal !== undefined ? !principalIsEveryone(st.NotPrincipal) : false;
    if (!principal) continue;
    const action = st.Action !== undefined ? actionMatches(list(st.Action)) : st.NotAction !== undefined ? !actionMatches(list(st.NotAction)) : false;
    if (!action) continue;
    const resources = (v: unknown) => list(v).some((r) => globMatch(expandResource(r, scope), req.resourceArn));
    const resource = st.Resource !== undefined ? resources(st.Resource) : st.NotResource !== undefined ? !resources(st.NotResource) : false;
    if (!resource) continue;
    const holds = conditionHolds(st.Condition, req);
    const matches = holds === undefined ? deny : holds;
    if (!matches) continue;
    if (deny) return { effect: "explicit-deny", statement: i };
    allow ??= i;
  }
  return allow === undefined ? { effect: "no-match" } : { effect: "allow", statement: allow };
}

/** Whether the policy has any Allow statement (an allow-list), as opposed to only Deny statements (a deny-list). */
export function hasAllowStatement(policy: string): boolean {
  return parsePolicy(policy)?.Statement.some((s) => s && s.Effect === "Allow") ?? false;
}

import { isIP } from "node:net";

// The AWS host forms a hosts-file setup points at poolgate. Nobody but AWS can make these names resolve to a
// page of their own that then rebinds to 127.0.0.1, so they are as safe to serve as loopback names.
const AWS_HOSTS = [/^[a-z0-9]{1,32}\.execute-api\.[a-z0-9-]+\.amazonaws\.com$/, /^(?:cognito-idp|apigateway)\.[a-z0-9-]+\.amazonaws\.com$/];

/**
 * The Host names poolgate answers. A DNS-rebinding page reaches 127.0.0.1 under the attacker's own name, and
 * the browser sends that name as Host: refusing unknown names stops it. Always served: `localhost` and every
 * `*.localhost` name (browsers resolve them to loopback themselves: hosted-UI domains, execute-api hosts), IP
 * literals (a page can only send one as Host if it was itself loaded from that address), the public URL's host,
 * the AWS host forms above, and the names given with --allowed-host (`name` or `*.domain`).
 */
export class AllowedHosts {
  private readonly exact = new Set<string>();
  private readonly suffixes: string[] = [];

  constructor(names: string[], publicUrl?: string) {
    for (const name of names) {
      if (name.startsWith("*.")) this.suffixes.push(name.slice(1));
      else this.exact.add(name);
    }
    if (publicUrl) this.exact.add(new URL(publicUrl).hostname.toLowerCase().replace(/^\[(.*)\]$/, "$1"));
  }

  /** `hostname`: the Host header without its port, lower-cased (IPv6 in brackets, as URL gives it). */
  allows(hostname: string): boolean {
    const name = hostname.replace(/^\[(.*)\]$/, "$1").replace(/\.$/, "");
    if (isIP(name) !== 0) return true;
    if (name === "localhost" || name.endsWith(".localhost")) return true;
    if (AWS_HOSTS.some((re) => re.test(name))) return true;
    return this.exact.has(name) || this.suffixes.some((s) => name.endsWith(s));
  }
}

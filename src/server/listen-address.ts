import type { AddressInfo } from "node:net";

/** Is this bind address reachable only from this machine? */
export const isLoopback = (address: string): boolean => {
  const a = address.toLowerCase().replace(/^\[(.*)\]$/, "$1");
  return a === "localhost" || a === "::1" || /^127\.\d+\.\d+\.\d+$/.test(a) || /^::ffff:127\.\d+\.\d+\.\d+$/.test(a);
};

/** `address:port` as the socket really listens, IPv6 in brackets. */
export const listenAddressOf = (a: AddressInfo): string => `${a.family === "IPv6" || a.address.includes(":") ? `[${a.address}]` : a.address}:${a.port}`;

/**
 * The stderr warning for a non-loopback bind. poolgate has no authentication of its own (any SigV4 signature
 * passes, /_poolgate/codes lists temporary passwords), so anyone who can reach the port owns every pool.
 */
export function exposureWarning(a: AddressInfo): string | undefined {
  if (isLoopback(a.address)) return undefined;
  const everywhere = a.address === "0.0.0.0" || a.address === "::";
  return [
    `poolgate: WARNING: listening on ${listenAddressOf(a)}${everywhere ? ", every network interface of this machine" : ", an address other machines can reach"}.`,
    "poolgate: WARNING: anyone who can reach this port can call the Admin operations and read temporary passwords and codes at /_poolgate/codes;",
    "poolgate: WARNING: poolgate checks no credentials. Use --host 127.0.0.1 unless other machines or containers must reach it.",
  ].join("\n");
}

import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface TlsMaterial {
  key: string;
  cert: string;
  /** Where the certificate is kept (to trust it in a browser or Postman); undefined when ephemeral. */
  certPath?: string;
}

export class CertificateError extends Error {}

/** Names the certificate covers: loopback, every *.localhost name, hosted-UI domains of the region, execute-api hosts. */
export const certificateNames = (region: string): string[] => [
  "DNS:localhost",
  "DNS:*.localhost",
  `DNS:*.auth.${region}.localhost`,
  "DNS:*.execute-api.localhost",
  "IP:127.0.0.1",
  "IP:0:0:0:0:0:0:0:1",
];

/**
 * A self-signed certificate for `--https`. Node can read certificates but not make them, so the machine's
 * `openssl` makes one (nothing is downloaded). It is kept in the data directory and reused, so a browser or
 * Postman told to trust it once keeps trusting it; with --ephemeral it lives only in memory.
 */
export function selfSignedCertificate(opts: { dataDir: string; ephemeral: boolean; region: string }): TlsMaterial {
  const dir = opts.ephemeral ? mkdtempSync(join(tmpdir(), "poolgate-tls-")) : join(opts.dataDir, "tls");
  const keyPath = join(dir, "localhost-key.pem");
  const certPath = join(dir, "localhost-cert.pem");
  try {
    if (!opts.ephemeral && existsSync(keyPath) && existsSync(certPath))
      return { key: readFileSync(keyPath, "utf8"), cert: readFileSync(certPath, "utf8"), certPath };
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    try {
      execFileSync(
        "openssl",
        [
          "req",
          "-x509",
          "-newkey",
          "rsa:2048",
          "-nodes",
          "-sha256",
          "-days",
          "825",
          "-subj",
          "/CN=localhost/O=poolgate local",
          "-addext",
          `subjectAltName=${certificateNames(opts.region).join(",")}`,
          "-keyout",
          keyPath,
          "-out",
          certPath,
        ],
        { stdio: ["ignore", "ignore", "pipe"], timeout: 30_000 },
      );
    } catch (e) {
      const err = e as NodeJS.ErrnoException & { stderr?: Buffer };
      if (err.code === "ENOENT") throw new CertificateError("--https needs the openssl command to make a self-signed certificate, and it is not on PATH");
      throw new CertificateError(`openssl could not make a certificate: ${err.stderr?.toString().trim() || err.message}`);
    }
    return { key: readFileSync(keyPath, "utf8"), cert: readFileSync(certPath, "utf8"), certPath: opts.ephemeral ? undefined : certPath };
  } finally {
    if (opts.ephemeral) rmSync(dir, { recursive: true, force: true });
  }
}

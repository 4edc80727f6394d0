/** Headers that say nothing about why a request was refused, left out of the doctor command. */
const NOISE = new Set([
  "host",
  "connection",
  "content-length",
  "accept-encoding",
  "accept-language",
  "user-agent",
  "accept",
  "cookie",
  "keep-alive",
  "priority",
]);

/** Stand-ins for masked credentials, expanded by the user's shell. */
const PLACEHOLDERS = /** @type {Record<string, string>} */ ({ authorization: "TOKEN", "x-api-key": "API_KEY" });

/** @param {string} s */
const singleQuoted = (s) => `'${s.replaceAll("'", "'\\''")}'`;

/**
 * `poolgate doctor curl "curl ..."` for a captured request. The console keeps no credentials, so the
 * Authorization and x-api-key values are $TOKEN and $API_KEY, left for the shell to expand.
 * @param {{ method: string }} record
 * @param {{ host: string, url: string, headers: [string, string][] }} capture
 * @param {string} scheme "http:" or "https:"
 */
export function doctorCommand(record, capture, scheme) {
  const marks = /** @type {string[]} */ ([]);
  const parts = ["curl"];
  if (record.method !== "GET") parts.push("-X", singleQuoted(record.method));
  for (const [name, value] of capture.headers) {
    const lower = name.toLowerCase();
    if (NOISE.has(lower) || lower.startsWith("sec-")) continue;
    const variable = PLACEHOLDERS[lower];
    if (variable) {
      // A marker survives escaping; it becomes $VARIABLE once the command is quoted for the outer shell.
      marks.push(variable);
      const bearer = /^Bearer\s/i.test(value) ? "Bearer " : "";
      parts.push("-H", singleQuoted(`${name}: ${bearer}\u0000${marks.length - 1}\u0000`));
    } else parts.push("-H", singleQuoted(`${name}: ${value}`));
  }
  parts.push(singleQuoted(`${scheme}//${capture.host}${capture.url}`));
  const inner = parts.join(" ").replace(/[\\"`$]/g, (c) => `\\${c}`);
  return `poolgate doctor curl "${inner.replace(/\u0000(\d+)\u0000/g, (_, i) => `$${marks[Number(i)]}`)}"`;
}

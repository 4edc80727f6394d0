import { trimOptionalWhitespace } from "../../grammar/header-value.js";
import { UsageError } from "../usage-error.js";

export interface ParsedRequest {
  url: string;
  method: string;
  headers: Array<[string, string]>;
  body?: string;
}

/**
 * Splits a shell command line the way a POSIX shell would for the parts a pasted curl command uses: single and
 * double quotes, backslash escapes, and backslash-newline continuations. No expansion is done.
 */
export function shellWords(line: string): string[] {
  const words: string[] = [];
  let cur = "";
  let inWord = false;
  let i = 0;
  const s = line.replace(/\\\r?\n/g, " ");
  while (i < s.length) {
    const c = s[i] as string;
    if (c === "'") {
      const end = s.indexOf("'", i + 1);
      if (end < 0) throw new UsageError("doctor.usage.bad-curl", { reason: "unclosed '" });
      cur += s.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      i++;
      while (i < s.length && s[i] !== '"') {
        if (s[i] === "\\" && i + 1 < s.length && '"\\$`'.includes(s[i + 1] as string)) i++;
        cur += s[i];
        i++;
      }
      if (i >= s.length) throw new UsageError("doctor.usage.bad-curl", { reason: 'unclosed "' });
      inWord = true;
      i++;
    } else if (c === "\\" && i + 1 < s.length) {
      cur += s[i + 1];
      inWord = true;
      i += 2;
    } else if (/\s/.test(c)) {
      if (inWord) words.push(cur);
      cur = "";
      inWord = false;
      i++;
    } else {
      cur += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(cur);
  return words;
}

const WITH_VALUE = new Set([
  "-X",
  "--request",
  "-H",
  "--header",
  "-d",
  "--data",
  "--data-raw",
  "--data-binary",
  "--data-ascii",
  "--data-urlencode",
  "-u",
  "--user",
  "-A",
  "--user-agent",
  "-e",
  "--referer",
  "-b",
  "--cookie",
  "-o",
  "--output",
  "-m",
  "--max-time",
  "--connect-timeout",
  "-w",
  "--write-out",
  "--url",
  "-x",
  "--proxy",
  "--json",
  "-F",
  "--form",
]);

/** A pasted `curl ...` command as the request it sends (method, URL, headers, body). */
export function parseCurl(command: string): ParsedRequest {
  const words = shellWords(command.trim());
  if (words[0] === "$") words.shift();
  if (words[0] !== "curl" && !words[0]?.endsWith("/curl")) throw new UsageError("doctor.usage.bad-curl", { reason: "it does not start with curl" });
  let url: string | undefined;
  let method: string | undefined;
  const headers: Array<[string, string]> = [];
  let body: string | undefined;
  let head = false;
  for (let i = 1; i < words.length; i++) {
    const w = words[i] as string;
    let name = w;
    let value: string | undefined;
    // --header=... and -HValue forms
    const eq = /^(--[a-z-]+)=(.*)$/s.exec(w);
    if (eq) {
      name = eq[1] as string;
      value = eq[2];
    } else if (/^-[XHdA]./.test(w)) {
      name = w.slice(0, 2);
      value = w.slice(2);
    }
    if (WITH_VALUE.has(name)) {
      if (value === undefined) {
        value = words[++i];
        if (value === undefined) throw new UsageError("doctor.usage.bad-curl", { reason: `${name} needs a value` });
      }
      switch (name) {
        case "-X":
        case "--request":
          method = value.toUpperCase();
          break;
        case "-H":
        case "--header": {
          const colon = value.indexOf(":");
          if (colon > 0) headers.push([value.slice(0, colon).trim(), trimOptionalWhitespace(value.slice(colon + 1))]);
          break;
        }
        case "--json":
          body = value;
          headers.push(["Content-Type", "application/json"], ["Accept", "application/json"]);
          break;
        case "--url":
          url = value;
          break;
        default:
          if (name.startsWith("-d") || name.startsWith("--data")) body = body === undefined ? value : `${body}&${value}`;
      }
      continue;
    }
    if (w === "-I" || w === "--head") head = true;
    else if (!w.startsWith("-") && url === undefined) url = w;
  }
  if (!url) throw new UsageError("doctor.usage.bad-curl", { reason: "no URL" });
  return { url, method: method ?? (head ? "HEAD" : body !== undefined ? "POST" : "GET"), headers, body };
}

/** `-H 'Name: value'` arguments of `doctor request`. */
export function parseHeaderArgs(values: string[]): Array<[string, string]> {
  return values.map((v) => {
    const colon = v.indexOf(":");
    if (colon <= 0) throw new UsageError("doctor.usage.bad-header", { value: v });
    // Only the whitespace HTTP itself trims: a full-width space (U+3000) pasted before a token is sent, and judged, as is.
    return [v.slice(0, colon).trim(), trimOptionalWhitespace(v.slice(colon + 1))];
  });
}

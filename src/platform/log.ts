/** A tiny structured logger. Secrets and passwords are never passed to it. */
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

const ORDER: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 99 };

export interface Logger {
  debug(msg: string, fields?: Record<string, unknown>): void;
  info(msg: string, fields?: Record<string, unknown>): void;
  warn(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

/** Longest message or string field kept in a line: a request path can be as long as the client likes. */
export const MAX_LOGGED_STRING = 512;
/** Bytes a log stream may hold unwritten before lines are dropped. */
export const MAX_BUFFERED_LOG_BYTES = 1024 * 1024;

const truncate = (s: string): string => (s.length > MAX_LOGGED_STRING ? `${s.slice(0, MAX_LOGGED_STRING)}…(${s.length - MAX_LOGGED_STRING} more chars)` : s);

// Stack traces stay whole: they are the point of an error line, and their length does not depend on the request.
const shorten = (key: string, v: unknown): unknown => (typeof v === "string" && key !== "error" ? truncate(v) : v);

export function createLogger(level: LogLevel, write: (line: string) => void = boundedLineWriter(process.stderr)): Logger {
  const emit = (lvl: LogLevel, msg: string, fields?: Record<string, unknown>) => {
    if (ORDER[lvl] < ORDER[level]) return;
    const extra = fields && Object.keys(fields).length ? ` ${JSON.stringify(fields, (k, v) => (k === "" ? v : shorten(k, v)))}` : "";
    write(`[poolgate] ${lvl} ${truncate(msg)}${extra}`);
  };
  return {
    debug: (m, f) => emit("debug", m, f),
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
  };
}

/** The part of a writable stream the writer needs (process.stderr, or a test's stream). */
export interface LogStream {
  readonly writableLength: number;
  write(chunk: string): boolean;
  once(event: "drain", listener: () => void): unknown;
}

/**
 * Writes one line per call, but never lets the stream's buffer grow past `maxBuffered`: a log reader that stops
 * reading (a full pipe) would otherwise keep every line in memory. Lines past the limit are dropped and counted;
 * once the stream drains, one line says how many were lost.
 */
export function boundedLineWriter(stream: LogStream, maxBuffered = MAX_BUFFERED_LOG_BYTES): (line: string) => void {
  let dropped = 0;
  const onDrain = () => {
    const n = dropped;
    dropped = 0;
    stream.write(`[poolgate] warn ${n} log line${n === 1 ? "" : "s"} dropped: the log reader was not keeping up\n`);
  };
  return (line) => {
    if (dropped > 0 || stream.writableLength >= maxBuffered) {
      // The first drop waits for 'drain'; the stream is past its high-water mark, so 'drain' will come.
      if (dropped++ === 0) stream.once("drain", onDrain);
      return;
    }
    stream.write(`${line}\n`);
  };
}

export const silentLogger: Logger = createLogger("silent");

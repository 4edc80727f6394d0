import type { Note } from "./report.js";

/** "1h02m05s", "3d04h": short and language-neutral. */
export function duration(seconds: number): string {
  const s = Math.abs(Math.round(seconds));
  const d = Math.floor(s / 86400);
  const h = Math.floor((s % 86400) / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = s % 60;
  const two = (n: number) => String(n).padStart(2, "0");
  if (d > 0) return `${d}d${two(h)}h`;
  if (h > 0) return `${h}h${two(m)}m${two(sec)}s`;
  if (m > 0) return `${m}m${two(sec)}s`;
  return `${sec}s`;
}

const text = (v: unknown) => (typeof v === "string" ? v : JSON.stringify(v));

/**
 * The claims the article names, each with what it means: token_use, exp (UTC and relative), auth_time, iss, and
 * who the token is for (aud / client_id), scope and groups.
 */
export function claimNotes(payload: Record<string, unknown>, nowSeconds: number, poolId: string | undefined): Note[] {
  const notes: Note[] = [];
  const use = payload.token_use;
  notes.push({
    key: use === "id" ? "doctor.claim.token_use.id" : use === "access" ? "doctor.claim.token_use.access" : "doctor.claim.token_use.other",
    params: { value: text(use ?? "-") },
  });
  for (const name of ["exp", "iat", "auth_time"] as const) {
    const v = payload[name];
    if (typeof v !== "number") continue;
    const rel = v - nowSeconds;
    notes.push({
      key: `doctor.claim.${name}.${rel >= 0 ? "future" : "past"}`,
      params: { value: v, amount: duration(rel) },
    });
  }
  if (typeof payload.iss === "string")
    notes.push({ key: poolId ? "doctor.claim.iss" : "doctor.claim.iss.unknown", params: { value: payload.iss, poolId: poolId ?? "-" } });
  if (payload.aud !== undefined) notes.push({ key: "doctor.claim.aud", params: { value: text(payload.aud) } });
  if (payload.client_id !== undefined) notes.push({ key: "doctor.claim.client_id", params: { value: text(payload.client_id) } });
  if (payload.scope !== undefined) notes.push({ key: "doctor.claim.scope", params: { value: text(payload.scope) } });
  if (payload["cognito:groups"] !== undefined) notes.push({ key: "doctor.claim.groups", params: { value: text(payload["cognito:groups"]) } });
  const user = payload["cognito:username"] ?? payload.username;
  if (user !== undefined) notes.push({ key: "doctor.claim.username", params: { value: text(user) } });
  return notes;
}

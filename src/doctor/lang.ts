import type { Lang } from "../checks/messages/catalogue.js";

/** --lang wins; otherwise the POSIX locale order LC_ALL, LC_MESSAGES, LANG decides: ja* means Japanese. */
export function resolveLang(flag: string | undefined, env: NodeJS.ProcessEnv): Lang {
  if (flag === "ja" || flag === "en") return flag;
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("ja") ? "ja" : "en";
}

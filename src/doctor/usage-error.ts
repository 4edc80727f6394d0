import type { Lang } from "../checks/messages/catalogue.js";
import { message } from "../checks/messages/catalogue.js";

/**
 * A problem with what the user asked (a token that is not one, an endpoint that does not answer, no credentials):
 * exit status 2 and one line naming it, never a stack trace. `key` is a message key of the doctor catalogue.
 */
export class UsageError extends Error {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number> = {},
  ) {
    super(message("en", key, params));
  }

  render(lang: Lang): string {
    return message(lang, this.key, this.params);
  }
}

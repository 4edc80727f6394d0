import type { Catalogue } from "../catalogue.js";

/** authorizer checks, ja. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const authorizer: Catalogue = {};

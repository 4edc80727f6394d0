import type { Catalogue } from "../catalogue.js";

/** authorizer checks, en. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const authorizer: Catalogue = {};

import type { Catalogue } from "../catalogue.js";

/** oauth checks, en. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const oauth: Catalogue = {};

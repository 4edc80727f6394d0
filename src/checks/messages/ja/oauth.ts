import type { Catalogue } from "../catalogue.js";

/** oauth checks, ja. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const oauth: Catalogue = {};

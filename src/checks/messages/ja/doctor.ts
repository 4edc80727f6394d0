import type { Catalogue } from "../catalogue.js";

/** doctor checks, ja. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const doctor: Catalogue = {};

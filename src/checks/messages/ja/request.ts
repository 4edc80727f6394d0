import type { Catalogue } from "../catalogue.js";

/** request checks, ja. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const request: Catalogue = {};

import type { Catalogue } from "../catalogue.js";

/** token checks, ja. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const token: Catalogue = {};

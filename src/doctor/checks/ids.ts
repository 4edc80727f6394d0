import { checkIdsOf } from "../../checks/ids.js";

/** Check ids only the doctor reports (from the one table of ids, src/checks/ids.ts). */
export const DOCTOR_CHECK_IDS = checkIdsOf("doctor");

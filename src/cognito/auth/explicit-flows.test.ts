import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { ClientRecord } from "../../store/cognito/records.js";
import { type ExplicitFlow, flowEnabled } from "./explicit-flows.js";

const client = (ExplicitAuthFlows: string[]) => ({ ExplicitAuthFlows }) as ClientRecord;

describe("flowEnabled", () => {
  const cases: [string[], ExplicitFlow, boolean][] = [
    [["ALLOW_USER_PASSWORD_AUTH"], "ALLOW_USER_PASSWORD_AUTH", true],
    [["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH", "ALLOW_CUSTOM_AUTH"], "ALLOW_USER_PASSWORD_AUTH", false],
    [["ALLOW_USER_SRP_AUTH"], "ALLOW_REFRESH_TOKEN_AUTH", false],
    [["USER_PASSWORD_AUTH"], "ALLOW_USER_PASSWORD_AUTH", true],
    [["ADMIN_NO_SRP_AUTH"], "ALLOW_ADMIN_USER_PASSWORD_AUTH", true],
    [["ADMIN_NO_SRP_AUTH"], "ALLOW_USER_PASSWORD_AUTH", false],
    // Legacy-only clients predate the ALLOW_* settings: SRP and refresh stay available.
    [["ADMIN_NO_SRP_AUTH"], "ALLOW_USER_SRP_AUTH", true],
    [["USER_PASSWORD_AUTH"], "ALLOW_REFRESH_TOKEN_AUTH", true],
    [[], "ALLOW_USER_SRP_AUTH", false],
  ];
  for (const [flows, flow, expected] of cases)
    it(`${JSON.stringify(flows)} → ${flow}: ${expected}`, () => assert.equal(flowEnabled(client(flows), flow), expected));
});

import assert from "node:assert/strict";
import { it } from "node:test";
import { articleOfFinding } from "../../checks/ids.js";
import { finding } from "../../checks/types.js";
import { toJson } from "./json.js";
import { renderText } from "./text.js";

// A message may name the finding's actual value; it must never reach the user as a raw "{actual}".
it("fills {actual} and {expected} from the finding", () => {
  const f = finding("request.auth-header", "warn", "unusual-bearer", { params: { header: "authorization" }, actual: "Bearer  ", expected: "Bearer " });
  const report = { titleKey: "doctor.title.token", findings: [f], notes: [] };
  for (const lang of ["en", "ja"] as const) {
    const json = toJson(report as never, lang);
    assert.doesNotMatch(json.findings[0]?.message ?? "", /\{actual\}/);
    assert.match(json.findings[0]?.message ?? "", /Bearer {2}/);
    assert.doesNotMatch(renderText(report as never, lang), /\{(actual|expected)\}/);
  }
});

it("counts one warning as '1 warning', and names each failed check's explain page", () => {
  const report = {
    titleKey: "doctor.title.request",
    titleParams: { method: "GET", url: "u" },
    findings: [
      finding("request.auth-header", "warn", "other-scheme", { params: { header: "authorization", scheme: "Basic" } }),
      finding("token.decodable", "fail", "parts", { params: { count: 2 } }),
    ],
    notes: [],
  };
  const text = renderText(report, "en");
  assert.match(text, /, 1 warning,/);
  assert.match(text, /explain : docs\/checks\/token\.decodable\.md/);
  assert.match(toJson(report, "en").findings[1]?.article ?? "", /^B3$/);
});

it("shows A2 for a stage that does not exist or has no deployment, and no article for other stage findings", () => {
  assert.equal(articleOfFinding(finding("request.stage", "fail", "unknown-stage")), "A2");
  assert.equal(articleOfFinding(finding("request.stage", "fail", "no-deployment")), "A2");
  assert.equal(articleOfFinding(finding("request.stage", "fail", "unknown-api")), undefined);
  assert.equal(articleOfFinding(finding("api.deployed", "fail", "route-not-deployed")), "A2");
  const f = finding("request.stage", "fail", "unknown-stage", { params: { apiId: "a", stage: "prod", stages: "dev" } });
  assert.match(renderText({ titleKey: "doctor.title.token", findings: [f], notes: [] } as never, "en"), /A2 request\.stage/);
});

it("ends the Japanese summary without a space after 。", () => {
  const report = { titleKey: "doctor.title.token", titleParams: {}, findings: [finding("token.input", "pass", "ok")], notes: [] };
  const summary = renderText(report, "ja").trimEnd().split("\n").at(-1) ?? "";
  assert.match(summary, /件。チェックリスト/);
  assert.doesNotMatch(summary, /。 /);
});

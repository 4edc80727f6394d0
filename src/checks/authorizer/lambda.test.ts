import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { checkIdentitySources, identitySourcesOf, identityValues, judgeAuthorizerAnswer } from "./lambda.js";

const scope = { region: "us-east-1", accountId: "123456789012", restApiId: "abc123" };
const arn = "arn:aws:execute-api:us-east-1:123456789012:abc123/dev/GET/pets/7";
const answer = (Statement: unknown, extra: Record<string, unknown> = {}) => ({
  ok: true as const,
  result: { principalId: "u", policyDocument: { Version: "2012-10-17", Statement }, ...extra },
});
const judged = (run: Parameters<typeof judgeAuthorizerAnswer>[1]) => judgeAuthorizerAnswer("fn", run, arn, scope);
const statusOf = (run: Parameters<typeof judgeAuthorizerAnswer>[1]) => {
  const { outcome } = judged(run);
  return outcome.decision === "allow" ? 200 : outcome.status;
};

describe("authorizer.lambda", () => {
  it("matches Resource wildcards and the execute-api:/ shorthand against the method ARN", () => {
    for (const resource of ["arn:aws:execute-api:us-east-1:123456789012:abc123/dev/*", "arn:aws:execute-api:*:*:abc123/*/GET/pets/*", "*"])
      assert.equal(judged(answer([{ Action: "execute-api:Invoke", Effect: "Allow", Resource: resource }])).finding.messageKey, "allowed", resource);
    assert.equal(
      judged(answer([{ Action: "execute-api:Invoke", Effect: "Allow", Resource: "arn:aws:execute-api:us-east-1:123456789012:abc123/dev/POST/*" }])).finding
        .messageKey,
      "no-allow",
    );
  });

  it("an explicit Deny wins over an Allow", () => {
    const out = judged(
      answer([
        { Action: "*", Effect: "Allow", Resource: "*" },
        { Action: "execute-api:Invoke", Effect: "Deny", Resource: arn },
      ]),
    );
    assert.equal(out.finding.messageKey, "explicit-deny");
    assert.deepEqual(out.outcome, {
      decision: "deny",
      responseType: "ACCESS_DENIED",
      status: 403,
      message: "User is not authorized to access this resource with an explicit deny",
    });
  });

  it("accepts a JSON-string answer and a numeric principalId; refuses arrays in context", () => {
    const text = JSON.stringify({ principalId: 42, policyDocument: { Statement: [{ Action: "execute-api:Invoke", Effect: "Allow", Resource: "*" }] } });
    const ok = judged({ ok: true, result: text });
    assert.equal(ok.outcome.decision, "allow");
    assert.equal(ok.outcome.decision === "allow" && ok.outcome.principalId, "42");
    assert.equal(judged(answer([{ Action: "*", Effect: "Allow", Resource: "*" }], { context: { list: [1] } })).finding.messageKey, "bad-output");
    assert.equal(judged(answer([{ Action: "*", Effect: "Maybe", Resource: "*" }])).finding.messageKey, "bad-output");
  });

  it("only the exact error 'Unauthorized' is a 401; other failures are 500", () => {
    assert.equal(statusOf({ ok: false, reason: "threw", message: "Unauthorized" }), 401);
    assert.equal(statusOf({ ok: false, reason: "threw", message: "unauthorized" }), 500);
    assert.equal(statusOf({ ok: false, reason: "timeout", message: "slow" }), 500);
    assert.equal(judged({ ok: false, reason: "no-mapping", message: "" }).finding.messageKey, "no-function");
  });

  it("identity sources: TOKEN defaults to Authorization; blank values count as missing; REQUEST without cache needs none", () => {
    assert.deepEqual(identitySourcesOf("TOKEN", undefined), ["method.request.header.Authorization"]);
    assert.deepEqual(identitySourcesOf("REQUEST", "method.request.header.A, method.request.querystring.b"), [
      "method.request.header.A",
      "method.request.querystring.b",
    ]);
    const lookup = { header: (n: string) => (n === "A" ? "  " : undefined), query: () => "1", stageVariable: () => undefined, context: () => undefined };
    const values = identityValues(["method.request.header.A", "method.request.querystring.b"], lookup);
    assert.equal(checkIdentitySources("REQUEST", values, 300, undefined)?.finding.messageKey, "identity-missing");
    assert.equal(checkIdentitySources("REQUEST", values, 0, undefined), undefined);
    assert.equal(checkIdentitySources("TOKEN", [{ source: "h", value: "ab1" }], 0, "[a-z]+")?.finding.messageKey, "identity-invalid");
    assert.equal(checkIdentitySources("TOKEN", [{ source: "h", value: "abc" }], 0, "[a-z]+"), undefined);
  });

  it("names an identity source whose prefix is written twice, with the same 401", () => {
    const source = "method.request.header.method.request.header.Authorization";
    const lookup = {
      header: (n: string) => (n === "Authorization" ? "allow" : undefined),
      query: () => undefined,
      stageVariable: () => undefined,
      context: () => undefined,
    };
    const early = checkIdentitySources("TOKEN", identityValues([source], lookup), 300, undefined);
    assert.equal(early?.finding.messageKey, "identity-source-repeated");
    assert.equal(early?.finding.expected, "method.request.header.Authorization");
    assert.equal(early?.outcome.status, 401);
  });
});

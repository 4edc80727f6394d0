import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { escapeJavaScript, jsonPath, renderMappingTemplate, type TemplateInput } from "./mapping-template.js";

const input: TemplateInput = {
  body: JSON.stringify({ pet: { name: "Rex", tags: ["a", "b"] }, n: 3 }),
  params: { path: { id: "7" }, querystring: { q: "x y" }, header: { "X-Trace": "t1" } },
  context: {
    requestId: "rid-1",
    stage: "dev",
    httpMethod: "GET",
    resourcePath: "/pets/{id}",
    authorizer: { claims: { "cognito:username": "alice", email: "a@example.com" } },
  },
  stageVariables: { env: "test" },
};
const render = (t: string) => renderMappingTemplate(t, input);

describe("mapping templates", () => {
  it("reads $input", () => {
    assert.equal(render("$input.body"), input.body);
    assert.equal(render("$input.json('$')"), input.body);
    assert.equal(render("$input.json('$.pet.tags')"), '["a","b"]');
    assert.equal(render("$input.path('$.pet.name')"), "Rex");
    assert.equal(render("$input.path('$.pet.tags[1]')"), "b");
    assert.equal(render("$input.path('$.n')"), "3");
    assert.equal(render("$input.params('id')/$input.params('q')/$input.params('x-trace')"), "7/x y/t1");
    assert.equal(render("$input.params().path.id"), "7");
  });

  it("reads $context (claims by dot and bracket), $stageVariables", () => {
    assert.equal(render("$context.requestId $context.stage $context.httpMethod $context.resourcePath"), "rid-1 dev GET /pets/{id}");
    assert.equal(render("$context.authorizer.claims.email|$context.authorizer.claims['cognito:username']"), "a@example.com|alice");
    // biome-ignore lint/suspicious/noTemplateCurlyInString: API Gateway syntax, not a JS template
    assert.equal(render("${stageVariables.env}"), "test");
    assert.equal(render("[$context.nothing.here]"), "[]");
  });

  it("runs $util functions", () => {
    assert.equal(render("$util.urlEncode($input.params('q'))"), "x%20y");
    assert.equal(render("$util.base64Encode('hi')"), "aGk=");
    assert.equal(render("$util.base64Decode('aGk=')"), "hi");
    assert.equal(render(`$util.escapeJavaScript("it's")`), "it\\'s");
    assert.equal(escapeJavaScript('a"b\n'), 'a\\"b\\n');
  });

  it("handles #set, #if/#elseif/#else and #foreach (the AWS-recorded claims loop)", () => {
    const t = `#set($claims = $context.authorizer.claims)
{"claims": {#foreach($claim in $claims.keySet())"$claim": "$claims.get($claim)"#if($foreach.hasNext),#end#end}}`;
    assert.deepEqual(JSON.parse(render(t)), { claims: { "cognito:username": "alice", email: "a@example.com" } });
    assert.equal(render("#if($input.params('id') == '7')seven#elseif($x)no#{else}other#end"), "seven");
    assert.equal(render("#if($input.params('id') == '8')eight#else other#end"), " other");
    assert.equal(render("#foreach($t in $input.path('$.pet.tags'))[$t]#end"), "[a][b]");
  });

  it("evaluates JSONPath", () => {
    assert.deepEqual(jsonPath({ a: [{ b: 1 }] }, "$.a[0].b"), 1);
    assert.equal(jsonPath({ a: 1 }, "$.x.y"), undefined);
    assert.equal(jsonPath({ "a-b": 2 }, "$['a-b']"), 2);
  });
});

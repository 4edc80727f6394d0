import assert from "node:assert/strict";
import { it } from "node:test";
import { RestJsonError } from "../../wire/errors.js";
import { applyPatch, mapRule, patchOperationsOf, scalarRule, unescapePointer } from "./patch.js";

interface Target {
  name?: string;
  variables?: Record<string, string>;
}

const rules = [
  scalarRule<Target>("/name", (t, v) => {
    t.name = v;
  }),
  mapRule<Target>(
    "/variables",
    (t) => t.variables,
    (t, m) => {
      t.variables = m;
    },
  ),
];

it("applies replace, add and remove through the rule for each path", () => {
  const t: Target = { name: "a", variables: { x: "1" } };
  applyPatch(
    t,
    patchOperationsOf({
      patchOperations: [
        { op: "replace", path: "/name", value: "b" },
        { op: "add", path: "/variables/a~1b", value: "2" },
        { op: "remove", path: "/variables/x" },
      ],
    }),
    rules,
  );
  assert.deepEqual(t, { name: "b", variables: { "a/b": "2" } });
});

it("answers an unknown path or op with AWS's message (two spaces after 'path')", () => {
  const cases: [object, string][] = [
    [{ op: "replace", path: "/nope", value: "x" }, "Invalid patch path  '/nope' specified for op 'replace'. Must be one of: [/name, /variables/*]"],
    [{ op: "remove", path: "/name" }, "Invalid patch path  '/name' specified for op 'remove'. Must be one of: [/variables/*]"],
    [{ op: "explode", path: "/name" }, "Invalid patch operation specified. Must be one of: [add, remove, replace, move, copy, test]"],
  ];
  for (const [op, message] of cases)
    assert.throws(
      () => applyPatch({}, patchOperationsOf({ patchOperations: [op] }), rules),
      (e: unknown) => e instanceof RestJsonError && e.type === "BadRequestException" && e.status === 400 && e.message === message,
    );
});

it("unescapes JSON-pointer tokens", () => {
  assert.equal(unescapePointer("application~1json"), "application/json");
  assert.equal(unescapePointer("a~0b"), "a~b");
});

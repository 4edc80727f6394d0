import fc from "fast-check";
import type { Field, Shape } from "../../src/wire/validation.js";

/**
 * Arbitraries for the wire fuzz suite, derived from the operations' declared input shapes: each member is
 * sometimes a plausible value (so requests get past validation into the operation), sometimes a mutation
 * (wrong type, null, an odd or huge string, deep nesting), sometimes absent; unknown members ride along.
 */

/**
 * Values a case may use to reach real records: by member name (`UserPoolId`, `restApiId`, compared
 * case-insensitively), and a pool any string member may draw from.
 */
export interface Known {
  byName: Readonly<Record<string, readonly string[]>>;
  any: readonly string[];
}

const knownFor = (known: Known, name: string | undefined): readonly string[] => {
  if (name === undefined) return [];
  const key = Object.keys(known.byName).find((k) => k.toLowerCase() === name.toLowerCase());
  return key ? (known.byName[key] ?? []) : [];
};

const deepNest = (depth: number): unknown => {
  let v: unknown = "leaf";
  for (let i = 0; i < depth; i++) v = i % 2 ? [v] : { a: v };
  return v;
};

/** Strings that have broken servers: surrogates, NUL, RTL override, escapes, huge ones, names of Object.prototype members. */
export const oddString: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\uD800",
    "\uDC00x",
    "x\uDBFF",
    "\u202Egnp.exe",
    "\u200F\u05D0\u05D1",
    "\r\n",
    "%",
    "%ZZ",
    "%00",
    "../..",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a stage-variable reference is the point
    "${stageVariables.x}",
    "{proxy+}",
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "'\"<>&",
    "🦄🦄",
    "e\u0301",
    "*",
    "null",
  ),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(100_000, 20_000, 4_097).map((n) => "x".repeat(n)),
  fc.constantFrom(5_000, 40_000).map((n) => "é\uD83E".repeat(n)),
);

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.array(oddString, { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 }),
  fc.constantFrom(50, 500, 1_000).map(deepNest),
);

/** A mutation of any member: null, a wrong type, an odd string. */
const mutation: fc.Arbitrary<unknown> = fc.oneof(fc.constant(null), wrongType, oddString);

function plausible(f: Field, known: Known, depth: number, name?: string): fc.Arbitrary<unknown> {
  switch (f.kind) {
    case "string": {
      const named = knownFor(known, name);
      // A member with known values mostly takes one, so cases get past "not found" into the operation.
      if (named.length) return fc.oneof({ arbitrary: fc.constantFrom(...named), weight: 4 }, fc.string({ maxLength: 20 }));
      const options: fc.Arbitrary<unknown>[] = [fc.string({ maxLength: 20 })];
      if (known.any.length) options.push(fc.constantFrom(...known.any));
      if (f.enum?.length) options.push(fc.constantFrom(...f.enum), fc.constantFrom(...f.enum));
      return fc.oneof(...options);
    }
    case "integer":
      return fc.oneof(fc.integer({ min: -5, max: 400 }), fc.constantFrom(0, -1, 2 ** 31, Number.MAX_SAFE_INTEGER, 1e300, 1.5));
    case "boolean":
      return fc.boolean();
    case "list":
      return fc.array(depth > 3 ? fc.string() : member(f.member ?? { kind: "any" }, known, depth + 1), { maxLength: 4 });
    case "map":
      return fc.dictionary(fc.oneof(fc.string({ maxLength: 10 }), oddString), fc.oneof(fc.string({ maxLength: 10 }), oddString), { maxKeys: 3 });
    case "structure":
      return f.members && depth <= 3
        ? shapeArbitrary(f.members, known, depth + 1)
        : fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 3 });
    case "any":
      return fc.jsonValue({ maxDepth: 3 });
  }
}

/** One member: mostly plausible, sometimes mutated. */
export function member(f: Field, known: Known, depth = 0, name?: string): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: plausible(f, known, depth, name), weight: 8 }, { arbitrary: mutation, weight: 1 });
}

/** An input object for a shape: every member optional, plus a few unknown members (some named like prototype members). */
export function shapeArbitrary(shape: Shape, known: Known, depth = 0): fc.Arbitrary<Record<string, unknown>> {
  const model = Object.fromEntries(Object.entries(shape).map(([name, f]) => [name, member(f, known, depth, name)]));
  // Required members are always there (a mutation may still make them null or wrong); others come and go.
  const requiredKeys = Object.entries(shape)
    .filter(([, f]) => f.required)
    .map(([name]) => name);
  const declared = fc.record(model, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
  const extra = fc.dictionary(fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom("__proto__", "constructor", "toString")), mutation, { maxKeys: 2 });
  return fc.tuple(declared, extra).map(([d, e]) => {
    // Own properties even for "__proto__" (as JSON.parse makes them), so the body carries them.
    const out: Record<string, unknown> = {};
    for (const [k, v] of [...Object.entries(e), ...Object.entries(d)])
      Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
    return out;
  });
}

/** Bodies that are not an input at all. */
export const badBody: fc.Arbitrary<string | Buffer> = fc.oneof(
  fc.constantFrom("{", "[]", "null", "1", '"s"', "true", '{"a":1,"a":2}', "{}garbage", "\u0000", '{"x":"\\ud800"}'),
  fc.constant(`${"[".repeat(100_000)}${"]".repeat(100_000)}`),
  fc.constant(`{"a":${'{"a":'.repeat(20_000)}1${"}".repeat(20_000)}}`),
  fc.constant(Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc0, 0x22, 0x7d])),
  fc.string({ unit: "binary", maxLength: 60 }),
);

export const contentType: fc.Arbitrary<string | undefined> = fc.constantFrom(
  undefined,
  "application/x-amz-json-1.1",
  "application/json",
  "text/plain",
  "application/x-www-form-urlencoded",
  "multipart/form-data; boundary=x",
  "application/json; charset=latin1",
);

/** A JSON body from a shape, or (one case in six) a body that is not an input. */
export function body(shape: Shape, known: Known): fc.Arbitrary<string | Buffer> {
  return fc.oneof({ arbitrary: shapeArbitrary(shape, known).map((v) => JSON.stringify(v)), weight: 5 }, { arbitrary: badBody, weight: 1 });
}

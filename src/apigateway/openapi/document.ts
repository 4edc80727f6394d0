import { nestsDeeperThan } from "../../wire/json-depth.js";
import { MAX_YAML_NESTING, parseYaml } from "../../wire/yaml.js";
import { badRequest } from "../control/errors.js";

/** [recorded] AWS's one answer to a document it cannot read as OpenAPI 3 or Swagger 2. */
export const invalidOpenApi = () => badRequest("Invalid OpenAPI input.");

export type OpenApiDocument = Record<string, any> & { paths: Record<string, Record<string, any>> };

export interface ParsedDocument {
  doc: OpenApiDocument;
  flavour: "oas3" | "swagger2";
}

/** Reads a definition in JSON or YAML (YAML is a superset of JSON, but JSON first keeps JSON errors cheap). */
export function parseDefinition(raw: Buffer): ParsedDocument {
  const text = raw.toString("utf8").replace(/^\uFEFF/, "");
  let doc: unknown;
  try {
    doc = text.trimStart().startsWith("{") ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch {
    throw invalidOpenApi();
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) throw invalidOpenApi();
  // A JSON document may nest arbitrarily deep; the import copies and serialises parts of it recursively.
  if (nestsDeeperThan(doc, MAX_YAML_NESTING)) throw invalidOpenApi();
  const d = doc as Record<string, any>;
  const flavour = typeof d.openapi === "string" && d.openapi.startsWith("3.") ? "oas3" : String(d.swagger) === "2.0" ? "swagger2" : undefined;
  if (!flavour) throw invalidOpenApi();
  if (d.paths === undefined) d.paths = {};
  if (typeof d.paths !== "object" || d.paths === null || Array.isArray(d.paths)) throw invalidOpenApi();
  return { doc: d as OpenApiDocument, flavour };
}

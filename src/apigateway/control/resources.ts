import type { Services } from "../../services.js";
import type { Resource } from "../../shapes/apigateway.js";
import { badRequest, conflict } from "./errors.js";
import { apigw } from "./lookup.js";

/** AWS's rule for a path part: plain characters, or a whole-segment {variable} / greedy {variable+}. */
const PATH_PART = /^(?:[a-zA-Z0-9._:-]+|\{[a-zA-Z0-9._-]+\+?\})$/;

export const isGreedy = (pathPart: string | undefined) => !!pathPart && /^\{.+\+\}$/.test(pathPart);
const isVariable = (pathPart: string | undefined) => !!pathPart && pathPart.startsWith("{");

export const childPath = (parent: Resource, pathPart: string) => (parent.path === "/" ? `/${pathPart}` : `${parent.path}/${pathPart}`);

/** Refuses a path part AWS would refuse under this parent (same messages; the first and last are recorded). */
export function checkChild(s: Pick<Services, "db">, restApiId: string, parent: Resource, pathPart: string, selfId?: string): void {
  checkChildAmong(apigw(s).resources.children(restApiId, parent.id), parent, pathPart, selfId);
}

/** checkChild over siblings the caller already holds (an import keeps them in memory rather than querying per path). */
export function checkChildAmong(children: readonly Resource[], parent: Resource, pathPart: string, selfId?: string): void {
  if (!PATH_PART.test(pathPart))
    throw badRequest(
      "Resource's path part only allow a-zA-Z0-9._- and curly braces at the beginning and the end and an optional plus sign before the closing brace.",
    );
  if (isGreedy(parent.pathPart)) throw badRequest(`Cannot create a child of a resource with a greedy path variable: ${parent.pathPart}`);
  const siblings = children.filter((r) => r.id !== selfId);
  if (siblings.some((r) => r.pathPart === pathPart)) throw conflict(`Another resource with the same parent already has this name: ${pathPart}`);
  const variableSibling = siblings.find((r) => isVariable(r.pathPart));
  if (isVariable(pathPart) && variableSibling)
    throw badRequest(`A sibling (${variableSibling.pathPart}) of this resource already has a variable path part -- only one is allowed`);
}

/** After a move or rename, every descendant's path follows. */
export function rewriteDescendantPaths(s: Pick<Services, "db">, restApiId: string, parent: Resource): void {
  const repo = apigw(s).resources;
  for (const child of repo.children(restApiId, parent.id)) {
    const updated = { ...child, path: childPath(parent, child.pathPart ?? "") };
    repo.put(restApiId, updated);
    rewriteDescendantPaths(s, restApiId, updated);
  }
}

/** A resource and everything under it, deepest first (the delete order). */
export function subtree(s: Pick<Services, "db">, restApiId: string, root: Resource): Resource[] {
  const out: Resource[] = [];
  for (const child of apigw(s).resources.children(restApiId, root.id)) out.push(...subtree(s, restApiId, child));
  out.push(root);
  return out;
}

/** GetResource(s) without embed=methods list method names with empty bodies; with it, the whole methods. */
export function resourceWire(r: Resource, embedMethods: boolean): Resource {
  const out: Resource = { id: r.id, ...(r.parentId ? { parentId: r.parentId } : {}), ...(r.pathPart ? { pathPart: r.pathPart } : {}), path: r.path };
  const methods = r.resourceMethods ?? {};
  if (Object.keys(methods).length > 0)
    out.resourceMethods = embedMethods ? methods : (Object.fromEntries(Object.keys(methods).map((k) => [k, {}])) as Resource["resourceMethods"]);
  return out;
}

export const wantsEmbed = (query: URLSearchParams, what: string) => query.getAll("embed").some((v) => v.split(",").includes(what));

/**
 * OpenAPI operation keys and API Gateway's verbs; ANY is API Gateway's extension key. Shared by import/export
 * and the doctor. Without a prototype, so a path item's "constructor" or "__proto__" key finds no verb.
 */
export const VERB_KEYS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  get: "GET",
  put: "PUT",
  post: "POST",
  delete: "DELETE",
  patch: "PATCH",
  options: "OPTIONS",
  head: "HEAD",
  "x-amazon-apigateway-any-method": "ANY",
});

/** OpenAPI operation keys and API Gateway's verbs; ANY is API Gateway's extension key. Shared by import/export and the doctor. */
export const VERB_KEYS: Record<string, string> = {
  get: "GET",
  put: "PUT",
  post: "POST",
  delete: "DELETE",
  patch: "PATCH",
  options: "OPTIONS",
  head: "HEAD",
  "x-amazon-apigateway-any-method": "ANY",
};

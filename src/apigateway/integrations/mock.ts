import { applyIntegrationResponse } from "./integration-response.js";
import { renderMappingTemplate } from "./mapping-template.js";
import { templateInput } from "./template-input.js";
import type { IntegrationHandler } from "./types.js";

/**
 * MOCK: the request template decides the status (`{"statusCode": 200}`), which selects an integration response;
 * its template is the body. No template or no matching response is a 500, as on AWS (API_CONFIGURATION_ERROR).
 */
export const mockIntegration: IntegrationHandler = async (r) => {
  const templates = r.integration.requestTemplates ?? {};
  const template = templates["application/json"] ?? Object.values(templates)[0];
  let status = 200;
  if (template !== undefined) {
    const rendered = renderMappingTemplate(template, templateInput(r));
    try {
      const code = (JSON.parse(rendered) as { statusCode?: unknown }).statusCode;
      if (code !== undefined) status = Number(code);
    } catch {
      return {
        error: { type: "API_CONFIGURATION_ERROR", message: "Internal server error" },
        detail: "MOCK request template did not render JSON with statusCode",
      };
    }
  }
  const response = applyIntegrationResponse(r, status, {}, "");
  if (!response)
    return { error: { type: "API_CONFIGURATION_ERROR", message: "Internal server error" }, detail: `no integration response for status ${status}` };
  return { response };
};

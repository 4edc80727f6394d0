/**
 * Every API Gateway control-plane operation poolgate implements: the only list. The router is built from
 * these HTTP bindings, and docs/support.md is generated from it.
 */
import type { RestOperation } from "../operation.js";
import { CreateApiKey } from "./CreateApiKey.js";
import { CreateAuthorizer } from "./CreateAuthorizer.js";
import { CreateDeployment } from "./CreateDeployment.js";
import { CreateResource } from "./CreateResource.js";
import { CreateRestApi } from "./CreateRestApi.js";
import { CreateStage } from "./CreateStage.js";
import { CreateUsagePlan } from "./CreateUsagePlan.js";
import { CreateUsagePlanKey } from "./CreateUsagePlanKey.js";
import { DeleteApiKey } from "./DeleteApiKey.js";
import { DeleteAuthorizer } from "./DeleteAuthorizer.js";
import { DeleteDeployment } from "./DeleteDeployment.js";
import { DeleteGatewayResponse } from "./DeleteGatewayResponse.js";
import { DeleteIntegration } from "./DeleteIntegration.js";
import { DeleteIntegrationResponse } from "./DeleteIntegrationResponse.js";
import { DeleteMethod } from "./DeleteMethod.js";
import { DeleteMethodResponse } from "./DeleteMethodResponse.js";
import { DeleteResource } from "./DeleteResource.js";
import { DeleteRestApi } from "./DeleteRestApi.js";
import { DeleteStage } from "./DeleteStage.js";
import { DeleteUsagePlan } from "./DeleteUsagePlan.js";
import { DeleteUsagePlanKey } from "./DeleteUsagePlanKey.js";
import { GetApiKey } from "./GetApiKey.js";
import { GetApiKeys } from "./GetApiKeys.js";
import { GetAuthorizer } from "./GetAuthorizer.js";
import { GetAuthorizers } from "./GetAuthorizers.js";
import { GetDeployment } from "./GetDeployment.js";
import { GetDeployments } from "./GetDeployments.js";
import { GetExport } from "./GetExport.js";
import { GetGatewayResponse } from "./GetGatewayResponse.js";
import { GetGatewayResponses } from "./GetGatewayResponses.js";
import { GetIntegration } from "./GetIntegration.js";
import { GetIntegrationResponse } from "./GetIntegrationResponse.js";
import { GetMethod } from "./GetMethod.js";
import { GetMethodResponse } from "./GetMethodResponse.js";
import { GetResource } from "./GetResource.js";
import { GetResources } from "./GetResources.js";
import { GetRestApi } from "./GetRestApi.js";
import { GetRestApis } from "./GetRestApis.js";
import { GetStage } from "./GetStage.js";
import { GetStages } from "./GetStages.js";
import { GetUsagePlan } from "./GetUsagePlan.js";
import { GetUsagePlanKey } from "./GetUsagePlanKey.js";
import { GetUsagePlanKeys } from "./GetUsagePlanKeys.js";
import { GetUsagePlans } from "./GetUsagePlans.js";
import { ImportRestApi } from "./ImportRestApi.js";
import { PutGatewayResponse } from "./PutGatewayResponse.js";
import { PutIntegration } from "./PutIntegration.js";
import { PutIntegrationResponse } from "./PutIntegrationResponse.js";
import { PutMethod } from "./PutMethod.js";
import { PutMethodResponse } from "./PutMethodResponse.js";
import { PutRestApi } from "./PutRestApi.js";
import { TestInvokeAuthorizer } from "./TestInvokeAuthorizer.js";
import { UpdateApiKey } from "./UpdateApiKey.js";
import { UpdateAuthorizer } from "./UpdateAuthorizer.js";
import { UpdateDeployment } from "./UpdateDeployment.js";
import { UpdateGatewayResponse } from "./UpdateGatewayResponse.js";
import { UpdateIntegration } from "./UpdateIntegration.js";
import { UpdateIntegrationResponse } from "./UpdateIntegrationResponse.js";
import { UpdateMethod } from "./UpdateMethod.js";
import { UpdateMethodResponse } from "./UpdateMethodResponse.js";
import { UpdateResource } from "./UpdateResource.js";
import { UpdateRestApi } from "./UpdateRestApi.js";
import { UpdateStage } from "./UpdateStage.js";
import { UpdateUsagePlan } from "./UpdateUsagePlan.js";

export const REST_OPERATIONS: Record<string, RestOperation> = {
  CreateApiKey,
  GetApiKey,
  GetApiKeys,
  UpdateApiKey,
  DeleteApiKey,
  CreateUsagePlan,
  GetUsagePlan,
  GetUsagePlans,
  UpdateUsagePlan,
  DeleteUsagePlan,
  CreateUsagePlanKey,
  GetUsagePlanKey,
  GetUsagePlanKeys,
  DeleteUsagePlanKey,
  CreateAuthorizer,
  CreateDeployment,
  CreateResource,
  CreateRestApi,
  CreateStage,
  DeleteAuthorizer,
  DeleteDeployment,
  DeleteGatewayResponse,
  DeleteIntegration,
  DeleteIntegrationResponse,
  DeleteMethod,
  DeleteMethodResponse,
  DeleteResource,
  DeleteRestApi,
  DeleteStage,
  GetAuthorizer,
  GetAuthorizers,
  GetDeployment,
  GetDeployments,
  GetExport,
  GetGatewayResponse,
  GetGatewayResponses,
  GetIntegration,
  GetIntegrationResponse,
  GetMethod,
  GetMethodResponse,
  GetResource,
  GetResources,
  GetRestApi,
  GetRestApis,
  GetStage,
  GetStages,
  ImportRestApi,
  PutGatewayResponse,
  PutIntegration,
  PutIntegrationResponse,
  PutMethod,
  PutMethodResponse,
  PutRestApi,
  TestInvokeAuthorizer,
  UpdateAuthorizer,
  UpdateDeployment,
  UpdateIntegrationResponse,
  UpdateMethodResponse,
  UpdateGatewayResponse,
  UpdateIntegration,
  UpdateMethod,
  UpdateResource,
  UpdateRestApi,
  UpdateStage,
};

/** The same operations as a list (docs/support.md's API Gateway table). */
export const API_GATEWAY_OPERATIONS: RestOperation[] = Object.values(REST_OPERATIONS);

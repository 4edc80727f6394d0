import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";

/** Log export (CloudWatch Logs, S3, Firehose) is not emulated: no log configurations. */
export const GetLogDeliveryConfiguration = defineOperation({
  name: "GetLogDeliveryConfiguration",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId },
  run(s, req: { UserPoolId: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    return { LogDeliveryConfiguration: { UserPoolId: pool.Id, LogConfigurations: [] } };
  },
});

import { epochSeconds } from "../../platform/clock.js";
import type { GroupRecord } from "../../store/cognito/records.js";
import { AwsJsonError } from "../../wire/errors.js";
import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { GroupFields } from "../users/groups.js";

export const CreateGroup = defineOperation({
  name: "CreateGroup",
  auth: "iam",
  input: {
    GroupName: Model.GroupName,
    UserPoolId: Model.UserPoolId,
    Description: GroupFields.Description,
    RoleArn: GroupFields.RoleArn,
    Precedence: GroupFields.Precedence,
  },
  run(s, req: { GroupName: string; UserPoolId: string; Description?: string; RoleArn?: string; Precedence?: number }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    const now = epochSeconds(s.clock);
    const group: GroupRecord = {
      GroupName: req.GroupName,
      UserPoolId: pool.Id,
      ...(req.Description !== undefined ? { Description: req.Description } : {}),
      ...(req.RoleArn !== undefined ? { RoleArn: req.RoleArn } : {}),
      ...(req.Precedence !== undefined ? { Precedence: req.Precedence } : {}),
      LastModifiedDate: now,
      CreationDate: now,
    };
    s.cognito.tx(() => {
      if (s.cognito.groups.get(pool.Id, req.GroupName))
        throw new AwsJsonError("GroupExistsException", `A group with the name ${req.GroupName} already exists.`);
      s.cognito.groups.put(group);
    });
    return { Group: group };
  },
});

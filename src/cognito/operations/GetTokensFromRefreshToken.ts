import { defineOperation, notYetImplemented } from "../operation.js";

export const GetTokensFromRefreshToken = defineOperation({
  name: "GetTokensFromRefreshToken",
  auth: "none",
  input: {},
  run() {
    throw notYetImplemented("GetTokensFromRefreshToken");
  },
});

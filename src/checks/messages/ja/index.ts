export { authorizer } from "./authorizer.js";
export { doctor } from "./doctor.js";
export { oauth } from "./oauth.js";
export { request } from "./request.js";
export { token } from "./token.js";

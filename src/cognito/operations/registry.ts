import type { Operation } from "../operation.js";
import { CreateUserPool } from "./CreateUserPool.js";
import { DescribeUserPool } from "./DescribeUserPool.js";

/**
 * The only list of implemented Cognito operations: the router, the "not implemented" answer and
 * docs/support.md are all derived from it. Keep it sorted.
 */
const ALL: Operation[] = [CreateUserPool, DescribeUserPool];

export const OPERATIONS: Record<string, Operation> = Object.fromEntries(ALL.map((op) => [op.name, op]));

import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { PoolRecord } from "../../store/cognito/records.js";
import { maskDestination, signUpDelivery } from "./delivery.js";

describe("code delivery", () => {
  it("masks destinations as Cognito does", () => {
    assert.equal(maskDestination("EMAIL", "jane.doe@example.com"), "j***@e***");
    assert.equal(maskDestination("SMS", "+15555550123"), "+*******0123");
  });

  it("sends sign-up codes only to an auto-verified attribute, preferring the phone", () => {
    const attrs = [
      { Name: "email", Value: "a@example.com" },
      { Name: "phone_number", Value: "+15555550123" },
    ];
    const pool = (auto?: string[]) => ({ AutoVerifiedAttributes: auto }) as unknown as PoolRecord;
    assert.equal(signUpDelivery(pool(), attrs), undefined);
    assert.equal(signUpDelivery(pool(["email"]), attrs)?.details.AttributeName, "email");
    assert.equal(signUpDelivery(pool(["email", "phone_number"]), attrs)?.details.DeliveryMedium, "SMS");
    assert.equal(signUpDelivery(pool(["phone_number"]), [attrs[0]!]), undefined);
  });
});

import { Model } from "../../wire/validation.js";
import { defineOperation } from "../operation.js";
import { requirePool } from "../pools/lookup.js";
import { selfSignedCertificate } from "../pools/signing-certificate.js";

/**
 * The pool's SAML 2.0 signing certificate (base64 DER X.509), made on the first call and then stable.
 * AWS adds a new certificate yearly; poolgate keeps its first one for its 10-year validity.
 */
export const GetSigningCertificate = defineOperation({
  name: "GetSigningCertificate",
  auth: "iam",
  input: { UserPoolId: Model.UserPoolId },
  async run(s, req: { UserPoolId: string }) {
    const pool = requirePool(s.cognito, req.UserPoolId);
    if (pool.signingCertificate) return { Certificate: pool.signingCertificate };
    const made = await selfSignedCertificate(pool.Id, s.clock.now());
    // A concurrent call (or a pool deleted meanwhile) may have won while the key was generated.
    const Certificate = s.cognito.tx(() => {
      const now = requirePool(s.cognito, pool.Id);
      if (now.signingCertificate) return now.signingCertificate;
      s.cognito.pools.put({ ...now, signingCertificate: made });
      return made;
    });
    return { Certificate };
  },
});

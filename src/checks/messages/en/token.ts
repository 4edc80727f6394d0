import type { Catalogue } from "../catalogue.js";

/** token checks, en. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const token: Catalogue = {
  "token.decodable.ok": "The token is a JWT (alg {alg}, kid {kid}).",
  "token.decodable.skipped": "Not checked: no token was found in the request.",
  "token.decodable.too-long": "The token is {length} characters long, more than {max}.",
  "token.decodable.too-long.fix": "Send only the ID or access token, not a concatenation of tokens or a whole response body.",
  "token.decodable.whitespace": "The token contains whitespace (first at character {position}).",
  "token.decodable.whitespace.fix": "Remove the spaces or line breaks added when the token was pasted into the header.",
  "token.decodable.quoted": "The token is wrapped in quotes.",
  "token.decodable.quoted.fix": "Send the token without quotes (a JSON string value was copied with its quotes).",
  "token.decodable.non-ascii": "The token contains characters that are not base64url.",
  "token.decodable.non-ascii.fix": "Copy the token again from the authentication result; it contains only letters, digits, '-', '_' and two dots.",
  "token.decodable.parts": "The token has {count} dot-separated parts; a JWT has 3.",
  "token.decodable.parts.fix": "Send the IdToken or AccessToken (header.payload.signature), not the refresh token or a truncated value.",
  "token.decodable.base64url": "A part of the token is empty or is not base64url.",
  "token.decodable.base64url.fix": "Copy the complete token again; it may have been truncated or altered.",
  "token.decodable.json": "The token's header or payload is not a JSON object.",
  "token.decodable.json.fix": "Send a token issued by the user pool; this value only looks like a JWT.",

  "token.issuer.ok": "The token was issued by user pool {poolId} ({iss}).",
  "token.issuer.skipped": "Not checked: the token could not be decoded.",
  "token.issuer.missing": "The token has no iss claim.",
  "token.issuer.missing.fix": "Use a token issued by the Cognito user pool configured on the API.",
  "token.issuer.not-cognito": "The token's issuer {iss} is not a Cognito user pool.",
  "token.issuer.not-cognito.fix": "Use a token issued by https://cognito-idp.<region>.amazonaws.com/<userPoolId> (or by this poolgate server).",

  "token.signature.ok": "The signature verifies with key {kid} of pool {poolId}.",
  "token.signature.skipped": "Not checked: the token's issuer is unknown.",
  "token.signature.alg": "The token is signed with {alg}; Cognito tokens use RS256.",
  "token.signature.alg.fix": "Use a token issued by the user pool; tokens signed another way are forged or from another issuer.",
  "token.signature.no-kid": "The token header has no kid.",
  "token.signature.no-kid.fix": "Use a token issued by the user pool; its header names the signing key (kid).",
  "token.signature.unknown-kid": "Key {kid} is not in the JWKS of pool {poolId}.",
  "token.signature.unknown-kid.fix": "Use a token issued by the current user pool (a recreated pool has new keys).",
  "token.signature.bad-signature": "The signature does not verify with key {kid} of pool {poolId}.",
  "token.signature.bad-signature.fix": "The token was altered after it was issued; use the token exactly as Cognito returned it.",

  "token.not-expired.ok": "The token expires in {left} s (exp {exp}).",
  "token.not-expired.skipped": "Not checked: the token could not be decoded.",
  "token.not-expired.no-exp": "The token has no numeric exp claim.",
  "token.not-expired.no-exp.fix": "Use a token issued by the user pool; Cognito tokens always carry exp.",
  "token.not-expired.expired": "The token expired at {exp}, {ago} s before {now}.",
  "token.not-expired.expired.fix": "Get new tokens with the refresh token (REFRESH_TOKEN_AUTH) or sign in again.",

  "token.kind-for-scopes.ok-id": "An ID token, and the method has no OAuth scopes.",
  "token.kind-for-scopes.ok-access": "An access token carrying the method scope {matched}.",
  "token.kind-for-scopes.skipped": "Not checked: the token could not be decoded.",
  "token.kind-for-scopes.access-without-scopes": "An access token was sent to a method without OAuth scopes, which accepts only ID tokens.",
  "token.kind-for-scopes.access-without-scopes.fix": "Send the ID token, or add authorizationScopes to the method (and redeploy) to accept access tokens.",
  "token.kind-for-scopes.id-with-scopes": "An ID token was sent to a method with OAuth scopes ({scopes}), which accepts only access tokens.",
  "token.kind-for-scopes.id-with-scopes.fix": "Send the access token, or remove the method's authorizationScopes (and redeploy).",
  "token.kind-for-scopes.no-matching-scope": "The access token's scopes ({tokenScopes}) contain none of the method's scopes ({scopes}).",
  "token.kind-for-scopes.no-matching-scope.fix": "Request one of the method's scopes when getting the token, and allow it on the app client.",
  "token.kind-for-scopes.sign-in-scope-only":
    "The access token carries only aws.cognito.signin.user.admin, the scope of a sign-in through the user pool API (InitiateAuth: password or SRP); the method requires one of {scopes}.",
  "token.kind-for-scopes.sign-in-scope-only.fix":
    "Tokens from InitiateAuth/AdminInitiateAuth carry only aws.cognito.signin.user.admin. Get the scope from the OAuth 2.0 endpoints (/oauth2/authorize and /oauth2/token, asking for the resource server scope allowed on the app client), or add it with a pre token generation trigger of event version V2_0 or later (accessTokenGeneration.scopesToAdd; Essentials or Plus feature plan).",
  "token.kind-for-scopes.unknown-token-use": "The token's token_use is {tokenUse}, neither id nor access.",
  "token.kind-for-scopes.unknown-token-use.fix": "Send the IdToken or AccessToken from the authentication result.",

  "token.claims.explain":
    "token_use {tokenUse}; issued by {iss}; for client {client}; user {subject}; signed in at {authTime}; expires at {exp} (epoch seconds).",
  "token.claims.undecodable": "No claims to explain: the token could not be decoded.",
  "token.claims.skipped": "Not checked.",
};

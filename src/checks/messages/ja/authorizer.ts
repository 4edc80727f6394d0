import type { Catalogue } from "../catalogue.js";

/** authorizer checks, ja. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const authorizer: Catalogue = {
  "authorizer.configuration.ok": "オーソライザー {name} ({authorizerId}) は使用可能な Cognito ユーザープールオーソライザーです。",
  "authorizer.configuration.skipped": "未確認。",
  "authorizer.configuration.missing-authorizer": "メソッドが指定するオーソライザーが、デプロイされた API にありません。",
  "authorizer.configuration.missing-authorizer.fix": "メソッドの authorizerId を既存のオーソライザーにして、API を再デプロイしてください。",
  "authorizer.configuration.not-cognito": "オーソライザー {name} のタイプは {actual} で、COGNITO_USER_POOLS ではありません。",
  "authorizer.configuration.not-cognito.fix": "Cognito のトークンには COGNITO_USER_POOLS オーソライザーを使い、再デプロイしてください。",
  "authorizer.configuration.no-provider-arns": "オーソライザー {name} にユーザープールが設定されていません。",
  "authorizer.configuration.no-provider-arns.fix": "providerARNs にユーザープールの ARN を追加して再デプロイしてください。",
  "authorizer.configuration.bad-arn": "オーソライザー {name} の {arn} はユーザープールの ARN ではありません。",
  "authorizer.configuration.bad-arn.fix":
    "arn:aws:cognito-idp:<リージョン>:<アカウント>:userpool/<ユーザープール ID> の形式 (リージョンはプール ID と一致) にして再デプロイしてください。",
  "authorizer.configuration.bad-identity-source": "オーソライザー {name} のトークンソースがリクエストヘッダーではありません。",
  "authorizer.configuration.bad-identity-source.fix":
    "identitySource を method.request.header.Authorization (または別のヘッダー) にして再デプロイしてください。",
  "authorizer.configuration.pool-unavailable":
    "オーソライザー {name} のユーザープール {poolId} の鍵が見つかりません (プールが削除されたか、JWKS に到達できません)。",
  "authorizer.configuration.pool-unavailable.fix": "オーソライザーを既存のユーザープールに向けて再デプロイしてください。",

  "authorizer.pool-matches-issuer.ok": "トークンのプール {poolId} はオーソライザーのユーザープールのひとつです。",
  "authorizer.pool-matches-issuer.skipped": "未確認: トークンの発行者が不明です。",
  "authorizer.pool-matches-issuer.mismatch": "トークンはプール {poolId} のものですが、オーソライザーが受け付けるのは {pools} だけです。",
  "authorizer.pool-matches-issuer.mismatch.fix":
    "オーソライザーに設定されたプールでサインインするか、このプールの ARN を providerARNs に追加して再デプロイしてください。",

  "authorizer.identity-validation-expression.not-set": "identityValidationExpression は設定されていません。",
  "authorizer.identity-validation-expression.skipped": "未確認: トークンをデコードできませんでした。",
  "authorizer.identity-validation-expression.ok": "トークンの aud {aud} は {expression} に一致します。",
  "authorizer.identity-validation-expression.no-aud":
    "identityValidationExpression {expression} が設定されていますが、トークンに aud がありません (アクセストークンには常にありません)。",
  "authorizer.identity-validation-expression.no-aud.fix":
    "ID トークンを送るか、オーソライザーから identityValidationExpression を削除して再デプロイしてください。",
  "authorizer.identity-validation-expression.mismatch": "トークンの aud {aud} が {expression} に一致しません。",
  "authorizer.identity-validation-expression.mismatch.fix": "式が許可するアプリクライアントのトークンを使うか、式を変更して再デプロイしてください。",
  "authorizer.identity-validation-expression.bad-regex": "identityValidationExpression {expression} は正しい正規表現ではありません。",
  "authorizer.identity-validation-expression.bad-regex.fix": "正規表現を修正して再デプロイしてください。",
};

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

  "authorizer.lambda.skipped": "未確認: TestInvokeAuthorizer でオーソライザー関数を実行できませんでした (オフライン、または権限がない)。",
  "authorizer.lambda.allowed": "Lambda オーソライザー {function} はプリンシパル {principalId} に {arn} を許可しました。",
  "authorizer.lambda.identity-missing": "ID ソース {source} がないか空のため、API Gateway はオーソライザーを呼ばずに 401 を返します。",
  "authorizer.lambda.identity-missing.fix":
    "リクエストに {source} を付けるか、(REQUEST オーソライザーなら) authorizerResultTtlInSeconds を 0 にして ID ソースを必須でなくし、再デプロイしてください。",
  "authorizer.lambda.identity-source-repeated":
    "ID ソース {source} は接頭辞が繰り返されています。誰も送らないヘッダーやパラメーターを指すため、API Gateway はオーソライザーを呼ばずに 401 を返します。",
  "authorizer.lambda.identity-source-repeated.fix": "オーソライザーの identitySource を {meant} にして再デプロイしてください。",
  "authorizer.lambda.identity-invalid": "トークンがオーソライザーの identityValidationExpression {expression} に一致しないため、関数は呼ばれません。",
  "authorizer.lambda.identity-invalid.fix": "想定どおりの形式のトークンを送るか、identityValidationExpression を変えて再デプロイしてください。",
  "authorizer.lambda.unauthorized": 'Lambda オーソライザー {function} がエラー "Unauthorized" で呼び出し元を拒否しました。',
  "authorizer.lambda.unauthorized.fix": "関数が受け付けるトークンを送ってください。拒否の理由は関数自身のログにあります。",
  "authorizer.lambda.explicit-deny": "Lambda オーソライザー {function} のポリシーが {arn} を拒否しています (ステートメント {statement})。",
  "authorizer.lambda.explicit-deny.fix":
    "このメソッド ARN に Allow を返すよう関数を直してください。キャッシュされたポリシーは authorizerResultTtlInSeconds の間再利用されます。",
  "authorizer.lambda.no-allow": "Lambda オーソライザー {function} のポリシーに {arn} への Allow がありません。",
  "authorizer.lambda.no-allow.fix":
    "ポリシーはトークンごとに authorizerResultTtlInSeconds の間キャッシュされ、すべてのメソッドに使い回されます。すべてを含む Resource (例: arn:aws:execute-api:<region>:<account>:<apiId>/<stage>/*) を返すか、TTL を 0 にして再デプロイしてください。",
  "authorizer.lambda.test-policy-no-allow": "Lambda オーソライザー {function} が TestInvokeAuthorizer に返したポリシーに {arn} への Allow がありません。",
  "authorizer.lambda.test-policy-no-allow.fix":
    "関数がテスト呼び出しの methodArn から Resource を作っているなら想定どおりです。そうでなければ、トークンで呼べるすべてのメソッドを含む Resource (例: <apiId>/<stage>/*) を返してください。",
  "authorizer.lambda.bad-output": "Lambda オーソライザー {function} の応答を API Gateway は使えません: {reason}。",
  "authorizer.lambda.bad-output.fix":
    "{principalId, policyDocument: {Version, Statement: [{Action, Effect, Resource}]}, context?} を返し、context の値は文字列・数値・真偽値だけにしてください。",
  "authorizer.lambda.function-failed": "Lambda オーソライザー {function} が失敗しました: {reason}。",
  "authorizer.lambda.function-failed.fix":
    '関数を直してください (401 で拒否するにはちょうど "Unauthorized" を throw します)。それ以外の失敗は 500 になります。',
  "authorizer.lambda.no-function": "Lambda オーソライザー関数 {function} を実行するローカルハンドラーがありません。",
  "authorizer.lambda.no-function.fix": "poolgate を --lambda <関数名または ARN>=path/to/file.js#handler 付きで起動してください。",
};

import type { Catalogue } from "../catalogue.js";

/** request checks (and the method, api and cors ids the gateway reports), ja. Keys: "<check id>.<message key>" and ".fix". */
export const request: Catalogue = {
  "request.auth-header.ok": "トークンは {header} ヘッダーにあります。",
  "request.auth-header.ok-bearer": "トークンは {header} ヘッダーの 'Bearer ' の後にあります。",
  "request.auth-header.skipped": "未確認。",
  "request.auth-header.unusual-bearer":
    "{header} ヘッダーの Bearer の書き方 ({actual}) が通常と異なります。AWS で受け付けが確認されているのは 'Bearer <トークン>' だけです。",
  "request.auth-header.unusual-bearer.fix": "スペース 1 つの 'Bearer <トークン>' か、トークンだけを送ってください。",
  "request.auth-header.missing": "オーソライザーがトークンを読む {header} ヘッダーがリクエストにありません。",
  "request.auth-header.missing.fix": "{header} ヘッダー (オーソライザーの identitySource) でトークンを送ってください。",
  "request.auth-header.empty": "{header} ヘッダーが空です。",
  "request.auth-header.empty.fix": "{header} ヘッダーに ID トークンまたはアクセストークンを入れてください。",
  "request.auth-header.bearer-without-token": "{header} ヘッダーが 'Bearer' だけで、トークンがありません。",
  "request.auth-header.bearer-without-token.fix": "リクエスト送信前にトークンを保持する変数が設定されているか確認してください。",
  "request.auth-header.preflight": "トークンの問題ではありません。これは CORS プリフライトで、トークンは付きません (cors.preflight-authorizer を参照)。",
  "request.auth-header.iam-signature":
    "{header} ヘッダーには AWS SigV4 の署名 (AWS4-HMAC-SHA256 Credential=...) が入っています。これは IAM 認可であり、Cognito ユーザープールのオーソライザーはこれをトークンとして読みますが、トークンではありません。",
  "request.auth-header.iam-signature.fix":
    'このリクエストへの署名をやめ (クライアントや SDK の SigV4、"AWS Signature" を無効にし)、ユーザープールの ID トークンまたはアクセストークンを {header} で送ってください。IAM を使うつもりなら、メソッドの認可を AWS_IAM にして再デプロイしてください。',
  "request.auth-header.identity-source-repeated":
    "オーソライザーの ID ソースで接頭辞が繰り返されています ({identitySource})。API Gateway は {header} という名前のヘッダーを読みますが、これを送るクライアントはないため、Authorization の中身にかかわらずすべての呼び出しが 401 になります。",
  "request.auth-header.identity-source-repeated.fix":
    "オーソライザーの identitySource を {meant} にして (aws apigateway update-authorizer --rest-api-id {apiId|arg} --authorizer-id {authorizerId|arg} --patch-operations op=replace,path=/identitySource,value={meant})、再デプロイしてください。",
  "request.auth-header.other-scheme": "{header} ヘッダーが '{scheme} ' で始まっており、トークンの一部として扱われます。",
  "request.auth-header.other-scheme.fix": "'Bearer <トークン>' か、トークンだけを送ってください。",

  "request.stage.ok": "API {apiId} のステージ {stage} はデプロイされています。",
  "request.stage.skipped": "未確認。",
  "request.stage.unknown-api": "REST API {apiId} はありません。",
  "request.stage.unknown-api.fix": "呼び出し URL の API ID を確認してください (GetRestApis で一覧できます)。",
  "request.stage.no-stage": "URL にステージがありません。",
  "request.stage.no-stage.fix": "REST API の URL はステージで始まります: /<stage>/<path>（API {apiId} のステージ: {stages}）。",
  "request.stage.unknown-stage": "API {apiId} にステージ {stage} はありません (ステージ: {stages})。",
  "request.stage.unknown-stage.fix": "URL にデプロイ済みのステージ名を使うか、このステージに API をデプロイしてください (stageName 付きの CreateDeployment)。",
  "request.stage.no-deployment": "ステージ {stage} が存在しないデプロイを指しています。",
  "request.stage.no-deployment.fix": "ステージに API を再デプロイしてください。",
  "request.stage.endpoint-disabled": "API {apiId} はデフォルトの execute-api エンドポイントが無効です。",
  "request.stage.endpoint-disabled.fix": "カスタムドメイン経由で呼び出すか、disableExecuteApiEndpoint を false にしてください。",

  "request.route.ok": "リクエストは {method} {resourcePath} に一致します。",
  "request.route.skipped": "未確認: ステージがデプロイされていません。",
  "request.route.no-resource": "デプロイされた API に {path} に一致するリソースがありません。",
  "request.route.no-resource.fix":
    "URL のパスとステージを確認してください。最近リソースを追加した場合は API を再デプロイしてください (Authorization ヘッダーがあると、この 403 は紛らわしい SigV4 のメッセージになります)。",
  "request.route.no-method": "デプロイされた API の {resourcePath} に {method} メソッドがありません (あるのは: {methods})。",
  "request.route.no-method.fix": "リソースにあるメソッドを使うか、メソッドを追加して API を再デプロイしてください。",

  "method.authorization-type.none": "メソッドにオーソライザーはありません (NONE)。",
  "method.authorization-type.cognito": "メソッドは Cognito ユーザープールオーソライザーを使います。",
  "method.authorization-type.skipped": "未確認。",
  "method.authorization-type.aws-iam": "メソッドは AWS_IAM 認可を使います。Cognito のトークンではなく SigV4 署名が必要です。",
  "method.authorization-type.aws-iam.fix":
    "メソッドの authorizationType をオーソライザー付きの COGNITO_USER_POOLS にして再デプロイするか、リクエストに SigV4 で署名してください。",
  "method.authorization-type.custom": "メソッドは Lambda (CUSTOM) オーソライザーを使います。Cognito のトークンの内容にかかわらず、判断するのはその関数です。",
  "method.authorization-type.custom.fix":
    "メソッドで Cognito のトークンを確認したいなら、authorizationType を COGNITO_USER_POOLS にしてユーザープールのオーソライザーを指定し、再デプロイしてください。",

  "cors.preflight-authorizer.not-preflight": "CORS プリフライトではありません。",
  "cors.preflight-authorizer.skipped": "未確認。",
  "cors.preflight-authorizer.ok": "CORS プリフライトはオーソライザーを通りません。",
  "cors.preflight-authorizer.blocked":
    "CORS プリフライト (OPTIONS) が認可 {authorization} の {method} メソッドに届きました。ブラウザーはプリフライトに認証情報を付けないため拒否され、ページには CORS エラーが見えます。",
  "cors.preflight-authorizer.blocked.fix":
    "直すのは呼び出し側ではなく API です。リソースに認可 NONE の OPTIONS メソッド (CORS ヘッダーを返す MOCK 統合) を追加するか、リソースで CORS を有効にして (このメソッドが作られます)、再デプロイしてください。",

  "cors.gateway-responses.not-cross-origin": "Origin ヘッダーがありません: ブラウザーのクロスオリジンリクエストではありません。",
  "cors.gateway-responses.skipped": "未確認。",
  "cors.gateway-responses.ok": "ゲートウェイレスポンス {responseType} に CORS ヘッダーがあります。",
  "cors.gateway-responses.missing":
    "ゲートウェイレスポンス {responseType} に Access-Control-Allow-Origin がないため、{origin} のブラウザーはこのエラーではなく CORS エラーを表示します。",
  "cors.gateway-responses.missing.fix":
    "{responseType} (または DEFAULT_4XX/DEFAULT_5XX) に responseParameters gatewayresponse.header.Access-Control-Allow-Origin を PutGatewayResponse で設定し、再デプロイしてください。",

  "api.resource-policy.no-policy": "API にリソースポリシーはありません。",
  "api.resource-policy.skipped": "未確認。",
  "api.resource-policy.allowed": "リソースポリシーは {sourceIp} からの {arn} を許可しています (ステートメント {statement})。",
  "api.resource-policy.explicit-deny": "リソースポリシーのステートメント {statement} が {sourceIp} からの {arn} を拒否しています。",
  "api.resource-policy.explicit-deny.fix": "Deny ステートメントの条件 (aws:SourceIp、aws:SourceVpce) やリソースを変更し、API を再デプロイしてください。",
  "api.resource-policy.no-allow": "リソースポリシーに {sourceIp} からの {arn} に一致する Allow ステートメントがありません。",
  "api.resource-policy.no-allow.fix": "このステージ、メソッド、パス (と送信元) への execute-api:Invoke の Allow を追加し、API を再デプロイしてください。",
  "api.resource-policy.invalid": "リソースポリシーを評価できません: {reason}。",
  "api.resource-policy.invalid.fix": "ポリシー文書 (Version、Effect・Principal・Action・Resource を持つ Statement) を修正して再デプロイしてください。",

  "request.api-key.not-required": "メソッドに API キーは必要ありません。",
  "request.api-key.skipped": "未確認。",
  "request.api-key.missing": "メソッドには API キーが必要ですが、リクエストに x-api-key ヘッダーがありません。",
  "request.api-key.missing.fix": "x-api-key ヘッダーでキーを送るか、メソッドの apiKeyRequired を false にして再デプロイしてください。",
  "request.api-key.ok": "API キー {key} は有効で、API {apiId} のステージ {stage} の使用量プランに含まれています。",
  "request.api-key.missing-from-authorizer":
    "この API はキーをオーソライザーから受け取ります (apiKeySource AUTHORIZER) が、Lambda オーソライザーが usageIdentifierKey を返しませんでした。",
  "request.api-key.missing-from-authorizer.fix":
    "オーソライザー関数から usageIdentifierKey (API キーの値) を返すか、API の apiKeySource を HEADER にして再デプロイしてください。",
  "request.api-key.unknown-key": "送られた値 ({key}) を持つ API キーはありません。",
  "request.api-key.unknown-key.fix": "キーの ID ではなく値を送ってください (GetApiKey の includeValue で確認できます)。キーはアカウントとリージョンごとです。",
  "request.api-key.disabled-key": "API キー {key} は無効になっています。",
  "request.api-key.disabled-key.fix":
    "有効にしてください (UpdateApiKey で op replace、path /enabled、value true)。CreateApiKey は enabled を true にしない限り無効なキーを作ります。",
  "request.api-key.throttled": "API キー {key} が使用量プランのスロットリング (rateLimit/burstLimit) を超えました: 429 Too Many Requests。",
  "request.api-key.throttled.fix":
    "リクエストの頻度を下げるか、使用量プランのスロットリングを上げてください (UpdateUsagePlan /throttle/rateLimit, /throttle/burstLimit)。",
  "request.api-key.quota-exceeded": "API キー {key} がこの期間の使用量プランのクォータを使い切りました: 429 Limit Exceeded。",
  "request.api-key.quota-exceeded.fix": "次の期間まで待つか、使用量プランのクォータを上げてください (UpdateUsagePlan /quota/limit)。",
  "request.api-key.not-in-plan": "API キー {key} は API {apiId} のステージ {stage} の使用量プランに含まれていません。",
  "request.api-key.not-in-plan.fix":
    "apiStages に {apiId}:{stage} を含む使用量プランにキーを追加してください (CreateUsagePlanKey。ステージの追加は UpdateUsagePlan の add /apiStages)。",
  "request.api-key.unchecked": "API キーが送られました ({key}) が、その値、状態、使用量プランを確認できませんでした。",
  "request.api-key.unchecked.fix": "ステージの使用量プランに対してキーを確認してください (GetApiKeys の includeValues、GetUsagePlans の keyId)。",
};

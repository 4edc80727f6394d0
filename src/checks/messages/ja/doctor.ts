import type { Catalogue } from "../catalogue.js";

/** doctor checks, ja. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const doctor: Catalogue = {
  "doctor.title.oauth": "poolgate doctor: アプリクライアント {clientId} (ユーザープール {pool}) の OAuth 2.0 クライアント設定",
  "doctor.title.token": "poolgate doctor: トークン",
  "doctor.title.request": "poolgate doctor: {method} {url}",
  "doctor.status.pass": "合格    ",
  "doctor.status.fail": "不合格  ",
  "doctor.status.warn": "警告    ",
  "doctor.status.skip": "スキップ",
  "doctor.label.actual": "実際の値",
  "doctor.label.expected": "期待値  ",
  "doctor.label.fix": "対処    ",
  "doctor.label.explain": "解説    ",
  "doctor.summary": "合格 {pass} 件、不合格 {fail} 件、警告 {warn} 件、スキップ {skip} 件。",
  "doctor.summary.one-warning": "合格 {pass} 件、不合格 {fail} 件、警告 1 件、スキップ {skip} 件。",
  "doctor.verdict.pass": "チェックリストに不合格の項目はありません。",
  "doctor.verdict.fail": "上の不合格の項目を、上から順に直してください。",
  "doctor.usage.internal": "予期しないエラー: {error}",
  "doctor.usage.missing-option": "{option} が指定されていません",
  "doctor.usage.bad-endpoint-url": "--endpoint-url '{url}' は http(s) の URL ではありません",
  "doctor.usage.bad-pool-id": "'{value}' はユーザープール ID ではありません (<リージョン>_<ID> の形式、例: us-east-1_AbCdEf123)",
  "doctor.usage.no-region": "リージョンが不明です: --region を指定するか AWS_REGION を設定してください",
  "doctor.usage.unreadable-file": "{file} を読めません ({code})",
  "doctor.usage.not-an-export":
    "{file} はエクスポートされた OpenAPI ドキュメントではありません (paths がありません)。aws apigateway get-export --parameters extensions=apigateway でエクスポートしてください",
  "authorizer.test-invoke.offline": "実行していません: オフライン (--api-file) のため。TestInvokeAuthorizer には API Gateway の API が必要です。",
  "doctor.usage.unreachable": "{endpoint} に接続できません ({code})。起動しているか、URL が正しいか確認してください",
  "doctor.usage.no-credentials": "AWS の認証情報が見つかりません (環境変数、プロファイル、インスタンスロール)。poolgate には --endpoint-url を使ってください",
  "doctor.usage.bad-credentials": "AWS が認証情報を拒否しました: {error}",
  "doctor.usage.aws-error": "{operation} が失敗しました: {error}",
  "doctor.usage.no-token": "トークンが指定されていません (引数で渡すか、'-' で標準入力から読み込みます)",
  "doctor.usage.not-a-token": "これはトークンではありません: {reason}",
  "doctor.usage.bad-now": "--now '{value}' は時刻ではありません (ISO 8601 またはエポック秒)",
  "token.input.clean": "トークンはそのまま届いています。余計なものは追加されていません。",
  "token.input.json-fragment": "トークンだけでなく JSON の一部が貼り付けられています ({all})。",
  "token.input.json-fragment.fix": "トークン文字列 (IdToken または AccessToken の値、引用符なし) だけを送ってください: {repaired}",
  "token.input.quotes": "トークンが引用符で囲まれています ({all})。",
  "token.input.quotes.fix": "引用符を削除してください。ヘッダーの値はトークンそのものです: {repaired}",
  "token.input.double-bearer": "'Bearer' が 2 回あります ({all})。API Gateway は 1 つしか取り除かないため、トークンが 'Bearer ' で始まってしまいます。",
  "token.input.double-bearer.fix":
    "'Authorization: Bearer <トークン>' またはトークンだけを送ってください: {repaired} (Postman の Bearer Token タイプは 'Bearer ' を自動で付けます)。",
  "token.input.bearer-inside": "トークンの中に 'Bearer' という語があります ({all})。",
  "token.input.bearer-inside.fix": "'Bearer ' はトークンの前にだけ付け、中には入れないでください: {repaired}",
  "token.input.line-break": "トークンに改行が含まれています ({all})。コピー時に折り返されました。",
  "token.input.line-break.fix": "行をつなげてください。修復したトークン: {repaired}",
  "token.input.spaces": "トークンにスペースが含まれています ({all})。記事が最初に挙げる原因です。",
  "token.input.spaces.fix": "ヘッダーに入れたときに追加されたスペースを削除してください: {repaired}",
  "token.input.invisible": "トークンに見えない文字 (ゼロ幅スペース、ノーブレークスペース) が含まれています ({all})。",
  "token.input.invisible.fix": "プレーンテキストとしてコピーしてください。修復したトークン: {repaired}",
  "token.input.url-encoded": "トークンが URL エンコードされています ({all})。",
  "token.input.url-encoded.fix": "ヘッダーに入れる前にデコードしてください: {repaired}",
  "token.input.ellipsis": "トークンが '...' で終わっています。表示やログで省略されました ({all})。",
  "token.input.ellipsis.fix": "ログや UI の表示ではなく、元 (認証結果) からトークン全体をコピーしてください。",
  "token.input.truncated": "トークンが途中で切れています ({all})。ペイロードまたは署名が不完全です。",
  "token.input.truncated.fix": "トークン全体をコピーしてください。Cognito の ID トークンやアクセストークンは通常 800～1200 文字以上あります。",
  "token.input.refresh-token": "これはリフレッシュトークン (5 つの部分からなる暗号化された JWE) で、ID トークンでもアクセストークンでもありません ({all})。",
  "token.input.refresh-token.fix":
    "IdToken (スコープのないメソッド) か AccessToken (スコープのあるメソッド) を送ってください。リフレッシュトークンは新しいトークンの取得 (REFRESH_TOKEN_AUTH) にだけ使います。",
  "token.clock-skew.ok": "トークンの iat は未来ではありません。時刻のずれはありません。",
  "token.clock-skew.no-iat": "時計を比較する iat クレームがありません。",
  "token.clock-skew.issued-in-future": "トークンはこのマシンの時計で {seconds} 秒先に発行されています。どちらかの時計がずれています。",
  "token.clock-skew.issued-in-future.fix": "API を呼び出すマシンの時計を (NTP で) 合わせてください。ずれた時計で判定した有効期限はその分だけ誤ります。",
  "token.clock-skew.date-agrees": "API の時計 (Date: {date}) はこのマシンの時計と一致しています。",
  "token.clock-skew.server-ahead":
    "API の時計 (Date: {date}) はこのマシンより {seconds} 秒進んでいます。このマシンの時計が遅れているため有効期限の判定が遅れ、API から見ればトークンがすでに期限切れかもしれません。",
  "token.clock-skew.server-ahead.fix":
    "ほかを調べる前に、このマシンの時計を (NTP で) 合わせてください。時計を直してから、ほかの項目を読み直してください (エンドポイントやリージョンの食い違いを疑うのはその後です)。",
  "token.clock-skew.server-behind":
    "API の時計 (Date: {date}) はこのマシンより {seconds} 秒遅れています。このマシンの時計が進んでいるため、有効か期限切れかの判断が API と食い違います。",
  "token.clock-skew.server-behind.fix":
    "ほかを調べる前に、このマシンの時計を (NTP で) 合わせてください。時計を直してから、ほかの項目を読み直してください (エンドポイントやリージョンの食い違いを疑うのはその後です)。",
  "token.audience.ok": "トークンはアプリクライアント {client} に発行されています。",
  "token.audience.not-asked":
    "アプリクライアント {client} に発行されています (REST のオーソライザーは確認しません。比較するには --client-id を指定してください)。",
  "token.audience.none": "トークンにアプリクライアントの記載 (aud、client_id) がありません。期待値: {clientId}",
  "token.audience.none.fix": "ユーザープールの認証結果のトークンを使ってください。",
  "token.audience.other-client":
    "トークンは {clientId} ではなくアプリクライアント {client} に発行されています。REST API のオーソライザーはプールのどのクライアントでも受け付けますが、HTTP API の JWT オーソライザーや aws-jwt-verify は拒否します。",
  "token.audience.other-client.fix": "アプリクライアント {clientId} でサインインするか、検証側の対象 (audience) に {client} を追加してください。",
  "token.kind-for-scopes.suits-id":
    "ID トークンです。OAuth スコープのないメソッドは受け付け、スコープのあるメソッドは拒否 (401) します。メソッドを確認するには --scopes を指定してください。",
  "token.kind-for-scopes.suits-access":
    "アクセストークンです。含まれるスコープが設定されたメソッドだけが受け付け、スコープのないメソッドは拒否 (401) します。メソッドを確認するには --scopes を指定してください。",
  "token.signature.jwks-unreachable": "署名は未確認: 発行者の鍵を {url} から取得できませんでした ({error})。",
  "token.signature.jwks-unreachable.fix": "署名を確認するには --jwks-url (poolgate なら --endpoint-url) を指定してください。",
  "doctor.claim.token_use.id": "token_use = id: ID トークンです。ユーザーが誰かを表し、OAuth スコープのないメソッドにはこちらが必要です。",
  "doctor.claim.token_use.access":
    "token_use = access: アクセストークンです。呼び出し元に許された操作 (スコープ) を表し、OAuth スコープのあるメソッドにはこちらが必要です。",
  "doctor.claim.token_use.other": "token_use = {value}: ID トークンでもアクセストークンでもありません。API Gateway は拒否します。",
  "doctor.claim.exp.future":
    "exp = {value} = {value|time} ({amount} 後): トークンが受け付けられなくなる時刻。Unix エポック (1970-01-01T00:00:00Z) からの秒数で、UTC です。",
  "doctor.claim.exp.past":
    "exp = {value} = {value|time} ({amount} 前): トークンの有効期限は切れています。Unix エポック (1970-01-01T00:00:00Z) からの秒数で、UTC です。",
  "doctor.claim.iat.future": "iat = {value} = {value|time} ({amount} 後): トークンの発行時刻。このマシンの時計より未来です。",
  "doctor.claim.iat.past": "iat = {value} = {value|time} ({amount} 前): このトークンが発行された時刻。",
  "doctor.claim.auth_time.future": "auth_time = {value} = {value|time} ({amount} 後): ユーザーが認証した時刻。このマシンの時計より未来です。",
  "doctor.claim.auth_time.past": "auth_time = {value} = {value|time} ({amount} 前): ユーザーが認証した時刻 (トークンを更新しても変わりません)。",
  "doctor.claim.iss": "iss = {value}: トークンを発行したユーザープール ({poolId})。オーソライザーのユーザープールはこれと同じでなければなりません。",
  "doctor.claim.iss.unknown": "iss = {value}: Cognito ユーザープールの発行者ではありません。",
  "doctor.claim.aud": "aud = {value}: ID トークンの発行先アプリクライアント (REST のオーソライザーは確認しません)。",
  "doctor.claim.client_id": "client_id = {value}: アクセストークンの発行先アプリクライアント。",
  "doctor.claim.scope": "scope = {value}: アクセストークンの OAuth スコープ。スコープのあるメソッドには、このうち少なくとも 1 つが必要です。",
  "doctor.claim.groups": "cognito:groups = {value}: ユーザーのグループ。",
  "doctor.claim.username": "username = {value}: ユーザーの内部ユーザー名。",
  "doctor.token.decision.allow": "{pool} の Cognito オーソライザーと{scopes|scopes}を設定した API メソッドは、このトークンを受け付けます。",
  "doctor.token.decision.deny": "{pool} の Cognito オーソライザーを設定した API メソッドは {status} {body} を返します。",
  "doctor.token.decision.allow-if-signed":
    "署名が正しければ (未確認)、{pool} の Cognito オーソライザーと{scopes|scopes}を設定した API メソッドは、このトークンを受け付けます。",
  "doctor.token.decision.deny-if-signed":
    "署名が正しいとしても (未確認)、{pool} の Cognito オーソライザーを設定した API メソッドは {status} {body} を返します。",
  "api.deployed.ok": "ステージ {stage} は {method} {path} の現在の設定を提供しています。",
  "api.deployed.routes-only":
    "ステージ {stage} には {method} {path} が現在の認可タイプで存在します (デプロイ済みのオーソライザーとスコープはステージのエクスポートがないため読めませんでした)。",
  "api.deployed.no-route": "未比較: {method} {path} はデプロイ済みにも現在の設定にもありません。",
  "api.deployed.route-not-deployed": "{method} {path} は API にありますが、ステージ {stage} のデプロイにはありません。最後のデプロイの後に追加されました。",
  "api.deployed.route-not-deployed.fix": "API をデプロイしてください: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}",
  "api.deployed.authorization-changed":
    "ステージ {stage} は {method} {path} をまだ {deployedType} で提供しています。現在の設定は {currentType} です。変更がデプロイされていません。",
  "api.deployed.authorization-changed.fix":
    "API をデプロイしてください: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}。メソッドやオーソライザーの変更には新しいデプロイが必要です。",
  "api.deployed.scopes-changed":
    "ステージ {stage} は {method} {path} を{deployedScopes|scopes}で提供しています。現在の設定は{currentScopes|scopes}です。デプロイされていません。",
  "api.deployed.scopes-changed.fix": "API をデプロイしてください: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}。",
  "api.deployed.authorizer-changed":
    "ステージ {stage} は {method} {path} をユーザープール {deployedPools} で提供していますが、オーソライザーは現在 {currentPools} を指定しています。デプロイされていません。",
  "api.deployed.authorizer-changed.fix":
    "API をデプロイしてください: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}。オーソライザーの変更には新しいデプロイが必要です。",
  "api.deployed.settings-changed":
    "ステージ {stage} は {method} {path} を現在の設定とは異なる設定 ({settings}) で提供しています。変更がデプロイされていません。",
  "api.deployed.settings-changed.fix":
    "API をデプロイしてください: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}。それまでステージはデプロイ時のオーソライザーとメソッドの設定を使い続けます。",
  "authorizer.test-invoke.ok": "オーソライザー {authorizer} はテストモード (TestInvokeAuthorizer) でトークンを受け付けます。",
  "authorizer.test-invoke.refused": "オーソライザー {authorizer} はテストモードでトークンを拒否します (クライアントステータス {status})。",
  "authorizer.test-invoke.refused.fix": "他のトークンの項目を確認してください。テストは同じユーザープールを使い、メソッドのスコープは使いません。",
  "authorizer.test-invoke.no-authorizer": "未実行: 現在の設定ではメソッドにオーソライザーがありません。",
  "authorizer.test-invoke.no-token": "未実行: リクエストにトークンがありません。",
  "authorizer.test-invoke.access-token": "未実行: テストモードは ID トークンでのみ動作し、これはアクセストークンです。",
  "authorizer.test-invoke.unavailable": "未実行: ここでは TestInvokeAuthorizer を使えません ({error})。",
  "authorizer.test-invoke.skipped": "未実行。",
  "api.product.rest-api": "{apiId} は REST API です。",
  "api.product.not-rest-api": "{region} に REST API {apiId} はありません。",
  "api.product.not-rest-api.fix":
    "ID とリージョンを確認してください。HTTP API (apigatewayv2) の場合、その JWT オーソライザーは別の製品です (aud/client_id を確認し、aws apigatewayv2 で設定します)。このチェックリストは REST API 用です。",
  "api.private-endpoint.not-private": "API はプライベートではありません (エンドポイントタイプ {types})。",
  "api.private-endpoint.ok": "プライベート API を VPC エンドポイント経由で呼び出しています。",
  "api.private-endpoint.no-policy":
    "API は PRIVATE ですがリソースポリシーがありません。プライベート API はポリシーで許可するまですべての呼び出しを拒否します。",
  "api.private-endpoint.no-policy.fix": "aws:SourceVpce を条件に execute-api:Invoke を許可するポリシーを付けて、再デプロイしてください。",
  "api.private-endpoint.outside-vpc": "API は PRIVATE で、この URL はパブリックの形式です。VPC 内からインターフェイスエンドポイント経由でのみ応答します。",
  "api.private-endpoint.outside-vpc.fix":
    "VPC 内から呼び出してください (プライベート DNS 名、または https://{api-id}-{vpce-id}.execute-api.{region}.amazonaws.com)。",
  "api.resource-policy.needs-source-ip": "未確認: リソースポリシーが aws:SourceIp を条件にしています。--source-ip に呼び出し元のアドレスを指定してください。",
  "cors.gateway-responses.no-error": "未確認: リクエストはゲートウェイに拒否されません。",
  "request.answer.success": "API は {status} を返しました。",
  "request.answer.expired": "API は 401 'The incoming token has expired' を返しました。トークンの exp を過ぎています。",
  "request.answer.expired.fix": "トークンを更新 (REFRESH_TOKEN_AUTH) するか、もう一度サインインしてください。",
  "request.answer.unauthorized": "API は 401 Unauthorized を返しました。Cognito オーソライザーがトークンを拒否しました (理由は上のトークンの項目を参照)。",
  "request.answer.unauthorized.fix": "上にある最初の不合格のトークンまたはオーソライザーの項目を直してください。",
  "request.answer.missing-auth-token":
    "API は 403 'Missing Authentication Token' を返しました。デプロイ済みのステージにそのパスまたはメソッドがありません。トークンの問題ではありません。",
  "request.answer.missing-auth-token.fix": "パス、HTTP メソッド、ステージを確認し、最近メソッドを追加したなら再デプロイしてください。",
  "request.answer.sigv4-message":
    "API は Authorization ヘッダーについての SigV4 のメッセージとともに 403 を返しました。ルートが存在しない (またはメソッドが AWS_IAM) という意味で、トークンの問題ではありません。",
  "request.answer.sigv4-message.fix":
    "パス、メソッド、ステージを確認 (して再デプロイ) してください。AWS_IAM のメソッドなら SigV4 で署名するか、Cognito オーソライザーに切り替えてください。",
  "request.answer.policy-deny": "API は 403 を返しました。リソースポリシーの Deny ステートメントに一致しました。",
  "request.answer.policy-deny.fix": "リソースポリシーを変更 (して再デプロイ) してください。",
  "request.answer.policy-no-allow": "API は 403 を返しました。この呼び出しを許可するリソースポリシーのステートメントがありません。",
  "request.answer.policy-no-allow.fix": "このステージ、メソッド、パスへの Allow を追加 (して再デプロイ) してください。",
  "request.answer.authorizer-deny":
    "API は 403 'User is not authorized to access this resource with an explicit deny' を返しました。Lambda オーソライザーは実行され、返したポリシーがこのメソッドを拒否しています。",
  "request.answer.authorizer-deny.fix":
    "オーソライザー関数のログと返すポリシーを確認してください。Resource がこのステージ、メソッド、パスを含む必要があります (キャッシュされたポリシーは TTL の間ほかのパスにも使われます)。",
  "request.answer.authorizer-no-allow":
    "API は 403 'User is not authorized to access this resource' を返しました。Lambda オーソライザーは実行されましたが、返したポリシーにこのメソッドに一致する Allow がありません。",
  "request.answer.authorizer-no-allow.fix":
    "この呼び出しに一致する Resource の Allow を返すか (例: arn:aws:execute-api:<region>:<account>:<api-id>/<stage>/*)、ポリシーが 1 つのパスしか指定しないなら結果のキャッシュを無効にしてください。",
  "request.answer.forbidden": "API は 403 Forbidden を返しました。ステージが違うかデプロイされていない、エンドポイントが無効、または API キーがありません。",
  "request.answer.forbidden.fix": "URL のステージ名と、API がそのステージにデプロイされていることを確認してください。",
  "request.answer.authorizer-config": "API は message が null の 500 を返しました。オーソライザーの設定が誤っています (削除されたユーザープール、不正な ARN)。",
  "request.answer.authorizer-config.fix": "オーソライザーのプロバイダー ARN を直して再デプロイしてください。",
  "request.answer.other": "API は {status} {body} を返しました。",
  "request.answer.other.fix": "上の項目と比べてください。この応答は API Gateway のオーソライザーの応答ではありません。",
  "request.answer.unexpected":
    "API は {status} {body} を返しました。読み取った設定からゲートウェイ自身の手順が予想する {predicted} {predictedBody} とは異なります。",
  "request.answer.unexpected.fix": "API から読んだ設定と、エンドポイントが提供しているものが違います。--endpoint-url やリージョンは URL の送信先と同じですか?",
  "doctor.request.sent": "送信結果: API は {status} (x-amzn-ErrorType {errorType}) を返しました: {body}",
  "doctor.request.sent-plain": "送信結果: API は {status} を返しました: {body}",
  "doctor.request.cors-error":
    "ブラウザではこの {status} は CORS エラーとして表示されます。リクエストに Origin があり、応答に Access-Control-Allow-Origin がないため、ページは本当のステータスを読めません。見えるようにするには、ゲートウェイレスポンスに CORS ヘッダーを追加してください (cors.gateway-responses)。",
  "doctor.request.predicted": "設定からは、API Gateway は HTTP {status} {body} を返すはずです。",
  "doctor.request.sigv4-hint":
    'Authorization ヘッダーがあると、この応答は "... not a valid key=value pair (missing equal-sign) in Authorization header" や "Authorization header requires \'Credential\' parameter" になります。意味はパス、メソッド、ステージの誤りで、トークンの問題ではありません。',
  "doctor.request.iam-with-jwt":
    "メソッドは AWS_IAM (SigV4) を使うため、Authorization ヘッダーの JWT は壊れた署名として解釈されます: 403 IncompleteSignatureException。",
  "doctor.usage.not-a-url": "'{url}' は URL ではありません",
  "doctor.usage.not-invoke-url":
    "{url} は API Gateway の呼び出し URL (https://{id}.execute-api.{region}.amazonaws.com/{stage}/...) ではありません。カスタムドメインの場合は、ベースパスが対応付けられた呼び出し URL を使ってください",
  "doctor.usage.appsync-url": "{url} は AWS AppSync のエンドポイントで、REST API ではありません。AppSync の Cognito 認可は別の製品です",
  "doctor.usage.lambda-url": "{url} は Lambda 関数 URL で、REST API ではありません。関数 URL は IAM 認証か認証なしのみです",
  "doctor.usage.token-endpoint-json":
    "{url} はユーザープールのトークンエンドポイントで、Content-Type {contentType} で送られています。受け付けるのは application/x-www-form-urlencoded だけで、JSON には Cognito が 405 Method Not Allowed を返します (記事の C8)。フォーム形式で送ってください (curl -d grant_type=...&code=...)。OAuth の設定全体は `poolgate doctor oauth` で確認できます",
  "doctor.usage.cognito-url": "{url} は Cognito のエンドポイントで、API ではありません。ホストされた UI の設定には `poolgate doctor oauth` を使ってください",
  "doctor.usage.cloudfront-url": "{url} は CloudFront ディストリビューションです。その背後にある API の呼び出し URL を指定してください",
  "doctor.usage.bad-curl": "curl コマンドを読めません: {reason}",
  "doctor.usage.bad-header": "'{value}' はヘッダーではありません ('Name: value' の形式)",
  "doctor.request.token-in-other-header":
    "トークンは {sent} ヘッダーで送られていますが、オーソライザーが読むのは {header} (identitySource) です。オーソライザーにはトークンが見えません。",
  "doctor.request.predicted-through": "設定からは、API Gateway はこのリクエストを統合に通します (ステータスは統合の応答で決まります)。",
  "request.answer.integration":
    "API は {status} {body} を返しました。リクエストはオーソライザーを通過し、統合が失敗しました (統合レスポンスのない MOCK、Lambda のエラー、タイムアウトなど)。",
  "request.answer.integration.fix": "認証の問題ではありません。統合とそのレスポンス、バックエンドのログを確認してください。",
  "doctor.request.none-with-jwt":
    "メソッドに認可がありません (NONE)。API Gateway はトークンを確認せず、クレームも渡しません ($context.authorizer.claims は空)。ここでの 401 はバックエンドが返しています。",
  "api.deployed.policy-changed": "ステージ {stage} はまだデプロイ時のリソースポリシーを適用しています。現在のポリシーとは異なります。デプロイされていません。",
  "api.deployed.policy-changed.fix":
    "API をデプロイしてください: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}。ポリシーの変更はそれまで効果がありません。",
  "api.deployed.gateway-responses-changed":
    "ステージ {stage} は現在の設定とは異なるゲートウェイレスポンス ({types}) を提供しています (例: CORS ヘッダーを追加したがデプロイしていない)。",
  "api.deployed.gateway-responses-changed.fix":
    "API をデプロイしてください: aws apigateway create-deployment --rest-api-id {apiId|arg} --stage-name {stage}。ゲートウェイレスポンスの変更には新しいデプロイが必要です。",
  "doctor.request.missing-pools":
    "オーソライザーは存在しないユーザープール ({pools}) も指定しています。そのトークンには 500 AUTHORIZER_CONFIGURATION_ERROR が返ります。古い ARN を削除して再デプロイしてください。",
  "api.deployed.authorization-changed.pending":
    "ステージ {stage} はこのリクエストを通します。{method} {path} はまだ {deployedType} で提供されています。現在の設定の {currentType} は次のデプロイから有効になります。",
  "api.deployed.authorization-changed.pending.fix":
    "この呼び出しで今直すことはありません。ステージ {stage} にデプロイする前に、呼び出し元が {currentType} の条件を満たすか確かめてください。デプロイ後はこのリクエストが拒否されることがあります。",
  "api.deployed.scopes-changed.pending":
    "ステージ {stage} は {method} {path} を{deployedScopes|scopes}で提供しており、このリクエストを通します。現在の設定の{currentScopes|scopes}は次のデプロイから有効になります。",
  "api.deployed.scopes-changed.pending.fix":
    "ステージ {stage} にデプロイする前に、呼び出し元が現在のスコープの条件を満たすか確かめてください。スコープがあればそのいずれかを含むアクセストークン、なければユーザープールのいずれかのトークンが必要です。",
  "api.deployed.authorizer-changed.pending":
    "ステージ {stage} はユーザープール {deployedPools} でこのリクエストを通します。オーソライザーが現在指定している {currentPools} は次のデプロイから有効になります。",
  "api.deployed.authorizer-changed.pending.fix":
    "ステージ {stage} にデプロイする前に、呼び出し元のトークンが {currentPools} から発行されているか確かめてください。",
  "api.deployed.settings-changed.pending":
    "ステージ {stage} は {method} {path} をデプロイ時の設定で提供しており、このリクエストを通します。現在の設定で変わる項目 ({settings}) は次のデプロイから有効になります。",
  "api.deployed.settings-changed.pending.fix": "ステージ {stage} にデプロイする前に、変更した項目 ({settings}) でもこのリクエストが通るか確かめてください。",
  "api.deployed.policy-changed.pending":
    "ステージ {stage} はデプロイ時のリソースポリシーでこのリクエストを通します。現在のポリシーは異なり、次のデプロイから有効になります。",
  "api.deployed.policy-changed.pending.fix": "ステージ {stage} にデプロイする前に、現在のポリシーでもこの呼び出し元が許可されるか確かめてください。",
  "api.deployed.gateway-responses-changed.pending":
    "ステージ {stage} はこのリクエストを通します。ゲートウェイレスポンス ({types}) は現在の設定と異なり、次のデプロイから有効になります。",
  "api.deployed.gateway-responses-changed.pending.fix":
    "準備ができたらステージ {stage} にデプロイしてください。ゲートウェイレスポンスは拒否の応答だけを形作るので、このリクエストには影響しません。",
};

import type { Catalogue } from "../catalogue.js";

/** oauth checks, ja. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const oauth: Catalogue = {
  // C1
  "oauth.grant-type.ok": "付与タイプ '{grant}' はアプリクライアントで許可されています (許可されたフロー: {allowed})。",
  "oauth.grant-type.password": "付与タイプ '{grant}' は Amazon Cognito にはありません。トークンエンドポイントに password グラントはありません。",
  "oauth.grant-type.password.fix":
    "Postman では [Authorization Code] (または [Implicit]) を使ってください。コードからパスワードでサインインするには InitiateAuth を呼び出します。",
  "oauth.grant-type.unknown": "付与タイプ '{grant}' は Amazon Cognito の OAuth エンドポイントでサポートされていません。",
  "oauth.grant-type.unknown.fix": "[Authorization Code]、[Authorization Code (With PKCE)]、[Implicit]、[Client Credentials] のいずれかを選んでください。",
  "oauth.grant-type.no-client": "未確認: アプリクライアントが見つかりませんでした。",
  "oauth.grant-type.oauth-disabled":
    "アプリクライアント {client} では OAuth が無効です (AllowedOAuthFlowsUserPoolClient が false)。どの付与タイプも使えません。",
  "oauth.grant-type.oauth-disabled.fix":
    "OAuth を有効にしてください: aws cognito-idp update-user-pool-client --allowed-o-auth-flows-user-pool-client --allowed-o-auth-flows code --allowed-o-auth-scopes openid ... (UpdateUserPoolClient は省略した設定を初期値に戻すので、他の設定も指定してください)。",
  "oauth.grant-type.not-allowed": "付与タイプ '{grant}' には '{flow}' フローが必要ですが、アプリクライアントが許可しているのは {allowed} だけです。",
  "oauth.grant-type.not-allowed.fix":
    "クライアントが許可する付与タイプを選ぶか、アプリクライアントの AllowedOAuthFlows に '{flow}' を追加してください (client_credentials は code や implicit と併用できません)。",
  "oauth.grant-type.no-cognito-provider":
    "アプリクライアントの ID プロバイダー ({providers}) に COGNITO が含まれていないため、ホストされた UI でユーザープールのサインインができません。",
  "oauth.grant-type.no-cognito-provider.fix":
    "ユーザープールのパスワードでサインインするなら、アプリクライアントの SupportedIdentityProviders に COGNITO を追加してください。",
  "oauth.grant-type.client-credentials":
    "付与タイプ '{grant}' は許可されていますが、返されるのはアクセストークンだけです (ID トークンもユーザーもありません)。スコープのないメソッドは 401 で拒否します。",
  "oauth.grant-type.client-credentials.fix":
    "スコープのないメソッドには [Authorization Code] か [Implicit] を使い ID トークンを送ってください。マシン間の呼び出しなら、トークンが持つリソースサーバーのスコープをメソッドに設定してください。",
  "oauth.grant-type.mixed-flows":
    "アプリクライアントは client_credentials を {allowed} と一緒に許可しています。Cognito はクライアントの保存時にこの組み合わせを拒否します。",
  "oauth.grant-type.mixed-flows.fix": "client_credentials 用 (シークレットあり) と code/implicit 用で、アプリクライアントを分けてください。",
  // C2
  "oauth.callback-url.ok": "コールバック URL {url} はアプリクライアントに登録されています。",
  "oauth.callback-url.not-used": "client_credentials では不要です。",
  "oauth.callback-url.oauth-disabled": "未確認: アプリクライアントの OAuth が無効です (oauth.grant-type を参照)。",
  "oauth.callback-url.no-client": "未確認: アプリクライアントが見つかりませんでした。",
  "oauth.callback-url.none-registered": "アプリクライアント {client} にコールバック URL が登録されていないため、ホストされた UI はリダイレクトできません。",
  "oauth.callback-url.none-registered.fix":
    "クライアントが使うコールバック URL (Postman なら https://oauth.pstmn.io/v1/browser-callback など) をアプリクライアントの CallbackURLs に追加してください。",
  "oauth.callback-url.missing": "コールバック URL が指定されていません。アプリクライアントの URL: {registered}",
  "oauth.callback-url.missing.fix": "コールバック URL (Postman の [Callback URL]) を次のいずれかにしてください: {registered}",
  "oauth.callback-url.whitespace": "コールバック URL {url} の前後に空白があります。",
  "oauth.callback-url.whitespace.fix": "空白を削除してください。Cognito はコールバック URL を 1 文字ずつ比較します。",
  "oauth.callback-url.trailing-slash":
    "コールバック URL {url} は登録済みの {candidate} と末尾のスラッシュだけが違います。Cognito は完全一致で比較し、redirect_mismatch を返します。",
  "oauth.callback-url.trailing-slash.fix": "{candidate} をそのまま使うか、{url} も登録してください。",
  "oauth.callback-url.case": "コールバック URL {url} は登録済みの {candidate} と大文字・小文字が違います。Cognito は完全一致で比較します。",
  "oauth.callback-url.case.fix": "{candidate} をそのまま使ってください。",
  "oauth.callback-url.scheme-or-port": "コールバック URL {url} は登録済みの {candidate} とスキームまたはポートが違います。Cognito は完全一致で比較します。",
  "oauth.callback-url.scheme-or-port.fix": "{candidate} をそのまま使うか、{url} を登録してください。",
  "oauth.callback-url.not-registered":
    "コールバック URL {url} はアプリクライアントのコールバック URL ({registered}) にありません。Cognito は redirect_mismatch を返します。",
  "oauth.callback-url.not-registered.fix": "登録済みの URL を使うか、{url} をアプリクライアントの CallbackURLs に追加してください。",
  // C3
  "oauth.auth-url.ok": "認証 URL {url} はユーザープールのホストされた UI です。",
  "oauth.auth-url.not-used": "client_credentials では不要です。",
  "oauth.auth-url.missing": "認証 URL が指定されていません。",
  "oauth.auth-url.missing.fix": "認証 URL を {expectedUrl} にしてください。",
  "oauth.auth-url.whitespace": "認証 URL '{url}' に空白が含まれています。",
  "oauth.auth-url.whitespace.fix": "空白を削除してください: {expectedUrl}",
  "oauth.auth-url.not-a-url": "認証 URL '{url}' は URL ではありません。",
  "oauth.auth-url.not-a-url.fix": "{expectedUrl} を使ってください。",
  "oauth.auth-url.issuer-url":
    "認証 URL {url} はトークンの発行者 (cognito-idp...amazonaws.com) で、ホストされた UI のドメインではありません。サインインページはありません。",
  "oauth.auth-url.issuer-url.fix": "ユーザープールのドメインを使ってください: {expectedUrl}",
  "oauth.auth-url.no-domain": "ユーザープール {pool} にドメインがないため、サインインするホストされた UI がありません。",
  "oauth.auth-url.no-domain.fix": "ドメインを作成してください: aws cognito-idp create-user-pool-domain --user-pool-id {pool} --domain <プレフィックス>",
  "oauth.auth-url.wrong-port": "認証 URL {url} のポートは {port} ですが、エミュレーターは {expectedPort} で待ち受けています。",
  "oauth.auth-url.wrong-port.fix": "{expectedUrl} を使ってください。",
  "oauth.auth-url.wrong-domain": "認証 URL {url} のドメインは '{domain}' ですが、ユーザープールのドメインは '{expectedDomain}' です。",
  "oauth.auth-url.wrong-domain.fix": "{expectedUrl} を使ってください。",
  "oauth.auth-url.wrong-region": "認証 URL {url} のリージョンは {region} ですが、ユーザープールは {expectedRegion} にあります。",
  "oauth.auth-url.wrong-region.fix": "{expectedUrl} を使ってください。",
  "oauth.auth-url.wrong-host": "認証 URL {url} はこのユーザープールの Cognito ドメインではありません (ホスト {host})。",
  "oauth.auth-url.wrong-host.fix": "{expectedUrl} を使ってください。",
  "oauth.auth-url.not-https": "認証 URL {url} は http です。ホストされた UI は https でのみ応答します。",
  "oauth.auth-url.not-https.fix": "{expectedUrl} を使ってください。",
  "oauth.auth-url.api-region-differs":
    "認証 URL {url} はユーザープールのリージョン {region} にあり、API は {apiRegion} にあります。オーソライザーがこのユーザープールを指定していれば問題ありません。",
  "oauth.auth-url.api-region-differs.fix": "API のオーソライザーが {region} のユーザープールを指定していることを確認してください。",
  "oauth.auth-url.trailing-slash": "認証 URL {url} の末尾にスラッシュがあります ({path})。",
  "oauth.auth-url.trailing-slash.fix": "{expectedUrl} を使ってください。",
  "oauth.auth-url.token-endpoint": "認証 URL {url} はトークンエンドポイント ({path}) です。ブラウザでのサインインには /login か /oauth2/authorize が必要です。",
  "oauth.auth-url.token-endpoint.fix": "認証 URL に {expectedUrl} を、アクセストークン URL に /oauth2/token を指定してください。",
  "oauth.auth-url.wrong-path": "認証 URL {url} のパスは {path} です。期待値: {expectedPath}",
  "oauth.auth-url.wrong-path.fix": "{expectedUrl} を使ってください。",
  // C4
  "oauth.client-id.ok": "クライアント ID {clientId} は {pool} のアプリクライアントです。",
  "oauth.client-id.whitespace": "クライアント ID {clientId} に空白または改行が含まれています。",
  "oauth.client-id.whitespace.fix": "前後の空白を含めずにアプリクライアント ID をコピーし直してください。",
  "oauth.client-id.pool-id": "クライアント ID {clientId} はユーザープール ID で、アプリクライアント ID ではありません。",
  "oauth.client-id.pool-id.fix": "アプリクライアント ID ([アプリケーションの統合] → [アプリクライアント] にある 26 文字程度の英数字) を使ってください。",
  "oauth.client-id.pool-unknown": "アプリクライアント {clientId} を持つユーザープールが見つかりませんでした。",
  "oauth.client-id.pool-unknown.fix": "--user-pool-id を指定するか、クライアント ID と参照先のリージョン (または --endpoint-url) を確認してください。",
  "oauth.client-id.not-found": "ユーザープール {pool} にアプリクライアント {clientId} はありません (このプールのクライアント: {clients})。",
  "oauth.client-id.not-found.fix": "ユーザープールのアプリクライアント ID を使ってください。",
  "oauth.client-id.close-match":
    "ユーザープール {pool} にアプリクライアント {clientId} はありませんが、{candidate} があります。コピー & ペーストの誤りではありませんか?",
  "oauth.client-id.close-match.fix": "{candidate} を使ってください。",
  // C5
  "oauth.client-secret.ok": "クライアントシークレットが指定され、アプリクライアント {client} のものと一致しています。",
  "oauth.client-secret.public": "アプリクライアント {client} にはシークレットがなく、シークレットも指定されていません。",
  "oauth.client-secret.no-client": "未確認: アプリクライアントが見つかりませんでした。",
  "oauth.client-secret.implicit": "暗黙的なフローにクライアントシークレットは不要です。",
  "oauth.client-secret.implicit-ignored": "クライアントシークレットが指定されていますが、暗黙的なフローでは送信されません。",
  "oauth.client-secret.implicit-ignored.fix": "暗黙的なフローではクライアントシークレットを空にしてください。",
  "oauth.client-secret.whitespace": "クライアントシークレットの前後に空白があります。",
  "oauth.client-secret.whitespace.fix": "前後の空白を含めずにシークレットをコピーし直してください。",
  "oauth.client-secret.missing":
    "アプリクライアント {client} にはシークレットがありますが、指定されていません。トークンエンドポイントは invalid_client を返します。",
  "oauth.client-secret.missing.fix":
    "[Client Secret] にシークレットを入力してください (aws cognito-idp describe-user-pool-client で確認できます)。このクライアントでの SDK 呼び出しにも SECRET_HASH = Base64(HMAC-SHA256(シークレット, ユーザー名 + クライアント ID)) が必要です。",
  "oauth.client-secret.unexpected": "アプリクライアント {client} にはシークレットがありませんが、シークレットが指定されています。",
  "oauth.client-secret.unexpected.fix": "[Client Secret] は空にしてください (Postman: [Send client credentials in body])。",
  "oauth.client-secret.mismatch":
    "指定されたクライアントシークレットはアプリクライアント {client} のものではありません。トークンエンドポイントは invalid_client を返します。",
  "oauth.client-secret.mismatch.fix": "describe-user-pool-client からシークレットをコピーし直してください。",
  "oauth.client-secret.public-basic-header":
    "アプリクライアント {client} にはシークレットがありませんが、クライアントは認証情報を Basic 認証ヘッダー (空のシークレットと client_id) で送っています。トークンエンドポイントは invalid_client で拒否することがあります。",
  "oauth.client-secret.public-basic-header.fix": "Postman の [Client Authentication] を [Send client credentials in body] にしてください。",
  // C6
  "oauth.scope-openid.ok": "スコープ '{requested}' には openid が含まれ、アプリクライアントで許可されています。",
  "oauth.scope-openid.oauth-disabled": "未確認: アプリクライアントの OAuth が無効です (oauth.grant-type を参照)。",
  "oauth.scope-openid.no-client": "未確認: アプリクライアントが見つかりませんでした。",
  "oauth.scope-openid.client-credentials": "スコープ '{requested}' は client_credentials に適しています (リソースサーバーのスコープのみで openid なし)。",
  "oauth.scope-openid.client-credentials-openid":
    "openid は client_credentials では使えません (Cognito: 'openid is not supported with client_credentials flow')。",
  "oauth.scope-openid.client-credentials-openid.fix": "クライアントが許可するリソースサーバーのスコープ (identifier/scope) だけを要求してください: {allowed}",
  "oauth.scope-openid.empty":
    "スコープが指定されていません。この場合 Cognito はクライアントが許可するすべてのスコープ ({allowed}) を付与し、openid も含まれます。",
  "oauth.scope-openid.empty.fix": "[Scope] に 'openid' (と必要なスコープ) を指定して、要求を明示してください。",
  "oauth.scope-openid.missing-openid": "スコープ '{requested}' に openid が含まれていません。Cognito は ID トークンを返しません。",
  "oauth.scope-openid.missing-openid.fix": "[Scope] に openid を追加してください (例: 'openid email')。",
  "oauth.scope-openid.openid-not-allowed": "アプリクライアントは openid スコープを許可していません (許可: {allowed})。",
  "oauth.scope-openid.openid-not-allowed.fix": "アプリクライアントの AllowedOAuthScopes に openid を追加してください。",
  "oauth.scope-openid.not-allowed": "スコープ '{notAllowed}' はアプリクライアントで許可されていません (許可: {allowed})。",
  "oauth.scope-openid.not-allowed.fix": "許可されたスコープだけを要求するか、AllowedOAuthScopes に追加してください。",
  "oauth.scope-openid.undefined-scope": "スコープ '{unknown}' はユーザープールのどのリソースサーバーにも定義されていません。",
  "oauth.scope-openid.undefined-scope.fix": "リソースサーバーのスコープを作成 (create-resource-server) してクライアントで許可するか、綴りを直してください。",
  // C7
  "oauth.token-url.ok": "トークン URL {url} はユーザープールのトークンエンドポイントです。",
  "oauth.token-url.ok-probed": "トークン URL {url} はユーザープールのトークンエンドポイントで、プローブに期待どおり 400 {error} を返しました。",
  "oauth.token-url.not-used": "暗黙的なフローでは使われません。",
  "oauth.token-url.missing": "トークン URL が指定されていません。",
  "oauth.token-url.missing.fix": "アクセストークン URL を {expectedUrl} にしてください。",
  "oauth.token-url.whitespace": "トークン URL '{url}' に空白が含まれています。",
  "oauth.token-url.whitespace.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.not-a-url": "トークン URL '{url}' は URL ではありません。",
  "oauth.token-url.not-a-url.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.issuer-url": "トークン URL {url} はトークンの発行者 (cognito-idp...amazonaws.com) で、ユーザープールのドメインではありません。",
  "oauth.token-url.issuer-url.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.no-domain": "ユーザープール {pool} にドメインがないため、トークンエンドポイントがありません。",
  "oauth.token-url.no-domain.fix": "ドメインを作成してください: aws cognito-idp create-user-pool-domain --user-pool-id {pool} --domain <プレフィックス>",
  "oauth.token-url.wrong-port": "トークン URL {url} のポートは {port} ですが、エミュレーターは {expectedPort} で待ち受けています。",
  "oauth.token-url.wrong-port.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.wrong-domain": "トークン URL {url} のドメインは '{domain}' ですが、ユーザープールのドメインは '{expectedDomain}' です。",
  "oauth.token-url.wrong-domain.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.wrong-region": "トークン URL {url} のリージョンは {region} ですが、ユーザープールは {expectedRegion} にあります。",
  "oauth.token-url.wrong-region.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.wrong-host": "トークン URL {url} はこのユーザープールの Cognito ドメインではありません (ホスト {host})。",
  "oauth.token-url.wrong-host.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.not-https": "トークン URL {url} は http です。トークンエンドポイントは https でのみ応答します。",
  "oauth.token-url.not-https.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.api-region-differs":
    "トークン URL {url} はユーザープールのリージョン {region} にあり、API は {apiRegion} にあります。オーソライザーがこのユーザープールを指定していれば問題ありません。",
  "oauth.token-url.api-region-differs.fix": "API のオーソライザーが {region} のユーザープールを指定していることを確認してください。",
  "oauth.token-url.trailing-slash": "トークン URL {url} の末尾にスラッシュがあります ({path})。",
  "oauth.token-url.trailing-slash.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.authorize-endpoint": "トークン URL {url} はサインインページ ({path}) で、トークンエンドポイントではありません。",
  "oauth.token-url.authorize-endpoint.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.wrong-path": "トークン URL {url} のパスは {path} です。期待値: {expectedPath}",
  "oauth.token-url.wrong-path.fix": "{expectedUrl} を使ってください。",
  "oauth.token-url.unreachable": "トークン URL {url} から応答がありません: {error}",
  "oauth.token-url.unreachable.fix": "URL とネットワーク、(ローカルなら) エミュレーターが起動していることを確認してください。",
  "oauth.token-url.probe-status":
    "トークン URL {url} はフォーム形式の POST に HTTP {status} を返しました。トークンエンドポイントなら無効なコードに 400 を返します。",
  "oauth.token-url.probe-status.fix": "{expectedUrl} を使ってください。",
  // C8
  "oauth.token-content-type.implicit": "暗黙的なフローはトークンエンドポイントを呼び出さないため、コンテンツタイプは関係ありません。",
  "oauth.token-content-type.declared": "Content-Type '{contentType}' はトークンエンドポイントが必要とするものです。",
  "oauth.token-content-type.probe-confirmed":
    "トークンエンドポイントはフォーム形式の POST に {formStatus}、JSON の POST に {jsonStatus} を返しました。受け付けるのは application/x-www-form-urlencoded だけです。",
  "oauth.token-content-type.quoted": "Content-Type {contentType} が引用符で囲まれています。トークンエンドポイントは不明なタイプとみなし 405 を返します。",
  "oauth.token-content-type.quoted.fix": "引用符なしでヘッダーを送ってください: Content-Type: application/x-www-form-urlencoded",
  "oauth.token-content-type.wrong":
    "Content-Type '{contentType}' は application/x-www-form-urlencoded ではありません。トークンエンドポイントは空の本文で 405 を返します。",
  "oauth.token-content-type.wrong.fix":
    "本文をフォーム形式にして Content-Type: application/x-www-form-urlencoded で送ってください (Postman では Body を x-www-form-urlencoded に)。認可コードフローはそのまま使い、シークレットのないクライアントでは PKCE を併用してください。暗黙的なフローならトークン呼び出しは不要ですが、OAuth 2.0 セキュリティのベストカレントプラクティス (RFC 9700) で非推奨です。",
  "oauth.token-content-type.probe-form-405": "トークンエンドポイント {url} はフォーム形式の POST にも 405 を返しました。",
  "oauth.token-content-type.probe-form-405.fix": "URL がユーザープールのドメインの /oauth2/token ではない可能性があります。トークン URL を確認してください。",
  "oauth.token-content-type.unverified":
    "未確認: トークンエンドポイントには Content-Type: application/x-www-form-urlencoded が必要です (省略したクライアントは 405 を受け取ります)。--probe を付けると実際の応答を確認できます。",
};

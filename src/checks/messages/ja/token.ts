import type { Catalogue } from "../catalogue.js";

/** token checks, ja. Keys: "<check id>.<message key>" and "<check id>.<message key>.fix". */
export const token: Catalogue = {
  "token.decodable.ok": "トークンは JWT です (alg {alg}、kid {kid})。",
  "token.decodable.skipped": "未確認: リクエストにトークンがありません。",
  "token.decodable.too-long": "トークンの長さが {length} 文字で、上限 {max} を超えています。",
  "token.decodable.too-long.fix": "ID トークンまたはアクセストークンだけを送ってください (複数のトークンやレスポンス全体ではなく)。",
  "token.decodable.whitespace": "トークンに空白が含まれています: {position} 文字目の {char|char}。",
  "token.decodable.whitespace.fix": "ヘッダーに貼り付けたときに入ったスペースや改行を取り除いてください。",
  "token.decodable.quoted": "トークンが引用符で囲まれています。",
  "token.decodable.quoted.fix": "引用符を付けずにトークンを送ってください (JSON の文字列を引用符ごとコピーしています)。",
  "token.decodable.non-ascii": "トークンに base64url 以外の文字が含まれています: {position} 文字目の {char|char}。",
  "token.decodable.non-ascii.fix": "認証結果からトークンをコピーし直してください。英数字、'-'、'_' と 2 つのドットだけで構成されます。",
  "token.decodable.unsigned":
    "トークンに署名がありません (alg none、署名部が空)。偽造されたか手作りのテスト用トークンで、Cognito が発行したものではありません。",
  "token.decodable.unsigned.fix": "ユーザープールにサインインして本物のトークンを取得してください。API Gateway は署名のないトークンを拒否します。",
  "token.decodable.parts": "トークンはドットで {count} 個に分かれています。JWT は 3 個です。",
  "token.decodable.parts.fix": "IdToken または AccessToken (header.payload.signature) を送ってください。リフレッシュトークンや途中で切れた値ではありません。",
  "token.decodable.base64url": "トークンの一部が空か、base64url ではありません。",
  "token.decodable.base64url.fix": "トークン全体をコピーし直してください。切り詰められたか変更された可能性があります。",
  "token.decodable.json": "トークンのヘッダーまたはペイロードが JSON オブジェクトではありません。",
  "token.decodable.json.fix": "ユーザープールが発行したトークンを送ってください。この値は JWT のように見えるだけです。",

  "token.issuer.ok": "トークンはユーザープール {poolId} ({iss}) が発行しました。",
  "token.issuer.skipped": "未確認: トークンをデコードできませんでした。",
  "token.issuer.missing": "トークンに iss クレームがありません。",
  "token.issuer.missing.fix": "API に設定した Cognito ユーザープールが発行したトークンを使ってください。",
  "token.issuer.not-cognito": "トークンの発行者 {iss} は Cognito ユーザープールではありません。",
  "token.issuer.not-cognito.fix":
    "https://cognito-idp.<リージョン>.amazonaws.com/<ユーザープール ID> (またはこの poolgate サーバー) が発行したトークンを使ってください。",

  "token.signature.ok": "署名はプール {poolId} の鍵 {kid} で検証できました。",
  "token.signature.skipped": "未確認: トークンの発行者が不明です。",
  "token.signature.alg": "トークンは {alg} で署名されています。Cognito のトークンは RS256 です。",
  "token.signature.alg.fix": "ユーザープールが発行したトークンを使ってください。別の方式で署名されたトークンは偽造か別の発行者のものです。",
  "token.signature.no-kid": "トークンのヘッダーに kid がありません。",
  "token.signature.no-kid.fix": "ユーザープールが発行したトークンを使ってください。ヘッダーに署名鍵 (kid) が入っています。",
  "token.signature.unknown-kid": "鍵 {kid} はプール {poolId} の JWKS にありません。",
  "token.signature.unknown-kid.fix": "現在のユーザープールが発行したトークンを使ってください (作り直したプールは鍵も新しくなります)。",
  "token.signature.bad-signature": "署名がプール {poolId} の鍵 {kid} で検証できません。",
  "token.signature.bad-signature.fix": "発行後にトークンが変更されています。Cognito が返したとおりのトークンを使ってください。",

  "token.not-expired.ok": "トークンの有効期限まで残り {left} 秒です (exp {exp|time})。",
  "token.not-expired.skipped": "未確認: トークンをデコードできませんでした。",
  "token.not-expired.no-exp": "トークンに数値の exp クレームがありません。",
  "token.not-expired.no-exp.fix": "ユーザープールが発行したトークンを使ってください。Cognito のトークンには必ず exp があります。",
  "token.not-expired.expired": "トークンは {exp|time} に期限切れになりました ({now|time} の {ago} 秒前)。",
  "token.not-expired.expired.fix": "リフレッシュトークン (REFRESH_TOKEN_AUTH) で新しいトークンを取得するか、サインインし直してください。",

  "token.kind-for-scopes.ok-id": "ID トークンで、メソッドに OAuth スコープはありません。",
  "token.kind-for-scopes.ok-access": "メソッドのスコープ {matched} を持つアクセストークンです。",
  "token.kind-for-scopes.skipped": "未確認: トークンをデコードできませんでした。",
  "token.kind-for-scopes.access-without-scopes": "OAuth スコープのないメソッドにアクセストークンが送られました。このメソッドは ID トークンだけを受け付けます。",
  "token.kind-for-scopes.access-without-scopes.fix":
    "ID トークンを送るか、メソッドに authorizationScopes を設定して (再デプロイして) アクセストークンを受け付けてください。",
  "token.kind-for-scopes.id-with-scopes":
    "OAuth スコープ ({scopes}) のあるメソッドに ID トークンが送られました。このメソッドはアクセストークンだけを受け付けます。",
  "token.kind-for-scopes.id-with-scopes.fix": "アクセストークンを送るか、メソッドの authorizationScopes を削除して (再デプロイして) ください。",
  "token.kind-for-scopes.no-matching-scope": "アクセストークンのスコープ ({tokenScopes}) にメソッドのスコープ ({scopes}) がひとつもありません。",
  "token.kind-for-scopes.no-matching-scope.fix": "トークン取得時にメソッドのスコープのいずれかを要求し、アプリクライアントでも許可してください。",
  "token.kind-for-scopes.sign-in-scope-only":
    "アクセストークンのスコープは aws.cognito.signin.user.admin だけです。これはユーザープール API でのサインイン (InitiateAuth: パスワードまたは SRP) のスコープで、メソッドは {scopes} のいずれかを必要とします。",
  "token.kind-for-scopes.sign-in-scope-only.fix":
    "InitiateAuth/AdminInitiateAuth のトークンには aws.cognito.signin.user.admin しか含まれません。OAuth 2.0 エンドポイント (/oauth2/authorize と /oauth2/token) でアプリクライアントに許可したリソースサーバーのスコープを要求して取得するか、イベントバージョン V2_0 以降のトークン生成前トリガー (accessTokenGeneration.scopesToAdd。Essentials または Plus 機能プラン) で追加してください。",
  "token.kind-for-scopes.unknown-token-use": "トークンの token_use が {tokenUse} で、id でも access でもありません。",
  "token.kind-for-scopes.unknown-token-use.fix": "認証結果の IdToken または AccessToken を送ってください。",

  "token.claims.explain": "token_use {tokenUse}、発行者 {iss}、クライアント {client}、ユーザー {subject}、サインイン {authTime|time}、有効期限 {exp|time}。",
  "token.claims.undecodable": "説明するクレームがありません: トークンをデコードできませんでした。",
  "token.claims.skipped": "未確認。",
};

/** The console's own words in English and Japanese; check messages come from the server's catalogues. */
const STRINGS = {
  en: {
    skip: "Skip to content",
    "nav.requests": "Requests",
    "nav.token": "Token",
    "nav.pools": "User pools",
    "nav.apis": "APIs",
    "lang.label": "Language",
    "requests.title": "Requests",
    "requests.intro": "Invocations of the emulated API Gateway, newest first. New ones appear as they arrive.",
    "requests.count": "{shown} of {total} requests",
    "requests.empty": "No requests yet. Call an API's invoke URL and it appears here.",
    "requests.paused": "The server did not answer; retrying.",
    "filter.status": "Status",
    "filter.api": "API",
    "filter.check": "Refused by",
    "filter.all": "All",
    "col.time": "Time",
    "col.method": "Method",
    "col.path": "Path",
    "col.api": "API / stage",
    "col.status": "Status",
    "col.cause": "Why",
    "detail.back": "All requests",
    "detail.title": "{method} {path}",
    "detail.summary": "Summary",
    "detail.time": "Time",
    "detail.decision": "Decision",
    "detail.status": "Status",
    "detail.request-id": "Request id",
    "detail.steps": "Pipeline steps",
    "detail.headers": "Request headers",
    "detail.headers-note": "Credentials are masked: only a prefix is kept.",
    "detail.no-capture": "The request's headers are no longer kept.",
    "detail.token": "Token",
    "detail.no-token": "The request carried no decodable token in Authorization.",
    "detail.missing": "This request is no longer in the server's list.",
    "detail.copy": "Copy doctor command",
    "detail.copied": "Copied.",
    "detail.copy-failed": "Could not copy; select the command below.",
    "detail.copy-note": "Set TOKEN (and API_KEY) to the values you sent: the console keeps no credentials.",
    "finding.actual": "Actual",
    "finding.expected": "Expected",
    "finding.fix": "Fix",
    "finding.explain": "Explain page for {id}",
    "status.pass": "pass",
    "status.fail": "fail",
    "status.warn": "warn",
    "status.skip": "skip",
    "token.title": "Token",
    "token.intro": "Paste an ID or access token to decode it and run the gateway's token checks on it. Nothing is stored.",
    "token.label": "Token (JWT)",
    "token.scopes": "Method scopes (optional, space separated)",
    "token.submit": "Inspect",
    "token.findings": "Checks",
    "token.header": "Header",
    "token.claims": "Claims",
    "token.judged": "Judged at {time} by the server's clock.",
    "token.error": "The server could not inspect the token.",
    "claims.name": "Claim",
    "claims.value": "Value",
    "claims.utc": "UTC",
    "claims.local": "Local",
    "pools.title": "User pools",
    "pools.empty": "No user pools.",
    "pools.clients": "App clients",
    "pools.users": "Users",
    "pools.domains": "Domains",
    "pools.resource-servers": "Resource servers",
    "pools.outbox": "Outbox of codes",
    "pools.outbox-empty": "No codes sent.",
    "pools.none": "None.",
    "apis.title": "REST APIs",
    "apis.empty": "No REST APIs.",
    "apis.resources": "Resources",
    "apis.stages": "Stages",
    "apis.deployments": "Deployments",
    "apis.authorizers": "Authorizers",
    "col.name": "Name",
    "col.id": "Id",
    "col.created": "Created",
    "col.details": "Details",
    "error.load": "Could not load: {error}",
  },
  ja: {
    skip: "本文へ移動",
    "nav.requests": "リクエスト",
    "nav.token": "トークン",
    "nav.pools": "ユーザープール",
    "nav.apis": "API",
    "lang.label": "言語",
    "requests.title": "リクエスト",
    "requests.intro": "エミュレートされた API Gateway への呼び出し（新しい順）。届くとすぐに表示されます。",
    "requests.count": "{total} 件中 {shown} 件",
    "requests.empty": "まだリクエストはありません。API の呼び出し URL にアクセスするとここに表示されます。",
    "requests.paused": "サーバーから応答がありません。再試行しています。",
    "filter.status": "ステータス",
    "filter.api": "API",
    "filter.check": "拒否したチェック",
    "filter.all": "すべて",
    "col.time": "時刻",
    "col.method": "メソッド",
    "col.path": "パス",
    "col.api": "API / ステージ",
    "col.status": "ステータス",
    "col.cause": "理由",
    "detail.back": "リクエスト一覧",
    "detail.title": "{method} {path}",
    "detail.summary": "概要",
    "detail.time": "時刻",
    "detail.decision": "判定",
    "detail.status": "ステータス",
    "detail.request-id": "リクエスト ID",
    "detail.steps": "パイプラインの各ステップ",
    "detail.headers": "リクエストヘッダー",
    "detail.headers-note": "認証情報はマスクされ、先頭部分だけが残ります。",
    "detail.no-capture": "このリクエストのヘッダーはもう保持されていません。",
    "detail.token": "トークン",
    "detail.no-token": "Authorization にデコードできるトークンがありませんでした。",
    "detail.missing": "このリクエストはサーバーの一覧にもうありません。",
    "detail.copy": "doctor コマンドをコピー",
    "detail.copied": "コピーしました。",
    "detail.copy-failed": "コピーできませんでした。下のコマンドを選択してください。",
    "detail.copy-note": "TOKEN（と API_KEY）に送信した値を設定してください。コンソールは認証情報を保持しません。",
    "finding.actual": "実際",
    "finding.expected": "期待",
    "finding.fix": "対処",
    "finding.explain": "{id} の解説ページ",
    "status.pass": "合格",
    "status.fail": "不合格",
    "status.warn": "警告",
    "status.skip": "スキップ",
    "token.title": "トークン",
    "token.intro": "ID トークンまたはアクセストークンを貼り付けると、デコードしてゲートウェイのトークンチェックを実行します。何も保存されません。",
    "token.label": "トークン (JWT)",
    "token.scopes": "メソッドのスコープ（任意、空白区切り）",
    "token.submit": "調べる",
    "token.findings": "チェック",
    "token.header": "ヘッダー",
    "token.claims": "クレーム",
    "token.judged": "サーバーの時計で {time} に判定。",
    "token.error": "サーバーはトークンを調べられませんでした。",
    "claims.name": "クレーム",
    "claims.value": "値",
    "claims.utc": "UTC",
    "claims.local": "ローカル",
    "pools.title": "ユーザープール",
    "pools.empty": "ユーザープールはありません。",
    "pools.clients": "アプリクライアント",
    "pools.users": "ユーザー",
    "pools.domains": "ドメイン",
    "pools.resource-servers": "リソースサーバー",
    "pools.outbox": "送信されたコード",
    "pools.outbox-empty": "送信されたコードはありません。",
    "pools.none": "なし。",
    "apis.title": "REST API",
    "apis.empty": "REST API はありません。",
    "apis.resources": "リソース",
    "apis.stages": "ステージ",
    "apis.deployments": "デプロイ",
    "apis.authorizers": "オーソライザー",
    "col.name": "名前",
    "col.id": "ID",
    "col.created": "作成日時",
    "col.details": "詳細",
    "error.load": "読み込めませんでした: {error}",
  },
};

/** @typedef {"en" | "ja"} Lang */

/** @returns {Lang} a choice made here before, else the browser's language */
function initialLang() {
  const saved = localStorage.getItem("poolgate.lang");
  if (saved === "en" || saved === "ja") return saved;
  return (navigator.languages ?? [navigator.language]).some((l) => l.toLowerCase().startsWith("ja")) ? "ja" : "en";
}

/** @type {Lang} */
let current = initialLang();

export const lang = () => current;

/** @param {Lang} next */
export function setLang(next) {
  current = next;
  localStorage.setItem("poolgate.lang", next);
  document.documentElement.lang = next;
}

/**
 * @param {string} key
 * @param {Record<string, string | number>} [params]
 */
export function t(key, params = {}) {
  const template = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (/** @type {string} */ _, /** @type {string} */ name) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Epoch seconds or ISO text as UTC and as the browser's local time. @param {number | string} when */
export function times(when) {
  const d = typeof when === "number" ? new Date(when * 1000) : new Date(when);
  if (Number.isNaN(d.getTime())) return { utc: String(when), local: "" };
  return {
    utc: d.toISOString().replace(".000Z", "Z"),
    local: d.toLocaleString(current === "ja" ? "ja-JP" : "en-GB", { timeZoneName: "short" }),
  };
}

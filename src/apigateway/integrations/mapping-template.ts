/**
 * A subset of API Gateway mapping templates (AWS docs "API Gateway mapping template and access logging variable
 * reference"): references to $input, $context, $stageVariables and $util, with `.name`, `['name']` and method
 * calls, plus the simple directives #set, #if/#elseif/#else/#end and #foreach. Not a full Velocity engine.
 */
export interface TemplateInput {
  body: string;
  params: { path: Record<string, string>; querystring: Record<string, string>; header: Record<string, string> };
  context: Record<string, unknown>;
  stageVariables: Record<string, string>;
}

type Value = unknown;

/** JSONPath as the mapping-template functions use it: $, $.a.b, $['a'], $.a[0]. */
export function jsonPath(doc: Value, path: string): Value {
  if (!path.startsWith("$")) return undefined;
  let cur = doc;
  const re = /\.([A-Za-z_$][\w$-]*)|\[(?:'([^']*)'|"([^"]*)"|(\d+))\]/g;
  let rest = path.slice(1);
  while (rest.length > 0) {
    re.lastIndex = 0;
    const m = re.exec(rest);
    if (m?.index !== 0) return undefined;
    const key = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, Value>)[key as string];
    rest = rest.slice(m[0].length);
  }
  return cur;
}

const parseBody = (body: string): Value => {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
};

/** JavaScript-string escaping as $util.escapeJavaScript does it (Apache StringEscapeUtils; single quotes escaped too). */
export function escapeJavaScript(s: string): string {
  return s.replace(/[\\"'\n\r\t\f\b/]|[\u0000-\u001f\u007f-\uffff]/g, (c) => {
    switch (c) {
      case "\\":
        return "\\\\";
      case '"':
        return '\\"';
      case "'":
        return "\\'";
      case "\n":
        return "\\n";
      case "\r":
        return "\\r";
      case "\t":
        return "\\t";
      case "\f":
        return "\\f";
      case "\b":
        return "\\b";
      case "/":
        return "\\/";
      default:
        return `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
    }
  });
}

/** Java-flavoured methods that templates call on maps, lists and strings. */
function callMethod(target: Value, name: string, args: Value[]): Value {
  if (typeof target === "function") return undefined;
  if (target instanceof Map) {
    if (name === "get") return target.get(args[0]);
    if (name === "keySet") return [...target.keys()];
    if (name === "size") return target.size;
    if (name === "containsKey") return target.has(args[0]);
  }
  if (Array.isArray(target)) {
    if (name === "size") return target.length;
    if (name === "get") return target[Number(args[0])];
    if (name === "contains") return target.includes(args[0]);
    if (name === "isEmpty") return target.length === 0;
  }
  if (typeof target === "string") {
    if (name === "length") return target.length;
    if (name === "toUpperCase") return target.toUpperCase();
    if (name === "toLowerCase") return target.toLowerCase();
    if (name === "trim") return target.trim();
    if (name === "contains") return target.includes(String(args[0]));
    if (name === "isEmpty") return target.length === 0;
    if (name === "equals") return target === args[0];
    if (name === "replaceAll") return target.replace(new RegExp(String(args[0]), "g"), String(args[1]));
    if (name === "split") return target.split(new RegExp(String(args[0])));
  }
  if (target && typeof target === "object") {
    const fn = (target as Record<string, Value>)[name];
    if (typeof fn === "function") return (fn as (...a: Value[]) => Value)(...args);
    if (name === "get") return (target as Record<string, Value>)[String(args[0])];
    if (name === "keySet") return Object.keys(target);
    if (name === "size") return Object.keys(target).length;
    if (name === "containsKey") return String(args[0]) in target;
  }
  return undefined;
}

function member(target: Value, key: string): Value {
  if (target instanceof Map) return target.get(key);
  if (target && typeof target === "object") return (target as Record<string, Value>)[key];
  return undefined;
}

/** Renders a value as VTL would print it: strings as is, null/undefined as nothing, maps and lists as JSON. */
function print(v: Value): string {
  if (v === undefined || v === null) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  if (v instanceof Map) return JSON.stringify(Object.fromEntries(v));
  return JSON.stringify(v);
}

const truthy = (v: Value) => !(v === undefined || v === null || v === false || v === "" || v === 0);

class Parser {
  pos = 0;
  constructor(
    readonly src: string,
    readonly scope: Map<string, Value>,
  ) {}

  peek = (s: string) => this.src.startsWith(s, this.pos);
  ws() {
    while (/\s/.test(this.src[this.pos] ?? "")) this.pos++;
  }

  /** An expression inside a directive or argument list: literal, reference, comparison, logic. */
  expression(): Value {
    let left = this.comparison();
    for (;;) {
      this.ws();
      if (this.peek("&&") || this.peek(" and ")) {
        this.pos += this.peek("&&") ? 2 : 5;
        const right = this.comparison();
        left = truthy(left) && truthy(right);
      } else if (this.peek("||") || this.peek(" or ")) {
        this.pos += this.peek("||") ? 2 : 4;
        const right = this.comparison();
        left = truthy(left) || truthy(right);
      } else return left;
    }
  }

  comparison(): Value {
    this.ws();
    if (this.peek("!") && !this.peek("!=")) {
      this.pos++;
      return !truthy(this.comparison());
    }
    const left = this.operand();
    this.ws();
    for (const op of ["==", "!=", ">=", "<=", ">", "<"]) {
      if (this.peek(op)) {
        this.pos += op.length;
        const right = this.operand();
        switch (op) {
          case "==":
            return print(left) === print(right);
          case "!=":
            return print(left) !== print(right);
          case ">=":
            return Number(left) >= Number(right);
          case "<=":
            return Number(left) <= Number(right);
          case ">":
            return Number(left) > Number(right);
          default:
            return Number(left) < Number(right);
        }
      }
    }
    return left;
  }

  operand(): Value {
    this.ws();
    const c = this.src[this.pos];
    if (c === "'" || c === '"') {
      const end = this.src.indexOf(c, this.pos + 1);
      const s = this.src.slice(this.pos + 1, end < 0 ? undefined : end);
      this.pos = end < 0 ? this.src.length : end + 1;
      return c === '"' ? this.interpolate(s) : s;
    }
    if (c === "(") {
      this.pos++;
      const v = this.expression();
      this.ws();
      if (this.peek(")")) this.pos++;
      return v;
    }
    if (c === "[") {
      this.pos++;
      const items: Value[] = [];
      this.ws();
      while (!this.peek("]") && this.pos < this.src.length) {
        items.push(this.expression());
        this.ws();
        if (this.peek(",")) this.pos++;
        this.ws();
      }
      this.pos++;
      return items;
    }
    const num = /^-?\d+(\.\d+)?/.exec(this.src.slice(this.pos));
    if (num) {
      this.pos += num[0].length;
      return Number(num[0]);
    }
    for (const lit of ["true", "false", "null"] as const) {
      if (this.peek(lit)) {
        this.pos += lit.length;
        return lit === "true" ? true : lit === "false" ? false : null;
      }
    }
    if (c === "$") {
      const r = this.reference();
      return r?.value;
    }
    return undefined;
  }

  private interpolate(s: string): string {
    return s.includes("$") ? renderWith(s, this.scope) : s;
  }

  /** `$name`, `$!name`, `${name}` followed by `.prop`, `.method(args)`, `[key]`. Undefined when not a reference. */
  reference(): { value: Value; quiet: boolean } | undefined {
    const start = this.pos;
    this.pos++;
    let quiet = false;
    if (this.peek("!")) {
      quiet = true;
      this.pos++;
    }
    const braced = this.peek("{");
    if (braced) this.pos++;
    const id = /^[A-Za-z_][\w-]*/.exec(this.src.slice(this.pos));
    if (!id) {
      this.pos = start;
      return undefined;
    }
    this.pos += id[0].length;
    let value = this.scope.get(id[0]);
    for (;;) {
      if (this.peek(".") && /^\.[A-Za-z_]/.test(this.src.slice(this.pos, this.pos + 2))) {
        const m = /^\.([A-Za-z_][\w-]*)/.exec(this.src.slice(this.pos)) as RegExpExecArray;
        this.pos += m[0].length;
        if (this.peek("(")) {
          this.pos++;
          const args: Value[] = [];
          this.ws();
          while (!this.peek(")") && this.pos < this.src.length) {
            args.push(this.expression());
            this.ws();
            if (this.peek(",")) this.pos++;
            this.ws();
          }
          this.pos++;
          value = callMethod(value, m[1], args);
        } else value = member(value, m[1]);
      } else if (this.peek("[")) {
        this.pos++;
        const key = this.expression();
        this.ws();
        if (this.peek("]")) this.pos++;
        value = Array.isArray(value) ? value[Number(key)] : member(value, String(key));
      } else break;
    }
    if (braced && this.peek("}")) this.pos++;
    return { value, quiet };
  }
}

interface Block {
  kind: "if" | "foreach";
  /** Whether the current branch renders. */
  active: boolean;
  /** An earlier branch of this #if already rendered. */
  done: boolean;
  parentActive: boolean;
  loop?: { variable: string; items: Value[]; index: number; bodyStart: number; out: number };
}

/** Renders a template against a scope of root variables. */
function renderWith(template: string, scope: Map<string, Value>): string {
  const p = new Parser(template, scope);
  let out = "";
  const stack: Block[] = [];
  const active = () => stack.every((b) => b.active);
  while (p.pos < template.length) {
    const c = template[p.pos];
    if (c === "#" && template[p.pos + 1] === "#") {
      const nl = template.indexOf("\n", p.pos);
      p.pos = nl < 0 ? template.length : nl + 1;
      continue;
    }
    if (c === "#") {
      const m = /^#(?:\{(set|if|elseif|else|end|foreach)\}|(set|if|elseif|else|end|foreach)(?![\w]))/.exec(template.slice(p.pos));
      const d = m ? [m[0], m[1] ?? m[2]] : undefined;
      if (m && d) {
        p.pos += m[0].length;
        const args = () => {
          p.ws();
          if (!p.peek("(")) return;
          p.pos++;
        };
        const close = () => {
          p.ws();
          if (p.peek(")")) p.pos++;
        };
        switch (d[1]) {
          case "set": {
            args();
            p.ws();
            const name = /^\$!?\{?([A-Za-z_][\w-]*)\}?/.exec(template.slice(p.pos));
            if (name) p.pos += name[0].length;
            p.ws();
            if (p.peek("=")) p.pos++;
            const v = p.expression();
            close();
            if (name && active()) scope.set(name[1], v);
            break;
          }
          case "if": {
            args();
            const parentActive = active();
            const evaluated = p.expression();
            const v = parentActive && truthy(evaluated);
            close();
            stack.push({ kind: "if", active: v, done: v, parentActive });
            break;
          }
          case "elseif": {
            args();
            const b = stack[stack.length - 1];
            const v = p.expression();
            close();
            if (b?.kind === "if") {
              b.active = !b.done && truthy(v);
              b.done ||= b.active;
            }
            break;
          }
          case "else": {
            const b = stack[stack.length - 1];
            if (b?.kind === "if") {
              b.active = !b.done;
              b.done = true;
            }
            break;
          }
          case "foreach": {
            args();
            p.ws();
            const name = /^\$\{?([A-Za-z_][\w-]*)\}?\s+in\s+/.exec(template.slice(p.pos));
            if (name) p.pos += name[0].length;
            const listValue = p.expression();
            close();
            const items = Array.isArray(listValue) ? listValue : listValue instanceof Map ? [...listValue.keys()] : [];
            const parentActive = active();
            const block: Block = {
              kind: "foreach",
              active: parentActive && items.length > 0,
              done: false,
              parentActive,
              loop: { variable: name?.[1] ?? "item", items, index: 0, bodyStart: p.pos, out: 0 },
            };
            stack.push(block);
            if (block.active) {
              scope.set(block.loop!.variable, items[0]);
              scope.set("foreach", { hasNext: items.length > 1, index: 0, count: 1 });
            }
            break;
          }
          case "end": {
            const b = stack[stack.length - 1];
            if (b?.kind === "foreach" && b.active && b.loop && b.loop.index + 1 < b.loop.items.length) {
              b.loop.index++;
              scope.set(b.loop.variable, b.loop.items[b.loop.index]);
              scope.set("foreach", { hasNext: b.loop.index + 1 < b.loop.items.length, index: b.loop.index, count: b.loop.index + 1 });
              p.pos = b.loop.bodyStart;
            } else stack.pop();
            break;
          }
        }
        continue;
      }
    }
    if (c === "\\" && template[p.pos + 1] === "$") {
      if (active()) out += "$";
      p.pos += 2;
      continue;
    }
    if (c === "$") {
      const start = p.pos;
      const r = p.reference();
      if (r) {
        if (active()) out += r.value === undefined || r.value === null ? (r.quiet ? "" : "") : print(r.value);
        continue;
      }
      p.pos = start + 1;
      if (active()) out += "$";
      continue;
    }
    if (active()) out += c;
    p.pos++;
  }
  return out;
}

/** Renders a mapping template for a request or an integration response. */
export function renderMappingTemplate(template: string, input: TemplateInput): string {
  const body = input.body;
  const doc = () => parseBody(body);
  const params = (name?: Value) => {
    if (name === undefined) return input.params;
    const n = String(name);
    return input.params.path[n] ?? input.params.querystring[n] ?? input.params.header[n] ?? lowerHeader(input.params.header, n) ?? "";
  };
  const $input = {
    body,
    json: (path: Value) => JSON.stringify(jsonPath(doc(), String(path ?? "$")) ?? null),
    path: (path: Value) => jsonPath(doc(), String(path ?? "$")),
    params,
  };
  const $util = {
    escapeJavaScript: (s: Value) => escapeJavaScript(print(s)),
    urlEncode: (s: Value) => encodeURIComponent(print(s)),
    urlDecode: (s: Value) => decodeURIComponent(print(s)),
    base64Encode: (s: Value) => Buffer.from(print(s)).toString("base64"),
    base64Decode: (s: Value) => Buffer.from(print(s), "base64").toString("utf8"),
    parseJson: (s: Value) => parseBody(print(s)),
  };
  const scope = new Map<string, Value>([
    ["input", $input],
    ["context", input.context],
    ["stageVariables", input.stageVariables],
    ["util", $util],
  ]);
  return renderWith(template, scope);
}

function lowerHeader(headers: Record<string, string>, name: string): string | undefined {
  const key = Object.keys(headers).find((k) => k.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : headers[key];
}

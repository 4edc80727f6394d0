/**
 * Builds elements through DOM APIs only: every value becomes a text node or an attribute, never markup, so
 * nothing a request carried (a path, a header, a claim) can run in the page.
 * @param {string} tag
 * @param {Record<string, unknown> | null} [attrs] attributes; functions under on* become listeners
 * @param {...(Node | string | number | null | undefined | false | Array<Node | string>)} children
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") el.addEventListener(name.slice(2), /** @type {EventListener} */ (value));
    else if (name === "value") /** @type {HTMLInputElement} */ (el).value = String(value);
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/** @param {Node} parent @param {unknown[]} children */
function append(parent, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** @param {Element} el @param {...unknown} children */
export function replaceChildren(el, ...children) {
  el.replaceChildren();
  append(el, children);
}

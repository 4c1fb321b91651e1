/** Render preact into a linkedom document and wait for effects. */
import { parseHTML } from "linkedom";
import { render, type ComponentChild } from "preact";

/** A fresh document with a #app root. */
export function mount(node: ComponentChild): { document: Document; root: HTMLElement; unmount(): void } {
  const { document } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  const root = document.getElementById("app") as unknown as HTMLElement;
  render(node, root);
  return { document: document as unknown as Document, root, unmount: () => render(null, root) };
}

/** Let promises, renders and effects (setTimeout-scheduled without requestAnimationFrame) run. */
export async function settle(rounds = 4): Promise<void> {
  for (let i = 0; i < rounds; i++) await new Promise((ok) => setTimeout(ok, 40));
}

/** Dispatch a DOM event of `type` on an element. */
export function fire(el: Element | null, type: string): void {
  if (!el) throw new Error(`no element to ${type}`);
  const doc = el.ownerDocument as unknown as { defaultView: { Event: typeof Event } };
  el.dispatchEvent(new doc.defaultView.Event(type, { bubbles: true }));
}

/** Elements matching a selector, as an array. */
export function all(root: ParentNode, selector: string): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/** Trimmed text of an element, whitespace collapsed. */
export function text(el: Element | null): string {
  return (el?.textContent ?? "").replace(/\s+/g, " ").trim();
}

/** A tiny element builder: the explorer has no framework, just DOM and derived state. */
type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on") && typeof value === "function") {
      node.addEventListener(key.slice(2).toLowerCase(), value);
    } else if (key === "hidden") {
      node.hidden = Boolean(value);
    } else if (value === true) {
      node.setAttribute(key, "");
    } else {
      node.setAttribute(key, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child);
  }
  return node;
}

/** Text with the given [start, end) ranges wrapped in <mark>; overlapping ranges merge. */
export function highlighted(
  text: string,
  ranges: { start: number; end: number; title?: string; className?: string }[],
): Node[] {
  const sorted = ranges
    .filter((r) => r.end > r.start && r.start >= 0 && r.start < text.length)
    .sort((a, b) => a.start - b.start);
  const out: Node[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.end <= at) continue;
    const start = Math.max(r.start, at);
    if (start > at) out.push(document.createTextNode(text.slice(at, start)));
    out.push(
      el(
        "mark",
        { class: r.className ?? null, title: r.title ?? null },
        text.slice(start, Math.min(r.end, text.length)),
      ),
    );
    at = Math.min(r.end, text.length);
  }
  if (at < text.length) out.push(document.createTextNode(text.slice(at)));
  return out;
}

/** Ranges of each trigger word found in a sentence (triggers may be "called on … to cease fire"). */
export function triggerRanges(sentence: string, trigger: string): { start: number; end: number }[] {
  const lower = sentence.toLowerCase();
  const ranges: { start: number; end: number }[] = [];
  let from = 0;
  for (const part of trigger.split(/\s*(?:…|\.\.\.)\s*/)) {
    const needle = part.trim().toLowerCase();
    if (!needle) continue;
    const at = lower.indexOf(needle, from);
    if (at < 0) continue;
    ranges.push({ start: at, end: at + needle.length });
    from = at + needle.length;
  }
  return ranges;
}

export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** replaceChildren that skips the empty parts, like el() does. */
export function fill(node: Element, ...children: (Child | Child[])[]): void {
  node.replaceChildren(
    ...(children.flat().filter((c) => c !== null && c !== undefined && c !== false) as (Node | string)[]),
  );
}

import { readFileSync } from 'node:fs';

/** One rule of a `_headers` file: a path pattern and the headers it sets or detaches. */
export interface HeaderRule {
  pattern: string;
  set: [name: string, value: string][];
}

/** Parses the `_headers` format shared by Netlify and Cloudflare Pages. */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\r$/, '');
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: [] });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`Header line before any path: ${line}`);
    const i = line.indexOf(':');
    rule.set.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
  }
  return rules;
}

function matches(pattern: string, path: string): boolean {
  const re = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-zA-Z]+/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${re}$`).test(path);
}

/**
 * Every header a path receives, Cloudflare-style: all matching rules apply, and a header set by
 * more than one rule is reported in `repeated` (Netlify would keep only one of them).
 */
export function resolveHeaders(rules: HeaderRule[], path: string) {
  const headers = new Map<string, string>();
  const repeated: string[] = [];
  for (const rule of rules) {
    if (!matches(rule.pattern, path)) continue;
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      if (headers.has(key)) {
        repeated.push(key);
        headers.set(key, `${headers.get(key)}, ${value}`);
      } else headers.set(key, value);
    }
  }
  return { headers, repeated };
}

/** The rules of the built site's headers file. */
export function builtRules(file = 'dist/_headers'): HeaderRule[] {
  return parseHeaders(readFileSync(file, 'utf8'));
}

// @ts-check
// The one reader of `_headers` files (the format Netlify and Cloudflare Pages share), used by the
// static server (scripts/serve.mjs) and by the tests that check the built file.
import { readFileSync } from 'node:fs';

/**
 * One rule of a `_headers` file: a path pattern and the headers it sets.
 * @typedef {{ pattern: string; set: [name: string, value: string][] }} HeaderRule
 */

/**
 * Parses the `_headers` format: a path pattern at the start of a line, then its headers as
 * indented `Name: value` lines; `#` starts a comment line.
 * @param {string} text
 * @returns {HeaderRule[]}
 */
export function parseHeaders(text) {
  /** @type {HeaderRule[]} */
  const rules = [];
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
    if (i < 1) throw new Error(`Header line without a name and a colon: ${line}`);
    rule.set.push([line.slice(0, i).trim(), line.slice(i + 1).trim()]);
  }
  return rules;
}

/**
 * Whether a rule's pattern matches a URL path: `*` matches anything (slashes included), a
 * `:placeholder` matches one path segment, everything else matches itself.
 * @param {string} pattern @param {string} path
 */
export function matchesPattern(pattern, path) {
  const re = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/:[a-zA-Z]+/g, '[^/]+'))
    .join('.*');
  return new RegExp(`^${re}$`).test(path);
}

/**
 * Every header a path receives, Cloudflare-style: all matching rules apply, in file order, and a
 * header set by more than one rule is joined with ", " and reported in `repeated` (Netlify would
 * keep only one of them, so the headers test keeps `repeated` empty). Names are lower-case.
 * @param {HeaderRule[]} rules @param {string} path
 * @returns {{ headers: Map<string, string>; repeated: string[] }}
 */
export function resolveHeaders(rules, path) {
  /** @type {Map<string, string>} */
  const headers = new Map();
  /** @type {string[]} */
  const repeated = [];
  for (const rule of rules) {
    if (!matchesPattern(rule.pattern, path)) continue;
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      const before = headers.get(key);
      if (before === undefined) headers.set(key, value);
      else {
        repeated.push(key);
        headers.set(key, `${before}, ${value}`);
      }
    }
  }
  return { headers, repeated };
}

/**
 * The rules of a built site's headers file.
 * @param {string} [file]
 * @returns {HeaderRule[]}
 */
export function builtRules(file = 'dist/_headers') {
  return parseHeaders(readFileSync(file, 'utf8'));
}

/**
 * What a cached result depends on besides the bytes it is made from (./store.ts): the code that makes it —
 * every module of the project it imports, followed from its entry file, and the version of each package
 * those modules import (from package-lock.json) — the Chromium that renders it, and the system fonts
 * Chromium may draw text with. Each is read once per build.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { hashOf } from './store.ts';

/**
 * The module specifiers a TypeScript/JavaScript file imports at run time (`import type` left out), and
 * the files it starts as workers (`new URL('./worker.mjs', import.meta.url)`).
 */
export function importsOf(code: string): string[] {
  // Comments left out (their examples are not imports): block comments, and lines that are comments.
  const source = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  const statement = /(?:^|[\n;])\s*(import|export)\s+(type\s+)?(?:[^;'"]*?\sfrom\s+)?['"]([^'"]+)['"]/g;
  for (const m of source.matchAll(statement)) if (!m[2]) found.push(m[3]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]!);
  for (const m of source.matchAll(/\bnew URL\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*,\s*import\.meta\.url\s*\)/g))
    found.push(m[1]!);
  return found;
}

/** The package a bare specifier names (`@scope/name/sub` → `@scope/name`), or null for a built-in or path. */
export function packageOf(specifier: string): string | null {
  if (specifier.startsWith('.') || specifier.startsWith('/') || specifier.startsWith('node:')) return null;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function projectRootOf(file: string): string {
  for (let dir = dirname(file); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'package-lock.json'))) return dir;
    if (dirname(dir) === dir) throw new Error(`no package-lock.json above ${file}`);
  }
}

const versions = new Map<string, string>();

/**
 * A hash of the code that makes a result: the text of `entry` and of every project module it imports,
 * transitively, and the locked version of every package among those imports.
 */
export function codeVersion(entry: string): string {
  const known = versions.get(entry);
  if (known) return known;
  const root = projectRootOf(entry);
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, { version?: string }>;
  };
  const files = new Map<string, string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    const source = readFileSync(file, 'utf8');
    files.set(file, source);
    for (const specifier of importsOf(source)) {
      const pkg = packageOf(specifier);
      if (pkg) packages.add(pkg);
      else if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
    }
  };
  visit(resolve(entry));
  const parts = [
    ...[...files].sort(([a], [b]) => a.localeCompare(b)).flatMap(([f, s]) => [f.slice(root.length), s]),
    ...[...packages].sort().map((p) => `${p}@${lock.packages[`node_modules/${p}`]?.version ?? '?'}`),
  ];
  const version = hashOf(...parts);
  versions.set(entry, version);
  return version;
}

let chromium: string | undefined;

/** The Chromium build (`chromium --version`), e.g. "Chromium 156.0.8078.114 built on Debian GNU/Linux 12". */
export function chromiumVersion(path: string): string {
  chromium ??= execFileSync(path, ['--version'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }).trim();
  return chromium;
}

let fonts: string | undefined;

/**
 * The system fonts (fontconfig's list: each file with its size), which Chromium uses for text without a
 * web font — the share cards and the screen pages. Empty where fontconfig is missing.
 */
export function systemFonts(): string {
  if (fonts !== undefined) return fonts;
  let list: string[] = [];
  try {
    list = execFileSync('fc-list', ['--format', '%{file}\n'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .split('\n')
      .filter(Boolean);
  } catch {
    list = [];
  }
  fonts = hashOf(
    ...[...new Set(list)].sort().map((f) => {
      try {
        return `${f} ${statSync(f).size}`;
      } catch {
        return f;
      }
    }),
  );
  return fonts;
}

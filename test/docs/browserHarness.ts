/**
 * Checks a generated HTML reference in a real browser (Debian's chromium, headless, driven by
 * playwright-core): every page loads from a loopback server with no console error, no request
 * leaving the server and no horizontal scrolling at phone width, and every internal link (and its
 * #anchor) resolves. Sites are served from memory, straight from the emitter's output.
 */
import * as assert from 'uvu/assert';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { emitDocs } from '../../generator/emit/docs/index.ts';
import type { ServiceIR } from '../../generator/ir/types.ts';

const CHROMIUM = '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PHONE = { width: 390, height: 844 };
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', css: 'text/css', js: 'text/javascript' };

/** URL path → file, for every site, served from memory. */
const served = new Map<string, { type: string; body: string }>();

export function addSite(name: string, ir: ServiceIR): void {
  for (const file of emitDocs(ir)) {
    if (!file.path.startsWith('docs/html/')) continue;
    const ext = file.path.split('.').pop()!;
    served.set(`/${name}/${file.path.slice('docs/html/'.length)}`, { type: TYPES[ext] ?? 'application/octet-stream', body: file.contents });
  }
}

let server: Server | undefined;
export let origin = '';
let context: BrowserContext | undefined;
let userDataDir = '';

/** Serves the sites added so far and starts the browser, when there is one. */
export async function start(): Promise<void> {
  const listening = createServer((req, res) => {
    const file = served.get(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    res.writeHead(file ? 200 : 404, { 'content-type': file?.type ?? 'text/plain' });
    res.end(file?.body ?? 'not found');
  });
  server = listening;
  await new Promise<void>((resolve) => listening.listen(0, '127.0.0.1', resolve));
  const address = listening.address();
  origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  if (!existsSync(CHROMIUM)) return;
  userDataDir = mkdtempSync(join(tmpdir(), 'shapecraft-chromium-'));
  context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: FLAGS,
    viewport: PHONE,
  });
}

export async function stop(): Promise<void> {
  await context?.close();
  if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
}

/** The browser; fails the calling test, saying how to install Chromium, when there is none. */
export function requireBrowser(): BrowserContext {
  assert.ok(
    context,
    `Chromium is missing at ${CHROMIUM}: the HTML reference cannot be checked. Install it with ` +
      '`apt-get update && apt-get install -y chromium` (CI: add that line to .ci/run).',
  );
  return context!;
}

interface PageReport {
  problems: string[];
  links: string[];
  ids: Set<string>;
}

/**
 * One tab visits every page in turn (a new tab per page costs more than the page itself); the
 * listeners file what they see under the page being visited.
 */
async function visitAll(ctx: BrowserContext, paths: string[]): Promise<Map<string, PageReport>> {
  const page = await ctx.newPage();
  const reports = new Map<string, PageReport>();
  let problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`script error: ${e.message}`));
  page.on('dialog', (d) => {
    problems.push(`a ${d.type()} dialog opened: ${d.message().slice(0, 80)}`);
    void d.dismiss();
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(`${origin}/`) && !r.url().startsWith('data:')) problems.push(`request leaves the site: ${r.url().slice(0, 120)}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} for ${r.url()}`);
  });
  for (const path of paths) {
    problems = [];
    await page.goto(`${origin}${path}`, { waitUntil: 'load' });
    const facts = await page.evaluate(() => ({
      links: [...document.querySelectorAll('a[href]')].map((a) => (a as HTMLAnchorElement).href),
      ids: [...document.querySelectorAll('[id]')].map((e) => e.id),
      scrollWidth: document.documentElement.scrollWidth,
      width: window.innerWidth,
      title: document.title,
      stylesheetLoaded: getComputedStyle(document.body).margin === '0px',
    }));
    if (facts.scrollWidth > facts.width) problems.push(`scrolls sideways at phone width: ${facts.scrollWidth}px > ${facts.width}px`);
    if (!facts.title) problems.push('no title');
    if (!facts.stylesheetLoaded) problems.push('the stylesheet did not apply');
    reports.set(path, { problems, links: facts.links, ids: new Set(facts.ids) });
  }
  await page.close();
  return reports;
}

/** Loads every page of a site and follows every internal link; returns what is wrong. */
export async function checkSite(site: string): Promise<string[]> {
  const ctx = requireBrowser();
  const pages = [...served.keys()].filter((p) => p.startsWith(`/${site}/`) && p.endsWith('.html'));
  assert.ok(pages.length > 2, `${site}: only ${pages.length} pages`);
  const reports = await visitAll(ctx, pages);
  const problems = [...reports].flatMap(([path, r]) => r.problems.map((p) => `${path}: ${p}`));
  for (const [path, report] of reports) {
    for (const link of report.links) {
      const url = new URL(link);
      if (url.origin !== origin) continue; // a link the model's docs make to the web: not fetched here
      const target = decodeURIComponent(url.pathname);
      if (!served.has(target)) {
        problems.push(`${path}: link to ${target}, which does not exist`);
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      const ids = reports.get(target)?.ids;
      if (anchor && ids && !ids.has(anchor)) problems.push(`${path}: link to ${target}#${anchor}, which has no such anchor`);
    }
  }
  return problems;
}


import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nap, workspace } from '../cli/harness.js';
import { PLAN, PROGRESS } from '../helpers.js';

describe('a user template cannot reach the network, in the PDF or in the HTML', () => {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.end('x');
  });
  let url = '';

  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => server.close());

  it('prefetch, preconnect, preload, frames and meta refresh make no request, and the HTML carries a policy', async () => {
    const head = [
      `<link rel="prefetch" href="http://${url}/prefetch">`,
      `<link rel="preconnect" href="http://${url}">`,
      `<link rel="dns-prefetch" href="http://${url}">`,
      `<link rel="preload" as="image" href="http://${url}/preload.png">`,
      `<link rel="stylesheet" href="http://localhost:${url.split(':')[1]}/by-name.css">`,
      `<meta http-equiv="refresh" content="0; url=http://${url}/refresh">`,
      `<META HTTP-EQUIV=Refresh CONTENT="0;URL=file:///etc/passwd">`,
    ].join('\n');
    const cwd = workspace({
      'plans/t-2020/plan.yaml': PLAN.replace('supersedes: t-2016\n', ''),
      'plans/t-2020/progress/2021.yaml': PROGRESS,
      'mine/partials/head.hbs': `<meta charset="utf-8">\n${head}\n<style>{{css}}</style>`,
      'mine/partials/cover.hbs': `<header><h1>{{model.title}}</h1><iframe src="http://${url}/frame"></iframe><img src="http://${url}/img.png"></header>`,
    });
    const r = await nap(['report', '--year', '2021', '--kind', 'parliament', '--templates', 'mine'], {
      cwd,
      env: { ...process.env } as Record<string, string>,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await new Promise((done) => setTimeout(done, 1000)); // anything late would arrive now
    expect(hits).toEqual([]);
    const html = readFileSync(join(cwd, 'reports/t-2020-2021-parliament.en.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none';/);
    expect(html).not.toMatch(/refresh/i);
  }, 60_000);
});

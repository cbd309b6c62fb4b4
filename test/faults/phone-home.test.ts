import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { workspace } from '../cli/harness.js';

const repo = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Network calls in an strace log that leave the machine: any DNS query, any connection
 * or datagram to an address that is not loopback. Chromium's IPv6 route probe, a UDP
 * connect() to a public resolver that sends nothing (it only asks the kernel for a route),
 * is the one call allowed.
 */
function outgoing(log: string): string[] {
  return log.split('\n').filter((line) => {
    if (!/\b(connect|sendto|sendmsg)\(/.test(line) || !/AF_INET6?\b/.test(line)) return false;
    if (/sin6?_port=htons\(53\)/.test(line)) return true;
    const loopback = /inet_addr\("127\.|inet_pton\(AF_INET6, "::1"|"::ffff:127\./.test(line);
    const routeProbe =
      /connect\(\d+, \{sa_family=AF_INET6?, sin6?_port=htons\(443\).*"(2001:4860:4860::8888|8\.8\.8\.8)".*(\) = 0|<unfinished \.\.\.>)$/.test(
        line,
      );
    return !loopback && !routeProbe;
  });
}

describe('printing PDFs makes no call to the network', () => {
  it('no DNS lookup and no connection outside the machine, from nap or the browser', () => {
    const out = workspace();
    const log = join(out, 'strace.log');
    const r = spawnSync(
      'strace',
      [
        '-f',
        '-qq',
        '-e',
        'trace=connect,sendto,sendmsg',
        '-o',
        log,
        process.execPath,
        join(repo, 'bin/nap.js'),
        'report',
        'be-2013',
        '--year',
        '2015',
        '--format',
        'pdf',
        '--out',
        out,
      ],
      {
        cwd: repo,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1' },
        timeout: 120_000,
      },
    );
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = readFileSync(log, 'utf8');
    expect(text).toMatch(/connect\(/); // strace really saw the processes
    expect(outgoing(text)).toEqual([]);
  }, 120_000);

  it('the log reader sees a DNS query and a connection out', () => {
    expect(
      outgoing('12 connect(20, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = 0'),
    ).toHaveLength(1);
    expect(
      outgoing(
        '12 connect(20, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("142.250.1.1")}, 16) = -1 EINPROGRESS',
      ),
    ).toHaveLength(1);
    expect(
      outgoing(
        '12 connect(20, {sa_family=AF_INET, sin_port=htons(45709), sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS',
      ),
    ).toEqual([]);
  });
});

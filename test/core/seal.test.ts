import { describe, expect, it } from 'vitest';
import { sealDocument } from '../../src/core/render/seal.js';

const POLICY = /^<!doctype html><meta http-equiv="Content-Security-Policy" content="default-src 'none';/;

describe('sealing a document', () => {
  it('puts the policy first, right after the doctype', () => {
    expect(sealDocument('<!doctype html>\n<html lang="fr"><head><title>x</title></head></html>')).toMatch(POLICY);
  });

  it('a comment holding <head> before the real head cannot displace the policy', () => {
    const out = sealDocument('<!doctype html><!-- <head> --><html><head><title>x</title></head></html>');
    expect(out).toMatch(POLICY);
  });

  for (const [what, tag] of [
    ['a plain refresh', '<meta http-equiv="refresh" content="0; url=https://example.org/">'],
    [
      'a refresh with ">" inside a value before http-equiv',
      '<meta content="0; url=https://example.org/a>" http-equiv="refresh">',
    ],
    ['an entity in the value', '<meta http-equiv="&#114;efresh" content="0; url=file:///etc/passwd">'],
    ['upper case, no quotes', '<META HTTP-EQUIV=Refresh CONTENT=0;URL=https://example.org/>'],
    ['a policy of the template', `<meta http-equiv="Content-Security-Policy" content="default-src *">`],
  ]) {
    it(`removes ${what}`, () => {
      const out = sealDocument(`<!doctype html><html><head>${tag}<meta charset="utf-8"></head></html>`);
      expect(out.match(/http-equiv/gi)).toHaveLength(1); // nap's own policy only
      expect(out).not.toContain('example.org');
      expect(out).not.toContain('passwd');
      expect(out).toContain('<meta charset="utf-8">');
    });
  }
});

// Normalising a Secret for the fixes: decoded bytes, stringData wins, server fields and last-applied dropped.
import { describe, it, expect } from 'vitest';
import { toSecretModel } from '../src/fix/secret-model.js';

describe('toSecretModel', () => {
  it('decodes data, takes stringData as UTF-8 (winning on a clash) and sorts keys', () => {
    const m = toSecretModel({
      kind: 'Secret',
      metadata: { name: 'a', namespace: 'n', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': '{}', keep: 'x' } },
      data: { b: Buffer.from([0, 255, 1]).toString('base64'), clash: Buffer.from('old').toString('base64') },
      stringData: { clash: 'new', a: 'héllo' },
    });
    expect([...m.entries.keys()]).toEqual(['a', 'b', 'clash']);
    expect(m.entries.get('b')).toEqual(Buffer.from([0, 255, 1]));
    expect(m.entries.get('clash')!.toString()).toBe('new');
    expect(m.entries.get('a')!.toString('utf8')).toBe('héllo');
    expect(m.annotations).toEqual({ keep: 'x' });
  });

  it('refuses values the API server would refuse, naming the field', () => {
    expect(() => toSecretModel({ metadata: { name: 'a' }, stringData: { port: 5432 } })).toThrow(/stringData\.port is a number, not a string: quote it/);
    expect(() => toSecretModel({ metadata: { name: 'a' }, data: { x: 'not base64!' } })).toThrow(/data\.x is not valid base64/);
    expect(() => toSecretModel({ metadata: {} })).toThrow(/no metadata\.name/);
  });
});

describe('keys that are also JavaScript names', () => {
  it('keeps a Secret key named __proto__ (found by the sealing property test)', () => {
    const data = Object.fromEntries([['__proto__', Buffer.from('v').toString('base64')]]);
    const m = toSecretModel({ metadata: { name: 'a' }, data });
    expect([...m.entries.keys()]).toEqual(['__proto__']);
  });
});

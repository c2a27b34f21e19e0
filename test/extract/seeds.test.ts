// The pairs a fact-checker compares in the seed documents must land in one group with the right qualifiers.
import { describe, expect, it } from 'vitest';
import { makeExtractor } from '../../src/extract/index.js';
import { ingest } from '../../src/ingest/index.js';
import { segmentLexicon } from '../../src/pipeline.js';
import { groupKey } from '../../src/resolve/index.js';
import { segment } from '../../src/segment/index.js';
import { bundledConfig } from '../helpers.js';

const config = bundledConfig();
const { docs } = ingest(['seeds']);
const claims = docs.map((d) => segment(d, segmentLexicon(config))).flatMap(makeExtractor(config.data));
const at = (file: string, text: string) => claims.filter((c) => c.doc.includes(file) && c.text === text);

describe('seed claims', () => {
  it('reads the 38% relational-database share and the 36% cloud share as one subject and metric, scopes apart', () => {
    const [db] = at('000_', '38%');
    const cloud = at('002_', '36%');
    expect(cloud).toHaveLength(2);
    for (const c of [db, ...cloud]) {
      expect(c?.subject.id).toBe('alibaba-cloud');
      expect(c?.metric).toBe('market-share');
      expect(c?.scope.geography).toBe('china');
    }
    expect(db?.scope.segment).toBe('relational database');
    expect(cloud.map((c) => c.scope.segment)).toEqual(['cloud', 'cloud']);
    expect(new Set([db, ...cloud].map((c) => c && groupKey(c))).size).toBe(1);
  });

  it('groups the two capex figures for Alibaba and keeps the inline conversion', () => {
    const [spun] = at('001_', 'greater than $50 billion');
    const [plain] = at('002_', '$53 billion');
    expect(spun?.metric).toBe('capex');
    expect(plain?.conversion?.value).toEqual({ low: 380e9, high: 380e9, unit: 'CNY' });
    expect(plain?.period).toBe('next 3 years');
    expect(spun && groupKey(spun)).toBe(plain && groupKey(plain));
    expect(plain && groupKey(plain)).toBe('alibaba|capex|USD|level');
  });

  it('never gives a claim a junk subject', () => {
    const junk = ['november', 'faces', 'hkd', 'rmb', 'fy2025', 'q4', 'looking', 'china', 'august', 'january', 'north'];
    expect(claims.map((c) => c.subject.id).filter((s) => s !== null && junk.includes(s))).toEqual([]);
  });

  it('never reads a junk market segment', () => {
    const segments = claims.map((c) => c.scope.segment).filter((s): s is string => s !== undefined);
    for (const s of segments) expect(s).toMatch(/^[a-z][a-z -]*$/);
    expect(segments).not.toContain('microsoft held');
    expect(segments.some((s) => /^s\b| with$|held/.test(s))).toBe(false);
  });
});

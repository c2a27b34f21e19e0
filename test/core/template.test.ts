import { describe, expect, it } from 'vitest';
import { plural, render, templateFields } from '../../src/core/template.js';

describe('templates', () => {
  it('lists and fills named fields', () => {
    expect(templateFields('{a} and {b}')).toEqual(['a', 'b']);
    expect(render('{a} vs {b}. {c}', { a: '36%', b: '38%', c: '' })).toBe('36% vs 38%.');
  });

  it('picks the singular form only for exactly 1', () => {
    const t = '{count} {count|suspicious phrase|suspicious phrases}';
    expect([0, 1, 2, 11].map((count) => render(t, { count }))).toEqual(['0 suspicious phrases', '1 suspicious phrase', '2 suspicious phrases', '11 suspicious phrases']);
    expect(render('{n} {n|paragraph was|paragraphs were} left out', { n: '1' })).toBe('1 paragraph was left out');
  });

  it('reports a field used only in a plural form, once', () => {
    expect(templateFields('{count} {count|phrase|phrases}, score {score}')).toEqual(['count', 'score']);
    expect(templateFields('{total|item|items}')).toEqual(['total']);
  });

  it('allows an empty form and leaves text that is not a field alone', () => {
    expect(render('{count} phrase{count||s}', { count: 3 })).toBe('3 phrases');
    expect(render('{count|one} {not a field}', { count: 1 })).toBe('{count|one} {not a field}');
  });
});

describe('plural', () => {
  it('is singular for 1 and plural otherwise', () => {
    expect([plural(1, 'error', 'errors'), plural(0, 'error', 'errors'), plural(2, 'error', 'errors'), plural(1.5, 'error', 'errors')]).toEqual(['error', 'errors', 'errors', 'errors']);
  });
});

// A maker launches many things; one named thing is launched once. Only the second kind of launch date is compared.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/pipeline.js';
import { bundledConfig, doc } from '../helpers.js';
import { claimsOf } from './helpers.js';

const eventOf = (text: string) => claimsOf(text).find((c) => c.kind === 'date')?.event;

describe('the thing a launch is about', () => {
  it.each([
    ['Orbis Pictures released Harbour Lights on 9 May.'],
    ['Orbis launched Harbour Lights, its new film, on 9 May.'],
    ['Aurelis Space Ltd launched its first weather satellite, Aurelis-1, on March 4 from a site in French Guiana.'],
    ['Harbour Lights was released on 9 May in cinemas.'],
    ['The Vela probe was launched on 3 June.'],
  ])('one named thing launched: %s', (text) => expect(eventOf(text)).toBe('release-of'));

  it.each([
    ['SpaceX launched 22 Starlink satellites on March 4.'],
    ['Kestrel Foods launched two new Crisp ranges on March 4.'],
    ['Nokia launched in Brazil on June 2.'],
    ['Mira Motors unveiled its plans on June 2.'],
    ['Vela said sales were launched on 3 June.'],
    // Versions of a product the entity data joins under one id ("Qwen 2.5-Max" is Qwen) are launched many times.
    ['Alibaba released Qwen 2.5-Max on January 29, 2025.'],
  ])('a maker launching, a batch or a version: %s', (text) => expect(eventOf(text)).toBe('release'));
});

describe('launch dates across reports', () => {
  const conflicts = (...docs: ReturnType<typeof doc>[]) => analyse(docs, bundledConfig()).findings.filter((f) => f.rule === 'core.date-conflict');

  it('flags one satellite launched on March 4 and on March 14', () => {
    const a = doc('a.txt', 'Aurelis Space Ltd launched its first weather satellite, Aurelis-1, on March 4 from French Guiana.\n', '2024-03-06');
    const b = doc('b.txt', 'Aurelis Space, which launched its Aurelis-1 satellite on March 14, has signed a second contract.\n', '2024-03-20');
    const out = conflicts(a, b);
    expect(out).toHaveLength(1);
    expect(out[0]?.message).toContain('"March 4" [2024-03-04] (a.txt) vs "March 14" [2024-03-14] (b.txt)');
  });

  it('leaves a maker launching different things on different days alone', () => {
    const a = doc('a.txt', 'Orbis Pictures launched its streaming service on March 4.\n', '2024-03-06');
    const b = doc('b.txt', 'Orbis Pictures launched a new studio on March 14.\n', '2024-03-20');
    expect(conflicts(a, b)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadSides, parseSides, saveSide, withSide } from '../../../src/storage/participant-sides';
import { memoryArea } from '../memory-area';

describe('participant sides', () => {
  it('remembers a side by name, whatever the case and spacing the site used', async () => {
    const area = memoryArea();
    await saveSide(area, 'Priya  Nair', 'ours');
    expect(await loadSides(area)).toEqual({ 'priya nair': 'ours' });
    await saveSide(area, 'priya nair', 'theirs');
    expect(await loadSides(area)).toEqual({ 'priya nair': 'theirs' });
  });

  it('remembers a name with accents the same whether the site wrote them composed or decomposed', async () => {
    // macOS and some caption feeds write "é" as "e" plus a combining accent: the same name to a person.
    const area = memoryArea();
    await saveSide(area, 'José Núñez'.normalize('NFD'), 'theirs');
    await saveSide(area, 'José Núñez'.normalize('NFC'), 'ours');
    expect(Object.values(await loadSides(area))).toEqual(['ours']);
  });

  it('drops malformed stored entries instead of trusting them', () => {
    expect(parseSides({ 'Dana Whitfield': 'ours', Marcus: 'boss', '': 'ours' })).toEqual({ 'dana whitfield': 'ours' });
    expect(parseSides('nonsense')).toEqual({});
  });

  it('keeps at most a thousand names, forgetting the oldest first', () => {
    let sides = {};
    for (let i = 0; i < 1_005; i += 1) sides = withSide(sides, `person ${i}`, 'theirs');
    expect(Object.keys(sides)).toHaveLength(1_000);
    expect(sides).not.toHaveProperty('person 0');
    expect(sides).toHaveProperty('person 1004');
  });
});

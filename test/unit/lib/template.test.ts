import { expect, test } from 'vitest';
import { fillTemplate } from '../../../src/lib/template.ts';

const placeholders = { stage: '[Here]', nextStage: '[There]' };
const names = { stage: 'Alpha', nextStage: 'Beta' };

test('replaces both placeholders with the stage names', () => {
  expect(fillTemplate('From [Here] to [There]', placeholders, names)).toBe('From Alpha to Beta');
});

test('replaces every occurrence of each placeholder', () => {
  expect(fillTemplate('[Here], [There], [Here] again, [There] again', placeholders, names)).toBe(
    'Alpha, Beta, Alpha again, Beta again',
  );
});

test('leaves text without placeholders unchanged', () => {
  expect(fillTemplate('Train the team', placeholders, names)).toBe('Train the team');
});

test('replaces a placeholder that is part of a word', () => {
  expect(fillTemplate('[Here]-proven approaches', placeholders, names)).toBe(
    'Alpha-proven approaches',
  );
});

test('fills placeholders when one placeholder ends with the other', () => {
  // "[Stage]" is not found inside "[Next Stage]", so each placeholder gets its own name.
  expect(
    fillTemplate(
      '[Stage] → [Next Stage]',
      { stage: '[Stage]', nextStage: '[Next Stage]' },
      { stage: 'Alpha', nextStage: 'Beta' },
    ),
  ).toBe('Alpha → Beta');
});

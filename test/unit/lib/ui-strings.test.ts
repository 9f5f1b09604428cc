import { expect, test } from 'vitest';
import { ui } from '../../../src/lib/ui-strings.ts';

test('puts the values it is given into the words a reader sees', () => {
  expect(ui.sectionNav('Stages')).toContain('Stages');
  expect(ui.integration.checkpointHeading('ABC', 'After 2 weeks')).toMatch(
    /^ABC\b.*\(After 2 weeks\)$/,
  );
  expect(ui.checklists.items(7)).toBe('7 items');
  expect(ui.topics.needsCaption('Some Topic')).toContain('Some Topic');
  expect(ui.topics.sourceLink('some-topic.md')).toContain('some-topic.md');
});

test('has no empty string anywhere', () => {
  const strings: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === 'string') strings.push(value);
    else if (typeof value === 'object' && value !== null) Object.values(value).forEach(walk);
  };
  walk(ui);
  expect(strings.length).toBeGreaterThan(0);
  expect(strings.filter((s) => s.trim() === '')).toEqual([]);
});

test('counts in the chrome are the numbers given, in words', () => {
  expect(ui.waysIn.heading(3)).toBe('Three ways in');
  expect(ui.waysIn.quiz.text(5)).toMatch(/^Answer five questions\b/);
  expect(ui.waysIn.quiz.text(6)).toMatch(/^Answer six questions\b/);
  expect(ui.stagesIndexDescription(4, 'Proof of Concept', 'Scaled Production')).toMatch(
    /^The four lifecycle stages, from proof of concept to scaled production\b/,
  );
});

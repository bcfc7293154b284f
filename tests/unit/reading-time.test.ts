import { expect, test } from 'vitest';
import { readingMinutes } from '@/lib/views/reading-time';

test('400 Han characters a minute', () => {
  expect(readingMinutes('字'.repeat(400))).toBe(1);
  expect(readingMinutes('字'.repeat(4000))).toBe(10);
  expect(readingMinutes('字'.repeat(1000))).toBe(3);
});

test('Latin words count at 200 a minute; never less than one minute', () => {
  expect(readingMinutes('word '.repeat(400))).toBe(2);
  expect(readingMinutes('')).toBe(1);
});

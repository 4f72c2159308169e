import { expect, test } from 'vitest';
import { isSupportedNode } from '../../../src/integrations/node-version';

test.each([
  ['20.20.2', false],
  ['22.11.0', false],
  ['22.12.0', false],
  ['22.23.3', false],
  ['22.23.4', true],
  ['22.24.0', true],
  ['24.1.0', true],
  ['24.21.0', true],
  ['24', false],
  ['', false],
])('Node.js %s supported: %s', (version, supported) => {
  expect(isSupportedNode(version)).toBe(supported);
});

import { describe, expect, test } from '@jest/globals';
import { compileComponent } from '../../src/context/glob.js';

/** Go's filepath.Match semantics for one path component, as COPY/ADD wildcards and --exclude use them. */
describe('compileComponent', () => {
  test.each([
    ['app-*.jar', 'app-1.0.jar', true],
    ['app-*.jar', 'app1.0.jar', false],
    ['my-?.yml', 'my-a.yml', true],
    ['my-?.yml', 'myb.yml', false],
    ['*-test.js', 'a-test.js', true],
    ['a-b', 'a-b', true],
    ['[a-c]x', 'bx', true],
    ['[a-c]x', 'dx', false],
    ['[\\-]', '-', true],
    // Go negates with ^ only: [!-] is the class of '!' and '-'.
    ['[!-]', '-', true],
    ['[!-]', 'a', false],
    ['[^-]', 'a', true],
    ['[^-]', '-', false],
    ['[+--]', ',', true],
    ['x.y', 'xzy', false],
    ['(a)|b', '(a)|b', true],
    ['*', 'a/b', false],
  ])('%s against %s: %s', (pattern, name, matches) => {
    expect(compileComponent(pattern).test(name)).toBe(matches);
  });
});

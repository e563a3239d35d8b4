import { describe, expect, test } from '@jest/globals';
import { ShellLex, envFromMap } from '../../src/dockerfile/lexer.js';
import { reversePattern, shellPatternToRegex } from '../../src/dockerfile/shell-pattern.js';
import { loadVectors } from './vectors.js';

const vectors = loadVectors();

describe('shell-word lexer vectors', () => {
  test('the table has at least 200 vectors', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(200);
  });

  test.each(vectors.map((v) => [`${v.line}: ${v.input}`, v] as const))('%s', (_name, v) => {
    const lex = new ShellLex({ escapeToken: v.escape });
    const env = envFromMap(v.env);
    const run = (): unknown => (v.mode === 'words' ? lex.processWords(v.input, env) : lex.processWord(v.input, env));
    if ('error' in v.expected) {
      expect(run).toThrow(v.expected.error);
    } else if ('words' in v.expected) {
      expect(run()).toEqual(v.expected.words);
    } else {
      expect(run()).toBe(v.expected.value);
    }
  });
});

describe('lexer details', () => {
  test('reports matched and unmatched variables', () => {
    const r = new ShellLex().process('${FOO-aaa} ${BAR-bbb} ${BAZ-ccc}', envFromMap({ FOO: 'xxx', BAR: '' }));
    expect(r.result).toBe('xxx  ccc');
    expect([...r.matched].sort()).toEqual(['BAR', 'FOO']);
    expect([...r.unmatched]).toEqual(['BAZ']);
  });

  test('skipUnsetEnv and rawQuotes keep unset references and quotes (heredoc detection mode)', () => {
    const lex = new ShellLex({ skipUnsetEnv: true, rawQuotes: true });
    expect(lex.processWords('a "$X" ${Y:-z} ${W/a/b} \'q\'', () => undefined)).toEqual(['a', '"$X"', '${Y:-z}', '${W/a/b}', "'q'"]);
  });

  test('skipProcessQuotes keeps quotes but still expands (COPY heredoc bodies)', () => {
    const lex = new ShellLex({ skipProcessQuotes: true });
    expect(lex.processWord('"$A" \'$A\' \\$A \\n', envFromMap({ A: '1' }))).toBe('"1" \'1\' $A n');
  });

  test('errors name the input', () => {
    expect(() => new ShellLex().processWord('${x:?no}', () => undefined)).toThrow('failed to process "${x:?no}": x: no');
  });

  test('shell patterns convert like BuildKit', () => {
    expect(shellPatternToRegex('*', true, true).source).toBe('^.*');
    expect(shellPatternToRegex('?', true, true).source).toBe('^.');
    expect(shellPatternToRegex('\\*', true, true).source).toBe('^\\*');
    expect(shellPatternToRegex('(()[]{\\}^$.\\*\\?|\\\\', true, true).source).toBe('^\\(\\(\\)\\[\\]\\{\\}\\^\\$\\.\\*\\?\\|\\\\');
    for (const bad of ['\\', '\\x', '\\\\\\']) expect(() => shellPatternToRegex(bad, true, true)).toThrow('invalid escape');
  });

  test('reversePattern keeps escapes in front', () => {
    expect(reversePattern('a\\*c')).toBe('c\\*a');
    expect(reversePattern('\\\\\\ab')).toBe('b\\a\\\\');
    expect(reversePattern('ab\\')).toBe('\\ba');
    expect(reversePattern('\\\\b')).toBe('b\\\\');
  });
});

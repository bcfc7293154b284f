/**
 * The mechanical part of the English house style (docs/english-style.md): what a spell checker does not
 * see. Hand-written because these are the site's own rules (cspell checks the spelling itself).
 */
export interface StyleRule {
  readonly pattern: RegExp;
  readonly problem: string;
}

export const styleRules: readonly StyleRule[] = [
  { pattern: /[，。：；！？（）「」『』、]/g, problem: 'full-width punctuation in English' },
  { pattern: / —|— /g, problem: 'spaced em dash: the house style closes it (work—and rest)' },
  { pattern: /--/g, problem: 'double hyphen: use an em dash (—) or an en dash (–)' },
  {
    pattern: /”[.,]/g,
    problem: 'period or comma outside the closing quotation mark: American style puts it inside (.” ,”)',
  },
  { pattern: /"/g, problem: 'straight quotation mark: use curly quotes “…”' },
  { pattern: /\b[A-Za-z]+'[a-z]+\b/g, problem: 'straight apostrophe: use ’' },
  {
    pattern: /\b(?:towards|whilst|amongst|learnt|spelt|start-ups?)\b/gi,
    problem: 'house style: toward, while, among, learned, spelled, startup',
  },
];

export interface StyleProblem {
  /** 1-based line and column within the text. */
  readonly line: number;
  readonly column: number;
  readonly problem: string;
  readonly match: string;
}

/** Every breach of the style rules in one English text. */
export function styleProblems(text: string): StyleProblem[] {
  const found: StyleProblem[] = [];
  for (const rule of styleRules) {
    for (const m of text.matchAll(rule.pattern)) {
      const before = text.slice(0, m.index);
      found.push({
        line: before.split('\n').length,
        column: m.index - before.lastIndexOf('\n'),
        problem: rule.problem,
        match: m[0],
      });
    }
  }
  return found.sort((a, b) => a.line - b.line || a.column - b.column);
}

// A linear-time matcher for JSON Schema `pattern` (ECMAScript syntax, `u` flag, no anchoring): the
// pattern is parsed into a Thompson NFA and all its states advance together over the input, so the
// time is at most (input length × pattern size), whatever the pattern. `^(a+)+$` against 'a'×28 + '!'
// takes microseconds, where a backtracking engine (every browser's RegExp, with or without the `v`
// flag) takes seconds. Plain JS with a .d.mts beside it, because `mentorkit compile` and the
// package's generator load it in Node at build time and bundle it into Ajv's standalone validators.
//
// Syntax is checked by the platform (`new RegExp(source, 'u')`, never executed), so both validation
// paths accept exactly the patterns the browser does. Each single-character atom (a class, an escape
// such as \d or \p{L}, `.`) is matched by the platform too, one code point at a time, which keeps
// ECMAScript's meaning of every class. Features that need backtracking — lookahead and lookbehind,
// backreferences — cannot run in linear time: such a pattern is refused with a SyntaxError that says so.

/** The most NFA states one pattern may expand to (counted repetitions are unrolled). */
const maxStates = 20000;

/**
 * Compiles `source` to an object with `test(text)`, like a RegExp. Throws a SyntaxError for a pattern
 * the platform rejects and for one that uses lookaround or backreferences.
 * @param {string} source
 * @param {string} [flags] only `u` (or none) is accepted: JSON Schema patterns have no flags
 */
export function safePattern(source, flags = 'u') {
  if (flags !== 'u' && flags !== '') throw new SyntaxError(`Pattern flags "${flags}" are not supported.`);
  // Checks the syntax the way every validator reads it; the RegExp itself is never run.
  new RegExp(source, 'u');
  const ast = new Parser(source).parse();
  const nfa = compile(ast, source);
  return {
    source,
    flags: 'u',
    test: (text) => run(nfa, String(text)),
    toString: () => `/${source}/u`,
  };
}

const syntaxCharacters = new Set('^$\\.*+?()[]{}|/');

class Parser {
  constructor(source) {
    this.source = source;
    this.chars = [...source];
    this.i = 0;
  }

  parse() {
    const node = this.disjunction();
    return node;
  }

  peek(offset = 0) {
    return this.chars[this.i + offset];
  }

  unsupported(what) {
    throw new SyntaxError(
      `The pattern ${JSON.stringify(this.source)} uses ${what}, which cannot be checked in linear time; Mentorkit refuses it so that no pattern can freeze the page. Rewrite it without.`,
    );
  }

  disjunction() {
    const options = [this.alternative()];
    while (this.peek() === '|') {
      this.i++;
      options.push(this.alternative());
    }
    return options.length === 1 ? options[0] : { t: 'alt', options };
  }

  alternative() {
    const items = [];
    while (this.i < this.chars.length && this.peek() !== '|' && this.peek() !== ')') items.push(this.term());
    return { t: 'seq', items };
  }

  term() {
    const c = this.peek();
    if (c === '^') {
      this.i++;
      return { t: 'bol' };
    }
    if (c === '$') {
      this.i++;
      return { t: 'eol' };
    }
    if (c === '\\' && (this.peek(1) === 'b' || this.peek(1) === 'B')) {
      this.i += 2;
      return { t: 'boundary', negated: this.chars[this.i - 1] === 'B' };
    }
    const atom = this.atom();
    return this.quantified(atom);
  }

  quantified(atom) {
    let min;
    let max;
    const c = this.peek();
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const match = /^\{(\d+)(,(\d*))?\}/.exec(this.chars.slice(this.i).join(''));
      if (!match) return atom;
      min = Number(match[1]);
      max = match[2] === undefined ? min : match[3] === '' ? Infinity : Number(match[3]);
      this.i += match[0].length - 1;
    } else return atom;
    this.i++;
    // Lazy or greedy is the same question for `test`: is there a match at all.
    if (this.peek() === '?') this.i++;
    return { t: 'repeat', node: atom, min, max };
  }

  atom() {
    const c = this.peek();
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '.') {
      this.i++;
      return { t: 'char', src: '.' };
    }
    if (c === '\\') return this.escape();
    this.i++;
    return { t: 'char', literal: c };
  }

  group() {
    this.i++;
    if (this.peek() === '?') {
      const next = this.peek(1);
      if (next === '=' || next === '!') this.unsupported('a lookahead');
      if (next === '<' && (this.peek(2) === '=' || this.peek(2) === '!')) this.unsupported('a lookbehind');
      if (next === ':') this.i += 2;
      else if (next === '<') {
        while (this.peek() !== '>') this.i++;
        this.i++;
      } else this.unsupported('a group modifier');
    }
    const node = this.disjunction();
    this.i++; // ')'
    return node;
  }

  charClass() {
    const start = this.i;
    this.i++;
    while (this.peek() !== ']') {
      if (this.peek() === '\\') this.i++;
      this.i++;
    }
    this.i++;
    return { t: 'char', src: this.chars.slice(start, this.i).join('') };
  }

  escape() {
    const start = this.i;
    this.i++;
    const c = this.peek();
    if (/[1-9]/.test(c) || (c === 'k' && this.peek(1) === '<')) this.unsupported('a backreference');
    this.i++;
    if ((c === 'p' || c === 'P' || c === 'u') && this.peek() === '{') {
      while (this.peek() !== '}') this.i++;
      this.i++;
    } else if (c === 'u') {
      this.i += 4;
      // A surrogate pair written as two escapes is one code point in `u` mode.
      const high = parseInt(this.chars.slice(start + 2, this.i).join(''), 16);
      if (high >= 0xd800 && high <= 0xdbff && this.peek() === '\\' && this.peek(1) === 'u') {
        const low = parseInt(this.chars.slice(this.i + 2, this.i + 6).join(''), 16);
        if (low >= 0xdc00 && low <= 0xdfff) this.i += 6;
      }
    } else if (c === 'x') this.i += 2;
    else if (c === 'c') this.i += 1;
    else if (syntaxCharacters.has(c) || c === '-') return { t: 'char', literal: c };
    return { t: 'char', src: this.chars.slice(start, this.i).join('') };
  }
}

/** One single-code-point test per atom: a literal compares, anything else asks the platform (cached per character). */
function charTest(node) {
  if (node.literal !== undefined) {
    const literal = node.literal;
    return (c) => c === literal;
  }
  const regex = new RegExp(`^(?:${node.src})$`, 'u');
  const cache = new Map();
  return (c) => {
    let result = cache.get(c);
    if (result === undefined) {
      result = regex.test(c);
      if (cache.size < 4096) cache.set(c, result);
    }
    return result;
  };
}

// NFA states: { kind: 'char', test, out } | { kind: 'split', out, alt } | { kind: 'skip', out } (matches the empty
// string) | { kind: 'bol'|'eol'|'boundary', out } (assertions) | { kind: 'match' }.
function compile(ast, source) {
  const states = [];
  const state = (kind, extra = {}) => {
    if (states.length >= maxStates)
      throw new SyntaxError(
        `The pattern ${JSON.stringify(source)} is too large to check (over ${maxStates} states once repetitions are counted).`,
      );
    const s = { id: states.length, kind, out: null, alt: null, ...extra };
    states.push(s);
    return s;
  };
  const tests = new Map();

  /** Builds a fragment: { start, ends: [[state, 'out'|'alt']] } whose dangling ends are patched later. */
  function build(node) {
    switch (node.t) {
      case 'char': {
        let test = tests.get(node);
        if (!test) tests.set(node, (test = charTest(node)));
        const s = state('char', { test });
        return { start: s, ends: [[s, 'out']] };
      }
      case 'bol':
      case 'eol': {
        const s = state(node.t);
        return { start: s, ends: [[s, 'out']] };
      }
      case 'boundary': {
        const s = state('boundary', { negated: node.negated });
        return { start: s, ends: [[s, 'out']] };
      }
      case 'seq': {
        if (!node.items.length) return empty();
        let fragment = build(node.items[0]);
        for (const item of node.items.slice(1)) fragment = concat(fragment, build(item));
        return fragment;
      }
      case 'alt': {
        const fragments = node.options.map(build);
        let fragment = fragments[0];
        for (const next of fragments.slice(1)) {
          const s = state('split');
          s.out = fragment.start;
          s.alt = next.start;
          fragment = { start: s, ends: [...fragment.ends, ...next.ends] };
        }
        return fragment;
      }
      case 'repeat':
        return repeat(node);
    }
    throw new Error(`unknown node ${node.t}`);
  }

  function empty() {
    const s = state('skip');
    return { start: s, ends: [[s, 'out']] };
  }

  function patch(ends, target) {
    for (const [s, field] of ends) s[field] = target;
  }

  function concat(a, b) {
    patch(a.ends, b.start);
    return { start: a.start, ends: b.ends };
  }

  function optional(node) {
    const inner = build(node);
    const s = state('split');
    s.out = inner.start;
    return { start: s, ends: [...inner.ends, [s, 'alt']] };
  }

  function star(node) {
    const inner = build(node);
    const s = state('split');
    s.out = inner.start;
    patch(inner.ends, s);
    return { start: s, ends: [[s, 'alt']] };
  }

  function repeat({ node, min, max }) {
    let fragment = null;
    const add = (next) => (fragment = fragment ? concat(fragment, next) : next);
    for (let n = 0; n < min; n++) add(build(node));
    if (max === Infinity) add(star(node));
    else for (let n = min; n < max; n++) add(optional(node));
    return fragment ?? empty();
  }

  const fragment = build(ast);
  const match = state('match');
  patch(fragment.ends, match);
  return { start: fragment.start, count: states.length, states };
}

const word = /^[A-Za-z0-9_]$/;

/** Runs the NFA over `text`: a match anywhere (JSON Schema patterns are not anchored). */
function run(nfa, text) {
  const chars = [...text];
  const n = chars.length;
  const isWord = (i) => i >= 0 && i < n && word.test(chars[i]);
  // The generation in which each state was last added, so a state joins a list once per position.
  const mark = new Int32Array(nfa.count).fill(-1);
  let generation = 0;
  let current = [];
  let next = [];
  let matched = false;

  // Adds a state and every state reachable from it without reading a character, at position `pos`.
  const add = (list, start, pos) => {
    const stack = [start];
    while (stack.length) {
      const s = stack.pop();
      if (mark[s.id] === generation) continue;
      mark[s.id] = generation;
      switch (s.kind) {
        case 'split':
          stack.push(s.alt, s.out);
          break;
        case 'skip':
          stack.push(s.out);
          break;
        case 'bol':
          if (pos === 0) stack.push(s.out);
          break;
        case 'eol':
          if (pos === n) stack.push(s.out);
          break;
        case 'boundary':
          if ((isWord(pos - 1) !== isWord(pos)) !== s.negated) stack.push(s.out);
          break;
        case 'match':
          matched = true;
          break;
        default:
          list.push(s);
      }
    }
  };

  add(current, nfa.start, 0);
  for (let pos = 0; pos < n && !matched; pos++) {
    generation++;
    const c = chars[pos];
    next.length = 0;
    for (const s of current) if (s.test(c)) add(next, s.out, pos + 1);
    // Not anchored: a match may also start at the next position.
    add(next, nfa.start, pos + 1);
    [current, next] = [next, current];
  }
  return matched;
}

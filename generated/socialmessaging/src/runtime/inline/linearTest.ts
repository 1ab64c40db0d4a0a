/**
 * A linear-time test for regular expressions: a Thompson NFA run as a lazily built DFA, the way
 * RE2 does. A backtracking engine can take exponential or polynomial time on a crafted string
 * (`arn:.*:iam::...` on "arn:" × 2,500 takes about 200 ms in V8); this reads each code point once
 * and, once a state has seen a code point, moves on with one map lookup.
 *
 * Programs are compiled from the model's patterns at generation time (see
 * generator/emit/validators/linearProgram.ts). Classes that need Unicode tables are native `u`
 * regular expressions over one code point, so what a class matches is exactly what JavaScript
 * means by it; only the control structure runs here.
 *
 * Instructions are arrays `[kind, a, b]`:
 *   0 char [0, classIndex, next]   1 split [1, next1, next2]   2 assert [2, kind, next]
 *   3 match [3]                     4 jump [4, next]
 * with assert kinds 0 `^`, 1 `$`, 2 `\b`, 3 `\B`.
 *
 * This file is written into generated validators as source, so it holds one self-contained
 * function: no imports, no references outside it.
 */
export interface LinearProgram {
  insts: number[][];
  /**
   * What each char instruction accepts: sorted inclusive code-point ranges `[from, to, ...]`
   * (`negated` inverts them), or a native `u` regular expression tested on the one code point.
   */
  classes: ({ ranges: number[]; negated: boolean } | RegExp)[];
}

export function linearTest(program: LinearProgram, input: string): boolean {
  const insts = program.insts;
  const classes = program.classes;
  const length = input.length;
  const usesWordBoundary = insts.some((ins) => ins[0] === 2 && ins[1] >= 2);
  const seen = new Int32Array(insts.length).fill(-1);
  let mark = 0;

  const isWord = (i: number): boolean => {
    if (i < 0 || i >= length) return false;
    const c = input.charCodeAt(i);
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  };
  // The threads that wait for a code point (or have matched), reached from `kernel` by epsilon
  // edges at position `at`; the start instruction is always added: patterns are unanchored.
  const closure = (kernel: number[], at: number): number[] => {
    mark++;
    const threads: number[] = [];
    const stack = [0, ...kernel];
    while (stack.length > 0) {
      const p = stack.pop()!;
      if (seen[p] === mark) continue;
      seen[p] = mark;
      const ins = insts[p];
      const kind = ins[0];
      if (kind === 0 || kind === 3) threads.push(p);
      else if (kind === 1) stack.push(ins[2], ins[1]);
      else if (kind === 4) stack.push(ins[1]);
      else {
        const a = ins[1];
        const holds = a === 0 ? at === 0 : a === 1 ? at === length : (isWord(at - 1) !== isWord(at)) === (a === 2);
        if (holds) stack.push(ins[2]);
      }
    }
    return threads.sort((x, y) => x - y);
  };
  const accepts = (index: number, code: number, ch: string): boolean => {
    const cls = classes[index];
    if (cls instanceof RegExp) return cls.test(ch);
    const ranges = cls.ranges;
    let inside = false;
    for (let i = 0; i < ranges.length && !inside; i += 2) inside = code >= ranges[i] && code <= ranges[i + 1];
    return inside !== cls.negated;
  };
  const matched = (threads: number[]) => threads.some((p) => insts[p][0] === 3);
  const step = (threads: number[], code: number, ch: string): number[] => {
    const kernel: number[] = [];
    for (const p of threads) {
      const ins = insts[p];
      if (ins[0] === 0 && accepts(ins[1], code, ch)) kernel.push(ins[2]);
    }
    return kernel;
  };

  // Between the first and the last position, `^` and `$` cannot hold, so a state's successors
  // depend only on the code point read and can be cached (unless `\b` looks at neighbours).
  interface State {
    kernel: number[];
    threads: number[];
    next: Map<number, State>;
  }
  const states = new Map<string, State>();
  const stateOf = (kernel: number[], at: number): State => {
    const key = kernel.join(',');
    let state = states.get(key);
    if (!state) {
      state = { kernel, threads: closure(kernel, at), next: new Map() };
      if (states.size < 10000) states.set(key, state);
    }
    return state;
  };

  let threads = closure([], 0);
  let state: State | undefined;
  for (let at = 0; at < length; ) {
    if (matched(threads)) return true;
    const code = input.codePointAt(at)!;
    const width = code > 0xffff ? 2 : 1;
    const ch = width === 1 ? input[at] : input.slice(at, at + width);
    const after = at + width;
    if (usesWordBoundary || after >= length || at === 0 || !state) {
      const kernel = step(threads, code, ch);
      if (after >= length || usesWordBoundary) {
        threads = closure(kernel, after);
        state = undefined;
      } else {
        state = stateOf(kernel, after);
        threads = state.threads;
      }
    } else {
      let nextState = state.next.get(code);
      if (!nextState) {
        nextState = stateOf(step(threads, code, ch), after);
        state.next.set(code, nextState);
      }
      state = nextState;
      threads = state.threads;
    }
    at = after;
  }
  return matched(threads);
}

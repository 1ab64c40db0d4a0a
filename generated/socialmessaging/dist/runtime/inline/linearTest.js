export function linearTest(program, input) {
    const insts = program.insts;
    const classes = program.classes;
    const length = input.length;
    const usesWordBoundary = insts.some((ins) => ins[0] === 2 && ins[1] >= 2);
    const seen = new Int32Array(insts.length).fill(-1);
    let mark = 0;
    const isWord = (i) => {
        if (i < 0 || i >= length)
            return false;
        const c = input.charCodeAt(i);
        return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
    };
    // The threads that wait for a code point (or have matched), reached from `kernel` by epsilon
    // edges at position `at`; the start instruction is always added: patterns are unanchored.
    const closure = (kernel, at) => {
        mark++;
        const threads = [];
        const stack = [0, ...kernel];
        while (stack.length > 0) {
            const p = stack.pop();
            if (seen[p] === mark)
                continue;
            seen[p] = mark;
            const ins = insts[p];
            const kind = ins[0];
            if (kind === 0 || kind === 3)
                threads.push(p);
            else if (kind === 1)
                stack.push(ins[2], ins[1]);
            else if (kind === 4)
                stack.push(ins[1]);
            else {
                const a = ins[1];
                const holds = a === 0 ? at === 0 : a === 1 ? at === length : (isWord(at - 1) !== isWord(at)) === (a === 2);
                if (holds)
                    stack.push(ins[2]);
            }
        }
        return threads.sort((x, y) => x - y);
    };
    const accepts = (index, code, ch) => {
        const cls = classes[index];
        if (cls instanceof RegExp)
            return cls.test(ch);
        const ranges = cls.ranges;
        let inside = false;
        for (let i = 0; i < ranges.length && !inside; i += 2)
            inside = code >= ranges[i] && code <= ranges[i + 1];
        return inside !== cls.negated;
    };
    const matched = (threads) => threads.some((p) => insts[p][0] === 3);
    const step = (threads, code, ch) => {
        const kernel = [];
        for (const p of threads) {
            const ins = insts[p];
            if (ins[0] === 0 && accepts(ins[1], code, ch))
                kernel.push(ins[2]);
        }
        return kernel;
    };
    const states = new Map();
    const stateOf = (kernel, at) => {
        const key = kernel.join(',');
        let state = states.get(key);
        if (!state) {
            state = { kernel, threads: closure(kernel, at), next: new Map() };
            if (states.size < 10000)
                states.set(key, state);
        }
        return state;
    };
    let threads = closure([], 0);
    let state;
    for (let at = 0; at < length;) {
        if (matched(threads))
            return true;
        const code = input.codePointAt(at);
        const width = code > 0xffff ? 2 : 1;
        const ch = width === 1 ? input[at] : input.slice(at, at + width);
        const after = at + width;
        if (usesWordBoundary || after >= length || at === 0 || !state) {
            const kernel = step(threads, code, ch);
            if (after >= length || usesWordBoundary) {
                threads = closure(kernel, after);
                state = undefined;
            }
            else {
                state = stateOf(kernel, after);
                threads = state.threads;
            }
        }
        else {
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
//# sourceMappingURL=linearTest.js.map
import { test } from 'uvu';
import { SHARED_MODELS, importShared } from './harness.ts';
import { scaleTests } from './scale.ts';

const [format, file] = SHARED_MODELS.find(([, f]) => f.startsWith('quicksight-'))!;
scaleTests([[`${format}/${file}`, () => importShared(format, file).ir]]);
test.run();

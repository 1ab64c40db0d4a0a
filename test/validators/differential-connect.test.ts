/**
 * Differential fuzzing over the shared connect model (see differential-shared.test.ts): a file of its
 * own, since generating and importing its validators alone takes seconds.
 */
import { test } from 'uvu';
import { sharedModel, fuzzSharedModels, SHARED_RUNS } from './agreement.ts';

fuzzSharedModels([sharedModel('connect')], SHARED_RUNS);

test.run();

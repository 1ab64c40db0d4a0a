/**
 * Differential fuzzing over the shared iot model (see differential-shared.test.ts): a file of its
 * own, since generating and importing its validators alone takes seconds.
 */
import { test } from 'uvu';
import { sharedModel, fuzzSharedModels, SHARED_RUNS } from './agreement.ts';

fuzzSharedModels([sharedModel('iot')], SHARED_RUNS);

test.run();

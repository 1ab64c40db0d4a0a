/**
 * Differential fuzzing over the shared AWS models: for every operation input and output, values at
 * and around each constraint's boundaries, checked by the generated validator and by the reference
 * checker, which must find the same problems. This file takes every shared model but the three
 * largest, which have a file each (differential-connect, -iot, -quicksight) so that the test runner,
 * two files at a time, can balance them.
 *
 * Most of the time goes to generating and importing each model's validators; the values themselves
 * are cheap, so every side gets the same number of runs.
 */
import { test } from 'uvu';
import { SHARED_MODELS } from '../import/harness.ts';
import { fuzzSharedModels, OWN_FILE, SHARED_RUNS } from './agreement.ts';

fuzzSharedModels(SHARED_MODELS.filter(([, file]) => !OWN_FILE.some((name) => file.startsWith(`${name}-`))), SHARED_RUNS);

test.run();

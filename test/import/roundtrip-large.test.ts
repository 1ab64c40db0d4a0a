import { test } from 'uvu';
import { SHARED_MODELS } from './harness.ts';
import { LARGE_MODELS } from './largeModels.ts';
import { roundTripTests } from './roundtrip.ts';

roundTripTests(SHARED_MODELS.filter(([, file]) => LARGE_MODELS.includes(file)));
test.run();

import { test } from 'uvu';
import { SHARED_MODELS } from './harness.ts';
import { LARGE_MODELS } from './largeModels.ts';
import { roundTripTests } from './roundtrip.ts';

// The four largest models run in roundtrip-large.test.ts so each file stays well under a minute.
roundTripTests(SHARED_MODELS.filter(([, file]) => !LARGE_MODELS.includes(file)));
test.run();

import { test } from 'uvu';
import { join } from 'node:path';
import { importBotocore } from '../../generator/import/botocore/index.ts';
import { importSmithy } from '../../generator/import/smithy/index.ts';
import { FIXTURES, SHARED_MODELS, importShared, readJson } from './harness.ts';
import { LARGE_MODELS, MEDIUM_MODELS } from './largeModels.ts';
import { scaleTests } from './scale.ts';

// Reserved words, __proto__, case clashes, punctuation clashes and recursion, in small fixtures.
scaleTests([
  ['fixture/botocore-features', () => importBotocore(readJson(join(FIXTURES, 'botocore-features', 'service-2.json'))).ir],
  ['fixture/smithy-features', () => importSmithy(readJson(join(FIXTURES, 'smithy-features', 'model.json'))).ir],
  // Medium models are in scale-medium.test.ts and the four largest have a file each
  // (scale-<name>.test.ts), so that every file stays well under a minute.
  ...SHARED_MODELS.filter(([, file]) => !LARGE_MODELS.includes(file) && !MEDIUM_MODELS.includes(file)).map(
    ([format, file]) => [`${format}/${file}`, () => importShared(format, file).ir] as [string, () => ReturnType<typeof importShared>['ir']],
  ),
]);
test.run();

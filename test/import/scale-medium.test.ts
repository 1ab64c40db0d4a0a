import { test } from 'uvu';
import { SHARED_MODELS, importShared } from './harness.ts';
import { MEDIUM_MODELS } from './largeModels.ts';
import { scaleTests } from './scale.ts';

scaleTests(
  SHARED_MODELS.filter(([, file]) => MEDIUM_MODELS.includes(file)).map(
    ([format, file]) => [`${format}/${file}`, () => importShared(format, file).ir] as [string, () => ReturnType<typeof importShared>['ir']],
  ),
);
test.run();

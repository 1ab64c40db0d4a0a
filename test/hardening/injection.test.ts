/**
 * Injection matrix: each hostile string is planted in every place a model string reaches generated
 * code (titles, version, endpoint, docs of every kind, enum and known values, patterns, the URI,
 * header, query and JSON names, error codes, example values), every emitter runs, and then:
 * - every generated TypeScript and JavaScript file parses, and the whole set type-checks (tsc --strict);
 * - the client and validators load and run in a `vm` sandbox without touching the canary;
 * - types.ts declares exactly one type per shape;
 * - every string literal that holds (part of) a planted string holds all of it, unchanged.
 * Names are not planted: the loader admits only identifiers there, which the last test checks.
 */
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import { buildSync } from 'esbuild';
import { ts } from 'ts-morph';
import { loadModelTexts } from '../../generator/load/index.ts';
import type { EmittedFile } from '../../generator/emit/emitter.ts';
import { emitTypes } from '../../generator/emit/types/index.ts';
import { emitValidators } from '../../generator/emit/validators/index.ts';
import { emitClient } from '../../generator/emit/client/index.ts';
import { emitMock } from '../../generator/emit/mock/index.ts';
import { emitDocs } from '../../generator/emit/docs/index.ts';
import { browserSwapsOf } from '../../generator/emit/package/packageJson.ts';
import type { ServiceIR, StructureShapeIR } from '../../generator/ir/types.ts';
import { HOSTILE_STRINGS } from './hostileStrings.ts';
import { repoRoot } from '../support/validators.ts';

const BASE = `
service:
  name: hostile
  title: Hostile
  version: "1"
  protocol: restJson1
  signingName: hostile
  endpoint: https://hostile.{region}.example.com
  errors: [Refused]
operations:
  PutThing:
    http: PUT /things/{id}
    input: PutThingInput
    output: PutThingOutput
    examples:
      - title: an example
        input: { id: a, filter: b, token: c, body: { note: ab } }
        output: { state: ON }
shapes:
  PutThingInput:
    type: structure
    members:
      id: { target: Text, required: true, http: label }
      filter: { target: Text, http: { query: filter } }
      token: { target: Text, http: { header: X-Token } }
      body: { target: Body }
  Body:
    type: structure
    members:
      note: { target: Note }
      kind: { target: Kind }
  PutThingOutput:
    type: structure
    members:
      state: { target: State }
  Text:
    type: string
  Note:
    type: string
    pattern: "^a"
  Kind:
    type: string
    knownValues: [known]
  State:
    type: enum
    values: [ON, OFF]
  Refused:
    type: structure
    error: { status: 400, fault: client }
    members:
      message: Text
`;

function baseIR(): ServiceIR {
  const { ir, diagnostics } = loadModelTexts([{ file: 'hostile.yaml', text: BASE }]);
  assert.equal(diagnostics, []);
  return ir!;
}

/** Every place a model string reaches generated code, set to `s`. Returns how many places were planted. */
function plant(ir: ServiceIR, s: string): number {
  const shape = <T>(name: string) => ir.shapes.find((x) => x.name === name) as T;
  let places = 0;
  const set = (f: () => void) => {
    f();
    places++;
  };
  set(() => (ir.title = s));
  set(() => (ir.version = s));
  set(() => (ir.docs = s));
  set(() => (ir.endpoint = `https://${s}.example.com`));
  const op = ir.operations[0];
  set(() => (op.docs = s));
  set(() => (op.http.uri = `/things/${s}/{id}`));
  set(() => (op.examples[0].title = s));
  set(() => (op.examples[0].input = { ...op.examples[0].input, filter: s, body: { note: `a${s}` } }));
  const input = shape<StructureShapeIR>('PutThingInput');
  set(() => (input.docs = s));
  set(() => (input.members[0].docs = s));
  set(() => (input.members[1].http = { kind: 'query', name: s }));
  set(() => (input.members[2].http = { kind: 'header', name: s }));
  set(() => (shape<StructureShapeIR>('Body').members[0].jsonName = s));
  set(() => (shape<{ values: { value: string; docs?: string }[] }>('State').values[1] = { ...shape<{ values: { value: string }[] }>('State').values[1], value: s, docs: s }));
  set(() => (shape<{ knownValues: { value: string; name: string }[] }>('Kind').knownValues[0].value = s));
  set(() => (shape<{ error: { code?: string } }>('Refused').error.code = s));
  let validPattern = true;
  try {
    new RegExp(`^a${s}`, 'u');
  } catch {
    validPattern = false;
  }
  if (validPattern) set(() => (shape<{ pattern: string }>('Note').pattern = `^a${s}`));
  return places;
}

const EMITTERS = [emitTypes, emitValidators, emitClient, emitMock, emitDocs];
const out = join(repoRoot, 'test/.tmp', `injection-${process.pid}`);
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

/** Cooked values of every string literal and template piece in a TypeScript or JavaScript file. */
function stringLiterals(text: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  const values: string[] = [];
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.StringLiteral || kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) values.push(scanner.getTokenValue());
  }
  return values;
}

let planted = 0;
let literalsChecked = 0;
const packages: string[] = [];

HOSTILE_STRINGS.forEach((hostile, index) => {
  test(`hostile string #${index} ${JSON.stringify(hostile.slice(0, 40))}`, () => {
    const ir = baseIR();
    planted += plant(ir, hostile);
    const files: EmittedFile[] = EMITTERS.flatMap((emit) => emit(ir));
    const dir = join(out, `p${index}`);
    for (const file of files) {
      const path = join(dir, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.contents);
    }
    packages.push(dir);

    const code = files.filter((f) => /\.(ts|js)$/.test(f.path));
    for (const file of code) {
      // A syntax error would mean model text ended a literal or a comment early.
      const parsed = ts.createSourceFile(file.path, file.contents, ts.ScriptTarget.Latest, true);
      const diagnostics = (parsed as unknown as { parseDiagnostics: unknown[] }).parseDiagnostics;
      assert.equal(diagnostics.length, 0, `${file.path} does not parse`);
      // Every literal that holds part of the planted text holds all of it.
      if (hostile.length >= 6) {
        for (const value of stringLiterals(file.contents)) {
          const fragment = hostile.slice(0, Math.min(12, hostile.length));
          if (value.includes(fragment)) {
            literalsChecked++;
            assert.ok(value.includes(hostile), `${file.path}: a literal holds a broken copy of the planted text: ${JSON.stringify(value.slice(0, 80))}`);
          }
        }
      }
    }

    const types = files.find((f) => f.path === 'src/types.ts')!.contents;
    const declarations = types.match(/^export (type|interface) /gm) ?? [];
    assert.is(declarations.length, ir.shapes.length);

    // Load the client and the validators in a sandbox and use them. The sandbox has no Node
    // modules: it gets what a browser gets, through the browser field the package emitter writes.
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ browser: browserSwapsOf(files.map((f) => f.path)) }));
    const bundle = buildSync({
      stdin: {
        contents: `export * as client from './src/client/index.ts'; export * as validators from './src/validators/index.ts';`,
        resolveDir: dir,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: 'generated',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
    });
    const canary = { hit: 0 };
    const context = vm.createContext({ canary, TextEncoder, TextDecoder, URL, URLSearchParams, crypto: globalThis.crypto, console });
    vm.runInContext(`globalThis.canary = canary;\n${bundle.outputFiles[0].text}\n;globalThis.generated = generated;`, context);
    vm.runInContext(
      `const v = generated.validators;
       for (const name of Object.keys(v)) if (typeof v[name] === 'function') { v[name]({}); v[name]({ id: ${JSON.stringify(hostile)}, body: { note: ${JSON.stringify(hostile)} } }); }`,
      context,
    );
    assert.is(canary.hit, 0, 'planted code ran');
  });
});

test('every planted package type-checks under tsc --strict', () => {
  const tsconfig = {
    compilerOptions: { strict: true, noEmit: true, target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', skipLibCheck: true, types: ['node'], typeRoots: [join(repoRoot, 'node_modules/@types')] },
    include: packages.map((p) => join(p, 'src/**/*.ts')),
  };
  writeFileSync(join(out, 'tsconfig.json'), JSON.stringify(tsconfig));
  const result = spawnSync(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', join(out, 'tsconfig.json')], { encoding: 'utf8' });
  assert.is(result.status, 0, `${result.stdout}${result.stderr}`.slice(0, 3000));
});

test('names that cannot be identifiers are refused by the loader, with a location', () => {
  for (const hostile of HOSTILE_STRINGS.slice(0, 20)) {
    const text = BASE.replace('  Refused:\n    type: structure', `  ${JSON.stringify(hostile)}:\n    type: structure`).replace('errors: [Refused]', 'errors: []');
    const { ir, diagnostics } = loadModelTexts([{ file: 'hostile.yaml', text }]);
    assert.is(ir, undefined);
    assert.ok(diagnostics.some((d) => (d.code === 'SC1103' || d.code === 'SC1001') && d.location && d.location.line > 1), JSON.stringify(hostile));
  }
});

test('figures', () => {
  console.log(`  ${HOSTILE_STRINGS.length} strings × ${Math.round(planted / HOSTILE_STRINGS.length)} places × ${EMITTERS.length} emitters; ${literalsChecked} literals checked; 0 injections`);
});

test.run();

import type { Diagnostic } from '../../diagnostics/diagnostic.ts';
import type { ServiceIR } from '../../ir/types.ts';

/** npm's rules for a package name: lower case, URL-safe, optionally scoped, at most 214 characters. */
const NPM_NAME = /^(?:@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*$/;
/** Semantic Versioning 2.0.0, the official regular expression. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;
/** An SPDX license identifier or expression; npm also accepts `UNLICENSED` and `SEE LICENSE IN <file>`. */
const LICENSE = /^(?:[A-Za-z0-9.+-]+(?: (?:AND|OR|WITH) [A-Za-z0-9.+-]+)*|\((?:[A-Za-z0-9.+-]+(?: (?:AND|OR|WITH) [A-Za-z0-9.+-]+)*)\)|SEE LICENSE IN [A-Za-z0-9._-]+)$/;

/** The package identity must be one npm accepts; a bad one is caught here, not at `npm publish`. */
export function checkPackageIdentity(pkg: ServiceIR['package']): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const bad = (what: string, value: string, hint: string): void => {
    diagnostics.push({ code: 'SC8302', severity: 'error', message: `package ${what} ${JSON.stringify(value)} is not valid for npm`, hint });
  };
  if (pkg.name.length > 214 || !NPM_NAME.test(pkg.name)) bad('name', pkg.name, 'use lower case letters, digits, `-`, `.` and `_`, optionally scoped: `@scope/name`');
  if (!SEMVER.test(pkg.version)) bad('version', pkg.version, 'use a semantic version such as `0.1.0`');
  if (!LICENSE.test(pkg.license)) bad('license', pkg.license, 'use an SPDX identifier such as `Apache-2.0`');
  return diagnostics;
}

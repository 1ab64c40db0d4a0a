/**
 * The practical limit: the rules of AssociateWhatsAppBusinessAccountInput checked by hand, the way
 * a careful engineer would write them for this one shape, with the same exact semantics as the
 * generated validator (code-point lengths, own properties, unknown members, the exclusivity rule,
 * every problem collected).
 */
type Issue = { path: string; constraint: string };
type Obj = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;
const isObject = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const present = (o: Obj, k: string) => o[k] !== undefined && hasOwn.call(o, k);

function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Leaf paths are built only when there is a problem to report. */
function str(v: unknown, parent: string, key: string, issues: Issue[], min: number, max: number | undefined, pattern?: RegExp): void {
  if (typeof v !== 'string') {
    issues.push({ path: `${parent}/${key}`, constraint: 'type' });
    return;
  }
  const n = v.length < 2 * min || (max !== undefined && v.length > max) ? codePoints(v) : v.length;
  if (n < min || (max !== undefined && n > max)) issues.push({ path: `${parent}/${key}`, constraint: 'length' });
  else if (pattern && !pattern.test(v)) issues.push({ path: `${parent}/${key}`, constraint: 'pattern' });
}

function keys(o: Obj, allowed: string[], path: string, issues: Issue[]): void {
  for (const k of Object.keys(o)) if (!allowed.includes(k)) issues.push({ path: `${path}/${k}`, constraint: 'unknownMember' });
}

const WABA_ID = /.*(^waba-.*$)|(^arn:.*:waba\/[0-9a-zA-Z]+$).*/u;
const ISO = /[A-Z]{2}/u;
const EVENT_ARN = /arn:.*:[a-z-]+([/:](.*))?/u;
const ROLE_ARN = /arn:.*:iam::\d{12}:role\/[a-zA-Z0-9+=,.@\-_]+/u;

function tags(v: unknown, path: string, issues: Issue[]): void {
  if (!Array.isArray(v)) return void issues.push({ path, constraint: 'type' });
  for (let i = 0; i < v.length; i++) {
    const t = v[i];
    const p = `${path}/${i}`;
    if (!isObject(t)) {
      issues.push({ path: p, constraint: 'type' });
      continue;
    }
    keys(t, ['key', 'value'], p, issues);
    if (present(t, 'key')) str(t.key, p, 'key', issues, 1, 128);
    else issues.push({ path: `${p}/key`, constraint: 'required' });
    if (present(t, 'value')) str(t.value, p, 'value', issues, 0, 256);
  }
}

export function handwrittenCheck(input: unknown): Issue[] {
  const issues: Issue[] = [];
  if (!isObject(input)) return [{ path: '', constraint: 'type' }];
  keys(input, ['signupCallback', 'setupFinalization'], '', issues);
  if (present(input, 'signupCallback')) {
    const s = input.signupCallback;
    if (!isObject(s)) issues.push({ path: '/signupCallback', constraint: 'type' });
    else {
      keys(s, ['accessToken', 'callbackUrl'], '/signupCallback', issues);
      if (present(s, 'accessToken')) str(s.accessToken, '/signupCallback', 'accessToken', issues, 0, 1000);
      else issues.push({ path: '/signupCallback/accessToken', constraint: 'required' });
      if (present(s, 'callbackUrl')) str(s.callbackUrl, '/signupCallback', 'callbackUrl', issues, 0, 100);
    }
  }
  if (present(input, 'setupFinalization')) {
    const f = input.setupFinalization;
    const fp = '/setupFinalization';
    if (!isObject(f)) issues.push({ path: fp, constraint: 'type' });
    else {
      keys(f, ['associateInProgressToken', 'phoneNumbers', 'phoneNumberParent', 'waba'], fp, issues);
      if (present(f, 'associateInProgressToken')) str(f.associateInProgressToken, fp, 'associateInProgressToken', issues, 0, 50);
      else issues.push({ path: `${fp}/associateInProgressToken`, constraint: 'required' });
      if (!present(f, 'phoneNumbers')) issues.push({ path: `${fp}/phoneNumbers`, constraint: 'required' });
      else if (!Array.isArray(f.phoneNumbers)) issues.push({ path: `${fp}/phoneNumbers`, constraint: 'type' });
      else {
        f.phoneNumbers.forEach((n: unknown, i: number) => {
          const p = `${fp}/phoneNumbers/${i}`;
          if (!isObject(n)) return void issues.push({ path: p, constraint: 'type' });
          keys(n, ['id', 'twoFactorPin', 'dataLocalizationRegion', 'tags'], p, issues);
          if (present(n, 'id')) str(n.id, p, 'id', issues, 1, 100);
          else issues.push({ path: `${p}/id`, constraint: 'required' });
          if (present(n, 'twoFactorPin')) str(n.twoFactorPin, p, 'twoFactorPin', issues, 1, 6);
          else issues.push({ path: `${p}/twoFactorPin`, constraint: 'required' });
          if (present(n, 'dataLocalizationRegion')) str(n.dataLocalizationRegion, p, 'dataLocalizationRegion', issues, 0, undefined, ISO);
          if (present(n, 'tags')) tags(n.tags, `${p}/tags`, issues);
        });
      }
      if (present(f, 'phoneNumberParent')) str(f.phoneNumberParent, fp, 'phoneNumberParent', issues, 1, 115, WABA_ID);
      if (present(f, 'waba')) {
        const w = f.waba;
        const wp = `${fp}/waba`;
        if (!isObject(w)) issues.push({ path: wp, constraint: 'type' });
        else {
          keys(w, ['id', 'eventDestinations', 'tags'], wp, issues);
          if (present(w, 'id')) str(w.id, wp, 'id', issues, 1, 100);
          if (present(w, 'eventDestinations')) {
            const d = w.eventDestinations;
            if (!Array.isArray(d)) issues.push({ path: `${wp}/eventDestinations`, constraint: 'type' });
            else {
              if (d.length > 1) issues.push({ path: `${wp}/eventDestinations`, constraint: 'length' });
              d.forEach((e: unknown, i: number) => {
                const p = `${wp}/eventDestinations/${i}`;
                if (!isObject(e)) return void issues.push({ path: p, constraint: 'type' });
                keys(e, ['eventDestinationArn', 'roleArn'], p, issues);
                if (present(e, 'eventDestinationArn')) str(e.eventDestinationArn, p, 'eventDestinationArn', issues, 0, 2048, EVENT_ARN);
                else issues.push({ path: `${p}/eventDestinationArn`, constraint: 'required' });
                if (present(e, 'roleArn')) str(e.roleArn, p, 'roleArn', issues, 0, undefined, ROLE_ARN);
              });
            }
          }
          if (present(w, 'tags')) tags(w.tags, `${wp}/tags`, issues);
        }
      }
      if (present(f, 'phoneNumberParent') && present(f, 'waba')) issues.push({ path: fp, constraint: 'atMostOneOf' });
    }
  }
  return issues;
}

/**
 * AWS partitions outside the commercial one serve under their own DNS suffix: an endpoint template
 * written for `amazonaws.com` (as AWS models' are) takes the suffix of the region's partition, as
 * the endpoint rules of AWS SDKs do. A region of no listed partition keeps `amazonaws.com`.
 */
const PARTITION_SUFFIXES: readonly (readonly [RegExp, string])[] = [
  [/^cn-/, 'amazonaws.com.cn'],
  [/^us-isob-/, 'sc2s.sgov.gov'],
  [/^us-isof-/, 'csp.hci.ic.gov'],
  [/^us-iso-/, 'c2s.ic.gov'],
  [/^eu-isoe-/, 'cloud.adc-e.uk'],
  [/^eusc-/, 'amazonaws.eu'],
];

const COMMERCIAL_SUFFIX = /\.amazonaws\.com$/;

/** `https://x.{region}.amazonaws.com` with the region filled in, under the region's DNS suffix. */
export function regionalEndpoint(template: string, region: string): string {
  const url = template.replace('{region}', region);
  const suffix = PARTITION_SUFFIXES.find(([pattern]) => pattern.test(region))?.[1];
  return suffix && COMMERCIAL_SUFFIX.test(url) ? url.replace(COMMERCIAL_SUFFIX, `.${suffix}`) : url;
}

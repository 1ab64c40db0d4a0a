/** `https://x.{region}.amazonaws.com` with the region filled in, under the region's DNS suffix. */
export declare function regionalEndpoint(template: string, region: string): string;
//# sourceMappingURL=partition.d.ts.map
/**
 * JSON bodies, both directions, driven by the schema: wire names (`jsonName`), timestamps (epoch
 * seconds unless the model says otherwise), blobs as base64, non-finite floats as strings, unions,
 * documents. The mock server reads requests and writes responses with it; the client's generated
 * serde (serialize.ts, deserialize.ts) does the same for its two directions.
 */
import { type Bag } from './data.js';
import { type MemberSchema, type SchemaRef, type TimestampFormat } from './schema.js';
/** A value as the caller holds it → a JSON-ready value. */
export declare function toJson(ref: SchemaRef, value: unknown, format?: TimestampFormat): unknown;
/** A JSON value from the wire → the value the caller gets (Date, Uint8Array, numbers, ...). */
export declare function fromJson(ref: SchemaRef, value: unknown, format?: TimestampFormat): unknown;
/** Members of a structure or union as a JSON object; absent and null members are left out. */
export declare function membersToJson(members: MemberSchema[], value: Bag): Bag;
export declare function membersFromJson(members: MemberSchema[], value: Bag, out?: Bag): Bag;
//# sourceMappingURL=json.d.ts.map
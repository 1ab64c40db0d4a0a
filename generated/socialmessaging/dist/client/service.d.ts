import { type ClientConfig, RestJsonClient, type ServiceDefinition } from '../runtime/client/client.js';
export declare const service: ServiceDefinition;
/**
 * A AWS End User Messaging Social client without methods: pass it to the standalone operation functions, so a bundle keeps only the operations it calls.
 */
export declare class SocialmessagingBaseClient extends RestJsonClient {
    constructor(config?: ClientConfig);
}
//# sourceMappingURL=service.d.ts.map
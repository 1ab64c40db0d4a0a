import type { CallOptions as $CallOptions } from '../runtime/client/client.js';
import type { AssociateWhatsAppBusinessAccountInput, AssociateWhatsAppBusinessAccountOutput, CreateWhatsAppDatasetInput, CreateWhatsAppDatasetOutput, CreateWhatsAppFlowInput, CreateWhatsAppFlowOutput, CreateWhatsAppMessageTemplateFromLibraryInput, CreateWhatsAppMessageTemplateFromLibraryOutput, CreateWhatsAppMessageTemplateInput, CreateWhatsAppMessageTemplateMediaInput, CreateWhatsAppMessageTemplateMediaOutput, CreateWhatsAppMessageTemplateOutput, DeleteWhatsAppFlowInput, DeleteWhatsAppFlowOutput, DeleteWhatsAppMessageMediaInput, DeleteWhatsAppMessageMediaOutput, DeleteWhatsAppMessageTemplateInput, DeleteWhatsAppMessageTemplateOutput, DeprecateWhatsAppFlowInput, DeprecateWhatsAppFlowOutput, DisassociateWhatsAppBusinessAccountInput, DisassociateWhatsAppBusinessAccountOutput, GetLinkedWhatsAppBusinessAccountInput, GetLinkedWhatsAppBusinessAccountOutput, GetLinkedWhatsAppBusinessAccountPhoneNumberInput, GetLinkedWhatsAppBusinessAccountPhoneNumberOutput, GetWhatsAppFlowInput, GetWhatsAppFlowOutput, GetWhatsAppFlowPreviewInput, GetWhatsAppFlowPreviewOutput, GetWhatsAppMessageMediaInput, GetWhatsAppMessageMediaOutput, GetWhatsAppMessageTemplateInput, GetWhatsAppMessageTemplateOutput, ListLinkedWhatsAppBusinessAccountsInput, ListLinkedWhatsAppBusinessAccountsOutput, ListTagsForResourceInput, ListTagsForResourceOutput, ListWhatsAppFlowAssetsInput, ListWhatsAppFlowAssetsOutput, ListWhatsAppFlowsInput, ListWhatsAppFlowsOutput, ListWhatsAppMessageTemplatesInput, ListWhatsAppMessageTemplatesOutput, ListWhatsAppTemplateLibraryInput, ListWhatsAppTemplateLibraryOutput, PostWhatsAppMessageMediaInput, PostWhatsAppMessageMediaOutput, PublishWhatsAppFlowInput, PublishWhatsAppFlowOutput, PutWhatsAppBusinessAccountEventDestinationsInput, PutWhatsAppBusinessAccountEventDestinationsOutput, SendWhatsAppConversionEventInput, SendWhatsAppConversionEventOutput, SendWhatsAppMessageInput, SendWhatsAppMessageOutput, TagResourceInput, TagResourceOutput, UntagResourceInput, UntagResourceOutput, UpdateWhatsAppFlowAssetsInput, UpdateWhatsAppFlowAssetsOutput, UpdateWhatsAppFlowInput, UpdateWhatsAppFlowOutput, UpdateWhatsAppMessageTemplateInput, UpdateWhatsAppMessageTemplateOutput } from '../types.js';
import { SocialmessagingBaseClient } from './service.js';
/**
 * *Amazon Web Services End User Messaging Social*, also referred to as Social messaging, is a
 * messaging service that enables application developers to incorporate WhatsApp into their
 * existing workflows. The *Amazon Web Services End User Messaging Social API* provides
 * programmatic access to options that are unique to the WhatsApp Business Platform.
 *
 * If you're new to the API, review
 * [What is Amazon Web Services End User Messaging Social](https://docs.aws.amazon.com/sms-voice/latest/userguide/what-is-service.html)
 * in the *Amazon Web Services End User Messaging Social User Guide*.
 *
 * **Regional availability**: the API has a dedicated endpoint in each Region where it is
 * available; see
 * [Amazon Web Services End User Messaging endpoints and quotas](https://docs.aws.amazon.com/general/latest/gr/end-user-messaging.html).
 *
 *
 * One method per operation of AWS End User Messaging Social.
 */
export declare class SocialmessagingClient extends SocialmessagingBaseClient {
    /**
     * This is only used through the Amazon Web Services console during sign-up to associate your
     * WhatsApp Business Account to your Amazon Web Services account.
     */
    associateWhatsAppBusinessAccount(input?: AssociateWhatsAppBusinessAccountInput, options?: $CallOptions): Promise<AssociateWhatsAppBusinessAccountOutput>;
    /**
     * Creates a Meta Conversions API dataset for a WhatsApp Business Account.
     */
    createWhatsAppDataset(input: CreateWhatsAppDatasetInput, options?: $CallOptions): Promise<CreateWhatsAppDatasetOutput>;
    /**
     * Creates a new WhatsApp Flow. Flows enable businesses to create rich, interactive forms and experiences that users can complete without leaving WhatsApp. The Flow is created in DRAFT status. If `publish` is set to `true` and a valid `flowJson` is provided, the Flow is published immediately.
     */
    createWhatsAppFlow(input: CreateWhatsAppFlowInput, options?: $CallOptions): Promise<CreateWhatsAppFlowOutput>;
    /**
     * Creates a new WhatsApp message template from a custom definition.
     *
     * Amazon Web Services End User Messaging Social does not store any WhatsApp message template content.
     */
    createWhatsAppMessageTemplate(input: CreateWhatsAppMessageTemplateInput, options?: $CallOptions): Promise<CreateWhatsAppMessageTemplateOutput>;
    /**
     * Creates a new WhatsApp message template using a template from Meta's template library.
     */
    createWhatsAppMessageTemplateFromLibrary(input: CreateWhatsAppMessageTemplateFromLibraryInput, options?: $CallOptions): Promise<CreateWhatsAppMessageTemplateFromLibraryOutput>;
    /**
     * Uploads media for use in a WhatsApp message template.
     */
    createWhatsAppMessageTemplateMedia(input: CreateWhatsAppMessageTemplateMediaInput, options?: $CallOptions): Promise<CreateWhatsAppMessageTemplateMediaOutput>;
    /**
     * Deletes a WhatsApp Flow permanently. Only Flows in DRAFT status can be deleted. Published or deprecated Flows cannot be deleted.
     */
    deleteWhatsAppFlow(input: DeleteWhatsAppFlowInput, options?: $CallOptions): Promise<DeleteWhatsAppFlowOutput>;
    /**
     * Delete a media object from the WhatsApp service. If the object is still in an Amazon S3 bucket you should delete it from there too.
     */
    deleteWhatsAppMessageMedia(input: DeleteWhatsAppMessageMediaInput, options?: $CallOptions): Promise<DeleteWhatsAppMessageMediaOutput>;
    /**
     * Deletes a WhatsApp message template.
     */
    deleteWhatsAppMessageTemplate(input: DeleteWhatsAppMessageTemplateInput, options?: $CallOptions): Promise<DeleteWhatsAppMessageTemplateOutput>;
    /**
     * Deprecates a published WhatsApp Flow, marking it as no longer recommended for use. The Flow must be in PUBLISHED status. This is an irreversible operation.
     */
    deprecateWhatsAppFlow(input: DeprecateWhatsAppFlowInput, options?: $CallOptions): Promise<DeprecateWhatsAppFlowOutput>;
    /**
     * Disassociate a WhatsApp Business Account (WABA) from your Amazon Web Services account.
     */
    disassociateWhatsAppBusinessAccount(input: DisassociateWhatsAppBusinessAccountInput, options?: $CallOptions): Promise<DisassociateWhatsAppBusinessAccountOutput>;
    /**
     * Get the details of your linked WhatsApp Business Account.
     */
    getLinkedWhatsAppBusinessAccount(input: GetLinkedWhatsAppBusinessAccountInput, options?: $CallOptions): Promise<GetLinkedWhatsAppBusinessAccountOutput>;
    /**
     * Retrieve the WABA account id and phone number details of a WhatsApp business account phone number.
     */
    getLinkedWhatsAppBusinessAccountPhoneNumber(input: GetLinkedWhatsAppBusinessAccountPhoneNumberInput, options?: $CallOptions): Promise<GetLinkedWhatsAppBusinessAccountPhoneNumberOutput>;
    /**
     * Retrieves the metadata and status of a WhatsApp Flow, including validation errors, preview information, and health status.
     */
    getWhatsAppFlow(input: GetWhatsAppFlowInput, options?: $CallOptions): Promise<GetWhatsAppFlowOutput>;
    /**
     * Generates a web preview URL for testing a WhatsApp Flow before publishing. Preview URLs expire in 30 days and can be shared with stakeholders for review.
     */
    getWhatsAppFlowPreview(input: GetWhatsAppFlowPreviewInput, options?: $CallOptions): Promise<GetWhatsAppFlowPreviewOutput>;
    /**
     * Get a media file from the WhatsApp service. On successful completion the media file is retrieved from Meta and stored in the specified Amazon S3 bucket. Use either `destinationS3File` or `destinationS3PresignedUrl` for the destination. If both are used then an `InvalidParameterException` is returned.
     */
    getWhatsAppMessageMedia(input: GetWhatsAppMessageMediaInput, options?: $CallOptions): Promise<GetWhatsAppMessageMediaOutput>;
    /**
     * Retrieves a specific WhatsApp message template.
     */
    getWhatsAppMessageTemplate(input: GetWhatsAppMessageTemplateInput, options?: $CallOptions): Promise<GetWhatsAppMessageTemplateOutput>;
    /**
     * List all WhatsApp Business Accounts linked to your Amazon Web Services account.
     */
    listLinkedWhatsAppBusinessAccounts(input?: ListLinkedWhatsAppBusinessAccountsInput, options?: $CallOptions): Promise<ListLinkedWhatsAppBusinessAccountsOutput>;
    /**
     * List all tags associated with a resource, such as a phone number or WABA.
     */
    listTagsForResource(input: ListTagsForResourceInput, options?: $CallOptions): Promise<ListTagsForResourceOutput>;
    /**
     * Lists the assets (Flow JSON definition) of a WhatsApp Flow with presigned download URLs. Download URLs are generated by Meta and expire after a short period.
     */
    listWhatsAppFlowAssets(input: ListWhatsAppFlowAssetsInput, options?: $CallOptions): Promise<ListWhatsAppFlowAssetsOutput>;
    /**
     * Lists all WhatsApp Flows for a WhatsApp Business Account. Returns summary information including Flow ID, name, status, and categories.
     */
    listWhatsAppFlows(input: ListWhatsAppFlowsInput, options?: $CallOptions): Promise<ListWhatsAppFlowsOutput>;
    /**
     * Lists WhatsApp message templates for a specific WhatsApp Business Account.
     */
    listWhatsAppMessageTemplates(input: ListWhatsAppMessageTemplatesInput, options?: $CallOptions): Promise<ListWhatsAppMessageTemplatesOutput>;
    /**
     * Lists templates available in Meta's template library for WhatsApp messaging.
     */
    listWhatsAppTemplateLibrary(input: ListWhatsAppTemplateLibraryInput, options?: $CallOptions): Promise<ListWhatsAppTemplateLibraryOutput>;
    /**
     * Upload a media file to the WhatsApp service. Only the specified `originationPhoneNumberId` has the permissions to send the media file when using [SendWhatsAppMessage](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_SendWhatsAppMessage.html). You must use either `sourceS3File` or `sourceS3PresignedUrl` for the source. If both or neither are specified then an `InvalidParameterException` is returned.
     */
    postWhatsAppMessageMedia(input: PostWhatsAppMessageMediaInput, options?: $CallOptions): Promise<PostWhatsAppMessageMediaOutput>;
    /**
     * Publishes a WhatsApp Flow, making it available for use in template messages. The Flow must be in DRAFT status with valid Flow JSON that passes Meta's validation. This is an irreversible operation.
     */
    publishWhatsAppFlow(input: PublishWhatsAppFlowInput, options?: $CallOptions): Promise<PublishWhatsAppFlowOutput>;
    /**
     * Add an event destination to log event data from WhatsApp for a WhatsApp Business Account (WABA). A WABA can only have one event destination at a time. All resources associated with the WABA use the same event destination.
     */
    putWhatsAppBusinessAccountEventDestinations(input: PutWhatsAppBusinessAccountEventDestinationsInput, options?: $CallOptions): Promise<PutWhatsAppBusinessAccountEventDestinationsOutput>;
    /**
     * Sends a conversion event to Meta's Conversions API for the specified WhatsApp Business Account dataset.
     */
    sendWhatsAppConversionEvent(input: SendWhatsAppConversionEventInput, options?: $CallOptions): Promise<SendWhatsAppConversionEventOutput>;
    /**
     * Send a WhatsApp message. For examples of sending a message using the Amazon Web Services CLI, see [Sending messages](https://docs.aws.amazon.com/social-messaging/latest/userguide/send-message.html) in the __Amazon Web Services End User Messaging Social User Guide__ .
     */
    sendWhatsAppMessage(input: SendWhatsAppMessageInput, options?: $CallOptions): Promise<SendWhatsAppMessageOutput>;
    /**
     * Adds or overwrites only the specified tags for the specified resource. When you specify an existing tag key, the value is overwritten with the new value.
     */
    tagResource(input: TagResourceInput, options?: $CallOptions): Promise<TagResourceOutput>;
    /**
     * Removes the specified tags from a resource.
     */
    untagResource(input: UntagResourceInput, options?: $CallOptions): Promise<UntagResourceOutput>;
    /**
     * Updates the metadata of a WhatsApp Flow, such as its name or categories. This does not update the Flow JSON definition. Use [UpdateWhatsAppFlowAssets](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_UpdateWhatsAppFlowAssets.html) to update the Flow JSON.
     */
    updateWhatsAppFlow(input: UpdateWhatsAppFlowInput, options?: $CallOptions): Promise<UpdateWhatsAppFlowOutput>;
    /**
     * Updates the Flow JSON definition (assets) of a WhatsApp Flow. Updating a published Flow's assets reverts it to DRAFT status, requiring re-publishing.
     */
    updateWhatsAppFlowAssets(input: UpdateWhatsAppFlowAssetsInput, options?: $CallOptions): Promise<UpdateWhatsAppFlowAssetsOutput>;
    /**
     * Updates an existing WhatsApp message template.
     */
    updateWhatsAppMessageTemplate(input: UpdateWhatsAppMessageTemplateInput, options?: $CallOptions): Promise<UpdateWhatsAppMessageTemplateOutput>;
}
export type { CallOptions, ClientConfig, OperationDefinition, OutgoingRequest, RequestHook } from '../runtime/client/client.js';
export type { CredentialProvider, Credentials } from '../runtime/client/credentials.js';
export { InputValidationError, NetworkError, ServiceException, TimeoutError } from '../runtime/client/exceptions.js';
export type { ResponseMetadata, ValidationIssue } from '../runtime/client/exceptions.js';
export * from './errors.js';
export { SocialmessagingBaseClient, service } from './service.js';
export { AssociateWhatsAppBusinessAccountOperation, associateWhatsAppBusinessAccount } from './operations/AssociateWhatsAppBusinessAccount.js';
export { CreateWhatsAppDatasetOperation, createWhatsAppDataset } from './operations/CreateWhatsAppDataset.js';
export { CreateWhatsAppFlowOperation, createWhatsAppFlow } from './operations/CreateWhatsAppFlow.js';
export { CreateWhatsAppMessageTemplateOperation, createWhatsAppMessageTemplate } from './operations/CreateWhatsAppMessageTemplate.js';
export { CreateWhatsAppMessageTemplateFromLibraryOperation, createWhatsAppMessageTemplateFromLibrary } from './operations/CreateWhatsAppMessageTemplateFromLibrary.js';
export { CreateWhatsAppMessageTemplateMediaOperation, createWhatsAppMessageTemplateMedia } from './operations/CreateWhatsAppMessageTemplateMedia.js';
export { DeleteWhatsAppFlowOperation, deleteWhatsAppFlow } from './operations/DeleteWhatsAppFlow.js';
export { DeleteWhatsAppMessageMediaOperation, deleteWhatsAppMessageMedia } from './operations/DeleteWhatsAppMessageMedia.js';
export { DeleteWhatsAppMessageTemplateOperation, deleteWhatsAppMessageTemplate } from './operations/DeleteWhatsAppMessageTemplate.js';
export { DeprecateWhatsAppFlowOperation, deprecateWhatsAppFlow } from './operations/DeprecateWhatsAppFlow.js';
export { DisassociateWhatsAppBusinessAccountOperation, disassociateWhatsAppBusinessAccount } from './operations/DisassociateWhatsAppBusinessAccount.js';
export { GetLinkedWhatsAppBusinessAccountOperation, getLinkedWhatsAppBusinessAccount } from './operations/GetLinkedWhatsAppBusinessAccount.js';
export { GetLinkedWhatsAppBusinessAccountPhoneNumberOperation, getLinkedWhatsAppBusinessAccountPhoneNumber } from './operations/GetLinkedWhatsAppBusinessAccountPhoneNumber.js';
export { GetWhatsAppFlowOperation, getWhatsAppFlow } from './operations/GetWhatsAppFlow.js';
export { GetWhatsAppFlowPreviewOperation, getWhatsAppFlowPreview } from './operations/GetWhatsAppFlowPreview.js';
export { GetWhatsAppMessageMediaOperation, getWhatsAppMessageMedia } from './operations/GetWhatsAppMessageMedia.js';
export { GetWhatsAppMessageTemplateOperation, getWhatsAppMessageTemplate } from './operations/GetWhatsAppMessageTemplate.js';
export { ListLinkedWhatsAppBusinessAccountsOperation, listLinkedWhatsAppBusinessAccounts } from './operations/ListLinkedWhatsAppBusinessAccounts.js';
export { ListTagsForResourceOperation, listTagsForResource } from './operations/ListTagsForResource.js';
export { ListWhatsAppFlowAssetsOperation, listWhatsAppFlowAssets } from './operations/ListWhatsAppFlowAssets.js';
export { ListWhatsAppFlowsOperation, listWhatsAppFlows } from './operations/ListWhatsAppFlows.js';
export { ListWhatsAppMessageTemplatesOperation, listWhatsAppMessageTemplates } from './operations/ListWhatsAppMessageTemplates.js';
export { ListWhatsAppTemplateLibraryOperation, listWhatsAppTemplateLibrary } from './operations/ListWhatsAppTemplateLibrary.js';
export { PostWhatsAppMessageMediaOperation, postWhatsAppMessageMedia } from './operations/PostWhatsAppMessageMedia.js';
export { PublishWhatsAppFlowOperation, publishWhatsAppFlow } from './operations/PublishWhatsAppFlow.js';
export { PutWhatsAppBusinessAccountEventDestinationsOperation, putWhatsAppBusinessAccountEventDestinations } from './operations/PutWhatsAppBusinessAccountEventDestinations.js';
export { SendWhatsAppConversionEventOperation, sendWhatsAppConversionEvent } from './operations/SendWhatsAppConversionEvent.js';
export { SendWhatsAppMessageOperation, sendWhatsAppMessage } from './operations/SendWhatsAppMessage.js';
export { TagResourceOperation, tagResource } from './operations/TagResource.js';
export { UntagResourceOperation, untagResource } from './operations/UntagResource.js';
export { UpdateWhatsAppFlowOperation, updateWhatsAppFlow } from './operations/UpdateWhatsAppFlow.js';
export { UpdateWhatsAppFlowAssetsOperation, updateWhatsAppFlowAssets } from './operations/UpdateWhatsAppFlowAssets.js';
export { UpdateWhatsAppMessageTemplateOperation, updateWhatsAppMessageTemplate } from './operations/UpdateWhatsAppMessageTemplate.js';
//# sourceMappingURL=index.d.ts.map
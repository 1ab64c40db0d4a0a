import { type MockContext as $MockContext, type MockLimits as $MockLimits, type MockServer as $MockServer } from '../runtime/mock/server.js';
import type { AssociateWhatsAppBusinessAccountInput, AssociateWhatsAppBusinessAccountOutput, CreateWhatsAppDatasetInput, CreateWhatsAppDatasetOutput, CreateWhatsAppFlowInput, CreateWhatsAppFlowOutput, CreateWhatsAppMessageTemplateFromLibraryInput, CreateWhatsAppMessageTemplateFromLibraryOutput, CreateWhatsAppMessageTemplateInput, CreateWhatsAppMessageTemplateMediaInput, CreateWhatsAppMessageTemplateMediaOutput, CreateWhatsAppMessageTemplateOutput, DeleteWhatsAppFlowInput, DeleteWhatsAppFlowOutput, DeleteWhatsAppMessageMediaInput, DeleteWhatsAppMessageMediaOutput, DeleteWhatsAppMessageTemplateInput, DeleteWhatsAppMessageTemplateOutput, DeprecateWhatsAppFlowInput, DeprecateWhatsAppFlowOutput, DisassociateWhatsAppBusinessAccountInput, DisassociateWhatsAppBusinessAccountOutput, GetLinkedWhatsAppBusinessAccountInput, GetLinkedWhatsAppBusinessAccountOutput, GetLinkedWhatsAppBusinessAccountPhoneNumberInput, GetLinkedWhatsAppBusinessAccountPhoneNumberOutput, GetWhatsAppFlowInput, GetWhatsAppFlowOutput, GetWhatsAppFlowPreviewInput, GetWhatsAppFlowPreviewOutput, GetWhatsAppMessageMediaInput, GetWhatsAppMessageMediaOutput, GetWhatsAppMessageTemplateInput, GetWhatsAppMessageTemplateOutput, ListLinkedWhatsAppBusinessAccountsInput, ListLinkedWhatsAppBusinessAccountsOutput, ListTagsForResourceInput, ListTagsForResourceOutput, ListWhatsAppFlowAssetsInput, ListWhatsAppFlowAssetsOutput, ListWhatsAppFlowsInput, ListWhatsAppFlowsOutput, ListWhatsAppMessageTemplatesInput, ListWhatsAppMessageTemplatesOutput, ListWhatsAppTemplateLibraryInput, ListWhatsAppTemplateLibraryOutput, PostWhatsAppMessageMediaInput, PostWhatsAppMessageMediaOutput, PublishWhatsAppFlowInput, PublishWhatsAppFlowOutput, PutWhatsAppBusinessAccountEventDestinationsInput, PutWhatsAppBusinessAccountEventDestinationsOutput, SendWhatsAppConversionEventInput, SendWhatsAppConversionEventOutput, SendWhatsAppMessageInput, SendWhatsAppMessageOutput, TagResourceInput, TagResourceOutput, UntagResourceInput, UntagResourceOutput, UpdateWhatsAppFlowAssetsInput, UpdateWhatsAppFlowAssetsOutput, UpdateWhatsAppFlowInput, UpdateWhatsAppFlowOutput, UpdateWhatsAppMessageTemplateInput, UpdateWhatsAppMessageTemplateOutput } from '../types.js';
export type { MockContext, MockLimits, MockServer } from '../runtime/mock/server.js';
/**
 * One optional handler per operation. A handler returns the output, or throws an instance of one of the error classes in `src/client/errors.ts` to answer that error; an operation without a handler answers from the examples of the model: the one whose input the request matches (its output or its error), else the first example output.
 */
export type SocialmessagingMockHandlers = {
    /**
     * This is only used through the Amazon Web Services console during sign-up to associate your
     * WhatsApp Business Account to your Amazon Web Services account.
     */
    AssociateWhatsAppBusinessAccount?: (input: AssociateWhatsAppBusinessAccountInput, context: $MockContext) => AssociateWhatsAppBusinessAccountOutput | Promise<AssociateWhatsAppBusinessAccountOutput>;
    /**
     * Creates a Meta Conversions API dataset for a WhatsApp Business Account.
     */
    CreateWhatsAppDataset?: (input: CreateWhatsAppDatasetInput, context: $MockContext) => CreateWhatsAppDatasetOutput | Promise<CreateWhatsAppDatasetOutput>;
    /**
     * Creates a new WhatsApp Flow. Flows enable businesses to create rich, interactive forms and experiences that users can complete without leaving WhatsApp. The Flow is created in DRAFT status. If `publish` is set to `true` and a valid `flowJson` is provided, the Flow is published immediately.
     */
    CreateWhatsAppFlow?: (input: CreateWhatsAppFlowInput, context: $MockContext) => CreateWhatsAppFlowOutput | Promise<CreateWhatsAppFlowOutput>;
    /**
     * Creates a new WhatsApp message template from a custom definition.
     *
     * Amazon Web Services End User Messaging Social does not store any WhatsApp message template content.
     */
    CreateWhatsAppMessageTemplate?: (input: CreateWhatsAppMessageTemplateInput, context: $MockContext) => CreateWhatsAppMessageTemplateOutput | Promise<CreateWhatsAppMessageTemplateOutput>;
    /**
     * Creates a new WhatsApp message template using a template from Meta's template library.
     */
    CreateWhatsAppMessageTemplateFromLibrary?: (input: CreateWhatsAppMessageTemplateFromLibraryInput, context: $MockContext) => CreateWhatsAppMessageTemplateFromLibraryOutput | Promise<CreateWhatsAppMessageTemplateFromLibraryOutput>;
    /**
     * Uploads media for use in a WhatsApp message template.
     */
    CreateWhatsAppMessageTemplateMedia?: (input: CreateWhatsAppMessageTemplateMediaInput, context: $MockContext) => CreateWhatsAppMessageTemplateMediaOutput | Promise<CreateWhatsAppMessageTemplateMediaOutput>;
    /**
     * Deletes a WhatsApp Flow permanently. Only Flows in DRAFT status can be deleted. Published or deprecated Flows cannot be deleted.
     */
    DeleteWhatsAppFlow?: (input: DeleteWhatsAppFlowInput, context: $MockContext) => DeleteWhatsAppFlowOutput | Promise<DeleteWhatsAppFlowOutput>;
    /**
     * Delete a media object from the WhatsApp service. If the object is still in an Amazon S3 bucket you should delete it from there too.
     */
    DeleteWhatsAppMessageMedia?: (input: DeleteWhatsAppMessageMediaInput, context: $MockContext) => DeleteWhatsAppMessageMediaOutput | Promise<DeleteWhatsAppMessageMediaOutput>;
    /**
     * Deletes a WhatsApp message template.
     */
    DeleteWhatsAppMessageTemplate?: (input: DeleteWhatsAppMessageTemplateInput, context: $MockContext) => DeleteWhatsAppMessageTemplateOutput | Promise<DeleteWhatsAppMessageTemplateOutput>;
    /**
     * Deprecates a published WhatsApp Flow, marking it as no longer recommended for use. The Flow must be in PUBLISHED status. This is an irreversible operation.
     */
    DeprecateWhatsAppFlow?: (input: DeprecateWhatsAppFlowInput, context: $MockContext) => DeprecateWhatsAppFlowOutput | Promise<DeprecateWhatsAppFlowOutput>;
    /**
     * Disassociate a WhatsApp Business Account (WABA) from your Amazon Web Services account.
     */
    DisassociateWhatsAppBusinessAccount?: (input: DisassociateWhatsAppBusinessAccountInput, context: $MockContext) => DisassociateWhatsAppBusinessAccountOutput | Promise<DisassociateWhatsAppBusinessAccountOutput>;
    /**
     * Get the details of your linked WhatsApp Business Account.
     */
    GetLinkedWhatsAppBusinessAccount?: (input: GetLinkedWhatsAppBusinessAccountInput, context: $MockContext) => GetLinkedWhatsAppBusinessAccountOutput | Promise<GetLinkedWhatsAppBusinessAccountOutput>;
    /**
     * Retrieve the WABA account id and phone number details of a WhatsApp business account phone number.
     */
    GetLinkedWhatsAppBusinessAccountPhoneNumber?: (input: GetLinkedWhatsAppBusinessAccountPhoneNumberInput, context: $MockContext) => GetLinkedWhatsAppBusinessAccountPhoneNumberOutput | Promise<GetLinkedWhatsAppBusinessAccountPhoneNumberOutput>;
    /**
     * Retrieves the metadata and status of a WhatsApp Flow, including validation errors, preview information, and health status.
     */
    GetWhatsAppFlow?: (input: GetWhatsAppFlowInput, context: $MockContext) => GetWhatsAppFlowOutput | Promise<GetWhatsAppFlowOutput>;
    /**
     * Generates a web preview URL for testing a WhatsApp Flow before publishing. Preview URLs expire in 30 days and can be shared with stakeholders for review.
     */
    GetWhatsAppFlowPreview?: (input: GetWhatsAppFlowPreviewInput, context: $MockContext) => GetWhatsAppFlowPreviewOutput | Promise<GetWhatsAppFlowPreviewOutput>;
    /**
     * Get a media file from the WhatsApp service. On successful completion the media file is retrieved from Meta and stored in the specified Amazon S3 bucket. Use either `destinationS3File` or `destinationS3PresignedUrl` for the destination. If both are used then an `InvalidParameterException` is returned.
     */
    GetWhatsAppMessageMedia?: (input: GetWhatsAppMessageMediaInput, context: $MockContext) => GetWhatsAppMessageMediaOutput | Promise<GetWhatsAppMessageMediaOutput>;
    /**
     * Retrieves a specific WhatsApp message template.
     */
    GetWhatsAppMessageTemplate?: (input: GetWhatsAppMessageTemplateInput, context: $MockContext) => GetWhatsAppMessageTemplateOutput | Promise<GetWhatsAppMessageTemplateOutput>;
    /**
     * List all WhatsApp Business Accounts linked to your Amazon Web Services account.
     */
    ListLinkedWhatsAppBusinessAccounts?: (input: ListLinkedWhatsAppBusinessAccountsInput, context: $MockContext) => ListLinkedWhatsAppBusinessAccountsOutput | Promise<ListLinkedWhatsAppBusinessAccountsOutput>;
    /**
     * List all tags associated with a resource, such as a phone number or WABA.
     */
    ListTagsForResource?: (input: ListTagsForResourceInput, context: $MockContext) => ListTagsForResourceOutput | Promise<ListTagsForResourceOutput>;
    /**
     * Lists the assets (Flow JSON definition) of a WhatsApp Flow with presigned download URLs. Download URLs are generated by Meta and expire after a short period.
     */
    ListWhatsAppFlowAssets?: (input: ListWhatsAppFlowAssetsInput, context: $MockContext) => ListWhatsAppFlowAssetsOutput | Promise<ListWhatsAppFlowAssetsOutput>;
    /**
     * Lists all WhatsApp Flows for a WhatsApp Business Account. Returns summary information including Flow ID, name, status, and categories.
     */
    ListWhatsAppFlows?: (input: ListWhatsAppFlowsInput, context: $MockContext) => ListWhatsAppFlowsOutput | Promise<ListWhatsAppFlowsOutput>;
    /**
     * Lists WhatsApp message templates for a specific WhatsApp Business Account.
     */
    ListWhatsAppMessageTemplates?: (input: ListWhatsAppMessageTemplatesInput, context: $MockContext) => ListWhatsAppMessageTemplatesOutput | Promise<ListWhatsAppMessageTemplatesOutput>;
    /**
     * Lists templates available in Meta's template library for WhatsApp messaging.
     */
    ListWhatsAppTemplateLibrary?: (input: ListWhatsAppTemplateLibraryInput, context: $MockContext) => ListWhatsAppTemplateLibraryOutput | Promise<ListWhatsAppTemplateLibraryOutput>;
    /**
     * Upload a media file to the WhatsApp service. Only the specified `originationPhoneNumberId` has the permissions to send the media file when using [SendWhatsAppMessage](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_SendWhatsAppMessage.html). You must use either `sourceS3File` or `sourceS3PresignedUrl` for the source. If both or neither are specified then an `InvalidParameterException` is returned.
     */
    PostWhatsAppMessageMedia?: (input: PostWhatsAppMessageMediaInput, context: $MockContext) => PostWhatsAppMessageMediaOutput | Promise<PostWhatsAppMessageMediaOutput>;
    /**
     * Publishes a WhatsApp Flow, making it available for use in template messages. The Flow must be in DRAFT status with valid Flow JSON that passes Meta's validation. This is an irreversible operation.
     */
    PublishWhatsAppFlow?: (input: PublishWhatsAppFlowInput, context: $MockContext) => PublishWhatsAppFlowOutput | Promise<PublishWhatsAppFlowOutput>;
    /**
     * Add an event destination to log event data from WhatsApp for a WhatsApp Business Account (WABA). A WABA can only have one event destination at a time. All resources associated with the WABA use the same event destination.
     */
    PutWhatsAppBusinessAccountEventDestinations?: (input: PutWhatsAppBusinessAccountEventDestinationsInput, context: $MockContext) => PutWhatsAppBusinessAccountEventDestinationsOutput | Promise<PutWhatsAppBusinessAccountEventDestinationsOutput>;
    /**
     * Sends a conversion event to Meta's Conversions API for the specified WhatsApp Business Account dataset.
     */
    SendWhatsAppConversionEvent?: (input: SendWhatsAppConversionEventInput, context: $MockContext) => SendWhatsAppConversionEventOutput | Promise<SendWhatsAppConversionEventOutput>;
    /**
     * Send a WhatsApp message. For examples of sending a message using the Amazon Web Services CLI, see [Sending messages](https://docs.aws.amazon.com/social-messaging/latest/userguide/send-message.html) in the __Amazon Web Services End User Messaging Social User Guide__ .
     */
    SendWhatsAppMessage?: (input: SendWhatsAppMessageInput, context: $MockContext) => SendWhatsAppMessageOutput | Promise<SendWhatsAppMessageOutput>;
    /**
     * Adds or overwrites only the specified tags for the specified resource. When you specify an existing tag key, the value is overwritten with the new value.
     */
    TagResource?: (input: TagResourceInput, context: $MockContext) => TagResourceOutput | Promise<TagResourceOutput>;
    /**
     * Removes the specified tags from a resource.
     */
    UntagResource?: (input: UntagResourceInput, context: $MockContext) => UntagResourceOutput | Promise<UntagResourceOutput>;
    /**
     * Updates the metadata of a WhatsApp Flow, such as its name or categories. This does not update the Flow JSON definition. Use [UpdateWhatsAppFlowAssets](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_UpdateWhatsAppFlowAssets.html) to update the Flow JSON.
     */
    UpdateWhatsAppFlow?: (input: UpdateWhatsAppFlowInput, context: $MockContext) => UpdateWhatsAppFlowOutput | Promise<UpdateWhatsAppFlowOutput>;
    /**
     * Updates the Flow JSON definition (assets) of a WhatsApp Flow. Updating a published Flow's assets reverts it to DRAFT status, requiring re-publishing.
     */
    UpdateWhatsAppFlowAssets?: (input: UpdateWhatsAppFlowAssetsInput, context: $MockContext) => UpdateWhatsAppFlowAssetsOutput | Promise<UpdateWhatsAppFlowAssetsOutput>;
    /**
     * Updates an existing WhatsApp message template.
     */
    UpdateWhatsAppMessageTemplate?: (input: UpdateWhatsAppMessageTemplateInput, context: $MockContext) => UpdateWhatsAppMessageTemplateOutput | Promise<UpdateWhatsAppMessageTemplateOutput>;
};
export interface CreateSocialmessagingMockServerOptions {
    handlers?: SocialmessagingMockHandlers;
    /** Limits on untrusted input; every field has a safe default. */
    limits?: Partial<$MockLimits>;
    /** Check every output with the generated validators before sending it. */
    validateResponses?: boolean;
}
/**
 * A mock of AWS End User Messaging Social on node:http: it routes, parses and validates requests as the service would and answers in its wire format. Call `listen()` to start it.
 */
export declare function createMockServer(options?: CreateSocialmessagingMockServerOptions): $MockServer;
//# sourceMappingURL=index.d.ts.map
/**
 * You do not have sufficient access to perform this action.
 *
 * Error: HTTP 403, client fault.
 */
export interface AccessDeniedByMetaException {
    message?: ErrorMessage;
}
/**
 * You do not have sufficient access to perform this action.
 *
 * Error: HTTP 403, client fault.
 */
export interface AccessDeniedException {
    message?: ErrorMessage;
}
export type AddContactNumber = boolean;
export type AddLearnMoreLink = boolean;
export type AddSecurityRecommendation = boolean;
export type AddTrackPackageLink = boolean;
/**
 * Length: 0 to 2048 characters.
 *
 * Pattern: `arn:.*` (unanchored).
 */
export type Arn = string;
/**
 * Length: 0 to 50 characters.
 *
 * Sensitive: never logged or shown in validation messages.
 */
export type AssociateInProgressToken = string;
export interface AssociateWhatsAppBusinessAccountInput {
    /**
     * Contains the callback access token.
     */
    signupCallback?: WhatsAppSignupCallback;
    /**
     * A JSON object that contains the phone numbers and WhatsApp Business Account to link to your account.
     */
    setupFinalization?: WhatsAppSetupFinalization;
}
export interface AssociateWhatsAppBusinessAccountOutput {
    /**
     * Contains your WhatsApp registration status.
     */
    signupCallbackResult?: WhatsAppSignupCallbackResult;
    /**
     * The status code for the response.
     */
    statusCode?: Integer;
    /**
     * The ID of the WhatsApp Business Account that was linked to your Amazon Web Services account. (In the botocore model of 2024-01-01; not yet on the boto3 reference page.)
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    linkedWhatsAppBusinessAccountId?: LinkedWhatsAppBusinessAccountId;
}
export type BooleanShape = boolean;
/**
 * Length: 1 to 25 characters.
 */
export type ButtonType = string;
export type CodeExpirationMinutes = number;
export interface CreateWhatsAppDatasetInput {
    /**
     * The ID of the WhatsApp Business Account to create a dataset for, formatted as `waba-01234567890123456789012345678901`.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
}
export interface CreateWhatsAppDatasetOutput {
    /**
     * The Meta-generated dataset ID, a numeric string of 10 to 20 digits.
     *
     * Length: 10 to 20 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    datasetId: WhatsAppDatasetId;
}
export interface CreateWhatsAppFlowInput {
    /**
     * The ID of the WhatsApp Business Account to associate with this Flow.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The name of the Flow. Must be unique within the WhatsApp Business Account.
     *
     * Length: 1 to 200 characters.
     */
    flowName: MetaFlowName;
    /**
     * The categories that classify the business purpose of the Flow. At least one category is required.
     *
     * Length: 1 to 9 items.
     */
    categories: MetaFlowCategoryList;
    /**
     * The Flow JSON definition that describes the screens, components, and logic of the Flow. Maximum size is 10 MB.
     *
     * Length: 1 to 10485760 bytes.
     */
    flowJson?: MetaFlowJsonBlob;
    /**
     * Set to `true` to publish the Flow immediately after creation. Requires a valid `flowJson` that passes Meta's validation.
     */
    publish?: BooleanShape;
    /**
     * The ID of an existing Flow within the same WhatsApp Business Account to clone.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    cloneFlowId?: MetaFlowId;
}
export interface CreateWhatsAppFlowOutput {
    /**
     * The unique identifier assigned to the Flow by Meta.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId?: MetaFlowId;
    /**
     * A list of validation errors returned by Meta, if any. Validation errors must be resolved before the Flow can be published.
     */
    validationErrors?: ValidationErrorList;
}
export interface CreateWhatsAppMessageTemplateFromLibraryInput {
    /**
     * The template configuration from Meta's library, including customizations for buttons and body text.
     */
    metaLibraryTemplate: MetaLibraryTemplate;
    /**
     * The ID of the WhatsApp Business Account to associate with this template.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
}
export interface CreateWhatsAppMessageTemplateFromLibraryOutput {
    /**
     * The numeric ID assigned to the template by Meta.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    metaTemplateId?: MetaTemplateId;
    /**
     * The status of the created template (for example, PENDING or APPROVED).
     */
    templateStatus?: StringShape;
    /**
     * The category of the template (for example, UTILITY or MARKETING).
     *
     * Length: 1 to 100 characters.
     */
    category?: MetaTemplateCategory;
}
export interface CreateWhatsAppMessageTemplateInput {
    /**
     * The complete template definition as a JSON blob.
     *
     * Length: 1 to 6000 bytes.
     */
    templateDefinition: MetaTemplateDefinition;
    /**
     * The ID of the WhatsApp Business Account to associate with this template.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
}
export interface CreateWhatsAppMessageTemplateMediaInput {
    /**
     * The ID of the WhatsApp Business Account associated with this media upload.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * Sensitive: never logged or shown in validation messages.
     */
    sourceS3File?: S3File;
}
export interface CreateWhatsAppMessageTemplateMediaOutput {
    /**
     * The handle assigned to the uploaded media by Meta, used to reference the media in templates.
     */
    metaHeaderHandle?: StringShape;
}
export interface CreateWhatsAppMessageTemplateOutput {
    /**
     * The numeric ID assigned to the template by Meta.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    metaTemplateId?: MetaTemplateId;
    /**
     * The status of the created template, such as PENDING or APPROVED..
     */
    templateStatus?: StringShape;
    /**
     * The category of the template, such as UTILITY or MARKETING.
     *
     * Length: 1 to 100 characters.
     */
    category?: MetaTemplateCategory;
}
export type DeleteAllLanguages = boolean;
export interface DeleteWhatsAppFlowInput {
    /**
     * The ID of the WhatsApp Business Account associated with this Flow.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The unique identifier of the Flow to delete.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
}
export interface DeleteWhatsAppFlowOutput {
}
export interface DeleteWhatsAppMessageMediaInput {
    /**
     * The unique identifier of the media file to delete. Use the `mediaId` returned from [PostWhatsAppMessageMedia](https://console.aws.amazon.com/social-messaging/latest/APIReference/API_PostWhatsAppMessageMedia.html).
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[A-Za-z0-9]+` (unanchored).
     */
    mediaId: WhatsAppMediaId;
    /**
     * The unique identifier of the originating phone number associated with the media. Phone number identifiers are formatted as `phone-number-id-01234567890123456789012345678901`. Use [GetLinkedWhatsAppBusinessAccount](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_GetLinkedWhatsAppBusinessAccount.html) to find a phone number's id.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*` (unanchored).
     */
    originationPhoneNumberId: WhatsAppPhoneNumberId;
}
export interface DeleteWhatsAppMessageMediaOutput {
    /**
     * Success indicator for deleting the media file.
     */
    success?: BooleanShape;
}
export interface DeleteWhatsAppMessageTemplateInput {
    /**
     * The numeric ID of the template assigned by Meta.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    metaTemplateId?: MetaTemplateId;
    /**
     * If true, deletes all language versions of the template.
     */
    deleteAllLanguages?: DeleteAllLanguages;
    /**
     * The ID of the WhatsApp Business Account associated with this template.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The name of the template to delete.
     *
     * Length: 1 to 512 characters.
     */
    templateName: MetaTemplateName;
}
export interface DeleteWhatsAppMessageTemplateOutput {
}
/**
 * Thrown when performing an action because a dependency would be broken.
 *
 * Error: HTTP 502, server fault, retryable.
 */
export interface DependencyException {
    message?: ErrorMessage;
}
export interface DeprecateWhatsAppFlowInput {
    /**
     * The ID of the WhatsApp Business Account associated with this Flow.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The unique identifier of the Flow to deprecate.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
}
export interface DeprecateWhatsAppFlowOutput {
}
export interface DisassociateWhatsAppBusinessAccountInput {
    /**
     * The unique identifier of your WhatsApp Business Account. WABA identifiers are formatted as `waba-01234567890123456789012345678901`. Use [ListLinkedWhatsAppBusinessAccounts](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_ListLinkedWhatsAppBusinessAccounts.html) to list all WABAs and their details.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
}
export interface DisassociateWhatsAppBusinessAccountOutput {
}
export type ErrorMessage = string;
/**
 * Length: 0 to 2048 characters.
 *
 * Pattern: `arn:.*:[a-z-]+([/:](.*))?` (unanchored).
 */
export type EventDestinationArn = string;
/**
 * Length: 0 to 10 entries.
 */
export type Filter = Record<string, FilterValueString>;
/**
 * Length: 1 to 100 characters.
 */
export type FilterKeyString = string;
/**
 * Length: 1 to 100 characters.
 */
export type FilterValueString = string;
export interface GetLinkedWhatsAppBusinessAccountInput {
    /**
     * The unique identifier, from Amazon Web Services, of the linked WhatsApp Business Account. WABA identifiers are formatted as `waba-01234567890123456789012345678901`. Use [ListLinkedWhatsAppBusinessAccounts](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_ListLinkedWhatsAppBusinessAccounts.html) to list all WABAs and their details.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
}
export interface GetLinkedWhatsAppBusinessAccountOutput {
    /**
     * The details of the linked WhatsApp Business Account.
     */
    account?: LinkedWhatsAppBusinessAccount;
}
export interface GetLinkedWhatsAppBusinessAccountPhoneNumberInput {
    /**
     * The unique identifier of the phone number. Phone number identifiers are formatted as `phone-number-id-01234567890123456789012345678901`. Use [GetLinkedWhatsAppBusinessAccount](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_GetLinkedWhatsAppBusinessAccount.html) to find a phone number's id.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: WhatsAppPhoneNumberId;
}
export interface GetLinkedWhatsAppBusinessAccountPhoneNumberOutput {
    phoneNumber?: WhatsAppPhoneNumberDetail;
    /**
     * The WABA identifier linked to the phone number, formatted as `waba-01234567890123456789012345678901`.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    linkedWhatsAppBusinessAccountId?: LinkedWhatsAppBusinessAccountId;
}
export interface GetWhatsAppFlowInput {
    /**
     * The ID of the WhatsApp Business Account associated with this Flow.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The unique identifier of the Flow to retrieve.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
}
export interface GetWhatsAppFlowOutput {
    /**
     * The unique identifier of the Flow.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
    /**
     * The name of the Flow.
     *
     * Length: 1 to 200 characters.
     */
    flowName: MetaFlowName;
    /**
     * The lifecycle status of the Flow. Valid values are DRAFT, PUBLISHED, DEPRECATED, BLOCKED, and THROTTLED.
     *
     * Length: 1 to 20 characters.
     */
    flowStatus: MetaFlowStatus;
    /**
     * The categories that classify the business purpose of the Flow.
     *
     * Length: 1 to 9 items.
     */
    categories?: MetaFlowCategoryList;
    /**
     * A list of validation errors from Meta, if any.
     */
    validationErrors?: ValidationErrorList;
    /**
     * The version of the Flow JSON schema used by this Flow (for example, 7.3).
     *
     * Length: 1 to 10 characters.
     */
    jsonVersion?: MetaFlowJsonVersion;
    /**
     * The data API version for data exchange endpoint Flows.
     *
     * Length: 1 to 10 characters.
     */
    dataApiVersion?: MetaFlowDataApiVersion;
    /**
     * The endpoint URI for data exchange Flows, if configured.
     *
     * Length: 1 to 2048 characters.
     */
    endpointUri?: MetaFlowEndpointUri;
    /**
     * The preview URL and its expiration timestamp for testing the Flow.
     */
    preview?: MetaFlowPreviewInfo;
    /**
     * The WhatsApp Business Account information from Meta associated with this Flow.
     */
    whatsAppBusinessAccount?: MetaFlowWhatsAppBusinessAccountInfo;
    /**
     * The Meta application information associated with this Flow.
     */
    application?: MetaFlowApplicationInfo;
    /**
     * The health status information for this Flow from Meta.
     */
    healthStatus?: MetaFlowHealthStatus;
}
export interface GetWhatsAppFlowPreviewInput {
    /**
     * The ID of the WhatsApp Business Account associated with this Flow.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The unique identifier of the Flow to preview.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
    /**
     * Set to `true` to force generation of a new preview URL. Use this if the previous URL has been compromised or you want a fresh expiration period.
     */
    invalidate?: BooleanShape;
}
export interface GetWhatsAppFlowPreviewOutput {
    /**
     * The unique identifier of the Flow.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
    /**
     * The preview URL and its expiration timestamp.
     */
    preview: MetaFlowPreviewInfo;
}
export interface GetWhatsAppMessageMediaInput {
    /**
     * The unique identifier for the media file.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[A-Za-z0-9]+` (unanchored).
     */
    mediaId: WhatsAppMediaId;
    /**
     * The unique identifier of the originating phone number for the WhatsApp message media. The phone number identifiers are formatted as `phone-number-id-01234567890123456789012345678901`. Use [GetLinkedWhatsAppBusinessAccount](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_GetLinkedWhatsAppBusinessAccount.html) to find a phone number's id.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*` (unanchored).
     */
    originationPhoneNumberId: WhatsAppPhoneNumberId;
    /**
     * Set to `True` to get only the metadata for the file.
     */
    metadataOnly?: BooleanShape;
    /**
     * The presign url of the media file.
     *
     * Sensitive: never logged or shown in validation messages.
     */
    destinationS3PresignedUrl?: S3PresignedUrl;
    /**
     * The `bucketName` and `key` of the S3 media file.
     *
     * Sensitive: never logged or shown in validation messages.
     */
    destinationS3File?: S3File;
}
export interface GetWhatsAppMessageMediaOutput {
    /**
     * The MIME type of the media.
     */
    mimeType?: StringShape;
    /**
     * The size of the media file, in KB.
     */
    fileSize?: Long;
}
export interface GetWhatsAppMessageTemplateInput {
    /**
     * The numeric ID of the template assigned by Meta.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    metaTemplateId?: MetaTemplateId;
    /**
     * The ID of the WhatsApp Business Account associated with this template.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The name of the message template. Use together with `templateLanguageCode` as an alternative to `metaTemplateId` to identify a template.
     *
     * Length: 1 to 512 characters.
     */
    templateName?: MetaTemplateName;
    /**
     * The language code of the message template (for example, `en` or `en_US`). Use together with `templateName` as an alternative to `metaTemplateId` to identify a template.
     *
     * Length: 1 to 6 characters.
     */
    templateLanguageCode?: MetaTemplateLanguage;
}
export interface GetWhatsAppMessageTemplateOutput {
    /**
     * The complete template definition as a JSON string (maximum 6000 characters).
     *
     * Length: 1 to 6000 characters.
     */
    template?: MetaTemplate;
}
export type HeadersShape = Record<string, StringShape>;
export type Integer = number;
/**
 * The request processing has failed because of an unknown error, exception, or failure.
 *
 * Error: HTTP 500, server fault, retryable.
 */
export interface InternalServiceException {
    message?: ErrorMessage;
}
/**
 * One or more parameters provided to the action are not valid.
 *
 * Error: HTTP 400, client fault.
 */
export interface InvalidParametersException {
    message?: ErrorMessage;
}
/**
 * A two-letter ISO 3166 country code. The pattern is unanchored, as in the service's model:
 * it requires two capital letters somewhere in the value.
 *
 *
 * Pattern: `[A-Z]{2}` (unanchored).
 *
 * - `AU`: Asia–Pacific (APAC): Australia
 * - `ID`: Asia–Pacific (APAC): Indonesia
 * - `IN`: Asia–Pacific (APAC): India
 * - `JP`: Asia–Pacific (APAC): Japan
 * - `SG`: Asia–Pacific (APAC): Singapore
 * - `KR`: Asia–Pacific (APAC): South Korea
 * - `DE`: Europe: Germany
 * - `CH`: Europe: Switzerland
 * - `GB`: Europe: United Kingdom
 * - `BR`: Latin America (LATAM): Brazil
 * - `BH`: Middle East and Africa (MEA): Bahrain
 * - `ZA`: Middle East and Africa (MEA): South Africa
 * - `AE`: Middle East and Africa (MEA): United Arab Emirates
 * - `CA`: North America (NORAM): Canada
 *
 * Known values are listed; the service may return others.
 */
export type IsoCountryCode = "AU" | "ID" | "IN" | "JP" | "SG" | "KR" | "DE" | "CH" | "GB" | "BR" | "BH" | "ZA" | "AE" | "CA" | (string & {});
/**
 * Configuration options for customizing the body content of a template from Meta's library.
 */
export interface LibraryTemplateBodyInputs {
    /**
     * When true, includes a contact number in the template body.
     */
    addContactNumber?: AddContactNumber;
    /**
     * When true, includes a "learn more" link in the template body.
     */
    addLearnMoreLink?: AddLearnMoreLink;
    /**
     * When true, includes security recommendations in the template body.
     */
    addSecurityRecommendation?: AddSecurityRecommendation;
    /**
     * When true, includes a package tracking link in the template body.
     */
    addTrackPackageLink?: AddTrackPackageLink;
    /**
     * The number of minutes until a verification code or OTP expires.
     */
    codeExpirationMinutes?: CodeExpirationMinutes;
}
/**
 * Configuration options for customizing buttons in a template from Meta's library.
 */
export interface LibraryTemplateButtonInput {
    /**
     * The type of button (for example, QUICK\_REPLY, CALL, or URL).
     *
     * Length: 1 to 25 characters.
     */
    type?: ButtonType;
    /**
     * The phone number in E.164 format for CALL-type buttons.
     *
     * Length: 1 to 20 characters.
     */
    phoneNumber?: PhoneNumber;
    /**
     * The URL with dynamic parameters for URL-type buttons.
     *
     * Length: 0 to 10 entries.
     */
    url?: MetaUrlWithSuffixExample;
    /**
     * The type of one-time password for OTP buttons.
     *
     * Length: 1 to 25 characters.
     */
    otpType?: OtpType;
    /**
     * When true, indicates acceptance of zero-tap terms for the button.
     */
    zeroTapTermsAccepted?: ZeroTapTermsAccepted;
    /**
     * List of supported applications for this button type.
     */
    supportedApps?: SupportedApps;
}
/**
 * Defines a button in a template from Meta's library.
 */
export interface LibraryTemplateButtonList {
    /**
     * The type of button (for example, QUICK\_REPLY, CALL, or URL).
     *
     * Length: 1 to 25 characters.
     */
    type?: ButtonType;
    /**
     * The text displayed on the button (maximum 40 characters).
     *
     * Length: 1 to 40 characters.
     */
    text?: MetaText;
    /**
     * The phone number in E.164 format for CALL-type buttons.
     *
     * Length: 1 to 20 characters.
     */
    phoneNumber?: PhoneNumber;
    /**
     * The URL for URL-type buttons.
     *
     * Length: 1 to 400 characters.
     */
    url?: MetaUrl;
    /**
     * The type of one-time password for OTP buttons.
     *
     * Length: 1 to 25 characters.
     */
    otpType?: OtpType;
    /**
     * When true, indicates acceptance of zero-tap terms for the button.
     */
    zeroTapTermsAccepted?: ZeroTapTermsAccepted;
    /**
     * List of supported applications for this button type.
     */
    supportedApps?: SupportedApps;
}
/**
 * The request was denied because it would exceed one or more service quotas or limits.
 *
 * Error: HTTP 400, client fault.
 */
export interface LimitExceededException {
    message?: ErrorMessage;
}
export type LinkedAccountWithIncompleteSetup = Record<string, LinkedWhatsAppBusinessAccountIdMetaData>;
/**
 * The details of your linked WhatsApp Business Account.
 */
export interface LinkedWhatsAppBusinessAccount {
    /**
     * The ARN of the linked WhatsApp Business Account.
     *
     * Length: 0 to 2048 characters.
     *
     * Pattern: `arn:.*:waba/[0-9a-zA-Z]+` (unanchored).
     */
    arn: LinkedWhatsAppBusinessAccountArn;
    /**
     * The ID of the linked WhatsApp Business Account, formatted as `waba-01234567890123456789012345678901`.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The WhatsApp Business Account ID from meta.
     *
     * Length: 1 to 100 characters.
     */
    wabaId: WhatsAppBusinessAccountId;
    /**
     * The registration status of the linked WhatsApp Business Account.
     */
    registrationStatus: RegistrationStatus;
    /**
     * The date the WhatsApp Business Account was linked.
     */
    linkDate: WhatsAppBusinessAccountLinkDate;
    /**
     * The name of the linked WhatsApp Business Account.
     *
     * Length: 0 to 200 characters.
     */
    wabaName: WhatsAppBusinessAccountName;
    /**
     * The event destinations for the linked WhatsApp Business Account.
     *
     * Length: 0 to 1 items.
     */
    eventDestinations: WhatsAppBusinessAccountEventDestinations;
    /**
     * The onboarding status for the Marketing Messages API. This value is fetched from Meta and indicates whether the WhatsApp Business Account is onboarded for Meta's Marketing Messages API.
     *
     * Length: 0 to 100 characters.
     */
    marketingMessagesOnboardingStatus?: WhatsAppBusinessAccountMarketingMessagesOnboardingStatus;
    /**
     * The Meta Conversions API dataset ID associated with this WhatsApp Business Account. This value is a numeric string of 10 to 20 digits. This field is not present when no dataset has been created for this account.
     *
     * Length: 10 to 20 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    datasetId?: WhatsAppDatasetId;
    /**
     * The phone numbers associated with the Linked WhatsApp Business Account.
     */
    phoneNumbers: WhatsAppPhoneNumberSummaryList;
}
/**
 * Length: 0 to 2048 characters.
 *
 * Pattern: `arn:.*:waba/[0-9a-zA-Z]+` (unanchored).
 */
export type LinkedWhatsAppBusinessAccountArn = string;
/**
 * Length: 1 to 115 characters.
 *
 * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
 */
export type LinkedWhatsAppBusinessAccountId = string;
/**
 * Contains your WhatsApp registration status and details of any unregistered WhatsApp phone number.
 */
export interface LinkedWhatsAppBusinessAccountIdMetaData {
    /**
     * The name of your account.
     *
     * Length: 0 to 200 characters.
     */
    accountName?: WhatsAppBusinessAccountName;
    /**
     * The registration status of the linked WhatsApp Business Account.
     */
    registrationStatus?: RegistrationStatus;
    /**
     * The details for unregistered WhatsApp phone numbers.
     */
    unregisteredWhatsAppPhoneNumbers?: WhatsAppPhoneNumberDetailList;
    /**
     * The Amazon Resource Name (ARN) of the WhatsApp Business Account ID.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    wabaId?: LinkedWhatsAppBusinessAccountId;
}
/**
 * The details of a linked WhatsApp Business Account.
 */
export interface LinkedWhatsAppBusinessAccountSummary {
    /**
     * The ARN of the linked WhatsApp Business Account.
     *
     * Length: 0 to 2048 characters.
     *
     * Pattern: `arn:.*:waba/[0-9a-zA-Z]+` (unanchored).
     */
    arn: LinkedWhatsAppBusinessAccountArn;
    /**
     * The ID of the linked WhatsApp Business Account, formatted as `waba-01234567890123456789012345678901`.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The WhatsApp Business Account ID provided by Meta.
     *
     * Length: 1 to 100 characters.
     */
    wabaId: WhatsAppBusinessAccountId;
    /**
     * The registration status of the linked WhatsApp Business Account.
     */
    registrationStatus: RegistrationStatus;
    /**
     * The date the WhatsApp Business Account was linked.
     */
    linkDate: WhatsAppBusinessAccountLinkDate;
    /**
     * The name of the linked WhatsApp Business Account.
     *
     * Length: 0 to 200 characters.
     */
    wabaName: WhatsAppBusinessAccountName;
    /**
     * The event destinations for the linked WhatsApp Business Account.
     *
     * Length: 0 to 1 items.
     */
    eventDestinations: WhatsAppBusinessAccountEventDestinations;
    /**
     * The onboarding status for the Marketing Messages API. This value is fetched from Meta and indicates whether the WhatsApp Business Account is onboarded for Meta's Marketing Messages API.
     *
     * Length: 0 to 100 characters.
     */
    marketingMessagesOnboardingStatus?: WhatsAppBusinessAccountMarketingMessagesOnboardingStatus;
    /**
     * The Meta Conversions API dataset ID associated with this WhatsApp Business Account. This value is a numeric string of 10 to 20 digits. This field is not present when no dataset has been created for this account.
     *
     * Length: 10 to 20 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    datasetId?: WhatsAppDatasetId;
}
export type LinkedWhatsAppBusinessAccountSummaryList = LinkedWhatsAppBusinessAccountSummary[];
/**
 * Length: 0 to 2048 characters.
 *
 * Pattern: `arn:.*:phone-number-id/[0-9a-zA-Z]+` (unanchored).
 */
export type LinkedWhatsAppPhoneNumberArn = string;
export interface ListLinkedWhatsAppBusinessAccountsInput {
    /**
     * The next token for pagination.
     *
     * Length: 1 to 600 characters.
     */
    nextToken?: NextToken;
    /**
     * The maximum number of results to return.
     *
     * Range: 1 to 100.
     */
    maxResults?: MaxResults;
}
export interface ListLinkedWhatsAppBusinessAccountsOutput {
    /**
     * A list of WhatsApp Business Accounts linked to your Amazon Web Services account.
     */
    linkedAccounts?: LinkedWhatsAppBusinessAccountSummaryList;
    /**
     * The next token for pagination.
     *
     * Length: 1 to 600 characters.
     */
    nextToken?: NextToken;
}
export interface ListTagsForResourceInput {
    /**
     * The Amazon Resource Name (ARN) of the resource to retrieve the tags from.
     *
     * Length: 0 to 2048 characters.
     *
     * Pattern: `arn:.*` (unanchored).
     */
    resourceArn: Arn;
}
export interface ListTagsForResourceOutput {
    /**
     * The status code of the response.
     */
    statusCode?: Integer;
    /**
     * The tags for the resource.
     */
    tags?: TagList;
}
export interface ListWhatsAppFlowAssetsInput {
    /**
     * The ID of the WhatsApp Business Account associated with this Flow.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The unique identifier of the Flow whose assets to list.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
    /**
     * The token for the next page of results.
     *
     * Length: 1 to 600 characters.
     */
    nextToken?: NextToken;
    /**
     * The maximum number of results to return per page.
     *
     * Range: 1 to 100.
     */
    maxResults?: MaxResults;
}
export interface ListWhatsAppFlowAssetsOutput {
    /**
     * A list of Flow assets with download URLs.
     */
    flowAssets: MetaFlowAssetList;
    /**
     * The token to retrieve the next page of results, if any.
     *
     * Length: 1 to 600 characters.
     */
    nextToken?: NextToken;
}
export interface ListWhatsAppFlowsInput {
    /**
     * The ID of the WhatsApp Business Account to list Flows for.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The token for the next page of results.
     *
     * Length: 1 to 600 characters.
     */
    nextToken?: NextToken;
    /**
     * The maximum number of results to return per page.
     *
     * Range: 1 to 100.
     */
    maxResults?: MaxResults;
}
export interface ListWhatsAppFlowsOutput {
    /**
     * A list of Flow summaries.
     */
    flows: MetaFlowSummaryList;
    /**
     * The token to retrieve the next page of results, if any.
     *
     * Length: 1 to 600 characters.
     */
    nextToken?: NextToken;
}
export interface ListWhatsAppMessageTemplatesInput {
    /**
     * The ID of the WhatsApp Business Account to list templates for.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The token for the next page of results.
     *
     * Length: 1 to 600 characters.
     */
    nextToken?: NextToken;
    /**
     * The maximum number of results to return per page (1-100).
     *
     * Range: 1 to 100.
     */
    maxResults?: MaxResults;
}
export interface ListWhatsAppMessageTemplatesOutput {
    /**
     * A list of template summaries.
     */
    templates?: TemplateSummaryList;
    /**
     * The token to retrieve the next page of results, if any.
     *
     * Length: 1 to 600 characters.
     */
    nextToken?: NextToken;
}
export interface ListWhatsAppTemplateLibraryInput {
    /**
     * The token for the next page of results.
     *
     * Length: 1 to 600 characters.
     */
    nextToken?: NextToken;
    /**
     * The maximum number of results to return per page (1-100).
     *
     * Range: 1 to 100.
     */
    maxResults?: MaxResults;
    /**
     * The ID of the WhatsApp Business Account to list library templates for.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * Map of filters to apply (searchKey, topic, usecase, industry, language).
     *
     * Length: 0 to 10 entries.
     */
    filters?: Filter;
}
export interface ListWhatsAppTemplateLibraryOutput {
    /**
     * A list of templates from Meta's library.
     */
    metaLibraryTemplates?: MetaLibraryTemplatesList;
    /**
     * The token to retrieve the next page of results, if any.
     *
     * Length: 1 to 600 characters.
     */
    nextToken?: NextToken;
}
export type Long = number;
/**
 * Range: 1 to 100.
 */
export type MaxResults = number;
/**
 * Length: 1 to 100 characters.
 */
export type MetaFlowApplicationId = string;
/**
 * Contains the Meta application metadata associated with a WhatsApp Flow.
 */
export interface MetaFlowApplicationInfo {
    /**
     * The URL link for the Meta application.
     *
     * Length: 1 to 2048 characters.
     */
    link?: MetaFlowApplicationLink;
    /**
     * The name of the Meta application.
     *
     * Length: 1 to 200 characters.
     */
    name: MetaFlowApplicationName;
    /**
     * The unique identifier of the Meta application.
     *
     * Length: 1 to 100 characters.
     */
    id: MetaFlowApplicationId;
}
/**
 * Length: 1 to 2048 characters.
 */
export type MetaFlowApplicationLink = string;
/**
 * Length: 1 to 200 characters.
 */
export type MetaFlowApplicationName = string;
/**
 * Represents a single asset file associated with a WhatsApp Flow, including a presigned download URL.
 */
export interface MetaFlowAsset {
    /**
     * The filename of the asset (for example, flow.json).
     *
     * Length: 1 to 100 characters.
     */
    name: MetaFlowAssetName;
    /**
     * The type of asset. Currently the only supported value is FLOW\_JSON.
     *
     * Length: 1 to 50 characters.
     */
    assetType: MetaFlowAssetType;
    /**
     * A presigned URL from Meta for downloading the asset. The URL expires after a short period.
     *
     * Length: 1 to 2048 characters.
     */
    downloadUrl: MetaFlowAssetDownloadUrl;
}
/**
 * Length: 1 to 2048 characters.
 */
export type MetaFlowAssetDownloadUrl = string;
export type MetaFlowAssetList = MetaFlowAsset[];
/**
 * Length: 1 to 100 characters.
 */
export type MetaFlowAssetName = string;
/**
 * Length: 1 to 50 characters.
 */
export type MetaFlowAssetType = string;
/**
 * The category that classifies the business purpose of a WhatsApp Flow.
 */
export type MetaFlowCategory = "SIGN_UP" | "SIGN_IN" | "APPOINTMENT_BOOKING" | "LEAD_GENERATION" | "SHOPPING" | "CONTACT_US" | "CUSTOMER_SUPPORT" | "SURVEY" | "OTHER";
/**
 * Length: 1 to 9 items.
 */
export type MetaFlowCategoryList = MetaFlowCategory[];
/**
 * Length: 1 to 10 characters.
 */
export type MetaFlowDataApiVersion = string;
/**
 * Length: 1 to 2048 characters.
 */
export type MetaFlowEndpointUri = string;
/**
 * Represents a single entity in the health status check for a WhatsApp Flow.
 */
export interface MetaFlowHealthEntity {
    /**
     * The type of entity (for example, FLOW, WABA, BUSINESS, or APP).
     *
     * Length: 1 to 50 characters.
     */
    entityType: MetaFlowHealthEntityType;
    /**
     * The unique identifier of the entity.
     */
    id: StringShape;
    /**
     * The messaging availability status for this entity (for example, AVAILABLE, LIMITED, or BLOCKED).
     *
     * Length: 1 to 50 characters.
     */
    canSendMessage: MetaFlowHealthStatusAvailability;
}
export type MetaFlowHealthEntityList = MetaFlowHealthEntity[];
/**
 * Length: 1 to 50 characters.
 */
export type MetaFlowHealthEntityType = string;
/**
 * Contains the overall health status and per-entity breakdown for a WhatsApp Flow.
 */
export interface MetaFlowHealthStatus {
    /**
     * The overall messaging availability status (for example, AVAILABLE, LIMITED, or BLOCKED).
     *
     * Length: 1 to 50 characters.
     */
    canSendMessage: MetaFlowHealthStatusAvailability;
    /**
     * A list of health status entities with per-entity availability information.
     */
    entities?: MetaFlowHealthEntityList;
}
/**
 * Length: 1 to 50 characters.
 */
export type MetaFlowHealthStatusAvailability = string;
/**
 * Length: 1 to 100 characters.
 *
 * Pattern: `[0-9]+` (unanchored).
 */
export type MetaFlowId = string;
/**
 * Length: 1 to 10485760 bytes.
 */
export type MetaFlowJsonBlob = Uint8Array;
/**
 * Length: 1 to 10 characters.
 */
export type MetaFlowJsonVersion = string;
/**
 * Length: 1 to 200 characters.
 */
export type MetaFlowName = string;
/**
 * Contains the preview URL for testing a WhatsApp Flow and its expiration timestamp.
 */
export interface MetaFlowPreviewInfo {
    /**
     * The web URL for previewing the Flow. Can be shared with stakeholders for review.
     *
     * Length: 1 to 2048 characters.
     */
    previewUrl: MetaFlowPreviewUrl;
    /**
     * The timestamp when the preview URL expires.
     *
     * Length: 1 to 50 characters.
     */
    expiresAt: MetaFlowTimestamp;
}
/**
 * Length: 1 to 2048 characters.
 */
export type MetaFlowPreviewUrl = string;
/**
 * Length: 1 to 20 characters.
 */
export type MetaFlowStatus = string;
/**
 * Contains summary information about a WhatsApp Flow, including its ID, name, status, and categories.
 */
export interface MetaFlowSummary {
    /**
     * The unique identifier of the Flow assigned by Meta.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
    /**
     * The name of the Flow.
     *
     * Length: 1 to 200 characters.
     */
    flowName: MetaFlowName;
    /**
     * The lifecycle status of the Flow (DRAFT, PUBLISHED, DEPRECATED, BLOCKED, or THROTTLED).
     *
     * Length: 1 to 20 characters.
     */
    flowStatus: MetaFlowStatus;
    /**
     * The categories that classify the business purpose of the Flow.
     *
     * Length: 1 to 9 items.
     */
    flowCategories: MetaFlowCategoryList;
    /**
     * A list of validation errors from Meta, if any.
     */
    validationErrors: ValidationErrorList;
}
export type MetaFlowSummaryList = MetaFlowSummary[];
/**
 * Length: 1 to 50 characters.
 */
export type MetaFlowTimestamp = string;
/**
 * Length: 0 to 1048576 characters.
 */
export type MetaFlowValidationError = string;
/**
 * Length: 1 to 10 characters.
 */
export type MetaFlowWabaCurrency = string;
/**
 * Length: 1 to 200 characters.
 */
export type MetaFlowWabaTemplateNamespace = string;
/**
 * Length: 1 to 10 characters.
 */
export type MetaFlowWabaTimezoneId = string;
/**
 * Contains WhatsApp Business Account metadata associated with a Flow, as returned by Meta.
 */
export interface MetaFlowWhatsAppBusinessAccountInfo {
    /**
     * The WhatsApp Business Account ID from Meta.
     *
     * Length: 1 to 100 characters.
     */
    id: WhatsAppBusinessAccountId;
    /**
     * The name of the WhatsApp Business Account.
     *
     * Length: 0 to 200 characters.
     */
    name: WhatsAppBusinessAccountName;
    /**
     * The currency code for the WhatsApp Business Account (for example, USD).
     *
     * Length: 1 to 10 characters.
     */
    currency?: MetaFlowWabaCurrency;
    /**
     * The timezone ID for the WhatsApp Business Account.
     *
     * Length: 1 to 10 characters.
     */
    timezoneId?: MetaFlowWabaTimezoneId;
    /**
     * The message template namespace for the WhatsApp Business Account.
     *
     * Length: 1 to 200 characters.
     */
    messageTemplateNamespace?: MetaFlowWabaTemplateNamespace;
}
export type MetaIndustries = MetaIndustry[];
/**
 * Length: 1 to 25 characters.
 */
export type MetaIndustry = string;
/**
 * Represents a template from Meta's library with customization options.
 */
export interface MetaLibraryTemplate {
    /**
     * The name to assign to the template.
     *
     * Length: 1 to 512 characters.
     */
    templateName: MetaTemplateName;
    /**
     * The name of the template in Meta's library.
     *
     * Length: 1 to 512 characters.
     */
    libraryTemplateName: MetaTemplateName;
    /**
     * The category of the template (for example, UTILITY or MARKETING).
     *
     * Length: 1 to 100 characters.
     */
    templateCategory: MetaTemplateCategory;
    /**
     * The language code for the template (for example, en\_US).
     *
     * Length: 1 to 6 characters.
     */
    templateLanguage: MetaTemplateLanguage;
    /**
     * Button customizations for the template.
     */
    libraryTemplateButtonInputs?: MetaLibraryTemplateButtonInputs;
    /**
     * Body text customizations for the template.
     */
    libraryTemplateBodyInputs?: LibraryTemplateBodyInputs;
}
export type MetaLibraryTemplateButtonInputs = LibraryTemplateButtonInput[];
export type MetaLibraryTemplateButtonList = LibraryTemplateButtonList[];
/**
 * Defines the complete structure and content of a template in Meta's library.
 */
export interface MetaLibraryTemplateDefinition {
    /**
     * The name of the template.
     *
     * Length: 1 to 512 characters.
     */
    templateName?: MetaTemplateName;
    /**
     * The language code for the template (for example, en\_US).
     *
     * Length: 1 to 6 characters.
     */
    templateLanguage?: MetaTemplateLanguage;
    /**
     * The category of the template (for example, UTILITY or MARKETING).
     *
     * Length: 1 to 100 characters.
     */
    templateCategory?: MetaTemplateCategory;
    /**
     * The topic or subject matter of the template.
     *
     * Length: 1 to 20 characters.
     */
    templateTopic?: MetaTemplateTopic;
    /**
     * The intended use case for the template.
     *
     * Length: 1 to 30 characters.
     */
    templateUseCase?: MetaTemplateUseCase;
    /**
     * The industries the template is designed for.
     */
    templateIndustry?: MetaIndustries;
    /**
     * The header text of the template.
     *
     * Length: 1 to 200 characters.
     */
    templateHeader?: MetaTemplateHeader;
    /**
     * The body text of the template.
     *
     * Length: 1 to 2000 characters.
     */
    templateBody?: MetaTemplateBody;
    /**
     * The buttons included in the template.
     */
    templateButtons?: MetaLibraryTemplateButtonList;
    /**
     * The ID of the template in Meta's library.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    templateId?: MetaTemplateId;
    /**
     * Example parameter values for the template body, used to demonstrate how dynamic content appears in the template.
     */
    templateBodyExampleParams?: MetaTemplateBodyExampleParams;
}
export type MetaLibraryTemplatesList = MetaLibraryTemplateDefinition[];
/**
 * Length: 1 to 15 characters.
 */
export type MetaParameterFormat = string;
/**
 * Length: 1 to 6000 characters.
 */
export type MetaTemplate = string;
/**
 * Length: 1 to 2000 characters.
 */
export type MetaTemplateBody = string;
export type MetaTemplateBodyExampleParams = StringShape[];
/**
 * Length: 1 to 100 characters.
 */
export type MetaTemplateCategory = string;
/**
 * Length: 1 to 3000 bytes.
 */
export type MetaTemplateComponents = Uint8Array;
export type MetaTemplateCtaLinkTrackingOptedOut = boolean;
/**
 * Length: 1 to 6000 bytes.
 */
export type MetaTemplateDefinition = Uint8Array;
/**
 * Length: 1 to 200 characters.
 */
export type MetaTemplateHeader = string;
/**
 * Length: 1 to 100 characters.
 *
 * Pattern: `[0-9]+` (unanchored).
 */
export type MetaTemplateId = string;
/**
 * Length: 1 to 6 characters.
 */
export type MetaTemplateLanguage = string;
/**
 * Length: 1 to 512 characters.
 */
export type MetaTemplateName = string;
/**
 * Length: 1 to 20 characters.
 */
export type MetaTemplateQualityScore = string;
/**
 * Length: 1 to 20 characters.
 */
export type MetaTemplateStatus = string;
/**
 * Length: 1 to 20 characters.
 */
export type MetaTemplateTopic = string;
/**
 * Length: 1 to 30 characters.
 */
export type MetaTemplateUseCase = string;
/**
 * Length: 1 to 40 characters.
 */
export type MetaText = string;
/**
 * Length: 1 to 400 characters.
 */
export type MetaUrl = string;
/**
 * Length: 0 to 10 entries.
 */
export type MetaUrlWithSuffixExample = Record<string, MetaUrlWithSuffixExampleValueString>;
/**
 * Length: 1 to 30 characters.
 */
export type MetaUrlWithSuffixExampleKeyString = string;
/**
 * Length: 1 to 400 characters.
 */
export type MetaUrlWithSuffixExampleValueString = string;
/**
 * Length: 1 to 600 characters.
 */
export type NextToken = string;
/**
 * Length: 1 to 25 characters.
 */
export type OtpType = string;
/**
 * Length: 1 to 20 characters.
 */
export type PhoneNumber = string;
export interface PostWhatsAppMessageMediaInput {
    /**
     * The ID of the phone number to associate with the WhatsApp media file. The phone number identifiers are formatted as `phone-number-id-01234567890123456789012345678901`. Use [GetLinkedWhatsAppBusinessAccount](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_GetLinkedWhatsAppBusinessAccount.html) to find a phone number's id.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*` (unanchored).
     */
    originationPhoneNumberId: WhatsAppPhoneNumberId;
    /**
     * The source presign url of the media file.
     *
     * Sensitive: never logged or shown in validation messages.
     */
    sourceS3PresignedUrl?: S3PresignedUrl;
    /**
     * The source S3 url for the media file.
     *
     * Sensitive: never logged or shown in validation messages.
     */
    sourceS3File?: S3File;
}
export interface PostWhatsAppMessageMediaOutput {
    /**
     * The unique identifier of the posted WhatsApp message.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[A-Za-z0-9]+` (unanchored).
     */
    mediaId?: WhatsAppMediaId;
}
export interface PublishWhatsAppFlowInput {
    /**
     * The ID of the WhatsApp Business Account associated with this Flow.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The unique identifier of the Flow to publish.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
}
export interface PublishWhatsAppFlowOutput {
}
export interface PutWhatsAppBusinessAccountEventDestinationsInput {
    /**
     * The unique identifier of your WhatsApp Business Account. WABA identifiers are formatted as `waba-01234567890123456789012345678901`. Use [ListLinkedWhatsAppBusinessAccounts](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_ListLinkedWhatsAppBusinessAccounts.html) to list all WABAs and their details.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * An array of `WhatsAppBusinessAccountEventDestination` event destinations.
     *
     * Length: 0 to 1 items.
     */
    eventDestinations: WhatsAppBusinessAccountEventDestinations;
}
export interface PutWhatsAppBusinessAccountEventDestinationsOutput {
}
export type RegistrationStatus = "COMPLETE" | "INCOMPLETE";
/**
 * The resource was not found.
 *
 * Error: HTTP 404, client fault.
 */
export interface ResourceNotFoundException {
    message?: ErrorMessage;
}
/**
 * Pattern: `arn:.*:iam::\d{12}:role\/[a-zA-Z0-9+=,.@\-_]+` (unanchored).
 */
export type RoleArn = string;
/**
 * Contains information for the S3 bucket that contains media files.
 *
 * Sensitive: never logged or shown in validation messages.
 */
export interface S3File {
    /**
     * The bucket name.
     *
     * Length: 3 to 63 characters.
     *
     * Pattern: `[a-z0-9][a-z0-9.\-]*[a-z0-9]` (unanchored).
     */
    bucketName: S3FileBucketNameString;
    /**
     * The S3 key prefix that defines the storage location of your media files. The prefix works like a folder path in S3, and is combined with the WhatsApp mediaId to create the final file path.
     *
     * For example, if a media file's WhatsApp mediaId is `123.ogg`, and the key is `audio/example.ogg`, the final file path is `audio/example.ogg123.ogg`.
     *
     * For the same mediaId, a key of `audio/` results in the file path `audio/123.ogg`.
     *
     * Length: 0 to 1024 characters.
     */
    key: S3FileKeyString;
}
/**
 * Length: 3 to 63 characters.
 *
 * Pattern: `[a-z0-9][a-z0-9.\-]*[a-z0-9]` (unanchored).
 */
export type S3FileBucketNameString = string;
/**
 * Length: 0 to 1024 characters.
 */
export type S3FileKeyString = string;
/**
 * You can use presigned URLs to grant time-limited access to objects in Amazon S3 without updating your bucket policy. For more information, see [Working with presigned URLs](https://docs.aws.amazon.com/AmazonS3/latest/userguide/using-presigned-url.html) in the _Amazon S3 User Guide_.
 *
 * Sensitive: never logged or shown in validation messages.
 */
export interface S3PresignedUrl {
    /**
     * The presign url to the object.
     *
     * Length: 1 to 2000 characters.
     *
     * Pattern: `https://(.*)s3(.*).amazonaws.com/(.*)` (unanchored).
     */
    url: S3PresignedUrlUrlString;
    /**
     * A map of headers and their values. You must specify the `Content-Type` header when using `PostWhatsAppMessageMedia`. For a list of common headers, see [Common Request Headers](https://docs.aws.amazon.com/AmazonS3/latest/API/RESTCommonRequestHeaders.html) in the _Amazon S3 API Reference_
     */
    headers: HeadersShape;
}
/**
 * Length: 1 to 2000 characters.
 *
 * Pattern: `https://(.*)s3(.*).amazonaws.com/(.*)` (unanchored).
 */
export type S3PresignedUrlUrlString = string;
export interface SendWhatsAppConversionEventInput {
    /**
     * The ID of the WhatsApp Business Account associated with the dataset, formatted as `waba-01234567890123456789012345678901`.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The Meta-generated dataset ID to send the event to.
     *
     * Length: 10 to 20 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    datasetId: WhatsAppDatasetId;
    /**
     * The raw Meta Conversions API event payload as a JSON blob. See [Meta's server event parameters](https://developers.facebook.com/docs/marketing-api/conversions-api/parameters/server-event) for the supported format.
     *
     * Length: 1 to 1024000 bytes.
     *
     * Sensitive: never logged or shown in validation messages.
     */
    eventData: WhatsAppConversionEventBlob;
}
export interface SendWhatsAppConversionEventOutput {
    /**
     * The unique identifier for the conversion event request.
     */
    requestId: StringShape;
}
export interface SendWhatsAppMessageInput {
    /**
     * The ID of the phone number used to send the WhatsApp message. If you are sending a media file only the `originationPhoneNumberId` used to upload the file can be used. Phone number identifiers are formatted as `phone-number-id-01234567890123456789012345678901`. Use [GetLinkedWhatsAppBusinessAccount](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_GetLinkedWhatsAppBusinessAccount.html) to find a phone number's id.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*` (unanchored).
     */
    originationPhoneNumberId: WhatsAppPhoneNumberId;
    /**
     * The message to send through WhatsApp. The length is in KB. The message field passes through a WhatsApp Message object, see [Messages](https://developers.facebook.com/docs/whatsapp/cloud-api/reference/messages) in the _WhatsApp Business Platform Cloud API Reference_.
     *
     * Length: 1 to 2048000 bytes.
     *
     * Sensitive: never logged or shown in validation messages.
     */
    message: WhatsAppMessageBlob;
    /**
     * The API version for the request formatted as `v{VersionNumber}`. For a list of supported API versions and Amazon Web Services Regions, see [_Amazon Web Services End User Messaging Social API_ Service Endpoints](https://docs.aws.amazon.com/general/latest/gr/end-user-messaging.html) in the _Amazon Web Services General Reference_.
     */
    metaApiVersion: StringShape;
}
export interface SendWhatsAppMessageOutput {
    /**
     * The unique identifier of the message.
     */
    messageId?: StringShape;
}
export type StringShape = string;
export type StringList = StringShape[];
/**
 * Length: 0 to 10 entries.
 */
export type SupportedApp = Record<string, SupportedAppValueString>;
/**
 * Length: 1 to 30 characters.
 */
export type SupportedAppKeyString = string;
/**
 * Length: 1 to 100 characters.
 */
export type SupportedAppValueString = string;
export type SupportedApps = SupportedApp[];
/**
 * The tag for a resource.
 */
export interface Tag {
    /**
     * The tag key.
     *
     * Length: 1 to 128 characters.
     */
    key: TagKeyString;
    /**
     * The tag value.
     *
     * Length: 0 to 256 characters.
     */
    value?: TagValueString;
}
/**
 * Length: 1 to 128 characters.
 */
export type TagKeyString = string;
export type TagList = Tag[];
export interface TagResourceInput {
    /**
     * The Amazon Resource Name (ARN) of the resource to tag.
     *
     * Length: 0 to 2048 characters.
     *
     * Pattern: `arn:.*` (unanchored).
     */
    resourceArn: Arn;
    /**
     * The tags to add to the resource.
     */
    tags: TagList;
}
export interface TagResourceOutput {
    /**
     * The status code of the tag resource operation.
     */
    statusCode?: Integer;
}
/**
 * Length: 0 to 256 characters.
 */
export type TagValueString = string;
/**
 * Provides a summary of a WhatsApp message template's key attributes.
 */
export interface TemplateSummary {
    /**
     * The name of the template.
     *
     * Length: 1 to 512 characters.
     */
    templateName?: MetaTemplateName;
    /**
     * The numeric ID assigned to the template by Meta.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    metaTemplateId?: MetaTemplateId;
    /**
     * The current status of the template (for example, APPROVED, PENDING, or REJECTED).
     *
     * Length: 1 to 20 characters.
     */
    templateStatus?: MetaTemplateStatus;
    /**
     * The quality score assigned to the template by Meta.
     *
     * Length: 1 to 20 characters.
     */
    templateQualityScore?: MetaTemplateQualityScore;
    /**
     * The language code of the template (for example, en\_US).
     *
     * Length: 1 to 6 characters.
     */
    templateLanguage?: MetaTemplateLanguage;
    /**
     * The category of the template (for example, UTILITY or MARKETING).
     *
     * Length: 1 to 100 characters.
     */
    templateCategory?: MetaTemplateCategory;
}
export type TemplateSummaryList = TemplateSummary[];
/**
 * The request was denied due to request throttling.
 *
 * Error: HTTP 429, client fault, retryable.
 */
export interface ThrottledRequestException {
    message?: ErrorMessage;
}
/**
 * Length: 1 to 6 characters.
 *
 * Sensitive: never logged or shown in validation messages.
 */
export type TwoFactorPin = string;
export interface UntagResourceInput {
    /**
     * The Amazon Resource Name (ARN) of the resource to remove tags from.
     *
     * Length: 0 to 2048 characters.
     *
     * Pattern: `arn:.*` (unanchored).
     */
    resourceArn: Arn;
    /**
     * The keys of the tags to remove from the resource.
     */
    tagKeys: StringList;
}
export interface UntagResourceOutput {
    /**
     * The status code of the untag resource operation.
     */
    statusCode?: Integer;
}
export interface UpdateWhatsAppFlowAssetsInput {
    /**
     * The ID of the WhatsApp Business Account associated with this Flow.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The unique identifier of the Flow whose assets to update.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
    /**
     * The updated Flow JSON definition. Maximum size is 10 MB.
     *
     * Length: 1 to 10485760 bytes.
     */
    flowJson: MetaFlowJsonBlob;
}
export interface UpdateWhatsAppFlowAssetsOutput {
    /**
     * A list of validation errors returned by Meta, if any. Validation errors must be resolved before the Flow can be published.
     */
    validationErrors?: ValidationErrorList;
}
export interface UpdateWhatsAppFlowInput {
    /**
     * The ID of the WhatsApp Business Account associated with this Flow.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The unique identifier of the Flow to update.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    flowId: MetaFlowId;
    /**
     * The updated name for the Flow.
     *
     * Length: 1 to 200 characters.
     */
    flowName?: MetaFlowName;
    /**
     * The updated categories for the Flow.
     *
     * Length: 1 to 9 items.
     */
    categories?: MetaFlowCategoryList;
}
export interface UpdateWhatsAppFlowOutput {
}
export interface UpdateWhatsAppMessageTemplateInput {
    /**
     * The ID of the WhatsApp Business Account associated with this template.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    id: LinkedWhatsAppBusinessAccountId;
    /**
     * The numeric ID of the template assigned by Meta.
     *
     * Length: 1 to 100 characters.
     *
     * Pattern: `[0-9]+` (unanchored).
     */
    metaTemplateId?: MetaTemplateId;
    /**
     * The name of the message template. Use together with `templateLanguageCode` as an alternative to `metaTemplateId` to identify a template.
     *
     * Length: 1 to 512 characters.
     */
    templateName?: MetaTemplateName;
    /**
     * The language code of the message template (for example, `en` or `en_US`). Use together with `templateName` as an alternative to `metaTemplateId` to identify a template.
     *
     * Length: 1 to 6 characters.
     */
    templateLanguageCode?: MetaTemplateLanguage;
    /**
     * The format specification for parameters in the template, this can be either 'named' or 'positional'.
     *
     * Length: 1 to 15 characters.
     */
    parameterFormat?: MetaParameterFormat;
    /**
     * The new category for the template (for example, UTILITY or MARKETING).
     *
     * Length: 1 to 100 characters.
     */
    templateCategory?: MetaTemplateCategory;
    /**
     * The updated components of the template as a JSON blob (maximum 3000 characters).
     *
     * Length: 1 to 3000 bytes.
     */
    templateComponents?: MetaTemplateComponents;
    /**
     * When true, disables click tracking for call-to-action URL buttons in the template.
     */
    ctaUrlLinkTrackingOptedOut?: MetaTemplateCtaLinkTrackingOptedOut;
}
export interface UpdateWhatsAppMessageTemplateOutput {
}
export type ValidationErrorList = MetaFlowValidationError[];
/**
 * The request contains an invalid parameter value.
 *
 * Error: HTTP 400, client fault.
 */
export interface ValidationException {
    message?: ErrorMessage;
}
/**
 * The registration details for a linked phone number.
 */
export interface WabaPhoneNumberSetupFinalization {
    /**
     * The unique identifier of the originating phone number associated with the media. Phone number identifiers are formatted as `phone-number-id-01234567890123456789012345678901`. Use the [GetLinkedWhatsAppBusinessAccount](https://docs.aws.amazon.com/social-messaging/latest/APIReference/API_GetLinkedWhatsAppBusinessAccount.html) API action to find a phone number's id.
     *
     * Length: 1 to 100 characters.
     */
    id: WhatsAppPhoneNumber;
    /**
     * The PIN to use for two-step verification. To reset your PIN follow the directions in [Updating PIN](https://developers.facebook.com/docs/whatsapp/cloud-api/reference/two-step-verification/#updating-pin) in the *WhatsApp Business Platform Cloud API Reference*.
     *
     * Length: 1 to 6 characters.
     *
     * Sensitive: never logged or shown in validation messages.
     */
    twoFactorPin: TwoFactorPin;
    /**
     * The two letter ISO region for the location of where Meta will store data.
     *
     * Pattern: `[A-Z]{2}` (unanchored).
     */
    dataLocalizationRegion?: IsoCountryCode;
    /**
     * An array of key and value pair tags.
     */
    tags?: TagList;
}
export type WabaPhoneNumberSetupFinalizationList = WabaPhoneNumberSetupFinalization[];
/**
 * The registration details for a linked WhatsApp Business Account.
 */
export interface WabaSetupFinalization {
    /**
     * The ID of the linked WhatsApp Business Account, formatted as `waba-01234567890123456789012345678901`.
     *
     * Length: 1 to 100 characters.
     */
    id?: WhatsAppBusinessAccountId;
    /**
     * The event destinations for the linked WhatsApp Business Account.
     *
     * Length: 0 to 1 items.
     */
    eventDestinations?: WhatsAppBusinessAccountEventDestinations;
    /**
     * An array of key and value pair tags.
     */
    tags?: TagList;
}
/**
 * Contains information on the event destination.
 */
export interface WhatsAppBusinessAccountEventDestination {
    /**
     * The ARN of the event destination.
     *
     * Length: 0 to 2048 characters.
     *
     * Pattern: `arn:.*:[a-z-]+([/:](.*))?` (unanchored).
     */
    eventDestinationArn: EventDestinationArn;
    /**
     * The Amazon Resource Name (ARN) of an Identity and Access Management role that is able to import phone numbers and write events.
     *
     * Pattern: `arn:.*:iam::\d{12}:role\/[a-zA-Z0-9+=,.@\-_]+` (unanchored).
     */
    roleArn?: RoleArn;
}
/**
 * Length: 0 to 1 items.
 */
export type WhatsAppBusinessAccountEventDestinations = WhatsAppBusinessAccountEventDestination[];
/**
 * Length: 1 to 100 characters.
 */
export type WhatsAppBusinessAccountId = string;
export type WhatsAppBusinessAccountLinkDate = Date;
/**
 * Length: 0 to 100 characters.
 */
export type WhatsAppBusinessAccountMarketingMessagesOnboardingStatus = string;
/**
 * Length: 0 to 200 characters.
 */
export type WhatsAppBusinessAccountName = string;
/**
 * Length: 1 to 1024000 bytes.
 *
 * Sensitive: never logged or shown in validation messages.
 */
export type WhatsAppConversionEventBlob = Uint8Array;
/**
 * Length: 10 to 20 characters.
 *
 * Pattern: `[0-9]+` (unanchored).
 */
export type WhatsAppDatasetId = string;
/**
 * Length: 0 to 20 characters.
 */
export type WhatsAppDisplayPhoneNumber = string;
/**
 * Length: 1 to 100 characters.
 *
 * Pattern: `[A-Za-z0-9]+` (unanchored).
 */
export type WhatsAppMediaId = string;
/**
 * Length: 1 to 2048000 bytes.
 *
 * Sensitive: never logged or shown in validation messages.
 */
export type WhatsAppMessageBlob = Uint8Array;
/**
 * Length: 1 to 100 characters.
 */
export type WhatsAppPhoneNumber = string;
/**
 * The details of your WhatsApp phone number.
 */
export interface WhatsAppPhoneNumberDetail {
    /**
     * The ARN of the WhatsApp phone number.
     *
     * Length: 0 to 2048 characters.
     *
     * Pattern: `arn:.*:phone-number-id/[0-9a-zA-Z]+` (unanchored).
     */
    arn: LinkedWhatsAppPhoneNumberArn;
    /**
     * The phone number for sending WhatsApp.
     *
     * Length: 1 to 20 characters.
     */
    phoneNumber: PhoneNumber;
    /**
     * The phone number ID. Phone number identifiers are formatted as `phone-number-id-01234567890123456789012345678901`.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*` (unanchored).
     */
    phoneNumberId: WhatsAppPhoneNumberId;
    /**
     * The phone number ID from Meta.
     *
     * Length: 1 to 100 characters.
     */
    metaPhoneNumberId: WhatsAppPhoneNumber;
    /**
     * The display name for this phone number.
     *
     * Length: 0 to 200 characters.
     */
    displayPhoneNumberName: WhatsAppPhoneNumberName;
    /**
     * The phone number that appears in the recipients display.
     *
     * Length: 0 to 20 characters.
     */
    displayPhoneNumber: WhatsAppDisplayPhoneNumber;
    /**
     * The quality rating of the phone number.
     *
     * Length: 0 to 10 characters.
     */
    qualityRating: WhatsAppPhoneNumberQualityRating;
    /**
     * The geographic region where the WhatsApp phone number's data is stored and processed.
     *
     * Pattern: `[A-Z]{2}` (unanchored).
     */
    dataLocalizationRegion?: IsoCountryCode;
}
export type WhatsAppPhoneNumberDetailList = WhatsAppPhoneNumberDetail[];
/**
 * Length: 1 to 115 characters.
 *
 * Pattern: `.*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*` (unanchored).
 */
export type WhatsAppPhoneNumberId = string;
/**
 * Length: 0 to 200 characters.
 */
export type WhatsAppPhoneNumberName = string;
/**
 * Length: 0 to 10 characters.
 */
export type WhatsAppPhoneNumberQualityRating = string;
/**
 * The details of a linked phone number.
 */
export interface WhatsAppPhoneNumberSummary {
    /**
     * The full Amazon Resource Name (ARN) for the phone number.
     *
     * Length: 0 to 2048 characters.
     *
     * Pattern: `arn:.*:phone-number-id/[0-9a-zA-Z]+` (unanchored).
     */
    arn: LinkedWhatsAppPhoneNumberArn;
    /**
     * The phone number associated with the Linked WhatsApp Business Account.
     *
     * Length: 1 to 20 characters.
     */
    phoneNumber: PhoneNumber;
    /**
     * The phone number ID. Phone number identifiers are formatted as `phone-number-id-01234567890123456789012345678901`.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*` (unanchored).
     */
    phoneNumberId: WhatsAppPhoneNumberId;
    /**
     * The phone number ID from Meta.
     *
     * Length: 1 to 100 characters.
     */
    metaPhoneNumberId: WhatsAppPhoneNumber;
    /**
     * The display name for this phone number.
     *
     * Length: 0 to 200 characters.
     */
    displayPhoneNumberName: WhatsAppPhoneNumberName;
    /**
     * The phone number that appears in the recipients display.
     *
     * Length: 0 to 20 characters.
     */
    displayPhoneNumber: WhatsAppDisplayPhoneNumber;
    /**
     * The quality rating of the phone number. This is from Meta.
     *
     * Length: 0 to 10 characters.
     */
    qualityRating: WhatsAppPhoneNumberQualityRating;
    /**
     * The geographic region where the WhatsApp phone number's data is stored and processed.
     *
     * Pattern: `[A-Z]{2}` (unanchored).
     */
    dataLocalizationRegion?: IsoCountryCode;
}
export type WhatsAppPhoneNumberSummaryList = WhatsAppPhoneNumberSummary[];
/**
 * The details of linking a WhatsApp Business Account to your Amazon Web Services account.
 */
export type WhatsAppSetupFinalization = {
    /**
     * An Amazon Web Services access token generated by `WhatsAppSignupCallback` and used by `WhatsAppSetupFinalization`.
     *
     * Length: 0 to 50 characters.
     *
     * Sensitive: never logged or shown in validation messages.
     */
    associateInProgressToken: AssociateInProgressToken;
    /**
     * An array of WabaPhoneNumberSetupFinalization objects containing the details of each phone number associated with the WhatsApp Business Account.
     */
    phoneNumbers: WabaPhoneNumberSetupFinalizationList;
} & (
/**
 * `phoneNumberParent` adds a phone number to an existing WhatsApp Business Account and `waba` creates a new one: a request may use one of them, not both.
 */
{
    /**
     * Used to add a new phone number to an existing WhatsApp Business Account. This field can't be used when the `waba` field is present.
     *
     * Length: 1 to 115 characters.
     *
     * Pattern: `.*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*` (unanchored).
     */
    phoneNumberParent?: LinkedWhatsAppBusinessAccountId;
    waba?: never;
} | {
    phoneNumberParent?: never;
    /**
     * Used to create a new WhatsApp Business Account and add a phone number. This field can't be used when the `phoneNumberParent` field is present.
     */
    waba?: WabaSetupFinalization;
});
/**
 * Contains the `accessToken` provided by Meta during signup.
 */
export interface WhatsAppSignupCallback {
    /**
     * The access token for your WhatsApp Business Account. The `accessToken` value is provided by Meta.
     *
     * Length: 0 to 1000 characters.
     */
    accessToken: WhatsAppSignupCallbackAccessTokenString;
    /**
     * The URL where WhatsApp will send callback notifications for this account.
     *
     * Length: 0 to 100 characters.
     */
    callbackUrl?: WhatsAppSignupCallbackCallbackUrlString;
}
/**
 * Length: 0 to 1000 characters.
 */
export type WhatsAppSignupCallbackAccessTokenString = string;
/**
 * Length: 0 to 100 characters.
 */
export type WhatsAppSignupCallbackCallbackUrlString = string;
/**
 * Contains the results of WhatsAppSignupCallback.
 */
export interface WhatsAppSignupCallbackResult {
    /**
     * An Amazon Web Services access token generated by `WhatsAppSignupCallback` and used by `WhatsAppSetupFinalization`.
     *
     * Length: 0 to 50 characters.
     *
     * Sensitive: never logged or shown in validation messages.
     */
    associateInProgressToken?: AssociateInProgressToken;
    /**
     * A LinkedWhatsAppBusinessAccountIdMetaData object map containing the details of any WhatsAppBusiness accounts that have incomplete setup.
     */
    linkedAccountsWithIncompleteSetup?: LinkedAccountWithIncompleteSetup;
}
export type ZeroTapTermsAccepted = boolean;
//# sourceMappingURL=types.d.ts.map
export const AccessDeniedByMetaException = {
    name: "AccessDeniedByMetaException",
    fault: "client",
    status: 403,
    type: "structure",
    members: [
        { name: "message", target: "string" },
    ],
};
export const AccessDeniedException = {
    name: "AccessDeniedException",
    fault: "client",
    status: 403,
    type: "structure",
    members: [
        { name: "message", target: "string" },
    ],
};
export const AssociateWhatsAppBusinessAccountInput = {
    type: "structure",
    members: [
        { name: "signupCallback", target: () => WhatsAppSignupCallback },
        { name: "setupFinalization", target: () => WhatsAppSetupFinalization },
    ],
};
export const AssociateWhatsAppBusinessAccountOutput = {
    type: "structure",
    members: [
        { name: "signupCallbackResult", target: () => WhatsAppSignupCallbackResult },
        { name: "statusCode", target: "integer" },
        { name: "linkedWhatsAppBusinessAccountId", target: "string" },
    ],
};
export const CreateWhatsAppDatasetInput = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
    ],
};
export const CreateWhatsAppDatasetOutput = {
    type: "structure",
    members: [
        { name: "datasetId", target: "string" },
    ],
};
export const CreateWhatsAppFlowInput = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "flowName", target: "string" },
        { name: "categories", target: () => MetaFlowCategoryList },
        { name: "flowJson", target: "blob" },
        { name: "publish", target: "boolean" },
        { name: "cloneFlowId", target: "string" },
    ],
};
export const CreateWhatsAppFlowOutput = {
    type: "structure",
    members: [
        { name: "flowId", target: "string" },
        { name: "validationErrors", target: () => ValidationErrorList },
    ],
};
export const CreateWhatsAppMessageTemplateFromLibraryInput = {
    type: "structure",
    members: [
        { name: "metaLibraryTemplate", target: () => MetaLibraryTemplate },
        { name: "id", target: "string" },
    ],
};
export const CreateWhatsAppMessageTemplateFromLibraryOutput = {
    type: "structure",
    members: [
        { name: "metaTemplateId", target: "string" },
        { name: "templateStatus", target: "string" },
        { name: "category", target: "string" },
    ],
};
export const CreateWhatsAppMessageTemplateInput = {
    type: "structure",
    members: [
        { name: "templateDefinition", target: "blob" },
        { name: "id", target: "string" },
    ],
};
export const CreateWhatsAppMessageTemplateMediaInput = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "sourceS3File", target: () => S3File },
    ],
};
export const CreateWhatsAppMessageTemplateMediaOutput = {
    type: "structure",
    members: [
        { name: "metaHeaderHandle", target: "string" },
    ],
};
export const CreateWhatsAppMessageTemplateOutput = {
    type: "structure",
    members: [
        { name: "metaTemplateId", target: "string" },
        { name: "templateStatus", target: "string" },
        { name: "category", target: "string" },
    ],
};
export const DeleteWhatsAppFlowInput = {
    type: "structure",
    members: [
        { name: "id", target: "string", query: "id" },
        { name: "flowId", target: "string", query: "flowId" },
    ],
};
export const DeleteWhatsAppFlowOutput = {
    type: "structure",
    members: [],
};
export const DeleteWhatsAppMessageMediaInput = {
    type: "structure",
    members: [
        { name: "mediaId", target: "string", query: "mediaId" },
        { name: "originationPhoneNumberId", target: "string", query: "originationPhoneNumberId" },
    ],
};
export const DeleteWhatsAppMessageMediaOutput = {
    type: "structure",
    members: [
        { name: "success", target: "boolean" },
    ],
};
export const DeleteWhatsAppMessageTemplateInput = {
    type: "structure",
    members: [
        { name: "metaTemplateId", target: "string", query: "metaTemplateId" },
        { name: "deleteAllLanguages", target: "boolean", query: "deleteAllTemplates" },
        { name: "id", target: "string", query: "id" },
        { name: "templateName", target: "string", query: "templateName" },
    ],
};
export const DeleteWhatsAppMessageTemplateOutput = {
    type: "structure",
    members: [],
};
export const DependencyException = {
    name: "DependencyException",
    fault: "server",
    retryable: true,
    status: 502,
    type: "structure",
    members: [
        { name: "message", target: "string" },
    ],
};
export const DeprecateWhatsAppFlowInput = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "flowId", target: "string" },
    ],
};
export const DeprecateWhatsAppFlowOutput = {
    type: "structure",
    members: [],
};
export const DisassociateWhatsAppBusinessAccountInput = {
    type: "structure",
    members: [
        { name: "id", target: "string", query: "id" },
    ],
};
export const DisassociateWhatsAppBusinessAccountOutput = {
    type: "structure",
    members: [],
};
export const Filter = {
    type: 'map',
    value: "string",
};
export const GetLinkedWhatsAppBusinessAccountInput = {
    type: "structure",
    members: [
        { name: "id", target: "string", query: "id" },
    ],
};
export const GetLinkedWhatsAppBusinessAccountOutput = {
    type: "structure",
    members: [
        { name: "account", target: () => LinkedWhatsAppBusinessAccount },
    ],
};
export const GetLinkedWhatsAppBusinessAccountPhoneNumberInput = {
    type: "structure",
    members: [
        { name: "id", target: "string", query: "id" },
    ],
};
export const GetLinkedWhatsAppBusinessAccountPhoneNumberOutput = {
    type: "structure",
    members: [
        { name: "phoneNumber", target: () => WhatsAppPhoneNumberDetail },
        { name: "linkedWhatsAppBusinessAccountId", target: "string" },
    ],
};
export const GetWhatsAppFlowInput = {
    type: "structure",
    members: [
        { name: "id", target: "string", query: "id" },
        { name: "flowId", target: "string", query: "flowId" },
    ],
};
export const GetWhatsAppFlowOutput = {
    type: "structure",
    members: [
        { name: "flowId", target: "string" },
        { name: "flowName", target: "string" },
        { name: "flowStatus", target: "string" },
        { name: "categories", target: () => MetaFlowCategoryList },
        { name: "validationErrors", target: () => ValidationErrorList },
        { name: "jsonVersion", target: "string" },
        { name: "dataApiVersion", target: "string" },
        { name: "endpointUri", target: "string" },
        { name: "preview", target: () => MetaFlowPreviewInfo },
        { name: "whatsAppBusinessAccount", target: () => MetaFlowWhatsAppBusinessAccountInfo },
        { name: "application", target: () => MetaFlowApplicationInfo },
        { name: "healthStatus", target: () => MetaFlowHealthStatus },
    ],
};
export const GetWhatsAppFlowPreviewInput = {
    type: "structure",
    members: [
        { name: "id", target: "string", query: "id" },
        { name: "flowId", target: "string", query: "flowId" },
        { name: "invalidate", target: "boolean", query: "invalidate" },
    ],
};
export const GetWhatsAppFlowPreviewOutput = {
    type: "structure",
    members: [
        { name: "flowId", target: "string" },
        { name: "preview", target: () => MetaFlowPreviewInfo },
    ],
};
export const GetWhatsAppMessageMediaInput = {
    type: "structure",
    members: [
        { name: "mediaId", target: "string" },
        { name: "originationPhoneNumberId", target: "string" },
        { name: "metadataOnly", target: "boolean" },
        { name: "destinationS3PresignedUrl", target: () => S3PresignedUrl },
        { name: "destinationS3File", target: () => S3File },
    ],
};
export const GetWhatsAppMessageMediaOutput = {
    type: "structure",
    members: [
        { name: "mimeType", target: "string" },
        { name: "fileSize", target: "integer" },
    ],
};
export const GetWhatsAppMessageTemplateInput = {
    type: "structure",
    members: [
        { name: "metaTemplateId", target: "string", query: "metaTemplateId" },
        { name: "id", target: "string", query: "id" },
        { name: "templateName", target: "string", query: "templateName" },
        { name: "templateLanguageCode", target: "string", query: "templateLanguageCode" },
    ],
};
export const GetWhatsAppMessageTemplateOutput = {
    type: "structure",
    members: [
        { name: "template", target: "string" },
    ],
};
export const HeadersShape = {
    type: 'map',
    value: "string",
};
export const InternalServiceException = {
    name: "InternalServiceException",
    fault: "server",
    retryable: true,
    status: 500,
    type: "structure",
    members: [
        { name: "message", target: "string" },
    ],
};
export const InvalidParametersException = {
    name: "InvalidParametersException",
    fault: "client",
    status: 400,
    type: "structure",
    members: [
        { name: "message", target: "string" },
    ],
};
export const LibraryTemplateBodyInputs = {
    type: "structure",
    members: [
        { name: "addContactNumber", target: "boolean" },
        { name: "addLearnMoreLink", target: "boolean" },
        { name: "addSecurityRecommendation", target: "boolean" },
        { name: "addTrackPackageLink", target: "boolean" },
        { name: "codeExpirationMinutes", target: "integer" },
    ],
};
export const LibraryTemplateButtonInput = {
    type: "structure",
    members: [
        { name: "type", target: "string" },
        { name: "phoneNumber", target: "string" },
        { name: "url", target: () => MetaUrlWithSuffixExample },
        { name: "otpType", target: "string" },
        { name: "zeroTapTermsAccepted", target: "boolean" },
        { name: "supportedApps", target: () => SupportedApps },
    ],
};
export const LibraryTemplateButtonList = {
    type: "structure",
    members: [
        { name: "type", target: "string" },
        { name: "text", target: "string" },
        { name: "phoneNumber", target: "string" },
        { name: "url", target: "string" },
        { name: "otpType", target: "string" },
        { name: "zeroTapTermsAccepted", target: "boolean" },
        { name: "supportedApps", target: () => SupportedApps },
    ],
};
export const LimitExceededException = {
    name: "LimitExceededException",
    fault: "client",
    status: 400,
    type: "structure",
    members: [
        { name: "message", target: "string" },
    ],
};
export const LinkedAccountWithIncompleteSetup = {
    type: 'map',
    value: () => LinkedWhatsAppBusinessAccountIdMetaData,
};
export const LinkedWhatsAppBusinessAccount = {
    type: "structure",
    members: [
        { name: "arn", target: "string" },
        { name: "id", target: "string" },
        { name: "wabaId", target: "string" },
        { name: "registrationStatus", target: "string" },
        { name: "linkDate", target: "timestamp" },
        { name: "wabaName", target: "string" },
        { name: "eventDestinations", target: () => WhatsAppBusinessAccountEventDestinations },
        { name: "marketingMessagesOnboardingStatus", target: "string" },
        { name: "datasetId", target: "string" },
        { name: "phoneNumbers", target: () => WhatsAppPhoneNumberSummaryList },
    ],
};
export const LinkedWhatsAppBusinessAccountIdMetaData = {
    type: "structure",
    members: [
        { name: "accountName", target: "string" },
        { name: "registrationStatus", target: "string" },
        { name: "unregisteredWhatsAppPhoneNumbers", target: () => WhatsAppPhoneNumberDetailList },
        { name: "wabaId", target: "string" },
    ],
};
export const LinkedWhatsAppBusinessAccountSummary = {
    type: "structure",
    members: [
        { name: "arn", target: "string" },
        { name: "id", target: "string" },
        { name: "wabaId", target: "string" },
        { name: "registrationStatus", target: "string" },
        { name: "linkDate", target: "timestamp" },
        { name: "wabaName", target: "string" },
        { name: "eventDestinations", target: () => WhatsAppBusinessAccountEventDestinations },
        { name: "marketingMessagesOnboardingStatus", target: "string" },
        { name: "datasetId", target: "string" },
    ],
};
export const LinkedWhatsAppBusinessAccountSummaryList = {
    type: 'list',
    member: () => LinkedWhatsAppBusinessAccountSummary,
};
export const ListLinkedWhatsAppBusinessAccountsInput = {
    type: "structure",
    members: [
        { name: "nextToken", target: "string", query: "nextToken" },
        { name: "maxResults", target: "integer", query: "maxResults" },
    ],
};
export const ListLinkedWhatsAppBusinessAccountsOutput = {
    type: "structure",
    members: [
        { name: "linkedAccounts", target: () => LinkedWhatsAppBusinessAccountSummaryList },
        { name: "nextToken", target: "string" },
    ],
};
export const ListTagsForResourceInput = {
    type: "structure",
    members: [
        { name: "resourceArn", target: "string", query: "resourceArn" },
    ],
};
export const ListTagsForResourceOutput = {
    type: "structure",
    members: [
        { name: "statusCode", target: "integer" },
        { name: "tags", target: () => TagList },
    ],
};
export const ListWhatsAppFlowAssetsInput = {
    type: "structure",
    members: [
        { name: "id", target: "string", query: "id" },
        { name: "flowId", target: "string", query: "flowId" },
        { name: "nextToken", target: "string", query: "nextToken" },
        { name: "maxResults", target: "integer", query: "maxResults" },
    ],
};
export const ListWhatsAppFlowAssetsOutput = {
    type: "structure",
    members: [
        { name: "flowAssets", target: () => MetaFlowAssetList },
        { name: "nextToken", target: "string" },
    ],
};
export const ListWhatsAppFlowsInput = {
    type: "structure",
    members: [
        { name: "id", target: "string", query: "id" },
        { name: "nextToken", target: "string", query: "nextToken" },
        { name: "maxResults", target: "integer", query: "maxResults" },
    ],
};
export const ListWhatsAppFlowsOutput = {
    type: "structure",
    members: [
        { name: "flows", target: () => MetaFlowSummaryList },
        { name: "nextToken", target: "string" },
    ],
};
export const ListWhatsAppMessageTemplatesInput = {
    type: "structure",
    members: [
        { name: "id", target: "string", query: "id" },
        { name: "nextToken", target: "string", query: "nextToken" },
        { name: "maxResults", target: "integer", query: "maxResults" },
    ],
};
export const ListWhatsAppMessageTemplatesOutput = {
    type: "structure",
    members: [
        { name: "templates", target: () => TemplateSummaryList },
        { name: "nextToken", target: "string" },
    ],
};
export const ListWhatsAppTemplateLibraryInput = {
    type: "structure",
    members: [
        { name: "nextToken", target: "string" },
        { name: "maxResults", target: "integer" },
        { name: "id", target: "string", query: "id" },
        { name: "filters", target: () => Filter },
    ],
};
export const ListWhatsAppTemplateLibraryOutput = {
    type: "structure",
    members: [
        { name: "metaLibraryTemplates", target: () => MetaLibraryTemplatesList },
        { name: "nextToken", target: "string" },
    ],
};
export const MetaFlowApplicationInfo = {
    type: "structure",
    members: [
        { name: "link", target: "string" },
        { name: "name", target: "string" },
        { name: "id", target: "string" },
    ],
};
export const MetaFlowAsset = {
    type: "structure",
    members: [
        { name: "name", target: "string" },
        { name: "assetType", target: "string" },
        { name: "downloadUrl", target: "string" },
    ],
};
export const MetaFlowAssetList = {
    type: 'list',
    member: () => MetaFlowAsset,
};
export const MetaFlowCategoryList = {
    type: 'list',
    member: "string",
};
export const MetaFlowHealthEntity = {
    type: "structure",
    members: [
        { name: "entityType", target: "string" },
        { name: "id", target: "string" },
        { name: "canSendMessage", target: "string" },
    ],
};
export const MetaFlowHealthEntityList = {
    type: 'list',
    member: () => MetaFlowHealthEntity,
};
export const MetaFlowHealthStatus = {
    type: "structure",
    members: [
        { name: "canSendMessage", target: "string" },
        { name: "entities", target: () => MetaFlowHealthEntityList },
    ],
};
export const MetaFlowPreviewInfo = {
    type: "structure",
    members: [
        { name: "previewUrl", target: "string" },
        { name: "expiresAt", target: "string" },
    ],
};
export const MetaFlowSummary = {
    type: "structure",
    members: [
        { name: "flowId", target: "string" },
        { name: "flowName", target: "string" },
        { name: "flowStatus", target: "string" },
        { name: "flowCategories", target: () => MetaFlowCategoryList },
        { name: "validationErrors", target: () => ValidationErrorList },
    ],
};
export const MetaFlowSummaryList = {
    type: 'list',
    member: () => MetaFlowSummary,
};
export const MetaFlowWhatsAppBusinessAccountInfo = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "name", target: "string" },
        { name: "currency", target: "string" },
        { name: "timezoneId", target: "string" },
        { name: "messageTemplateNamespace", target: "string" },
    ],
};
export const MetaIndustries = {
    type: 'list',
    member: "string",
};
export const MetaLibraryTemplate = {
    type: "structure",
    members: [
        { name: "templateName", target: "string" },
        { name: "libraryTemplateName", target: "string" },
        { name: "templateCategory", target: "string" },
        { name: "templateLanguage", target: "string" },
        { name: "libraryTemplateButtonInputs", target: () => MetaLibraryTemplateButtonInputs },
        { name: "libraryTemplateBodyInputs", target: () => LibraryTemplateBodyInputs },
    ],
};
export const MetaLibraryTemplateButtonInputs = {
    type: 'list',
    member: () => LibraryTemplateButtonInput,
};
export const MetaLibraryTemplateButtonList = {
    type: 'list',
    member: () => LibraryTemplateButtonList,
};
export const MetaLibraryTemplateDefinition = {
    type: "structure",
    members: [
        { name: "templateName", target: "string" },
        { name: "templateLanguage", target: "string" },
        { name: "templateCategory", target: "string" },
        { name: "templateTopic", target: "string" },
        { name: "templateUseCase", target: "string" },
        { name: "templateIndustry", target: () => MetaIndustries },
        { name: "templateHeader", target: "string" },
        { name: "templateBody", target: "string" },
        { name: "templateButtons", target: () => MetaLibraryTemplateButtonList },
        { name: "templateId", target: "string" },
        { name: "templateBodyExampleParams", target: () => MetaTemplateBodyExampleParams },
    ],
};
export const MetaLibraryTemplatesList = {
    type: 'list',
    member: () => MetaLibraryTemplateDefinition,
};
export const MetaTemplateBodyExampleParams = {
    type: 'list',
    member: "string",
};
export const MetaUrlWithSuffixExample = {
    type: 'map',
    value: "string",
};
export const PostWhatsAppMessageMediaInput = {
    type: "structure",
    members: [
        { name: "originationPhoneNumberId", target: "string" },
        { name: "sourceS3PresignedUrl", target: () => S3PresignedUrl },
        { name: "sourceS3File", target: () => S3File },
    ],
};
export const PostWhatsAppMessageMediaOutput = {
    type: "structure",
    members: [
        { name: "mediaId", target: "string" },
    ],
};
export const PublishWhatsAppFlowInput = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "flowId", target: "string" },
    ],
};
export const PublishWhatsAppFlowOutput = {
    type: "structure",
    members: [],
};
export const PutWhatsAppBusinessAccountEventDestinationsInput = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "eventDestinations", target: () => WhatsAppBusinessAccountEventDestinations },
    ],
};
export const PutWhatsAppBusinessAccountEventDestinationsOutput = {
    type: "structure",
    members: [],
};
export const ResourceNotFoundException = {
    name: "ResourceNotFoundException",
    fault: "client",
    status: 404,
    type: "structure",
    members: [
        { name: "message", target: "string" },
    ],
};
export const S3File = {
    type: "structure",
    members: [
        { name: "bucketName", target: "string" },
        { name: "key", target: "string" },
    ],
};
export const S3PresignedUrl = {
    type: "structure",
    members: [
        { name: "url", target: "string" },
        { name: "headers", target: () => HeadersShape },
    ],
};
export const SendWhatsAppConversionEventInput = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "datasetId", target: "string" },
        { name: "eventData", target: "blob" },
    ],
};
export const SendWhatsAppConversionEventOutput = {
    type: "structure",
    members: [
        { name: "requestId", target: "string" },
    ],
};
export const SendWhatsAppMessageInput = {
    type: "structure",
    members: [
        { name: "originationPhoneNumberId", target: "string" },
        { name: "message", target: "blob" },
        { name: "metaApiVersion", target: "string" },
    ],
};
export const SendWhatsAppMessageOutput = {
    type: "structure",
    members: [
        { name: "messageId", target: "string" },
    ],
};
export const StringList = {
    type: 'list',
    member: "string",
};
export const SupportedApp = {
    type: 'map',
    value: "string",
};
export const SupportedApps = {
    type: 'list',
    member: () => SupportedApp,
};
export const Tag = {
    type: "structure",
    members: [
        { name: "key", target: "string" },
        { name: "value", target: "string" },
    ],
};
export const TagList = {
    type: 'list',
    member: () => Tag,
};
export const TagResourceInput = {
    type: "structure",
    members: [
        { name: "resourceArn", target: "string" },
        { name: "tags", target: () => TagList },
    ],
};
export const TagResourceOutput = {
    type: "structure",
    members: [
        { name: "statusCode", target: "integer" },
    ],
};
export const TemplateSummary = {
    type: "structure",
    members: [
        { name: "templateName", target: "string" },
        { name: "metaTemplateId", target: "string" },
        { name: "templateStatus", target: "string" },
        { name: "templateQualityScore", target: "string" },
        { name: "templateLanguage", target: "string" },
        { name: "templateCategory", target: "string" },
    ],
};
export const TemplateSummaryList = {
    type: 'list',
    member: () => TemplateSummary,
};
export const ThrottledRequestException = {
    name: "ThrottledRequestException",
    fault: "client",
    retryable: true,
    status: 429,
    type: "structure",
    members: [
        { name: "message", target: "string" },
    ],
};
export const UntagResourceInput = {
    type: "structure",
    members: [
        { name: "resourceArn", target: "string" },
        { name: "tagKeys", target: () => StringList },
    ],
};
export const UntagResourceOutput = {
    type: "structure",
    members: [
        { name: "statusCode", target: "integer" },
    ],
};
export const UpdateWhatsAppFlowAssetsInput = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "flowId", target: "string" },
        { name: "flowJson", target: "blob" },
    ],
};
export const UpdateWhatsAppFlowAssetsOutput = {
    type: "structure",
    members: [
        { name: "validationErrors", target: () => ValidationErrorList },
    ],
};
export const UpdateWhatsAppFlowInput = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "flowId", target: "string" },
        { name: "flowName", target: "string" },
        { name: "categories", target: () => MetaFlowCategoryList },
    ],
};
export const UpdateWhatsAppFlowOutput = {
    type: "structure",
    members: [],
};
export const UpdateWhatsAppMessageTemplateInput = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "metaTemplateId", target: "string" },
        { name: "templateName", target: "string" },
        { name: "templateLanguageCode", target: "string" },
        { name: "parameterFormat", target: "string" },
        { name: "templateCategory", target: "string" },
        { name: "templateComponents", target: "blob" },
        { name: "ctaUrlLinkTrackingOptedOut", target: "boolean" },
    ],
};
export const UpdateWhatsAppMessageTemplateOutput = {
    type: "structure",
    members: [],
};
export const ValidationErrorList = {
    type: 'list',
    member: "string",
};
export const ValidationException = {
    name: "ValidationException",
    fault: "client",
    status: 400,
    type: "structure",
    members: [
        { name: "message", target: "string" },
    ],
};
export const WabaPhoneNumberSetupFinalization = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "twoFactorPin", target: "string" },
        { name: "dataLocalizationRegion", target: "string" },
        { name: "tags", target: () => TagList },
    ],
};
export const WabaPhoneNumberSetupFinalizationList = {
    type: 'list',
    member: () => WabaPhoneNumberSetupFinalization,
};
export const WabaSetupFinalization = {
    type: "structure",
    members: [
        { name: "id", target: "string" },
        { name: "eventDestinations", target: () => WhatsAppBusinessAccountEventDestinations },
        { name: "tags", target: () => TagList },
    ],
};
export const WhatsAppBusinessAccountEventDestination = {
    type: "structure",
    members: [
        { name: "eventDestinationArn", target: "string" },
        { name: "roleArn", target: "string" },
    ],
};
export const WhatsAppBusinessAccountEventDestinations = {
    type: 'list',
    member: () => WhatsAppBusinessAccountEventDestination,
};
export const WhatsAppPhoneNumberDetail = {
    type: "structure",
    members: [
        { name: "arn", target: "string" },
        { name: "phoneNumber", target: "string" },
        { name: "phoneNumberId", target: "string" },
        { name: "metaPhoneNumberId", target: "string" },
        { name: "displayPhoneNumberName", target: "string" },
        { name: "displayPhoneNumber", target: "string" },
        { name: "qualityRating", target: "string" },
        { name: "dataLocalizationRegion", target: "string" },
    ],
};
export const WhatsAppPhoneNumberDetailList = {
    type: 'list',
    member: () => WhatsAppPhoneNumberDetail,
};
export const WhatsAppPhoneNumberSummary = {
    type: "structure",
    members: [
        { name: "arn", target: "string" },
        { name: "phoneNumber", target: "string" },
        { name: "phoneNumberId", target: "string" },
        { name: "metaPhoneNumberId", target: "string" },
        { name: "displayPhoneNumberName", target: "string" },
        { name: "displayPhoneNumber", target: "string" },
        { name: "qualityRating", target: "string" },
        { name: "dataLocalizationRegion", target: "string" },
    ],
};
export const WhatsAppPhoneNumberSummaryList = {
    type: 'list',
    member: () => WhatsAppPhoneNumberSummary,
};
export const WhatsAppSetupFinalization = {
    type: "structure",
    members: [
        { name: "associateInProgressToken", target: "string" },
        { name: "phoneNumbers", target: () => WabaPhoneNumberSetupFinalizationList },
        { name: "phoneNumberParent", target: "string" },
        { name: "waba", target: () => WabaSetupFinalization },
    ],
};
export const WhatsAppSignupCallback = {
    type: "structure",
    members: [
        { name: "accessToken", target: "string" },
        { name: "callbackUrl", target: "string" },
    ],
};
export const WhatsAppSignupCallbackResult = {
    type: "structure",
    members: [
        { name: "associateInProgressToken", target: "string" },
        { name: "linkedAccountsWithIncompleteSetup", target: () => LinkedAccountWithIncompleteSetup },
    ],
};
//# sourceMappingURL=schemas.js.map
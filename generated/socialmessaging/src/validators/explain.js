// Schemas of AWS End User Messaging Social for explaining rejected values, written by shapecraft from the model. Do not edit.
import { linearTest } from "../runtime/inline/linearTest.js";
const pattern0 = /* @__PURE__ */ new RegExp("arn:.*", "u");
const pattern1 = /* @__PURE__ */ new RegExp("arn:.*:[a-z-]+([/:](.*))?", "u");
const linear2 = { insts: [[4,15],[3],[1,3,1],[0,0,2],[0,1,2],[1,4,1],[1,7,5],[0,2,6],[0,2,6],[0,3,8],[1,11,9],[0,0,10],[0,3,10],[0,4,12],[0,5,13],[0,6,14]], classes: [{"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[47,47,58,58],"negated":false}, {"ranges":[97,122,45,45],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[110,110],"negated":false}, {"ranges":[114,114],"negated":false}, {"ranges":[97,97],"negated":false}] };
const pattern3 = /* @__PURE__ */ new RegExp("[A-Z]{2}", "u");
const pattern4 = /* @__PURE__ */ new RegExp("arn:.*:waba/[0-9a-zA-Z]+", "u");
const linear5 = { insts: [[4,16],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,2,7],[0,4,8],[0,5,9],[1,12,10],[0,6,11],[0,5,11],[0,7,13],[0,8,14],[0,2,15]], classes: [{"ranges":[48,57,97,122,65,90],"negated":false}, {"ranges":[47,47],"negated":false}, {"ranges":[97,97],"negated":false}, {"ranges":[98,98],"negated":false}, {"ranges":[119,119],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[110,110],"negated":false}, {"ranges":[114,114],"negated":false}] };
const pattern6 = /* @__PURE__ */ new RegExp(".*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*", "u");
const pattern7 = /* @__PURE__ */ new RegExp("arn:.*:phone-number-id/[0-9a-zA-Z]+", "u");
const linear8 = { insts: [[4,27],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,4,7],[0,5,8],[0,6,9],[0,7,10],[0,8,11],[0,9,12],[0,10,13],[0,4,14],[0,6,15],[0,10,16],[0,11,17],[0,12,18],[0,13,19],[0,14,20],[1,23,21],[0,15,22],[0,14,22],[0,10,24],[0,5,25],[0,16,26]], classes: [{"ranges":[48,57,97,122,65,90],"negated":false}, {"ranges":[47,47],"negated":false}, {"ranges":[100,100],"negated":false}, {"ranges":[105,105],"negated":false}, {"ranges":[45,45],"negated":false}, {"ranges":[114,114],"negated":false}, {"ranges":[101,101],"negated":false}, {"ranges":[98,98],"negated":false}, {"ranges":[109,109],"negated":false}, {"ranges":[117,117],"negated":false}, {"ranges":[110,110],"negated":false}, {"ranges":[111,111],"negated":false}, {"ranges":[104,104],"negated":false}, {"ranges":[112,112],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[97,97],"negated":false}] };
const pattern9 = /* @__PURE__ */ new RegExp("[0-9]+", "u");
const pattern10 = /* @__PURE__ */ new RegExp("arn:.*:iam::\\d{12}:role\\/[a-zA-Z0-9+=,.@\\-_]+", "u");
const linear11 = { insts: [[4,34],[3],[1,3,1],[0,0,2],[0,0,2],[0,1,4],[0,2,5],[0,3,6],[0,4,7],[0,5,8],[0,6,9],[0,7,10],[0,7,11],[0,7,12],[0,7,13],[0,7,14],[0,7,15],[0,7,16],[0,7,17],[0,7,18],[0,7,19],[0,7,20],[0,7,21],[0,6,22],[0,6,23],[0,8,24],[0,9,25],[0,10,26],[0,6,27],[1,30,28],[0,11,29],[0,6,29],[0,12,31],[0,5,32],[0,9,33]], classes: [{"ranges":[97,122,65,90,48,57,43,43,61,61,44,44,46,46,64,64,45,45,95,95],"negated":false}, {"ranges":[47,47],"negated":false}, {"ranges":[101,101],"negated":false}, {"ranges":[108,108],"negated":false}, {"ranges":[111,111],"negated":false}, {"ranges":[114,114],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[48,57],"negated":false}, {"ranges":[109,109],"negated":false}, {"ranges":[97,97],"negated":false}, {"ranges":[105,105],"negated":false}, {"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[110,110],"negated":false}] };
const pattern12 = /* @__PURE__ */ new RegExp("[a-z0-9][a-z0-9.\\-]*[a-z0-9]", "u");
const pattern13 = /* @__PURE__ */ new RegExp("https://(.*)s3(.*).amazonaws.com/(.*)", "u");
const linear14 = { insts: [[4,32],[3],[1,3,1],[0,0,2],[0,1,2],[0,2,4],[0,3,5],[0,4,6],[0,0,7],[0,5,8],[0,6,9],[0,7,10],[0,8,11],[0,3,12],[0,9,13],[0,7,14],[0,2,15],[0,7,16],[0,0,17],[1,20,18],[0,0,19],[0,10,19],[0,5,21],[1,24,22],[0,0,23],[0,1,23],[0,1,25],[0,11,26],[0,5,27],[0,12,28],[0,13,29],[0,13,30],[0,14,31]], classes: [{"ranges":[10,10,13,13,8232,8233],"negated":true}, {"ranges":[47,47],"negated":false}, {"ranges":[109,109],"negated":false}, {"ranges":[111,111],"negated":false}, {"ranges":[99,99],"negated":false}, {"ranges":[115,115],"negated":false}, {"ranges":[119,119],"negated":false}, {"ranges":[97,97],"negated":false}, {"ranges":[110,110],"negated":false}, {"ranges":[122,122],"negated":false}, {"ranges":[51,51],"negated":false}, {"ranges":[58,58],"negated":false}, {"ranges":[112,112],"negated":false}, {"ranges":[116,116],"negated":false}, {"ranges":[104,104],"negated":false}] };
const pattern15 = /* @__PURE__ */ new RegExp("[A-Za-z0-9]+", "u");
const pattern16 = /* @__PURE__ */ new RegExp(".*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*", "u");
const shape_AddContactNumber = { scType: "boolean" };
const shape_AddLearnMoreLink = { scType: "boolean" };
const shape_AddSecurityRecommendation = { scType: "boolean" };
const shape_AddTrackPackageLink = { scType: "boolean" };
const shape_Arn = {
  scType: "string",
  scLength: { min: 0, max: 2048 },
  scPattern: { pattern: "arn:.*", length: { min: 0, max: 2048 }, test: (s) => pattern0.test(s) },
};
const shape_AssociateInProgressToken = { scType: "string", scLength: { min: 0, max: 50 } };
const shape_AssociateWhatsAppBusinessAccountInput = {
  scType: "object",
  properties: {
    signupCallback: () => shape_WhatsAppSignupCallback,
    setupFinalization: () => shape_WhatsAppSetupFinalization,
  },
  additionalProperties: false,
};
const shape_AssociateWhatsAppBusinessAccountOutput = {
  scType: "object",
  properties: {
    signupCallbackResult: () => shape_WhatsAppSignupCallbackResult,
    statusCode: () => shape_Integer,
    linkedWhatsAppBusinessAccountId: () => shape_LinkedWhatsAppBusinessAccountId,
  },
  additionalProperties: false,
};
const shape_Boolean = { scType: "boolean" };
const shape_ButtonType = { scType: "string", scLength: { min: 1, max: 25 } };
const shape_CodeExpirationMinutes = { scType: "integer" };
const shape_CreateWhatsAppDatasetInput = {
  scType: "object",
  properties: { id: () => shape_LinkedWhatsAppBusinessAccountId },
  additionalProperties: false,
  required: ["id"],
};
const shape_CreateWhatsAppDatasetOutput = {
  scType: "object",
  properties: { datasetId: () => shape_WhatsAppDatasetId },
  additionalProperties: false,
  required: ["datasetId"],
};
const shape_CreateWhatsAppFlowInput = {
  scType: "object",
  properties: {
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    flowName: () => shape_MetaFlowName,
    categories: () => shape_MetaFlowCategoryList,
    flowJson: () => shape_MetaFlowJsonBlob,
    publish: () => shape_Boolean,
    cloneFlowId: () => shape_MetaFlowId,
  },
  additionalProperties: false,
  required: ["id", "flowName", "categories"],
};
const shape_CreateWhatsAppFlowOutput = {
  scType: "object",
  properties: { flowId: () => shape_MetaFlowId, validationErrors: () => shape_ValidationErrorList },
  additionalProperties: false,
};
const shape_CreateWhatsAppMessageTemplateFromLibraryInput = {
  scType: "object",
  properties: {
    metaLibraryTemplate: () => shape_MetaLibraryTemplate,
    id: () => shape_LinkedWhatsAppBusinessAccountId,
  },
  additionalProperties: false,
  required: ["metaLibraryTemplate", "id"],
};
const shape_CreateWhatsAppMessageTemplateFromLibraryOutput = {
  scType: "object",
  properties: {
    metaTemplateId: () => shape_MetaTemplateId,
    templateStatus: () => shape_String,
    category: () => shape_MetaTemplateCategory,
  },
  additionalProperties: false,
};
const shape_CreateWhatsAppMessageTemplateInput = {
  scType: "object",
  properties: {
    templateDefinition: () => shape_MetaTemplateDefinition,
    id: () => shape_LinkedWhatsAppBusinessAccountId,
  },
  additionalProperties: false,
  required: ["templateDefinition", "id"],
};
const shape_CreateWhatsAppMessageTemplateMediaInput = {
  scType: "object",
  properties: { id: () => shape_LinkedWhatsAppBusinessAccountId, sourceS3File: () => shape_S3File },
  additionalProperties: false,
  required: ["id"],
};
const shape_CreateWhatsAppMessageTemplateMediaOutput = {
  scType: "object",
  properties: { metaHeaderHandle: () => shape_String },
  additionalProperties: false,
};
const shape_CreateWhatsAppMessageTemplateOutput = {
  scType: "object",
  properties: {
    metaTemplateId: () => shape_MetaTemplateId,
    templateStatus: () => shape_String,
    category: () => shape_MetaTemplateCategory,
  },
  additionalProperties: false,
};
const shape_DeleteAllLanguages = { scType: "boolean" };
const shape_DeleteWhatsAppFlowInput = {
  scType: "object",
  properties: { id: () => shape_LinkedWhatsAppBusinessAccountId, flowId: () => shape_MetaFlowId },
  additionalProperties: false,
  required: ["id", "flowId"],
};
const shape_DeleteWhatsAppFlowOutput = { scType: "object", properties: {}, additionalProperties: false };
const shape_DeleteWhatsAppMessageMediaInput = {
  scType: "object",
  properties: {
    mediaId: () => shape_WhatsAppMediaId,
    originationPhoneNumberId: () => shape_WhatsAppPhoneNumberId,
  },
  additionalProperties: false,
  required: ["mediaId", "originationPhoneNumberId"],
};
const shape_DeleteWhatsAppMessageMediaOutput = { scType: "object", properties: { success: () => shape_Boolean }, additionalProperties: false };
const shape_DeleteWhatsAppMessageTemplateInput = {
  scType: "object",
  properties: {
    metaTemplateId: () => shape_MetaTemplateId,
    deleteAllLanguages: () => shape_DeleteAllLanguages,
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    templateName: () => shape_MetaTemplateName,
  },
  additionalProperties: false,
  required: ["id", "templateName"],
};
const shape_DeleteWhatsAppMessageTemplateOutput = { scType: "object", properties: {}, additionalProperties: false };
const shape_DeprecateWhatsAppFlowInput = {
  scType: "object",
  properties: { id: () => shape_LinkedWhatsAppBusinessAccountId, flowId: () => shape_MetaFlowId },
  additionalProperties: false,
  required: ["id", "flowId"],
};
const shape_DeprecateWhatsAppFlowOutput = { scType: "object", properties: {}, additionalProperties: false };
const shape_DisassociateWhatsAppBusinessAccountInput = {
  scType: "object",
  properties: { id: () => shape_LinkedWhatsAppBusinessAccountId },
  additionalProperties: false,
  required: ["id"],
};
const shape_DisassociateWhatsAppBusinessAccountOutput = { scType: "object", properties: {}, additionalProperties: false };
const shape_EventDestinationArn = {
  scType: "string",
  scLength: { min: 0, max: 2048 },
  scPattern: {
    pattern: "arn:.*:[a-z-]+([/:](.*))?",
    length: { min: 0, max: 2048 },
    test: (s) => (s.length < 256 ? pattern1.test(s) : linearTest(linear2, s)),
  },
};
const shape_Filter = {
  scType: "object",
  scCount: { min: 0, max: 10, unit: "entries" },
  propertyNames: { scType: "string", scLength: { min: 1, max: 100 } },
  additionalProperties: () => shape_FilterValueString,
};
const shape_FilterKeyString = { scType: "string", scLength: { min: 1, max: 100 } };
const shape_FilterValueString = { scType: "string", scLength: { min: 1, max: 100 } };
const shape_GetLinkedWhatsAppBusinessAccountInput = {
  scType: "object",
  properties: { id: () => shape_LinkedWhatsAppBusinessAccountId },
  additionalProperties: false,
  required: ["id"],
};
const shape_GetLinkedWhatsAppBusinessAccountOutput = {
  scType: "object",
  properties: { account: () => shape_LinkedWhatsAppBusinessAccount },
  additionalProperties: false,
};
const shape_GetLinkedWhatsAppBusinessAccountPhoneNumberInput = {
  scType: "object",
  properties: { id: () => shape_WhatsAppPhoneNumberId },
  additionalProperties: false,
  required: ["id"],
};
const shape_GetLinkedWhatsAppBusinessAccountPhoneNumberOutput = {
  scType: "object",
  properties: {
    phoneNumber: () => shape_WhatsAppPhoneNumberDetail,
    linkedWhatsAppBusinessAccountId: () => shape_LinkedWhatsAppBusinessAccountId,
  },
  additionalProperties: false,
};
const shape_GetWhatsAppFlowInput = {
  scType: "object",
  properties: { id: () => shape_LinkedWhatsAppBusinessAccountId, flowId: () => shape_MetaFlowId },
  additionalProperties: false,
  required: ["id", "flowId"],
};
const shape_GetWhatsAppFlowOutput = {
  scType: "object",
  properties: {
    flowId: () => shape_MetaFlowId,
    flowName: () => shape_MetaFlowName,
    flowStatus: () => shape_MetaFlowStatus,
    categories: () => shape_MetaFlowCategoryList,
    validationErrors: () => shape_ValidationErrorList,
    jsonVersion: () => shape_MetaFlowJsonVersion,
    dataApiVersion: () => shape_MetaFlowDataApiVersion,
    endpointUri: () => shape_MetaFlowEndpointUri,
    preview: () => shape_MetaFlowPreviewInfo,
    whatsAppBusinessAccount: () => shape_MetaFlowWhatsAppBusinessAccountInfo,
    application: () => shape_MetaFlowApplicationInfo,
    healthStatus: () => shape_MetaFlowHealthStatus,
  },
  additionalProperties: false,
  required: ["flowId", "flowName", "flowStatus"],
};
const shape_GetWhatsAppFlowPreviewInput = {
  scType: "object",
  properties: {
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    flowId: () => shape_MetaFlowId,
    invalidate: () => shape_Boolean,
  },
  additionalProperties: false,
  required: ["id", "flowId"],
};
const shape_GetWhatsAppFlowPreviewOutput = {
  scType: "object",
  properties: { flowId: () => shape_MetaFlowId, preview: () => shape_MetaFlowPreviewInfo },
  additionalProperties: false,
  required: ["flowId", "preview"],
};
const shape_GetWhatsAppMessageMediaInput = {
  scType: "object",
  properties: {
    mediaId: () => shape_WhatsAppMediaId,
    originationPhoneNumberId: () => shape_WhatsAppPhoneNumberId,
    metadataOnly: () => shape_Boolean,
    destinationS3PresignedUrl: () => shape_S3PresignedUrl,
    destinationS3File: () => shape_S3File,
  },
  additionalProperties: false,
  required: ["mediaId", "originationPhoneNumberId"],
};
const shape_GetWhatsAppMessageMediaOutput = {
  scType: "object",
  properties: { mimeType: () => shape_String, fileSize: () => shape_Long },
  additionalProperties: false,
};
const shape_GetWhatsAppMessageTemplateInput = {
  scType: "object",
  properties: {
    metaTemplateId: () => shape_MetaTemplateId,
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    templateName: () => shape_MetaTemplateName,
    templateLanguageCode: () => shape_MetaTemplateLanguage,
  },
  additionalProperties: false,
  required: ["id"],
};
const shape_GetWhatsAppMessageTemplateOutput = {
  scType: "object",
  properties: { template: () => shape_MetaTemplate },
  additionalProperties: false,
};
const shape_Headers = { scType: "object", propertyNames: { scType: "string" }, additionalProperties: () => shape_String };
const shape_Integer = { scType: "integer" };
const shape_IsoCountryCode = { scType: "string", scPattern: { pattern: "[A-Z]{2}", test: (s) => pattern3.test(s) } };
const shape_LibraryTemplateBodyInputs = {
  scType: "object",
  properties: {
    addContactNumber: () => shape_AddContactNumber,
    addLearnMoreLink: () => shape_AddLearnMoreLink,
    addSecurityRecommendation: () => shape_AddSecurityRecommendation,
    addTrackPackageLink: () => shape_AddTrackPackageLink,
    codeExpirationMinutes: () => shape_CodeExpirationMinutes,
  },
  additionalProperties: false,
};
const shape_LibraryTemplateButtonInput = {
  scType: "object",
  properties: {
    type: () => shape_ButtonType,
    phoneNumber: () => shape_PhoneNumber,
    url: () => shape_MetaUrlWithSuffixExample,
    otpType: () => shape_OtpType,
    zeroTapTermsAccepted: () => shape_ZeroTapTermsAccepted,
    supportedApps: () => shape_SupportedApps,
  },
  additionalProperties: false,
};
const shape_LibraryTemplateButtonList = {
  scType: "object",
  properties: {
    type: () => shape_ButtonType,
    text: () => shape_MetaText,
    phoneNumber: () => shape_PhoneNumber,
    url: () => shape_MetaUrl,
    otpType: () => shape_OtpType,
    zeroTapTermsAccepted: () => shape_ZeroTapTermsAccepted,
    supportedApps: () => shape_SupportedApps,
  },
  additionalProperties: false,
};
const shape_LinkedAccountWithIncompleteSetup = {
  scType: "object",
  propertyNames: { scType: "string", scLength: { min: 1, max: 100 } },
  additionalProperties: () => shape_LinkedWhatsAppBusinessAccountIdMetaData,
};
const shape_LinkedWhatsAppBusinessAccount = {
  scType: "object",
  properties: {
    arn: () => shape_LinkedWhatsAppBusinessAccountArn,
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    wabaId: () => shape_WhatsAppBusinessAccountId,
    registrationStatus: () => shape_RegistrationStatus,
    linkDate: () => shape_WhatsAppBusinessAccountLinkDate,
    wabaName: () => shape_WhatsAppBusinessAccountName,
    eventDestinations: () => shape_WhatsAppBusinessAccountEventDestinations,
    marketingMessagesOnboardingStatus: () => shape_WhatsAppBusinessAccountMarketingMessagesOnboardingStatus,
    datasetId: () => shape_WhatsAppDatasetId,
    phoneNumbers: () => shape_WhatsAppPhoneNumberSummaryList,
  },
  additionalProperties: false,
  required: [
    "arn",
    "id",
    "wabaId",
    "registrationStatus",
    "linkDate",
    "wabaName",
    "eventDestinations",
    "phoneNumbers",
  ],
};
const shape_LinkedWhatsAppBusinessAccountArn = {
  scType: "string",
  scLength: { min: 0, max: 2048 },
  scPattern: {
    pattern: "arn:.*:waba/[0-9a-zA-Z]+",
    length: { min: 0, max: 2048 },
    test: (s) => (s.length < 256 ? pattern4.test(s) : linearTest(linear5, s)),
  },
};
const shape_LinkedWhatsAppBusinessAccountId = {
  scType: "string",
  scLength: { min: 1, max: 115 },
  scPattern: {
    pattern: ".*(^waba-.*$)|(^arn:.*:waba/[0-9a-zA-Z]+$).*",
    length: { min: 1, max: 115 },
    test: (s) => pattern6.test(s),
  },
};
const shape_LinkedWhatsAppBusinessAccountIdMetaData = {
  scType: "object",
  properties: {
    accountName: () => shape_WhatsAppBusinessAccountName,
    registrationStatus: () => shape_RegistrationStatus,
    unregisteredWhatsAppPhoneNumbers: () => shape_WhatsAppPhoneNumberDetailList,
    wabaId: () => shape_LinkedWhatsAppBusinessAccountId,
  },
  additionalProperties: false,
};
const shape_LinkedWhatsAppBusinessAccountSummary = {
  scType: "object",
  properties: {
    arn: () => shape_LinkedWhatsAppBusinessAccountArn,
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    wabaId: () => shape_WhatsAppBusinessAccountId,
    registrationStatus: () => shape_RegistrationStatus,
    linkDate: () => shape_WhatsAppBusinessAccountLinkDate,
    wabaName: () => shape_WhatsAppBusinessAccountName,
    eventDestinations: () => shape_WhatsAppBusinessAccountEventDestinations,
    marketingMessagesOnboardingStatus: () => shape_WhatsAppBusinessAccountMarketingMessagesOnboardingStatus,
    datasetId: () => shape_WhatsAppDatasetId,
  },
  additionalProperties: false,
  required: ["arn", "id", "wabaId", "registrationStatus", "linkDate", "wabaName", "eventDestinations"],
};
const shape_LinkedWhatsAppBusinessAccountSummaryList = { scType: "array", items: () => shape_LinkedWhatsAppBusinessAccountSummary };
const shape_LinkedWhatsAppPhoneNumberArn = {
  scType: "string",
  scLength: { min: 0, max: 2048 },
  scPattern: {
    pattern: "arn:.*:phone-number-id/[0-9a-zA-Z]+",
    length: { min: 0, max: 2048 },
    test: (s) => (s.length < 256 ? pattern7.test(s) : linearTest(linear8, s)),
  },
};
const shape_ListLinkedWhatsAppBusinessAccountsInput = {
  scType: "object",
  properties: { nextToken: () => shape_NextToken, maxResults: () => shape_MaxResults },
  additionalProperties: false,
};
const shape_ListLinkedWhatsAppBusinessAccountsOutput = {
  scType: "object",
  properties: {
    linkedAccounts: () => shape_LinkedWhatsAppBusinessAccountSummaryList,
    nextToken: () => shape_NextToken,
  },
  additionalProperties: false,
};
const shape_ListTagsForResourceInput = {
  scType: "object",
  properties: { resourceArn: () => shape_Arn },
  additionalProperties: false,
  required: ["resourceArn"],
};
const shape_ListTagsForResourceOutput = {
  scType: "object",
  properties: { statusCode: () => shape_Integer, tags: () => shape_TagList },
  additionalProperties: false,
};
const shape_ListWhatsAppFlowAssetsInput = {
  scType: "object",
  properties: {
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    flowId: () => shape_MetaFlowId,
    nextToken: () => shape_NextToken,
    maxResults: () => shape_MaxResults,
  },
  additionalProperties: false,
  required: ["id", "flowId"],
};
const shape_ListWhatsAppFlowAssetsOutput = {
  scType: "object",
  properties: { flowAssets: () => shape_MetaFlowAssetList, nextToken: () => shape_NextToken },
  additionalProperties: false,
  required: ["flowAssets"],
};
const shape_ListWhatsAppFlowsInput = {
  scType: "object",
  properties: {
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    nextToken: () => shape_NextToken,
    maxResults: () => shape_MaxResults,
  },
  additionalProperties: false,
  required: ["id"],
};
const shape_ListWhatsAppFlowsOutput = {
  scType: "object",
  properties: { flows: () => shape_MetaFlowSummaryList, nextToken: () => shape_NextToken },
  additionalProperties: false,
  required: ["flows"],
};
const shape_ListWhatsAppMessageTemplatesInput = {
  scType: "object",
  properties: {
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    nextToken: () => shape_NextToken,
    maxResults: () => shape_MaxResults,
  },
  additionalProperties: false,
  required: ["id"],
};
const shape_ListWhatsAppMessageTemplatesOutput = {
  scType: "object",
  properties: { templates: () => shape_TemplateSummaryList, nextToken: () => shape_NextToken },
  additionalProperties: false,
};
const shape_ListWhatsAppTemplateLibraryInput = {
  scType: "object",
  properties: {
    nextToken: () => shape_NextToken,
    maxResults: () => shape_MaxResults,
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    filters: () => shape_Filter,
  },
  additionalProperties: false,
  required: ["id"],
};
const shape_ListWhatsAppTemplateLibraryOutput = {
  scType: "object",
  properties: { metaLibraryTemplates: () => shape_MetaLibraryTemplatesList, nextToken: () => shape_NextToken },
  additionalProperties: false,
};
const shape_Long = { scType: "long" };
const shape_MaxResults = { scType: "integer", scRange: { min: 1, max: 100, type: "integer" } };
const shape_MetaFlowApplicationId = { scType: "string", scLength: { min: 1, max: 100 } };
const shape_MetaFlowApplicationInfo = {
  scType: "object",
  properties: {
    link: () => shape_MetaFlowApplicationLink,
    name: () => shape_MetaFlowApplicationName,
    id: () => shape_MetaFlowApplicationId,
  },
  additionalProperties: false,
  required: ["name", "id"],
};
const shape_MetaFlowApplicationLink = { scType: "string", scLength: { min: 1, max: 2048 } };
const shape_MetaFlowApplicationName = { scType: "string", scLength: { min: 1, max: 200 } };
const shape_MetaFlowAsset = {
  scType: "object",
  properties: {
    name: () => shape_MetaFlowAssetName,
    assetType: () => shape_MetaFlowAssetType,
    downloadUrl: () => shape_MetaFlowAssetDownloadUrl,
  },
  additionalProperties: false,
  required: ["name", "assetType", "downloadUrl"],
};
const shape_MetaFlowAssetDownloadUrl = { scType: "string", scLength: { min: 1, max: 2048 } };
const shape_MetaFlowAssetList = { scType: "array", items: () => shape_MetaFlowAsset };
const shape_MetaFlowAssetName = { scType: "string", scLength: { min: 1, max: 100 } };
const shape_MetaFlowAssetType = { scType: "string", scLength: { min: 1, max: 50 } };
const shape_MetaFlowCategory = {
  scType: "string",
  scEnum: [
    "SIGN_UP",
    "SIGN_IN",
    "APPOINTMENT_BOOKING",
    "LEAD_GENERATION",
    "SHOPPING",
    "CONTACT_US",
    "CUSTOMER_SUPPORT",
    "SURVEY",
    "OTHER",
  ],
};
const shape_MetaFlowCategoryList = { scType: "array", scCount: { min: 1, max: 9, unit: "items" }, items: () => shape_MetaFlowCategory };
const shape_MetaFlowDataApiVersion = { scType: "string", scLength: { min: 1, max: 10 } };
const shape_MetaFlowEndpointUri = { scType: "string", scLength: { min: 1, max: 2048 } };
const shape_MetaFlowHealthEntity = {
  scType: "object",
  properties: {
    entityType: () => shape_MetaFlowHealthEntityType,
    id: () => shape_String,
    canSendMessage: () => shape_MetaFlowHealthStatusAvailability,
  },
  additionalProperties: false,
  required: ["entityType", "id", "canSendMessage"],
};
const shape_MetaFlowHealthEntityList = { scType: "array", items: () => shape_MetaFlowHealthEntity };
const shape_MetaFlowHealthEntityType = { scType: "string", scLength: { min: 1, max: 50 } };
const shape_MetaFlowHealthStatus = {
  scType: "object",
  properties: {
    canSendMessage: () => shape_MetaFlowHealthStatusAvailability,
    entities: () => shape_MetaFlowHealthEntityList,
  },
  additionalProperties: false,
  required: ["canSendMessage"],
};
const shape_MetaFlowHealthStatusAvailability = { scType: "string", scLength: { min: 1, max: 50 } };
const shape_MetaFlowId = {
  scType: "string",
  scLength: { min: 1, max: 100 },
  scPattern: { pattern: "[0-9]+", length: { min: 1, max: 100 }, test: (s) => pattern9.test(s) },
};
const shape_MetaFlowJsonBlob = { scType: "blob", scBytes: { min: 1, max: 10485760 } };
const shape_MetaFlowJsonVersion = { scType: "string", scLength: { min: 1, max: 10 } };
const shape_MetaFlowName = { scType: "string", scLength: { min: 1, max: 200 } };
const shape_MetaFlowPreviewInfo = {
  scType: "object",
  properties: { previewUrl: () => shape_MetaFlowPreviewUrl, expiresAt: () => shape_MetaFlowTimestamp },
  additionalProperties: false,
  required: ["previewUrl", "expiresAt"],
};
const shape_MetaFlowPreviewUrl = { scType: "string", scLength: { min: 1, max: 2048 } };
const shape_MetaFlowStatus = { scType: "string", scLength: { min: 1, max: 20 } };
const shape_MetaFlowSummary = {
  scType: "object",
  properties: {
    flowId: () => shape_MetaFlowId,
    flowName: () => shape_MetaFlowName,
    flowStatus: () => shape_MetaFlowStatus,
    flowCategories: () => shape_MetaFlowCategoryList,
    validationErrors: () => shape_ValidationErrorList,
  },
  additionalProperties: false,
  required: ["flowId", "flowName", "flowStatus", "flowCategories", "validationErrors"],
};
const shape_MetaFlowSummaryList = { scType: "array", items: () => shape_MetaFlowSummary };
const shape_MetaFlowTimestamp = { scType: "string", scLength: { min: 1, max: 50 } };
const shape_MetaFlowValidationError = { scType: "string", scLength: { min: 0, max: 1048576 } };
const shape_MetaFlowWabaCurrency = { scType: "string", scLength: { min: 1, max: 10 } };
const shape_MetaFlowWabaTemplateNamespace = { scType: "string", scLength: { min: 1, max: 200 } };
const shape_MetaFlowWabaTimezoneId = { scType: "string", scLength: { min: 1, max: 10 } };
const shape_MetaFlowWhatsAppBusinessAccountInfo = {
  scType: "object",
  properties: {
    id: () => shape_WhatsAppBusinessAccountId,
    name: () => shape_WhatsAppBusinessAccountName,
    currency: () => shape_MetaFlowWabaCurrency,
    timezoneId: () => shape_MetaFlowWabaTimezoneId,
    messageTemplateNamespace: () => shape_MetaFlowWabaTemplateNamespace,
  },
  additionalProperties: false,
  required: ["id", "name"],
};
const shape_MetaIndustries = { scType: "array", items: () => shape_MetaIndustry };
const shape_MetaIndustry = { scType: "string", scLength: { min: 1, max: 25 } };
const shape_MetaLibraryTemplate = {
  scType: "object",
  properties: {
    templateName: () => shape_MetaTemplateName,
    libraryTemplateName: () => shape_MetaTemplateName,
    templateCategory: () => shape_MetaTemplateCategory,
    templateLanguage: () => shape_MetaTemplateLanguage,
    libraryTemplateButtonInputs: () => shape_MetaLibraryTemplateButtonInputs,
    libraryTemplateBodyInputs: () => shape_LibraryTemplateBodyInputs,
  },
  additionalProperties: false,
  required: ["templateName", "libraryTemplateName", "templateCategory", "templateLanguage"],
};
const shape_MetaLibraryTemplateButtonInputs = { scType: "array", items: () => shape_LibraryTemplateButtonInput };
const shape_MetaLibraryTemplateButtonList = { scType: "array", items: () => shape_LibraryTemplateButtonList };
const shape_MetaLibraryTemplateDefinition = {
  scType: "object",
  properties: {
    templateName: () => shape_MetaTemplateName,
    templateLanguage: () => shape_MetaTemplateLanguage,
    templateCategory: () => shape_MetaTemplateCategory,
    templateTopic: () => shape_MetaTemplateTopic,
    templateUseCase: () => shape_MetaTemplateUseCase,
    templateIndustry: () => shape_MetaIndustries,
    templateHeader: () => shape_MetaTemplateHeader,
    templateBody: () => shape_MetaTemplateBody,
    templateButtons: () => shape_MetaLibraryTemplateButtonList,
    templateId: () => shape_MetaTemplateId,
    templateBodyExampleParams: () => shape_MetaTemplateBodyExampleParams,
  },
  additionalProperties: false,
};
const shape_MetaLibraryTemplatesList = { scType: "array", items: () => shape_MetaLibraryTemplateDefinition };
const shape_MetaParameterFormat = { scType: "string", scLength: { min: 1, max: 15 } };
const shape_MetaTemplate = { scType: "string", scLength: { min: 1, max: 6000 } };
const shape_MetaTemplateBody = { scType: "string", scLength: { min: 1, max: 2000 } };
const shape_MetaTemplateBodyExampleParams = { scType: "array", items: () => shape_String };
const shape_MetaTemplateCategory = { scType: "string", scLength: { min: 1, max: 100 } };
const shape_MetaTemplateComponents = { scType: "blob", scBytes: { min: 1, max: 3000 } };
const shape_MetaTemplateCtaLinkTrackingOptedOut = { scType: "boolean" };
const shape_MetaTemplateDefinition = { scType: "blob", scBytes: { min: 1, max: 6000 } };
const shape_MetaTemplateHeader = { scType: "string", scLength: { min: 1, max: 200 } };
const shape_MetaTemplateId = {
  scType: "string",
  scLength: { min: 1, max: 100 },
  scPattern: { pattern: "[0-9]+", length: { min: 1, max: 100 }, test: (s) => pattern9.test(s) },
};
const shape_MetaTemplateLanguage = { scType: "string", scLength: { min: 1, max: 6 } };
const shape_MetaTemplateName = { scType: "string", scLength: { min: 1, max: 512 } };
const shape_MetaTemplateQualityScore = { scType: "string", scLength: { min: 1, max: 20 } };
const shape_MetaTemplateStatus = { scType: "string", scLength: { min: 1, max: 20 } };
const shape_MetaTemplateTopic = { scType: "string", scLength: { min: 1, max: 20 } };
const shape_MetaTemplateUseCase = { scType: "string", scLength: { min: 1, max: 30 } };
const shape_MetaText = { scType: "string", scLength: { min: 1, max: 40 } };
const shape_MetaUrl = { scType: "string", scLength: { min: 1, max: 400 } };
const shape_MetaUrlWithSuffixExample = {
  scType: "object",
  scCount: { min: 0, max: 10, unit: "entries" },
  propertyNames: { scType: "string", scLength: { min: 1, max: 30 } },
  additionalProperties: () => shape_MetaUrlWithSuffixExampleValueString,
};
const shape_MetaUrlWithSuffixExampleKeyString = { scType: "string", scLength: { min: 1, max: 30 } };
const shape_MetaUrlWithSuffixExampleValueString = { scType: "string", scLength: { min: 1, max: 400 } };
const shape_NextToken = { scType: "string", scLength: { min: 1, max: 600 } };
const shape_OtpType = { scType: "string", scLength: { min: 1, max: 25 } };
const shape_PhoneNumber = { scType: "string", scLength: { min: 1, max: 20 } };
const shape_PostWhatsAppMessageMediaInput = {
  scType: "object",
  properties: {
    originationPhoneNumberId: () => shape_WhatsAppPhoneNumberId,
    sourceS3PresignedUrl: () => shape_S3PresignedUrl,
    sourceS3File: () => shape_S3File,
  },
  additionalProperties: false,
  required: ["originationPhoneNumberId"],
};
const shape_PostWhatsAppMessageMediaOutput = {
  scType: "object",
  properties: { mediaId: () => shape_WhatsAppMediaId },
  additionalProperties: false,
};
const shape_PublishWhatsAppFlowInput = {
  scType: "object",
  properties: { id: () => shape_LinkedWhatsAppBusinessAccountId, flowId: () => shape_MetaFlowId },
  additionalProperties: false,
  required: ["id", "flowId"],
};
const shape_PublishWhatsAppFlowOutput = { scType: "object", properties: {}, additionalProperties: false };
const shape_PutWhatsAppBusinessAccountEventDestinationsInput = {
  scType: "object",
  properties: {
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    eventDestinations: () => shape_WhatsAppBusinessAccountEventDestinations,
  },
  additionalProperties: false,
  required: ["id", "eventDestinations"],
};
const shape_PutWhatsAppBusinessAccountEventDestinationsOutput = { scType: "object", properties: {}, additionalProperties: false };
const shape_RegistrationStatus = { scType: "string", scEnum: ["COMPLETE", "INCOMPLETE"] };
const shape_RoleArn = {
  scType: "string",
  scPattern: {
    pattern: "arn:.*:iam::\\d{12}:role\\/[a-zA-Z0-9+=,.@\\-_]+",
    test: (s) => (s.length < 256 ? pattern10.test(s) : linearTest(linear11, s)),
  },
};
const shape_S3File = {
  scType: "object",
  properties: { bucketName: () => shape_S3FileBucketNameString, key: () => shape_S3FileKeyString },
  additionalProperties: false,
  required: ["bucketName", "key"],
};
const shape_S3FileBucketNameString = {
  scType: "string",
  scLength: { min: 3, max: 63 },
  scPattern: {
    pattern: "[a-z0-9][a-z0-9.\\-]*[a-z0-9]",
    length: { min: 3, max: 63 },
    test: (s) => pattern12.test(s),
  },
};
const shape_S3FileKeyString = { scType: "string", scLength: { min: 0, max: 1024 } };
const shape_S3PresignedUrl = {
  scType: "object",
  properties: { url: () => shape_S3PresignedUrlUrlString, headers: () => shape_Headers },
  additionalProperties: false,
  required: ["url", "headers"],
};
const shape_S3PresignedUrlUrlString = {
  scType: "string",
  scLength: { min: 1, max: 2000 },
  scPattern: {
    pattern: "https://(.*)s3(.*).amazonaws.com/(.*)",
    length: { min: 1, max: 2000 },
    test: (s) => (s.length < 256 ? pattern13.test(s) : linearTest(linear14, s)),
  },
};
const shape_SendWhatsAppConversionEventInput = {
  scType: "object",
  properties: {
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    datasetId: () => shape_WhatsAppDatasetId,
    eventData: () => shape_WhatsAppConversionEventBlob,
  },
  additionalProperties: false,
  required: ["id", "datasetId", "eventData"],
};
const shape_SendWhatsAppConversionEventOutput = {
  scType: "object",
  properties: { requestId: () => shape_String },
  additionalProperties: false,
  required: ["requestId"],
};
const shape_SendWhatsAppMessageInput = {
  scType: "object",
  properties: {
    originationPhoneNumberId: () => shape_WhatsAppPhoneNumberId,
    message: () => shape_WhatsAppMessageBlob,
    metaApiVersion: () => shape_String,
  },
  additionalProperties: false,
  required: ["originationPhoneNumberId", "message", "metaApiVersion"],
};
const shape_SendWhatsAppMessageOutput = { scType: "object", properties: { messageId: () => shape_String }, additionalProperties: false };
const shape_String = { scType: "string" };
const shape_StringList = { scType: "array", items: () => shape_String };
const shape_SupportedApp = {
  scType: "object",
  scCount: { min: 0, max: 10, unit: "entries" },
  propertyNames: { scType: "string", scLength: { min: 1, max: 30 } },
  additionalProperties: () => shape_SupportedAppValueString,
};
const shape_SupportedAppKeyString = { scType: "string", scLength: { min: 1, max: 30 } };
const shape_SupportedAppValueString = { scType: "string", scLength: { min: 1, max: 100 } };
const shape_SupportedApps = { scType: "array", items: () => shape_SupportedApp };
const shape_Tag = {
  scType: "object",
  properties: { key: () => shape_TagKeyString, value: () => shape_TagValueString },
  additionalProperties: false,
  required: ["key"],
};
const shape_TagKeyString = { scType: "string", scLength: { min: 1, max: 128 } };
const shape_TagList = { scType: "array", items: () => shape_Tag };
const shape_TagResourceInput = {
  scType: "object",
  properties: { resourceArn: () => shape_Arn, tags: () => shape_TagList },
  additionalProperties: false,
  required: ["resourceArn", "tags"],
};
const shape_TagResourceOutput = { scType: "object", properties: { statusCode: () => shape_Integer }, additionalProperties: false };
const shape_TagValueString = { scType: "string", scLength: { min: 0, max: 256 } };
const shape_TemplateSummary = {
  scType: "object",
  properties: {
    templateName: () => shape_MetaTemplateName,
    metaTemplateId: () => shape_MetaTemplateId,
    templateStatus: () => shape_MetaTemplateStatus,
    templateQualityScore: () => shape_MetaTemplateQualityScore,
    templateLanguage: () => shape_MetaTemplateLanguage,
    templateCategory: () => shape_MetaTemplateCategory,
  },
  additionalProperties: false,
};
const shape_TemplateSummaryList = { scType: "array", items: () => shape_TemplateSummary };
const shape_TwoFactorPin = { scType: "string", scLength: { min: 1, max: 6 } };
const shape_UntagResourceInput = {
  scType: "object",
  properties: { resourceArn: () => shape_Arn, tagKeys: () => shape_StringList },
  additionalProperties: false,
  required: ["resourceArn", "tagKeys"],
};
const shape_UntagResourceOutput = { scType: "object", properties: { statusCode: () => shape_Integer }, additionalProperties: false };
const shape_UpdateWhatsAppFlowAssetsInput = {
  scType: "object",
  properties: {
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    flowId: () => shape_MetaFlowId,
    flowJson: () => shape_MetaFlowJsonBlob,
  },
  additionalProperties: false,
  required: ["id", "flowId", "flowJson"],
};
const shape_UpdateWhatsAppFlowAssetsOutput = {
  scType: "object",
  properties: { validationErrors: () => shape_ValidationErrorList },
  additionalProperties: false,
};
const shape_UpdateWhatsAppFlowInput = {
  scType: "object",
  properties: {
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    flowId: () => shape_MetaFlowId,
    flowName: () => shape_MetaFlowName,
    categories: () => shape_MetaFlowCategoryList,
  },
  additionalProperties: false,
  required: ["id", "flowId"],
};
const shape_UpdateWhatsAppFlowOutput = { scType: "object", properties: {}, additionalProperties: false };
const shape_UpdateWhatsAppMessageTemplateInput = {
  scType: "object",
  properties: {
    id: () => shape_LinkedWhatsAppBusinessAccountId,
    metaTemplateId: () => shape_MetaTemplateId,
    templateName: () => shape_MetaTemplateName,
    templateLanguageCode: () => shape_MetaTemplateLanguage,
    parameterFormat: () => shape_MetaParameterFormat,
    templateCategory: () => shape_MetaTemplateCategory,
    templateComponents: () => shape_MetaTemplateComponents,
    ctaUrlLinkTrackingOptedOut: () => shape_MetaTemplateCtaLinkTrackingOptedOut,
  },
  additionalProperties: false,
  required: ["id"],
};
const shape_UpdateWhatsAppMessageTemplateOutput = { scType: "object", properties: {}, additionalProperties: false };
const shape_ValidationErrorList = { scType: "array", items: () => shape_MetaFlowValidationError };
const shape_WabaPhoneNumberSetupFinalization = {
  scType: "object",
  properties: {
    id: () => shape_WhatsAppPhoneNumber,
    twoFactorPin: () => shape_TwoFactorPin,
    dataLocalizationRegion: () => shape_IsoCountryCode,
    tags: () => shape_TagList,
  },
  additionalProperties: false,
  required: ["id", "twoFactorPin"],
};
const shape_WabaPhoneNumberSetupFinalizationList = { scType: "array", items: () => shape_WabaPhoneNumberSetupFinalization };
const shape_WabaSetupFinalization = {
  scType: "object",
  properties: {
    id: () => shape_WhatsAppBusinessAccountId,
    eventDestinations: () => shape_WhatsAppBusinessAccountEventDestinations,
    tags: () => shape_TagList,
  },
  additionalProperties: false,
};
const shape_WhatsAppBusinessAccountEventDestination = {
  scType: "object",
  properties: { eventDestinationArn: () => shape_EventDestinationArn, roleArn: () => shape_RoleArn },
  additionalProperties: false,
  required: ["eventDestinationArn"],
};
const shape_WhatsAppBusinessAccountEventDestinations = {
  scType: "array",
  scCount: { min: 0, max: 1, unit: "items" },
  items: () => shape_WhatsAppBusinessAccountEventDestination,
};
const shape_WhatsAppBusinessAccountId = { scType: "string", scLength: { min: 1, max: 100 } };
const shape_WhatsAppBusinessAccountLinkDate = { scType: "date" };
const shape_WhatsAppBusinessAccountMarketingMessagesOnboardingStatus = { scType: "string", scLength: { min: 0, max: 100 } };
const shape_WhatsAppBusinessAccountName = { scType: "string", scLength: { min: 0, max: 200 } };
const shape_WhatsAppConversionEventBlob = { scType: "blob", scBytes: { min: 1, max: 1024000 } };
const shape_WhatsAppDatasetId = {
  scType: "string",
  scLength: { min: 10, max: 20 },
  scPattern: { pattern: "[0-9]+", length: { min: 10, max: 20 }, test: (s) => pattern9.test(s) },
};
const shape_WhatsAppDisplayPhoneNumber = { scType: "string", scLength: { min: 0, max: 20 } };
const shape_WhatsAppMediaId = {
  scType: "string",
  scLength: { min: 1, max: 100 },
  scPattern: { pattern: "[A-Za-z0-9]+", length: { min: 1, max: 100 }, test: (s) => pattern15.test(s) },
};
const shape_WhatsAppMessageBlob = { scType: "blob", scBytes: { min: 1, max: 2048000 } };
const shape_WhatsAppPhoneNumber = { scType: "string", scLength: { min: 1, max: 100 } };
const shape_WhatsAppPhoneNumberDetail = {
  scType: "object",
  properties: {
    arn: () => shape_LinkedWhatsAppPhoneNumberArn,
    phoneNumber: () => shape_PhoneNumber,
    phoneNumberId: () => shape_WhatsAppPhoneNumberId,
    metaPhoneNumberId: () => shape_WhatsAppPhoneNumber,
    displayPhoneNumberName: () => shape_WhatsAppPhoneNumberName,
    displayPhoneNumber: () => shape_WhatsAppDisplayPhoneNumber,
    qualityRating: () => shape_WhatsAppPhoneNumberQualityRating,
    dataLocalizationRegion: () => shape_IsoCountryCode,
  },
  additionalProperties: false,
  required: [
    "arn",
    "phoneNumber",
    "phoneNumberId",
    "metaPhoneNumberId",
    "displayPhoneNumberName",
    "displayPhoneNumber",
    "qualityRating",
  ],
};
const shape_WhatsAppPhoneNumberDetailList = { scType: "array", items: () => shape_WhatsAppPhoneNumberDetail };
const shape_WhatsAppPhoneNumberId = {
  scType: "string",
  scLength: { min: 1, max: 115 },
  scPattern: {
    pattern: ".*(^phone-number-id-.*$)|(^arn:.*:phone-number-id/[0-9a-zA-Z]+$).*",
    length: { min: 1, max: 115 },
    test: (s) => pattern16.test(s),
  },
};
const shape_WhatsAppPhoneNumberName = { scType: "string", scLength: { min: 0, max: 200 } };
const shape_WhatsAppPhoneNumberQualityRating = { scType: "string", scLength: { min: 0, max: 10 } };
const shape_WhatsAppPhoneNumberSummary = {
  scType: "object",
  properties: {
    arn: () => shape_LinkedWhatsAppPhoneNumberArn,
    phoneNumber: () => shape_PhoneNumber,
    phoneNumberId: () => shape_WhatsAppPhoneNumberId,
    metaPhoneNumberId: () => shape_WhatsAppPhoneNumber,
    displayPhoneNumberName: () => shape_WhatsAppPhoneNumberName,
    displayPhoneNumber: () => shape_WhatsAppDisplayPhoneNumber,
    qualityRating: () => shape_WhatsAppPhoneNumberQualityRating,
    dataLocalizationRegion: () => shape_IsoCountryCode,
  },
  additionalProperties: false,
  required: [
    "arn",
    "phoneNumber",
    "phoneNumberId",
    "metaPhoneNumberId",
    "displayPhoneNumberName",
    "displayPhoneNumber",
    "qualityRating",
  ],
};
const shape_WhatsAppPhoneNumberSummaryList = { scType: "array", items: () => shape_WhatsAppPhoneNumberSummary };
const shape_WhatsAppSetupFinalization = {
  scType: "object",
  properties: {
    associateInProgressToken: () => shape_AssociateInProgressToken,
    phoneNumbers: () => shape_WabaPhoneNumberSetupFinalizationList,
    phoneNumberParent: () => shape_LinkedWhatsAppBusinessAccountId,
    waba: () => shape_WabaSetupFinalization,
  },
  additionalProperties: false,
  required: ["associateInProgressToken", "phoneNumbers"],
  allOf: [{ scRule: { kind: "atMostOneOf", members: ["phoneNumberParent", "waba"] } }],
};
const shape_WhatsAppSignupCallback = {
  scType: "object",
  properties: {
    accessToken: () => shape_WhatsAppSignupCallbackAccessTokenString,
    callbackUrl: () => shape_WhatsAppSignupCallbackCallbackUrlString,
  },
  additionalProperties: false,
  required: ["accessToken"],
};
const shape_WhatsAppSignupCallbackAccessTokenString = { scType: "string", scLength: { min: 0, max: 1000 } };
const shape_WhatsAppSignupCallbackCallbackUrlString = { scType: "string", scLength: { min: 0, max: 100 } };
const shape_WhatsAppSignupCallbackResult = {
  scType: "object",
  properties: {
    associateInProgressToken: () => shape_AssociateInProgressToken,
    linkedAccountsWithIncompleteSetup: () => shape_LinkedAccountWithIncompleteSetup,
  },
  additionalProperties: false,
};
const shape_ZeroTapTermsAccepted = { scType: "boolean" };
export const explainAssociateWhatsAppBusinessAccountInput = shape_AssociateWhatsAppBusinessAccountInput;
export const explainAssociateWhatsAppBusinessAccountOutput = shape_AssociateWhatsAppBusinessAccountOutput;
export const explainCreateWhatsAppDatasetInput = shape_CreateWhatsAppDatasetInput;
export const explainCreateWhatsAppDatasetOutput = shape_CreateWhatsAppDatasetOutput;
export const explainCreateWhatsAppFlowInput = shape_CreateWhatsAppFlowInput;
export const explainCreateWhatsAppFlowOutput = shape_CreateWhatsAppFlowOutput;
export const explainCreateWhatsAppMessageTemplateInput = shape_CreateWhatsAppMessageTemplateInput;
export const explainCreateWhatsAppMessageTemplateOutput = shape_CreateWhatsAppMessageTemplateOutput;
export const explainCreateWhatsAppMessageTemplateFromLibraryInput = shape_CreateWhatsAppMessageTemplateFromLibraryInput;
export const explainCreateWhatsAppMessageTemplateFromLibraryOutput = shape_CreateWhatsAppMessageTemplateFromLibraryOutput;
export const explainCreateWhatsAppMessageTemplateMediaInput = shape_CreateWhatsAppMessageTemplateMediaInput;
export const explainCreateWhatsAppMessageTemplateMediaOutput = shape_CreateWhatsAppMessageTemplateMediaOutput;
export const explainDeleteWhatsAppFlowInput = shape_DeleteWhatsAppFlowInput;
export const explainDeleteWhatsAppFlowOutput = shape_DeleteWhatsAppFlowOutput;
export const explainDeleteWhatsAppMessageMediaInput = shape_DeleteWhatsAppMessageMediaInput;
export const explainDeleteWhatsAppMessageMediaOutput = shape_DeleteWhatsAppMessageMediaOutput;
export const explainDeleteWhatsAppMessageTemplateInput = shape_DeleteWhatsAppMessageTemplateInput;
export const explainDeleteWhatsAppMessageTemplateOutput = shape_DeleteWhatsAppMessageTemplateOutput;
export const explainDeprecateWhatsAppFlowInput = shape_DeprecateWhatsAppFlowInput;
export const explainDeprecateWhatsAppFlowOutput = shape_DeprecateWhatsAppFlowOutput;
export const explainDisassociateWhatsAppBusinessAccountInput = shape_DisassociateWhatsAppBusinessAccountInput;
export const explainDisassociateWhatsAppBusinessAccountOutput = shape_DisassociateWhatsAppBusinessAccountOutput;
export const explainGetLinkedWhatsAppBusinessAccountInput = shape_GetLinkedWhatsAppBusinessAccountInput;
export const explainGetLinkedWhatsAppBusinessAccountOutput = shape_GetLinkedWhatsAppBusinessAccountOutput;
export const explainGetLinkedWhatsAppBusinessAccountPhoneNumberInput = shape_GetLinkedWhatsAppBusinessAccountPhoneNumberInput;
export const explainGetLinkedWhatsAppBusinessAccountPhoneNumberOutput = shape_GetLinkedWhatsAppBusinessAccountPhoneNumberOutput;
export const explainGetWhatsAppFlowInput = shape_GetWhatsAppFlowInput;
export const explainGetWhatsAppFlowOutput = shape_GetWhatsAppFlowOutput;
export const explainGetWhatsAppFlowPreviewInput = shape_GetWhatsAppFlowPreviewInput;
export const explainGetWhatsAppFlowPreviewOutput = shape_GetWhatsAppFlowPreviewOutput;
export const explainGetWhatsAppMessageMediaInput = shape_GetWhatsAppMessageMediaInput;
export const explainGetWhatsAppMessageMediaOutput = shape_GetWhatsAppMessageMediaOutput;
export const explainGetWhatsAppMessageTemplateInput = shape_GetWhatsAppMessageTemplateInput;
export const explainGetWhatsAppMessageTemplateOutput = shape_GetWhatsAppMessageTemplateOutput;
export const explainListLinkedWhatsAppBusinessAccountsInput = shape_ListLinkedWhatsAppBusinessAccountsInput;
export const explainListLinkedWhatsAppBusinessAccountsOutput = shape_ListLinkedWhatsAppBusinessAccountsOutput;
export const explainListTagsForResourceInput = shape_ListTagsForResourceInput;
export const explainListTagsForResourceOutput = shape_ListTagsForResourceOutput;
export const explainListWhatsAppFlowAssetsInput = shape_ListWhatsAppFlowAssetsInput;
export const explainListWhatsAppFlowAssetsOutput = shape_ListWhatsAppFlowAssetsOutput;
export const explainListWhatsAppFlowsInput = shape_ListWhatsAppFlowsInput;
export const explainListWhatsAppFlowsOutput = shape_ListWhatsAppFlowsOutput;
export const explainListWhatsAppMessageTemplatesInput = shape_ListWhatsAppMessageTemplatesInput;
export const explainListWhatsAppMessageTemplatesOutput = shape_ListWhatsAppMessageTemplatesOutput;
export const explainListWhatsAppTemplateLibraryInput = shape_ListWhatsAppTemplateLibraryInput;
export const explainListWhatsAppTemplateLibraryOutput = shape_ListWhatsAppTemplateLibraryOutput;
export const explainPostWhatsAppMessageMediaInput = shape_PostWhatsAppMessageMediaInput;
export const explainPostWhatsAppMessageMediaOutput = shape_PostWhatsAppMessageMediaOutput;
export const explainPublishWhatsAppFlowInput = shape_PublishWhatsAppFlowInput;
export const explainPublishWhatsAppFlowOutput = shape_PublishWhatsAppFlowOutput;
export const explainPutWhatsAppBusinessAccountEventDestinationsInput = shape_PutWhatsAppBusinessAccountEventDestinationsInput;
export const explainPutWhatsAppBusinessAccountEventDestinationsOutput = shape_PutWhatsAppBusinessAccountEventDestinationsOutput;
export const explainSendWhatsAppConversionEventInput = shape_SendWhatsAppConversionEventInput;
export const explainSendWhatsAppConversionEventOutput = shape_SendWhatsAppConversionEventOutput;
export const explainSendWhatsAppMessageInput = shape_SendWhatsAppMessageInput;
export const explainSendWhatsAppMessageOutput = shape_SendWhatsAppMessageOutput;
export const explainTagResourceInput = shape_TagResourceInput;
export const explainTagResourceOutput = shape_TagResourceOutput;
export const explainUntagResourceInput = shape_UntagResourceInput;
export const explainUntagResourceOutput = shape_UntagResourceOutput;
export const explainUpdateWhatsAppFlowInput = shape_UpdateWhatsAppFlowInput;
export const explainUpdateWhatsAppFlowOutput = shape_UpdateWhatsAppFlowOutput;
export const explainUpdateWhatsAppFlowAssetsInput = shape_UpdateWhatsAppFlowAssetsInput;
export const explainUpdateWhatsAppFlowAssetsOutput = shape_UpdateWhatsAppFlowAssetsOutput;
export const explainUpdateWhatsAppMessageTemplateInput = shape_UpdateWhatsAppMessageTemplateInput;
export const explainUpdateWhatsAppMessageTemplateOutput = shape_UpdateWhatsAppMessageTemplateOutput;

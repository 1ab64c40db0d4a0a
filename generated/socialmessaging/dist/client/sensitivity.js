export const sensitive_AssociateWhatsAppBusinessAccountInput = { setupFinalization: () => sensitive_WhatsAppSetupFinalization };
export const sensitive_AssociateWhatsAppBusinessAccountOutput = { signupCallbackResult: () => sensitive_WhatsAppSignupCallbackResult };
export const sensitive_CreateWhatsAppMessageTemplateMediaInput = { sourceS3File: true };
export const sensitive_GetWhatsAppMessageMediaInput = { destinationS3PresignedUrl: true, destinationS3File: true };
export const sensitive_PostWhatsAppMessageMediaInput = { sourceS3PresignedUrl: true, sourceS3File: true };
export const sensitive_SendWhatsAppConversionEventInput = { eventData: true };
export const sensitive_SendWhatsAppMessageInput = { message: true };
export const sensitive_WabaPhoneNumberSetupFinalization = { twoFactorPin: true };
export const sensitive_WabaPhoneNumberSetupFinalizationList = { "*": () => sensitive_WabaPhoneNumberSetupFinalization };
export const sensitive_WhatsAppSetupFinalization = {
    associateInProgressToken: true,
    phoneNumbers: () => sensitive_WabaPhoneNumberSetupFinalizationList,
};
export const sensitive_WhatsAppSignupCallbackResult = { associateInProgressToken: true };
//# sourceMappingURL=sensitivity.js.map
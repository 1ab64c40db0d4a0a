import type { Sensitivity } from '../runtime/client/redact.js';
export declare const sensitive_AssociateWhatsAppBusinessAccountInput: Sensitivity;
export declare const sensitive_AssociateWhatsAppBusinessAccountOutput: Sensitivity;
export declare const sensitive_CreateWhatsAppMessageTemplateMediaInput: Sensitivity;
export declare const sensitive_GetWhatsAppMessageMediaInput: Sensitivity;
export declare const sensitive_PostWhatsAppMessageMediaInput: Sensitivity;
export declare const sensitive_SendWhatsAppConversionEventInput: Sensitivity;
export declare const sensitive_SendWhatsAppMessageInput: Sensitivity;
export declare const sensitive_WabaPhoneNumberSetupFinalization: Sensitivity;
export declare const sensitive_WabaPhoneNumberSetupFinalizationList: Sensitivity;
export declare const sensitive_WhatsAppSetupFinalization: Sensitivity;
export declare const sensitive_WhatsAppSignupCallbackResult: Sensitivity;
//# sourceMappingURL=sensitivity.d.ts.map
import type { Bag as $Bag } from '../runtime/protocol/data.js';
/** LibraryTemplateButtonList from JSON, every member checked; members the model does not know are dropped. */
export declare function de_LibraryTemplateButtonList(value: unknown): $Bag;
/** LinkedAccountWithIncompleteSetup from JSON, every item checked. */
export declare function de_LinkedAccountWithIncompleteSetup(value: unknown): $Bag;
/** LinkedWhatsAppBusinessAccount from JSON, every member checked; members the model does not know are dropped. */
export declare function de_LinkedWhatsAppBusinessAccount(value: unknown): $Bag;
/** LinkedWhatsAppBusinessAccountIdMetaData from JSON, every member checked; members the model does not know are dropped. */
export declare function de_LinkedWhatsAppBusinessAccountIdMetaData(value: unknown): $Bag;
/** LinkedWhatsAppBusinessAccountSummary from JSON, every member checked; members the model does not know are dropped. */
export declare function de_LinkedWhatsAppBusinessAccountSummary(value: unknown): $Bag;
/** LinkedWhatsAppBusinessAccountSummaryList from JSON, every item checked. */
export declare function de_LinkedWhatsAppBusinessAccountSummaryList(value: unknown): unknown[];
/** MetaFlowApplicationInfo from JSON, every member checked; members the model does not know are dropped. */
export declare function de_MetaFlowApplicationInfo(value: unknown): $Bag;
/** MetaFlowAsset from JSON, every member checked; members the model does not know are dropped. */
export declare function de_MetaFlowAsset(value: unknown): $Bag;
/** MetaFlowAssetList from JSON, every item checked. */
export declare function de_MetaFlowAssetList(value: unknown): unknown[];
/** MetaFlowCategoryList from JSON, every item checked. */
export declare function de_MetaFlowCategoryList(value: unknown): unknown[];
/** MetaFlowHealthEntity from JSON, every member checked; members the model does not know are dropped. */
export declare function de_MetaFlowHealthEntity(value: unknown): $Bag;
/** MetaFlowHealthEntityList from JSON, every item checked. */
export declare function de_MetaFlowHealthEntityList(value: unknown): unknown[];
/** MetaFlowHealthStatus from JSON, every member checked; members the model does not know are dropped. */
export declare function de_MetaFlowHealthStatus(value: unknown): $Bag;
/** MetaFlowPreviewInfo from JSON, every member checked; members the model does not know are dropped. */
export declare function de_MetaFlowPreviewInfo(value: unknown): $Bag;
/** MetaFlowSummary from JSON, every member checked; members the model does not know are dropped. */
export declare function de_MetaFlowSummary(value: unknown): $Bag;
/** MetaFlowSummaryList from JSON, every item checked. */
export declare function de_MetaFlowSummaryList(value: unknown): unknown[];
/** MetaFlowWhatsAppBusinessAccountInfo from JSON, every member checked; members the model does not know are dropped. */
export declare function de_MetaFlowWhatsAppBusinessAccountInfo(value: unknown): $Bag;
/** MetaIndustries from JSON, every item checked. */
export declare function de_MetaIndustries(value: unknown): unknown[];
/** MetaLibraryTemplateButtonList from JSON, every item checked. */
export declare function de_MetaLibraryTemplateButtonList(value: unknown): unknown[];
/** MetaLibraryTemplateDefinition from JSON, every member checked; members the model does not know are dropped. */
export declare function de_MetaLibraryTemplateDefinition(value: unknown): $Bag;
/** MetaLibraryTemplatesList from JSON, every item checked. */
export declare function de_MetaLibraryTemplatesList(value: unknown): unknown[];
/** MetaTemplateBodyExampleParams from JSON, every item checked. */
export declare function de_MetaTemplateBodyExampleParams(value: unknown): unknown[];
/** SupportedApp from JSON, every item checked. */
export declare function de_SupportedApp(value: unknown): $Bag;
/** SupportedApps from JSON, every item checked. */
export declare function de_SupportedApps(value: unknown): unknown[];
/** Tag from JSON, every member checked; members the model does not know are dropped. */
export declare function de_Tag(value: unknown): $Bag;
/** TagList from JSON, every item checked. */
export declare function de_TagList(value: unknown): unknown[];
/** TemplateSummary from JSON, every member checked; members the model does not know are dropped. */
export declare function de_TemplateSummary(value: unknown): $Bag;
/** TemplateSummaryList from JSON, every item checked. */
export declare function de_TemplateSummaryList(value: unknown): unknown[];
/** ValidationErrorList from JSON, every item checked. */
export declare function de_ValidationErrorList(value: unknown): unknown[];
/** WhatsAppBusinessAccountEventDestination from JSON, every member checked; members the model does not know are dropped. */
export declare function de_WhatsAppBusinessAccountEventDestination(value: unknown): $Bag;
/** WhatsAppBusinessAccountEventDestinations from JSON, every item checked. */
export declare function de_WhatsAppBusinessAccountEventDestinations(value: unknown): unknown[];
/** WhatsAppPhoneNumberDetail from JSON, every member checked; members the model does not know are dropped. */
export declare function de_WhatsAppPhoneNumberDetail(value: unknown): $Bag;
/** WhatsAppPhoneNumberDetailList from JSON, every item checked. */
export declare function de_WhatsAppPhoneNumberDetailList(value: unknown): unknown[];
/** WhatsAppPhoneNumberSummary from JSON, every member checked; members the model does not know are dropped. */
export declare function de_WhatsAppPhoneNumberSummary(value: unknown): $Bag;
/** WhatsAppPhoneNumberSummaryList from JSON, every item checked. */
export declare function de_WhatsAppPhoneNumberSummaryList(value: unknown): unknown[];
/** WhatsAppSignupCallbackResult from JSON, every member checked; members the model does not know are dropped. */
export declare function de_WhatsAppSignupCallbackResult(value: unknown): $Bag;
//# sourceMappingURL=serde.d.ts.map
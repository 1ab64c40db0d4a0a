/** Shared models big enough to get test files of their own (each file must stay well under 60 s). */
export const LARGE_MODELS = ['connect-2017-08-08.json', 'iot-2015-05-28.json', 'mediaconvert-2017-08-29.json', 'quicksight-2018-04-01.json'];

/** Models that share one scale test file apart from the small ones. */
export const MEDIUM_MODELS = ['apigateway-2015-07-09.json', 'appsync-2017-07-25.json', 'lambda-2015-03-31.json'];

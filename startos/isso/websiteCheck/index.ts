// "Check a website": what a page embeds of Isso, whether this server and the running Isso
// agree with it, and how each point is fixed. actions/websiteCheckMessages.ts says it in
// words.
export { checkWebsite, parsePageUrl, WebsiteCheckInputError, type WebsiteCheckRequest, type WebsiteCheckOptions } from './run'
export type { Finding, Point, Status, Code, OtherSite, ServerAddress } from './verdicts'

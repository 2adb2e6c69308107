// "Send a test e-mail": one message through Isso's own mail code, every failure named.
// actions/testMailMessages.ts says it in words.
export { sendTestMail, CONTAINER_MAIL_PATHS, TEST_MAIL_TIMEOUT_MS, type MailPaths, type TestMailResult, type TestMailKind } from './run'

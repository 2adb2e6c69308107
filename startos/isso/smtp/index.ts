// E-mail: the [smtp] settings resolved from the form or the server's SMTP, and the
// mailbox syntax Isso's smtplib accepts.
export * from './resolve'
export { formatMailbox, isEmailAddress, parseMailbox, type Mailbox } from './mailbox'

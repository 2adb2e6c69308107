// Comments waiting for approval: a read-only count from a site's comments.db, run with
// the image's Python in Isso's container. The health check built on it lives in
// health/waitingMessage.ts (it speaks to the owner, so it is not pure).
export { readWaitingComments, waitingCommand, parseWaiting, type WaitingComments, READ_TIMEOUT_MS } from './reader'

// Comments waiting for approval (issue 14): a read-only count from comments.db and the
// health-check message built from it. Not wired yet: main.ts calls it (see reader.ts).
export { readWaitingComments, waitingCommand, parseWaiting, type WaitingComments, type Exec } from './reader'
export { waitingHealth, moderationContext, type ModerationContext, type WaitingHealth } from './health'

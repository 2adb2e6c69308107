// The one poll of every site's comments.db: the comments waiting for approval and the new
// comments, read together (reader).
export {
  parsePoll,
  pollCommand,
  readPoll,
  POLL_TIMEOUT_MS,
  type NewComment,
  type PollQuery,
  type Seen,
  type SiteAnswer,
  type SitePoll,
  type SiteQuery,
  type WaitingComments,
} from './reader'

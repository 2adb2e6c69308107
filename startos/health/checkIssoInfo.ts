import * as http from 'node:http'
import { i18n } from '../i18n'

export type IssoInfoResult =
  | { result: 'success'; message: string }
  | { result: 'starting'; message: string }
  | { result: 'failure'; message: string }

// GET /info must answer 200. The SDK's checkWebUrl counts any HTTP answer as healthy,
// so a 500 from a broken Isso would look fine; this probe looks at the status code.
// node:http rather than fetch: the error codes (ECONNREFUSED) and the timeout are ours.
export function checkIssoInfo(url: string, timeoutMs: number): Promise<IssoInfoResult> {
  return new Promise((resolve) => {
    let settled = false
    const done = (r: IssoInfoResult) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      request.destroy()
      resolve(r)
    }
    const request = http.get(url, (response) => {
      response.resume() // drain the body; only the status matters
      const status = response.statusCode ?? 0
      done(
        status === 200
          ? { result: 'success', message: i18n('Isso is answering requests') }
          : {
              result: 'failure',
              message: i18n('Isso answered with HTTP ${status} instead of 200; see the service logs', {
                status: String(status),
              }),
            },
      )
    })
    const timer = setTimeout(
      () =>
        done({
          result: 'failure',
          message: i18n('Isso did not answer within ${seconds} seconds', { seconds: timeoutMs / 1000 }),
        }),
      timeoutMs,
    )
    request.on('error', (error: NodeJS.ErrnoException) => {
      // gunicorn's master prepares each site's database before it binds port 8080: a
      // refused connection means "not up yet". (Then the workers build Isso, waiting up to
      // 5 s per website for its reachability check, while connections wait in the
      // listen queue: a timeout then is reported as starting within main's grace period.)
      // If gunicorn exits instead, the SDK reports the crashed daemon itself.
      if (error.code === 'ECONNREFUSED') {
        done({ result: 'starting', message: i18n('Isso is starting and not accepting connections yet') })
      } else {
        done({ result: 'failure', message: i18n('Cannot reach Isso: ${error}', { error: error.message }) })
      }
    })
  })
}

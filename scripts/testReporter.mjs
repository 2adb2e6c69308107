// `npm test`'s reporter: node's own (spec on a terminal, TAP otherwise, as without
// --test-reporter), then a plain account of what did not run. node:test counts a skipped
// describe() as neither a test nor a skip — its body never runs, so its tests are never
// registered — and its own summary says "skipped 0" while the end-to-end and real-Isso
// suites did not run. This one names each reason once, with how many suites and tests it
// kept from running. (Under CI=true nothing is skipped: a missing Isso or missing
// namespaces fail the suite instead; see test/helpers/isso.ts, test/e2e/runtime/namespace.ts.)
import { Readable } from 'node:stream'
import { spec, tap } from 'node:test/reporters'

export default async function* reporter(source) {
  const skipped = new Map() // reason -> { suites, tests }
  async function* recording() {
    for await (const event of source) {
      if (event.type === 'test:pass' && event.data.skip !== undefined) {
        const reason = event.data.skip === true ? 'skipped without a reason' : String(event.data.skip)
        const count = skipped.get(reason) ?? { suites: 0, tests: 0 }
        if (event.data.details?.type === 'suite') count.suites += 1
        else count.tests += 1
        skipped.set(reason, count)
      }
      yield event
    }
  }
  if (process.stdout.isTTY) yield* Readable.from(recording()).pipe(new spec())
  else yield* tap(recording())

  const lines = [...skipped].map(([reason, { suites, tests }]) => {
    const what = [suites && plural(suites, 'suite'), tests && plural(tests, 'test')].filter(Boolean).join(' and ')
    return `#   ${what}: ${reason}\n`
  })
  if (lines.length === 0) yield '# nothing skipped: every suite and test ran\n'
  else {
    const suites = [...skipped.values()].reduce((n, c) => n + c.suites, 0)
    const tests = [...skipped.values()].reduce((n, c) => n + c.tests, 0)
    yield `# NOT RUN: ${plural(suites, 'suite')} and ${plural(tests, 'test')} were skipped (a skipped suite's tests never start), because\n`
    yield* lines
    yield '# (CI=true turns each of these into a failure)\n'
  }
}

const plural = (n, noun) => `${n} ${noun}${n === 1 ? '' : 's'}`

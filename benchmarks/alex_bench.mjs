// Throughput of alex (the mature English inclusive-language linter) on the texts given as a
// JSON array on stdin. Prints {"words": N, "seconds": S, "messages": M} as JSON.
import {text as alex} from 'alex'

const chunks = []
for await (const c of process.stdin) chunks.push(c)
const texts = JSON.parse(Buffer.concat(chunks).toString('utf8'))
const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0)
alex('Warm up the parser once.')
const start = process.hrtime.bigint()
let messages = 0
for (const t of texts) messages += alex(t).messages.length
const seconds = Number(process.hrtime.bigint() - start) / 1e9
console.log(JSON.stringify({words, seconds, messages}))

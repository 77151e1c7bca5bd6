// Runs in Deno, not Node: the entry of one function's process. Like edge-runtime's user worker,
// the function's own `Deno.serve(handler)` is what serves; here it listens on a free loopback port,
// announced on stdout for the stack to proxy to.
type Handler = Deno.ServeHandler
type ServeArgs = [Handler] | [Deno.ServeOptions, Handler] | [Deno.ServeOptions & { handler: Handler }]

// Read by workers.ts, which waits for this line.
const LISTENING_MARK = '\u0000functions-runtime:listening:'

function handlerOf([first, second]: ServeArgs): Handler {
  if (typeof first === 'function') return first
  if (second) return second
  if ('handler' in first) return first.handler
  throw new TypeError('Deno.serve needs a handler')
}

const serve = Deno.serve.bind(Deno)
Object.defineProperty(Deno, 'serve', {
  value: (...args: ServeArgs) => {
    const options = typeof args[0] === 'function' ? {} : args[0]
    return serve(
      {
        ...options,
        port: 0,
        hostname: '127.0.0.1',
        onListen: ({ port }) => console.log(`${LISTENING_MARK}${port}`),
      },
      handlerOf(args),
    )
  },
})

// The stack holds our stdin open; when it goes away (even killed), so does this process.
;(async () => {
  for await (const _ of Deno.stdin.readable) {
    // Nothing is sent; the loop only waits for the end of the stream.
  }
  Deno.exit(0)
})()

await import(Deno.args[0]!)

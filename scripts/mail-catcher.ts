import { startMailCatcher } from './lib/mail-catcher.ts'

/** `npm run mail`: the mail catcher alone, in the foreground (`npm run dev` starts it too). */
const catcher = await startMailCatcher()
console.log(`Mail catcher (maildev): ${catcher.url} (SMTP on 127.0.0.1:${catcher.smtpPort})`)
const stop = () => void catcher.stop().then(() => process.exit(0))
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

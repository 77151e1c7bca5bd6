/** The mail catcher the stack sends to (maildev's REST API); the runner sets MAIL_URL. */
export const MAIL_URL = process.env.MAIL_URL ?? 'http://127.0.0.1:54324'

export interface CaughtEmail {
  id: string
  subject: string
  html: string
  text: string
  to: { address: string }[]
  from: { address: string; name: string }[]
  time: string
}

/** Every email the catcher holds for one address, newest first (maildev lists them as they arrived). */
export async function emailsTo(address: string): Promise<CaughtEmail[]> {
  const response = await fetch(`${MAIL_URL}/api/email`)
  if (!response.ok) throw new Error(`mail catcher at ${MAIL_URL} answered ${response.status}`)
  const emails = (await response.json()) as CaughtEmail[]
  return emails
    .filter((email) => email.to.some((to) => to.address.toLowerCase() === address.toLowerCase()))
    .toReversed()
}

/** Waits until `count` emails have reached the address (SMTP delivery is not instant), and returns the newest. */
export async function waitForEmail(address: string, count = 1, timeoutMs = 10_000): Promise<CaughtEmail> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const emails = await emailsTo(address)
    if (emails.length >= count) return emails[0]!
    if (Date.now() > deadline) throw new Error(`no email #${count} for ${address} within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The first link of an email's HTML, as a person would click it. */
export function firstLink(email: CaughtEmail): string {
  const href = /href="([^"]+)"/.exec(email.html)?.[1]
  if (!href) throw new Error(`email "${email.subject}" has no link`)
  return href.replaceAll('&amp;', '&')
}

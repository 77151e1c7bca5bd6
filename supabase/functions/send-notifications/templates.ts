// The notification emails in Vietnamese and English: the engagement code and a deep link into the
// app in every item. Plain HTML with inline styles, as mail clients render it.

export type EmailItem = {
  notification_id: string
  kind: string
  title: string
  body: string
  link: string
  code: string | null
  created_at: string
}

export type Language = 'vi' | 'en'

const WORDS = {
  vi: {
    open: 'Mở trong ứng dụng',
    digestSubject: (day: string, count: number) => `Tóm tắt ${count} thông báo ngày ${day}`,
    digestIntro: 'Những thông báo của bạn trong ngày:',
    footer: 'Bạn nhận email này vì cài đặt thông báo của bạn. Thay đổi tại trang Thông báo.',
  },
  en: {
    open: 'Open in the app',
    digestSubject: (day: string, count: number) => `Your ${count} notifications of ${day}`,
    digestIntro: 'Your notifications of the day:',
    footer:
      'You receive this email because of your notification settings. Change them on the Notifications page.',
  },
} as const

const escape = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;')

/** The app's address of a notification's link (a path of the app, never another origin). */
export function deepLink(appUrl: string, link: string): string {
  const path = link.startsWith('/') && !link.startsWith('//') ? link : '/notifications'
  return `${appUrl.replace(/\/$/, '')}${path}`
}

const dayOf = (iso: string) =>
  new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).format(new Date(iso))

function itemHtml(item: EmailItem, language: Language, appUrl: string): string {
  const href = escape(deepLink(appUrl, item.link))
  return `<div style="margin:0 0 16px;padding:12px;border:1px solid #e2e8f0;border-radius:8px">
<p style="margin:0 0 4px;font-weight:600">${escape(item.title)}</p>
${item.body ? `<p style="margin:0 0 8px;color:#334155">${escape(item.body)}</p>` : ''}
<a href="${href}" style="color:#0f766e">${WORDS[language].open}</a>
</div>`
}

/** One email: a single notification, or the day's digest of several. */
export function composeEmail(
  items: EmailItem[],
  options: { language: Language; digest: boolean; appUrl: string },
): { subject: string; html: string; text: string } {
  const words = WORDS[options.language]
  const first = items[0]
  const subject =
    options.digest || !first
      ? words.digestSubject(dayOf(first?.created_at ?? new Date().toISOString()), items.length)
      : first.title
  const intro = options.digest ? `<p>${words.digestIntro}</p>` : ''
  const html = `<!doctype html><html lang="${options.language}"><body style="font-family:Arial,sans-serif;color:#0f172a">
<p style="font-weight:700">TAMS – SAGOS</p>${intro}
${items.map((item) => itemHtml(item, options.language, options.appUrl)).join('\n')}
<p style="color:#64748b;font-size:12px">${words.footer}</p></body></html>`
  const text = items
    .map(
      (item) => `${item.title}\n${item.body ? `${item.body}\n` : ''}${deepLink(options.appUrl, item.link)}`,
    )
    .join('\n\n')
  return { subject, html, text }
}

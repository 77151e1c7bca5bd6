import { readFileSync } from 'node:fs'
import type { EmailTemplateSettings } from '../../cli-config.ts'

/** The kinds of email GoTrue sends for the flows the stack serves (internal/mailer/templatemailer). */
export type EmailKind = 'invite' | 'recovery' | 'email_change'

/** GoTrue's defaults, used where config.toml names no template. */
const DEFAULTS: Record<EmailKind, { subject: string; body: string }> = {
  invite: {
    subject: "You've been invited",
    body: `<h2>You have been invited</h2>\n\n<p>You have been invited to create a user on {{ .SiteURL }}. Follow this link to accept the invite:</p>\n<p><a href="{{ .ConfirmationURL }}">Accept the invite</a></p>`,
  },
  recovery: {
    subject: 'Reset your password',
    body: `<h2>Reset password</h2>\n\n<p>Follow this link to reset the password for your user:</p>\n<p><a href="{{ .ConfirmationURL }}">Reset password</a></p>`,
  },
  email_change: {
    subject: 'Confirm your new email address',
    body: `<h2>Confirm change of email</h2>\n\n<p>Follow this link to confirm the update of your email from {{ .Email }} to {{ .NewEmail }}:</p>\n<p><a href="{{ .ConfirmationURL }}">Change email</a></p>`,
  },
}

export interface TemplateData {
  SiteURL: string
  ConfirmationURL: string
  Email: string
  NewEmail?: string
  Token: string
  TokenHash: string
  RedirectTo: string
  Data: Record<string, unknown>
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&#34;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!)

/**
 * Go's html/template for the part templates use: `{{ .Name }}` and `{{ .Data.key }}`, HTML-escaped.
 * Anything else is left as written, so a template the stack cannot render shows it plainly.
 */
export function renderTemplate(template: string, data: TemplateData, escape = true): string {
  return template.replace(
    /\{\{\s*\.([A-Za-z]+)(?:\.([A-Za-z0-9_]+))?\s*\}\}/g,
    (whole, name: string, key?: string) => {
      const value: unknown = key
        ? name === 'Data'
          ? data.Data[key]
          : undefined
        : data[name as keyof TemplateData]
      if (value === undefined || value === null || typeof value === 'object')
        return key || !(name in data) ? whole : ''
      return escape ? escapeHtml(String(value)) : String(value)
    },
  )
}

/** Subject and HTML body of one email, from config.toml's template or GoTrue's default. */
export function composeEmail(
  kind: EmailKind,
  templates: Record<string, EmailTemplateSettings>,
  data: TemplateData,
): { subject: string; html: string } {
  const configured = templates[kind] ?? {}
  const body = configured.contentPath ? readFileSync(configured.contentPath, 'utf8') : DEFAULTS[kind].body
  return {
    subject: renderTemplate(configured.subject ?? DEFAULTS[kind].subject, data, false),
    html: renderTemplate(body, data),
  }
}

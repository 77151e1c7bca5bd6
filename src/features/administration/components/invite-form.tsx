import { useState, type FormEvent } from 'react'
import { useTranslation } from 'react-i18next'

import { Alert } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Select } from '@/components/ui/select'

import { useInviteUser, type Invitation } from '../api/invite-user'
import { ADMIN_NS } from '../messages'
import { AdminAlert } from './admin-alert'

type Props =
  | {
      side: 'provider'
      clientId?: undefined
      roles: readonly Extract<Invitation, { side: 'provider' }>['role'][]
    }
  | { side: 'client'; clientId: string; roles: readonly Extract<Invitation, { side: 'client' }>['role'][] }

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** An email and a role; the invitation function decides whether the caller may invite them. */
export function InviteForm(props: Props) {
  const { t } = useTranslation(ADMIN_NS)
  const invite = useInviteUser()
  const [email, setEmail] = useState('')
  const [role, setRole] = useState<string>(props.roles[0] ?? '')
  const [invalid, setInvalid] = useState(false)
  const [sentTo, setSentTo] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!EMAIL.test(email.trim())) return setInvalid(true)
    setInvalid(false)
    const invitation = (
      props.side === 'client'
        ? { email, side: 'client', role, client_id: props.clientId }
        : { email, side: 'provider', role, client_id: null }
    ) as Invitation
    invite.mutate(invitation, {
      onSuccess: () => {
        setSentTo(email.trim())
        setEmail('')
      },
    })
  }
  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr]">
        <Field label={t('invite.email')} error={invalid ? t('invite.emailInvalid') : undefined}>
          <Input
            type="email"
            autoComplete="off"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
          />
        </Field>
        <Field label={t('invite.role')}>
          <Select value={role} onChange={(event) => setRole(event.target.value)}>
            {props.roles.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <AdminAlert error={invite.error} />
      {sentTo && !invite.isPending && !invite.error && (
        <Alert tone="info">{t('invite.sent', { email: sentTo })}</Alert>
      )}
      <Button type="submit" isLoading={invite.isPending}>
        {t('invite.submit')}
      </Button>
    </form>
  )
}

import type accountVi from '@/features/account/locales/vi'
import type administrationVi from '@/features/administration/locales/vi'
import type authVi from '@/features/auth/locales/vi'
import type boardVi from '@/features/board/locales/vi'
import type clientPortalVi from '@/features/client-portal/locales/vi'
import type dutiesVi from '@/features/duties/locales/vi'
import type workspaceVi from '@/features/engagement-workspace/locales/vi'
import type conversationsVi from '@/features/conversations/locales/vi'
import type notificationsVi from '@/features/notifications/locales/vi'
import type oversightVi from '@/features/oversight-dashboard/locales/vi'
import type warrantyQueueVi from '@/features/warranty-queue/locales/vi'
import type profileVi from '@/lib/profile/locales/vi'
import type workflowVi from '@/lib/workflow/locales/vi'
import type commonVi from '@/locales/vi'

/**
 * The Vietnamese strings are the source of truth for every key: `t('no.such.key')` fails to
 * compile. Each English file is typed `Messages<typeof vi>`, so it has the same keys.
 */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: {
      common: typeof commonVi
      account: typeof accountVi
      administration: typeof administrationVi
      auth: typeof authVi
      board: typeof boardVi
      'client-portal': typeof clientPortalVi
      duties: typeof dutiesVi
      'engagement-workspace': typeof workspaceVi
      conversations: typeof conversationsVi
      notifications: typeof notificationsVi
      'oversight-dashboard': typeof oversightVi
      'warranty-queue': typeof warrantyQueueVi
      profile: typeof profileVi
      workflow: typeof workflowVi
    }
  }
}

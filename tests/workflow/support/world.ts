import type { SupabaseClient } from '@supabase/supabase-js'
import { serviceRole } from '../../support/personas.ts'

/** A row as the API returns it; each test names the columns it reads. */
export type Row = Record<string, unknown>

/** How a user relates to the provider and its clients, read from the database, not assumed. */
export type Audience =
  | { side: 'manager' }
  | { side: 'account_manager'; userId: string }
  | { side: 'client'; clientIds: Set<string> }
  | { side: 'nobody' }

export interface EngagementRef {
  id: string
  client_id: string
  account_manager_id: string | null
}

/** The service role's view of who is who, the reference for every visibility check. */
export interface World {
  engagements: Map<string, EngagementRef>
  staff: Row[]
  clientMembers: Row[]
  audienceOf(userId: string | null): Audience
  /** Whether the rule "admin/manager all, assigned AM, own client" lets this audience see the engagement. */
  seesEngagement(audience: Audience, engagementId: string): boolean
}

export async function readAll(client: SupabaseClient, table: string, columns = '*'): Promise<Row[]> {
  const { data, error } = await client.from(table).select(columns).range(0, 99_999)
  if (error) throw new Error(`${table}: ${error.message}`)
  return (data ?? []) as unknown as Row[]
}

export async function loadWorld(): Promise<World> {
  const service = serviceRole()
  const [engagementRows, staff, clientMembers] = await Promise.all([
    readAll(service, 'engagements', 'id,client_id,account_manager_id'),
    readAll(service, 'staff'),
    readAll(service, 'client_members'),
  ])
  const engagements = new Map(engagementRows.map((row) => [String(row.id), row as unknown as EngagementRef]))

  const audienceOf = (userId: string | null): Audience => {
    if (!userId) return { side: 'nobody' }
    const staffRow = staff.find((row) => row.user_id === userId && row.active !== false)
    if (staffRow)
      return staffRow.role === 'account_manager' ? { side: 'account_manager', userId } : { side: 'manager' }
    const clientIds = new Set(
      clientMembers
        .filter((row) => row.user_id === userId && row.active !== false)
        .map((row) => String(row.client_id)),
    )
    return clientIds.size > 0 ? { side: 'client', clientIds } : { side: 'nobody' }
  }

  const seesEngagement = (audience: Audience, engagementId: string): boolean => {
    const engagement = engagements.get(engagementId)
    if (!engagement) return false
    switch (audience.side) {
      case 'manager':
        return true
      case 'account_manager':
        return engagement.account_manager_id === audience.userId
      case 'client':
        return audience.clientIds.has(engagement.client_id)
      case 'nobody':
        return false
    }
  }

  return { engagements, staff, clientMembers, audienceOf, seesEngagement }
}

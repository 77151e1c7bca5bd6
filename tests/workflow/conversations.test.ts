import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { RealtimeChannel, SupabaseClient } from '@supabase/supabase-js'
import { persona, serviceRole, type Persona } from '../support/personas.ts'
import { act, call, engagementAt } from './support/journey.ts'
import type { Row } from './support/world.ts'

// Threads (20261201001700_conversations.sql): both sides talk on the engagement; staff notes stay
// internal in every channel (REST, Realtime, notifications); edits keep history; nothing is deleted.

type Received = { table: string; row: Row }

/** Joins Realtime as the persona on messages and their own notifications; collects what arrives. */
async function listen(
  who: Persona,
  engagementId: string,
): Promise<{ received: Received[]; stop: () => void }> {
  const client: SupabaseClient = who.client
  await client.realtime.setAuth(who.accessToken)
  const received: Received[] = []
  const channel: RealtimeChannel = client
    .channel(`conversation-${Math.random().toString(36).slice(2)}`)
    .on(
      'postgres_changes',
      { event: '*', schema: 'public', table: 'messages', filter: `engagement_id=eq.${engagementId}` },
      (change) => received.push({ table: 'messages', row: change.new as Row }),
    )
    .on(
      'postgres_changes',
      { event: 'INSERT', schema: 'public', table: 'notifications', filter: `user_id=eq.${who.userId}` },
      (change) => received.push({ table: 'notifications', row: change.new as Row }),
    )
  await new Promise<void>((resolve, reject) => {
    channel.subscribe((status, error) => {
      if (status === 'SUBSCRIBED') resolve()
      else if (status !== 'CLOSED') reject(error ?? new Error(status))
    })
  })
  return {
    received,
    stop: () => {
      void client.removeChannel(channel)
      client.realtime.disconnect()
    },
  }
}

async function until(check: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
  const started = Date.now()
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
}

describe('conversations', () => {
  test('a client writes, the account manager answers, an internal note reaches no client anywhere', async () => {
    const id = String((await engagementAt('agreement', 'Trao đổi: ghi chú nội bộ')).id)
    const [an, binh, lan, manager] = await Promise.all([
      persona('an'),
      persona('binh'),
      persona('lan'),
      persona('manager'),
    ])
    const anHears = await listen(an, id)
    try {
      const question = await act(binh, 'post_message', {
        engagement_id: id,
        body: 'Có thể giao sớm hơn không?',
      })
      const note = await act(lan, 'post_message', {
        engagement_id: id,
        body: 'Nội bộ: khách hàng ép tiến độ, @Hà xem giúp.',
        internal: true,
        mentions: [manager.userId],
      })
      const answer = await act(lan, 'post_message', {
        engagement_id: id,
        body: 'Được, chúng tôi sẽ giao trong tuần sau.',
      })

      // REST: the client's users read the two messages, never the note; staff read all three.
      for (const client of [an, binh]) {
        const { data } = await client.client
          .from('messages')
          .select('id')
          .eq('engagement_id', id)
          .order('created_at')
        assert.deepEqual(
          data?.map((row) => row.id),
          [question.id, answer.id],
        )
      }
      const { data: staffView } = await lan.client.from('messages').select('id').eq('engagement_id', id)
      assert.equal(staffView?.length, 3)

      // Notifications: the manager is mentioned in the note; Lan hears of the question; the client
      // hears of the answer and of nothing about the note.
      const { data: managerInbox } = await manager.client
        .from('notifications')
        .select('kind, subject')
        .eq('subject_id', String(note.id))
      assert.deepEqual(managerInbox, [{ kind: 'mention', subject: 'mentioned' }])
      const { data: lanInbox } = await lan.client
        .from('notifications')
        .select('kind, subject')
        .eq('subject_id', String(question.id))
      assert.deepEqual(lanInbox, [{ kind: 'message', subject: 'engagement' }])
      for (const client of [an, binh]) {
        const { data } = await client.client
          .from('notifications')
          .select('subject, subject_id')
          .eq('engagement_id', id)
        assert.ok(!(data ?? []).some((row) => row.subject_id === note.id || row.subject === 'internal_note'))
      }
      const { count: noteNotices } = await serviceRole()
        .from('notifications')
        .select('id', { count: 'exact', head: true })
        .eq('subject_id', String(note.id))
        .in('user_id', [an.userId, binh.userId])
      assert.equal(noteNotices, 0)

      // Realtime: An's socket carries the answer and its notification, and nothing of the note.
      await until(
        () => anHears.received.some((item) => item.row.id === answer.id),
        'the answer over Realtime',
      )
      await until(
        () =>
          anHears.received.some(
            (item) => item.table === 'notifications' && item.row.subject_id === answer.id,
          ),
        'the notification of the answer',
      )
      assert.ok(!anHears.received.some((item) => item.row.id === note.id || item.row.subject_id === note.id))
      assert.ok(!anHears.received.some((item) => String(item.row.body ?? '').includes('Nội bộ')))
    } finally {
      anHears.stop()
    }
  })

  test('only staff write internal notes, and mention only people who may read them', async () => {
    const id = String((await engagementAt('request', 'Trao đổi: quyền')).id)
    const [an, lan, minh, chi] = await Promise.all([
      persona('an'),
      persona('lan'),
      persona('minh'),
      persona('chi'),
    ])
    const before = await serviceRole()
      .from('messages')
      .select('id', { count: 'exact', head: true })
      .eq('engagement_id', id)
    assert.equal(
      (await call(an, 'post_message', { engagement_id: id, body: 'x', internal: true })).code,
      'not_staff',
    )
    assert.equal(
      (await call(chi, 'post_message', { engagement_id: id, body: 'x' })).code,
      'engagement_not_found',
    )
    assert.equal(
      (await call(minh, 'post_message', { engagement_id: id, body: 'x' })).code,
      'engagement_not_found',
    )
    assert.equal(
      (
        await call(lan, 'post_message', {
          engagement_id: id,
          body: 'x',
          internal: true,
          mentions: [an.userId],
        })
      ).code,
      'mention_not_participant',
    )
    assert.equal(
      (await call(lan, 'post_message', { engagement_id: id, body: '   ' })).code,
      'message_required',
    )
    const after = await serviceRole()
      .from('messages')
      .select('id', { count: 'exact', head: true })
      .eq('engagement_id', id)
    assert.equal(after.count, before.count)
  })

  test('an edit keeps the earlier wording; only the author edits; nothing is deleted', async () => {
    const id = String((await engagementAt('request', 'Trao đổi: sửa')).id)
    const [an, lan] = await Promise.all([persona('an'), persona('lan')])
    const posted = await act(an, 'post_message', { engagement_id: id, body: 'Bản đầu' })
    assert.equal(
      (await call(lan, 'edit_message', { message_id: posted.id, body: 'Sửa hộ' })).code,
      'not_message_author',
    )
    const edited = await act(an, 'edit_message', { message_id: posted.id, body: 'Bản sửa' })
    assert.equal(edited.body, 'Bản sửa')
    assert.equal(edited.revision, 2)
    const { data: history } = await lan.client
      .from('message_revisions')
      .select('revision, body')
      .eq('message_id', String(posted.id))
    assert.deepEqual(history, [{ revision: 1, body: 'Bản đầu' }])
    const removed = await serviceRole().from('messages').delete().eq('id', String(posted.id))
    assert.ok(removed.error)
    const { count } = await serviceRole()
      .from('messages')
      .select('id', { count: 'exact', head: true })
      .eq('id', String(posted.id))
    assert.equal(count, 1)
  })
})

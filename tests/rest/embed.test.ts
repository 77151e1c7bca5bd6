import assert from 'node:assert/strict'
import { describe, it } from 'node:test'
import { restClient } from '../support/rest-client.ts'

describe('embedding resources', () => {
  const db = restClient()

  it('embeds a many-to-one as an object, or null', async () => {
    const { data } = await db.from('projects').select('id,client:clients(name)').order('id')
    assert.deepEqual(data, [
      { id: 1, client: { name: 'Acme' } },
      { id: 2, client: { name: 'Acme' } },
      { id: 3, client: { name: 'Globex' } },
      { id: 4, client: null },
    ])
  })

  it('embeds a one-to-many as an array, nested', async () => {
    const { data } = await db
      .from('clients')
      .select('name,projects(name,tasks(title))')
      .order('id')
      .order('id', { referencedTable: 'projects' })
      .order('id', { referencedTable: 'projects.tasks' })
    assert.deepEqual(data, [
      {
        name: 'Acme',
        projects: [
          { name: 'Website', tasks: [{ title: 'Wireframes' }, { title: 'Copy' }] },
          { name: 'Mobile app', tasks: [{ title: 'Login screen' }] },
        ],
      },
      { name: 'Globex', projects: [{ name: 'Audit', tasks: [{ title: 'Report' }] }] },
      { name: 'Initech', projects: [] },
    ])
  })

  it('embeds a many-to-many through its junction table', async () => {
    const { data } = await db
      .from('projects')
      .select('id,labels(name)')
      .order('id')
      .order('id', { referencedTable: 'labels' })
    assert.deepEqual(data, [
      { id: 1, labels: [{ name: 'urgent' }, { name: 'paid' }] },
      { id: 2, labels: [{ name: 'paid' }] },
      { id: 3, labels: [{ name: 'urgent' }] },
      { id: 4, labels: [] },
    ])
  })

  it('filters, orders and limits embedded rows', async () => {
    const { data } = await db
      .from('clients')
      .select('name,projects(name)')
      .eq('id', 1)
      .order('name', { referencedTable: 'projects', ascending: false })
      .limit(1, { referencedTable: 'projects' })
    assert.deepEqual(data, [{ name: 'Acme', projects: [{ name: 'Website' }] }])
    const filtered = await db
      .from('clients')
      .select('name,projects(name)')
      .eq('id', 1)
      .eq('projects.name', 'Mobile app')
    assert.deepEqual(filtered.data, [{ name: 'Acme', projects: [{ name: 'Mobile app' }] }])
  })

  it('keeps only parents with a match for !inner', async () => {
    const { data } = await db.from('projects').select('name,clients!inner(name)').eq('clients.country', 'US')
    assert.deepEqual(data, [{ name: 'Audit', clients: { name: 'Globex' } }])
  })

  it('disambiguates with hints, and refuses ambiguity with 300 PGRST201', async () => {
    const { data } = await db
      .from('tasks')
      .select('id,author:people!author_id(name),reviewer:people!tasks_reviewer_id_fkey(name)')
      .eq('id', 2)
    assert.deepEqual(data, [{ id: 2, author: { name: 'Minh' }, reviewer: null }])
    const ambiguous = await db.from('tasks').select('id,people(name)')
    assert.equal(ambiguous.status, 300)
    assert.equal(ambiguous.error?.code, 'PGRST201')
  })

  it('embeds from a view through the foreign keys of its base table', async () => {
    const { data } = await db.from('project_summaries').select('name,clients(name)').eq('id', 3)
    assert.deepEqual(data, [{ name: 'Audit', clients: { name: 'Globex' } }])
  })

  it('spreads a to-one embed into its parent', async () => {
    const { data } = await db.from('projects').select('name,...clients(client_name:name)').eq('id', 1)
    assert.deepEqual(data, [{ name: 'Website', client_name: 'Acme' }])
  })

  it('refuses an unknown relationship with 400 PGRST200', async () => {
    const { error, status } = await db.from('projects').select('id,nope(*)')
    assert.equal(status, 400)
    assert.equal(error?.code, 'PGRST200')
    assert.equal(
      error?.message,
      "Could not find a relationship between 'projects' and 'nope' in the schema cache",
    )
  })
})

/** The two queries the RLS bar is measured on, as the app sends them (one request each). */
export const LAN = 'a0000000-0000-4000-8000-000000000003'
export const AN = 'a0000000-0000-4000-8000-000000000005'
export const PHUONG_DONG = 'c0000000-0000-4000-8000-000000000001'

export interface BenchQuery {
  name: string
  /** Who runs it when measured "as that user". */
  userId: string
  sql: string
  params: unknown[]
}

export const BENCH_QUERIES: BenchQuery[] = [
  {
    name: "account manager's board (Lan, active engagements)",
    userId: LAN,
    sql: `select * from public.engagement_board where state = 'active' and account_manager_id = $1 order by step, step_entered_at`,
    params: [LAN],
  },
  {
    name: "account manager's board as the app reads it (Lan, board_cards: first 50 per column and counts)",
    userId: LAN,
    sql: `select * from public.board_cards(account_manager_id => $1)`,
    params: [LAN],
  },
  {
    name: "client's engagement list (An, Phương Đông)",
    userId: AN,
    sql: `select id, code, title, step, state, whose_move, whose_move_reason, updated_at
          from public.engagements where client_id = $1 order by updated_at desc limit 50`,
    params: [PHUONG_DONG],
  },
]

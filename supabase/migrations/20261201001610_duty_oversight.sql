-- The duties across engagements, for managers: a column per duty for every active engagement;
-- and the board filtered by an open duty.

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.oversight_duties()
returns table (engagement_id uuid, code text, title text, client_name text,
               p1 text, p2 text, p3 text, p4 text, p5 text, p6 text, p7 text, c1 text, c2 text, c3 text, c4 text, c5 text, c6 text)
language sql stable security definer set search_path = '' as $$
  select private.require_oversight();
  select e.id, e.code, e.title, c.name,
         max(d.status) filter (where d.duty = 'P1'),
         max(d.status) filter (where d.duty = 'P2'),
         max(d.status) filter (where d.duty = 'P3'),
         max(d.status) filter (where d.duty = 'P4'),
         max(d.status) filter (where d.duty = 'P5'),
         max(d.status) filter (where d.duty = 'P6'),
         max(d.status) filter (where d.duty = 'P7'),
         max(d.status) filter (where d.duty = 'C1'),
         max(d.status) filter (where d.duty = 'C2'),
         max(d.status) filter (where d.duty = 'C3'),
         max(d.status) filter (where d.duty = 'C4'),
         max(d.status) filter (where d.duty = 'C5'),
         max(d.status) filter (where d.duty = 'C6')
  from public.engagements e
  join public.clients c on c.id = e.client_id
  join public.engagement_duties d on d.engagement_id = e.id
  where e.state = 'active'
  group by e.id, e.code, e.title, c.name
  order by e.code
$$;
comment on function public.oversight_duties()
  is 'Every active engagement with the status of each duty of the policy, one column per duty (managers and admins); read a page at a time.';

-- The board gains one filter, open_duty: only engagements whose ledger has that duty open.
drop function public.board_cards(public.engagement_state[], uuid, uuid, public.engagement_party, text,
  public.engagement_step, timestamptz, uuid, integer);
create or replace function public.board_cards(
  states public.engagement_state[] default array['active', 'on_hold']::public.engagement_state[],
  client_id uuid default null,
  account_manager_id uuid default null,
  whose_move public.engagement_party default null,
  search text default null,
  step public.engagement_step default null,
  after_step_entered_at timestamptz default null,
  after_id uuid default null,
  page_size integer default 50,
  open_duty text default null
)
returns table (
  id uuid, code text, title text, step public.engagement_step, state public.engagement_state,
  version integer, step_entered_at timestamptz, client_id uuid, client_name text,
  account_manager_id uuid, account_manager_name text, agreed_price_vnd bigint,
  whose_move public.engagement_party, whose_move_reason text,
  provider_waiting_seconds bigint, client_waiting_seconds bigint,
  column_count bigint, column_total_vnd bigint
)
language sql stable security invoker set search_path = '' as $$
  with
  -- The search ignores case and Vietnamese accents, like the board's search box always did.
  terms as (
    select coalesce(array_agg(term), '{}') as words
    from regexp_split_to_table(lower(translate(coalesce(board_cards.search, ''),
      'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
      'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD')),
      '\s+') as term
    where term <> ''
  ),
  matching as (
    select b.*
    from public.engagement_board b, terms
    where b.state = any(board_cards.states)
      and (board_cards.client_id is null or b.client_id = board_cards.client_id)
      and (board_cards.account_manager_id is null or b.account_manager_id = board_cards.account_manager_id)
      and (board_cards.whose_move is null or b.whose_move = board_cards.whose_move)
      and (board_cards.step is null or b.step = board_cards.step)
      and (board_cards.open_duty is null or exists (
        select 1 from public.engagement_duties d
        where d.engagement_id = b.id and d.duty = board_cards.open_duty and d.status = 'open'))
      and (cardinality(terms.words) = 0 or (
        select bool_and(strpos(lower(translate(concat_ws(' ', b.code, b.title, b.client_name, b.account_manager_name),
          'àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸĐ',
          'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyydAAAAAAAAAAAAAAAAAEEEEEEEEEEEIIIIIOOOOOOOOOOOOOOOOOUUUUUUUUUUUYYYYYD')),
          word) > 0)
        from unnest(terms.words) word))
  ),
  columns as (
    select m.step, count(*) as column_count, coalesce(sum(m.agreed_price_vnd), 0)::bigint as column_total_vnd
    from matching m
    group by m.step
  ),
  ranked as (
    select m.*, row_number() over (partition by m.step order by m.step_entered_at, m.id) as position
    from matching m
    where board_cards.after_step_entered_at is null
       or (m.step_entered_at, m.id) > (board_cards.after_step_entered_at, board_cards.after_id)
  )
  select r.id, r.code, r.title, r.step, r.state, r.version, r.step_entered_at, r.client_id, r.client_name,
         r.account_manager_id, r.account_manager_name, r.agreed_price_vnd, r.whose_move, r.whose_move_reason,
         r.provider_waiting_seconds, r.client_waiting_seconds, c.column_count, c.column_total_vnd
  from ranked r
  join columns c on c.step = r.step
  where r.position <= least(greatest(board_cards.page_size, 1), 100)
  order by r.step, r.step_entered_at, r.id
$$;
comment on function public.board_cards(public.engagement_state[], uuid, uuid, public.engagement_party, text,
  public.engagement_step, timestamptz, uuid, integer, text)
  is 'The board in one request: the first page_size cards (at most 100) of every column, or with step and a (step_entered_at, id) cursor the next page of one column; each card carries its column''s count and VND total under the filters (open_duty: only engagements with that duty open). RLS applies.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on function public.oversight_duties(), public.board_cards(public.engagement_state[], uuid, uuid, public.engagement_party, text,
  public.engagement_step, timestamptz, uuid, integer, text) from public, anon;
grant execute on function public.oversight_duties(), public.board_cards(public.engagement_state[], uuid, uuid, public.engagement_party, text,
  public.engagement_step, timestamptz, uuid, integer, text) to authenticated, service_role;

-- The scale data set for benchmarks, generated in SQL on top of the demo seed: 2,000 clients with two
-- users each, 50 staff (46 account managers), 100,000 engagements and 1,000,000 events. Client sizes
-- are skewed (a few large clients, many small ones); every client has one account manager.
set local synchronous_commit = off;

create temporary table scale_password on commit drop as
select extensions.crypt('tams-demo-2026', extensions.gen_salt('bf', 4)) as hash;

-- Staff: 2 more managers and 44 more account managers (50 with the demo four).
insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data,
                        raw_user_meta_data, confirmation_token, recovery_token, email_change_token_new, email_change)
select '00000000-0000-0000-0000-000000000000', md5('scale-staff-' || n)::uuid, 'authenticated', 'authenticated',
       'staff' || n || '@scale.tams.test', (select hash from scale_password), now(),
       '{"provider":"email","providers":["email"]}', jsonb_build_object('full_name', 'Nhân viên ' || n), '', '', '', ''
from generate_series(1, 46) as n;
insert into public.staff (user_id, role, full_name, email)
select md5('scale-staff-' || n)::uuid, case when n <= 2 then 'manager' else 'account_manager' end::public.staff_role,
       'Nhân viên ' || n, 'staff' || n || '@scale.tams.test'
from generate_series(1, 46) as n;

-- Clients: 1,998 more (2,000 with the demo two), each with an approver and a member.
insert into public.clients (id, name, contact_email)
select md5('scale-client-' || n)::uuid, 'Công ty khách hàng số ' || n, 'lienhe' || n || '@scale.test'
from generate_series(1, 1998) as n;
insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data,
                        raw_user_meta_data, confirmation_token, recovery_token, email_change_token_new, email_change)
select '00000000-0000-0000-0000-000000000000', md5('scale-member-' || n || '-' || r)::uuid, 'authenticated', 'authenticated',
       r || n || '@scale.test', (select hash from scale_password), now(),
       '{"provider":"email","providers":["email"]}', '{}', '', '', '', ''
from generate_series(1, 1998) as n, unnest(array['approver', 'member']) as r;
insert into public.client_members (client_id, user_id, role, full_name, email)
select md5('scale-client-' || n)::uuid, md5('scale-member-' || n || '-' || r)::uuid, r::public.client_member_role,
       'Người dùng ' || n, r || n || '@scale.test'
from generate_series(1, 1998) as n, unnest(array['approver', 'member']) as r;

-- Index clients and account managers so that client 0 is Phương Đông (Lan's) and client 1 Sao Biển (Minh's).
create temporary table scale_clients on commit drop as
select (row_number() over (order by c.id <> 'c0000000-0000-4000-8000-000000000001', c.id <> 'c0000000-0000-4000-8000-000000000002', c.id) - 1)::int as idx,
       c.id from public.clients c;
create temporary table scale_ams on commit drop as
select (row_number() over (order by s.user_id <> 'a0000000-0000-4000-8000-000000000003', s.user_id <> 'a0000000-0000-4000-8000-000000000004', s.user_id) - 1)::int as idx,
       s.user_id from public.staff s where s.role = 'account_manager';
create index on scale_clients (idx);
create index on scale_ams (idx);
create temporary table scale_packages on commit drop as
select (row_number() over (order by p.id) - 1)::int as idx, p.id, p.price_vnd, p.warranty_months from public.service_packages p where p.active;

-- Engagements: most of the history is finished; about 2,000 (2%) are active across the seven steps
-- (the board bar of docs/quality.md), 80% closed, 15% cancelled, 3% on hold.
insert into public.engagements (id, code, client_id, account_manager_id, title, step, state, state_reason, step_entered_at,
  package_id, agreed_price_vnd, warranty_starts_at, warranty_ends_at, whose_move, whose_move_reason, whose_move_since,
  created_at, updated_at)
select gen_random_uuid(), 'TS-' || (2021 + s.g % 5) || '-' || lpad((10000 + s.g)::text, 6, '0'), c.id, a.user_id,
       'Dự án số ' || s.g, s.step::public.engagement_step, s.state::public.engagement_state,
       case when s.state <> 'active' then 'Dữ liệu quy mô lớn' end,
       s.created_at + (now() - s.created_at) * s.r3, case when s.step not in ('request', 'agreement') then p.id end,
       case when s.step not in ('request', 'agreement') then p.price_vnd end,
       case when s.step = 'warranty' then s.created_at + (now() - s.created_at) * s.r3 end,
       case when s.step = 'warranty' then s.created_at + (now() - s.created_at) * s.r3 + make_interval(months => p.warranty_months) end,
       case when s.state <> 'active' then 'none' when s.step in ('agreement', 'acceptance') then 'client' else 'provider' end::public.engagement_party,
       'scale', now() - s.r3 * interval '20 days', s.created_at, now() - s.r3 * interval '10 days'
from (
  select g, floor(2000 * power(random(), 1.4))::int as client_idx, random() as r3,
         now() - random() * interval '900 days' as created_at, floor(random() * 4)::int as package_idx,
         case when x < 0.02 then 'active' when x < 0.82 then 'closed' when x < 0.97 then 'cancelled' else 'on_hold' end as state,
         case when x >= 0.02 and x < 0.82 then 'warranty'
              when x >= 0.82 and x < 0.97 then (array['request', 'agreement', 'payment'])[1 + floor(y * 3)::int]
              else (array['request', 'agreement', 'agreement', 'payment', 'implementation', 'implementation', 'implementation',
                           'completion', 'acceptance', 'warranty', 'warranty'])[1 + floor(y * 11)::int] end as step
  from (select g, random() as x, random() as y from generate_series(1, 100000) as g) as draws
) as s
join scale_clients c on c.idx = least(s.client_idx, 1999)
join scale_ams a on a.idx = c.idx % (select count(*) from scale_ams)
join scale_packages p on p.idx = s.package_idx % (select count(*) from scale_packages);

-- Events: 1,000,000, about 70% visible to the client, spread over each engagement's life.
create temporary table scale_engagements on commit drop as
select (row_number() over (order by e.id))::int as n, e.id, e.account_manager_id, e.created_at from public.engagements e;
create index on scale_engagements (n);
insert into public.engagement_events (engagement_id, actor_id, kind, note, visible_to_client, created_at)
select e.id, e.account_manager_id, (array['step_changed', 'quote_sent', 'payment_confirmed', 'milestone_done', 'internal_note'])[1 + d.k],
       null, d.k <> 4 and d.v < 0.85, e.created_at + (now() - e.created_at) * d.t
from (
  select floor(random() * (select count(*) from scale_engagements))::int + 1 as n, floor(random() * 5)::int as k,
         random() as v, random() as t
  from generate_series(1, 1000000)
) as d
join scale_engagements e on e.n = d.n;

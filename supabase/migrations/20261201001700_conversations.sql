-- Conversations and notifications: a thread on each engagement, change request and warranty claim
-- (C4: analyse arising requirements together), internal notes only staff ever receive, and an inbox
-- that tells each person when it is their move (P4: coordinate quickly). Notifications are written
-- by the database in the transaction of the event that causes them; the app and email only read.

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.messages (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  topic text not null check (topic in ('engagement', 'change_request', 'warranty_claim')),
  topic_id uuid not null,
  author_id uuid not null references auth.users (id),
  body text not null check (length(btrim(body)) > 0 and length(body) <= 8000),
  internal boolean not null default false,
  mentions uuid[] not null default '{}',
  document_ids uuid[] not null default '{}',
  revision integer not null default 1,
  created_at timestamptz not null default now(),
  edited_at timestamptz,
  check (topic <> 'engagement' or topic_id = engagement_id)
);
comment on table public.messages is
  'One message of a thread (engagement, change request or warranty claim). Internal notes are staff-only; edits keep their history in message_revisions; nothing is deleted.';
comment on column public.messages.internal is 'A staff note: no client ever receives it (REST, Realtime, embeds, email, notifications).';
comment on column public.messages.mentions is 'Users the author @mentioned; each may see the thread and gets a notification.';
comment on column public.messages.document_ids is 'Attached documents of the same engagement; readers see only those the documents policies show them.';
create index messages_thread_idx on public.messages (engagement_id, topic, topic_id, created_at);
create index messages_author_id_idx on public.messages (author_id);

create table public.message_revisions (
  message_id uuid not null references public.messages (id),
  revision integer not null,
  body text not null,
  edited_by uuid not null references auth.users (id),
  created_at timestamptz not null default now(),
  primary key (message_id, revision)
);
comment on table public.message_revisions is 'Every earlier wording of an edited message, so an edit never rewrites what was said.';
create index message_revisions_edited_by_idx on public.message_revisions (edited_by);

create table public.notifications (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references auth.users (id),
  kind text not null check (kind in ('your_move', 'activity', 'message', 'mention', 'reminder', 'reassigned')),
  subject text not null,
  engagement_id uuid references public.engagements (id),
  subject_id uuid,
  title text not null,
  body text not null default '',
  link text not null,
  created_at timestamptz not null default now(),
  read_at timestamptz
);
comment on table public.notifications is
  'A person''s inbox: written by the database in the transaction of the event; a user reads and marks only their own.';
comment on column public.notifications.kind is
  'your_move (a new pending action this person may take), activity (something happened on an engagement they follow), message, mention, reminder, reassigned.';
comment on column public.notifications.subject is 'What it is about: the pending action kind, event kind, message topic or reminder kind.';
comment on column public.notifications.link is 'Where in the app it opens (a path of the app, never another origin).';
create index notifications_user_id_created_at_idx on public.notifications (user_id, created_at desc);
create index notifications_unread_idx on public.notifications (user_id) where read_at is null;
create index notifications_engagement_id_idx on public.notifications (engagement_id);

create table public.notification_settings (
  user_id uuid primary key references auth.users (id) on delete cascade,
  language text not null default 'vi' check (language in ('vi', 'en')),
  updated_at timestamptz not null default now()
);
comment on table public.notification_settings is 'The language a person''s notifications and emails are written in (default Vietnamese).';

create table public.notification_preferences (
  user_id uuid not null references auth.users (id) on delete cascade,
  kind text not null check (kind in ('your_move', 'activity', 'message', 'mention', 'reminder', 'reassigned')),
  email text not null check (email in ('immediately', 'daily_digest', 'off')),
  updated_at timestamptz not null default now(),
  primary key (user_id, kind)
);
comment on table public.notification_preferences is 'Per person and kind: email at once (the default), in a daily digest, or not at all.';

-- The email outbox lives in `private`, which the API does not expose: only the sender reads it.
create table private.notification_emails (
  notification_id uuid primary key references public.notifications (id),
  user_id uuid not null references auth.users (id),
  digest boolean not null default false,
  deliver_after timestamptz not null default now(),
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts integer not null default 0,
  lease_token uuid,
  lease_until timestamptz,
  message_token uuid,
  last_error text,
  sent_at timestamptz,
  created_at timestamptz not null default now()
);
comment on table private.notification_emails is
  'One row per notification to email (at most once): claimed with a lease, retried with backoff, marked sent.';
comment on column private.notification_emails.lease_token is 'The current claim; only its holder may complete or fail the row (a sender that lost its lease is fenced off).';
comment on column private.notification_emails.message_token is
  'The email''s Message-ID, fixed at the first claim: a claim that ran out without an outcome leaves the send in doubt, and the next sender asks the mail server for this id before sending again.';
create index notification_emails_due_idx on private.notification_emails (deliver_after) where status = 'pending';
create index notification_emails_user_id_idx on private.notification_emails (user_id);

create table private.reminders_sent (
  kind text not null,
  subject_id uuid not null,
  user_id uuid not null references auth.users (id),
  sent_at timestamptz not null default now(),
  primary key (kind, subject_id, user_id)
);
comment on table private.reminders_sent is 'Each reminder goes to each person once per subject, however often the schedule runs.';
create index reminders_sent_user_id_idx on private.reminders_sent (user_id);

-- What each engagement's pending actions were after its last event, so a new one can be told.
create table private.pending_action_snapshots (
  engagement_id uuid primary key references public.engagements (id),
  action_keys text[] not null default '{}',
  updated_at timestamptz not null default now()
);
comment on table private.pending_action_snapshots is
  'The pending actions an engagement had after its last event; a key missing here is a new action whose actors are notified.';

-- =========================================================================================
-- Triggers
-- =========================================================================================
create or replace function private.refuse_message_delete() returns trigger
language plpgsql set search_path = '' as $$
begin
  raise exception using errcode = 'P0001', message = 'append_only',
    detail = '{"waiting_on":"none"}', hint = 'Messages and their history are never deleted.';
end
$$;
comment on function private.refuse_message_delete() is 'Nothing said in a thread is hard-deleted.';
create trigger messages_no_delete before delete on public.messages
  for each row execute function private.refuse_message_delete();
create trigger message_revisions_append_only before update or delete on public.message_revisions
  for each row execute function private.refuse_message_delete();
create trigger messages_no_truncate before truncate on public.messages
  for each statement execute function private.refuse_message_delete();

-- =========================================================================================
-- Helper functions: texts
-- =========================================================================================
create or replace function private.language_of(user_id uuid) returns text
language sql stable security definer set search_path = '' as $$
  select coalesce((select s.language from public.notification_settings s where s.user_id = language_of.user_id), 'vi')
$$;
comment on function private.language_of(uuid) is 'The language a person is written to in: their setting, else Vietnamese.';

create or replace function private.notification_label(subject text, language text) returns text
language sql immutable set search_path = '' as $$
  select coalesce(
    (select case when notification_label.language = 'en' then l.en else l.vi end
     from (values
       ('assign_account_manager', 'Phân công quản lý dự án', 'Assign the account manager'),
       ('review_request', 'Xem xét yêu cầu', 'Review the request'),
       ('send_quote', 'Soạn và gửi báo giá', 'Compose and send the quote'),
       ('decide_quote', 'Duyệt báo giá', 'Decide on the quote'),
       ('pay', 'Thanh toán', 'Make a payment'),
       ('confirm_payment', 'Xác nhận thanh toán', 'Confirm a payment'),
       ('start_work', 'Bắt đầu triển khai', 'Start the work'),
       ('provide_requirement', 'Cung cấp thông tin', 'Provide requested information'),
       ('confirm_requirement', 'Xác nhận thông tin', 'Confirm the information'),
       ('complete_milestone', 'Hoàn thành hạng mục', 'Complete a milestone'),
       ('fix_rejection', 'Khắc phục sau nghiệm thu không đạt', 'Fix what acceptance rejected'),
       ('finish_implementation', 'Kết thúc triển khai', 'Finish the implementation'),
       ('quote_change_request', 'Báo giá yêu cầu thay đổi', 'Quote the change request'),
       ('decide_change_request', 'Duyệt yêu cầu thay đổi', 'Decide on the change request'),
       ('deliver_change_request', 'Thực hiện yêu cầu thay đổi', 'Deliver the change request'),
       ('hand_over', 'Bàn giao để nghiệm thu', 'Hand over for acceptance'),
       ('decide_acceptance', 'Nghiệm thu', 'Accept or reject the work'),
       ('triage_claim', 'Phân loại yêu cầu bảo hành', 'Triage the warranty claim'),
       ('resolve_claim', 'Xử lý yêu cầu bảo hành', 'Resolve the warranty claim'),
       ('answer_claim', 'Trả lời câu hỏi bảo hành', 'Answer the warranty question'),
       ('confirm_fix', 'Xác nhận đã khắc phục', 'Confirm the fix'),
       ('engagement_created', 'Yêu cầu mới', 'New request'),
       ('account_manager_assigned', 'Đã phân công quản lý dự án', 'Account manager assigned'),
       ('step_changed', 'Đã chuyển bước', 'Moved to the next step'),
       ('state_changed', 'Trạng thái thay đổi', 'State changed'),
       ('quote_sent', 'Đã gửi báo giá', 'Quote sent'),
       ('quote_declined', 'Báo giá bị từ chối', 'Quote declined'),
       ('payment_submitted', 'Đã gửi chứng từ thanh toán', 'Payment proof submitted'),
       ('payment_confirmed', 'Đã xác nhận thanh toán', 'Payment confirmed'),
       ('payment_rejected', 'Chứng từ thanh toán bị từ chối', 'Payment proof rejected'),
       ('requirement_requested', 'Yêu cầu cung cấp thông tin', 'Information requested'),
       ('requirement_provided', 'Đã cung cấp thông tin', 'Information provided'),
       ('requirement_confirmed', 'Đã xác nhận thông tin', 'Information confirmed'),
       ('milestone_done', 'Hạng mục đã hoàn thành', 'Milestone done'),
       ('document_uploaded', 'Tài liệu mới', 'New document'),
       ('document_deleted', 'Tài liệu đã xóa', 'Document deleted'),
       ('change_request_submitted', 'Yêu cầu thay đổi mới', 'New change request'),
       ('change_request_quoted', 'Đã báo giá yêu cầu thay đổi', 'Change request quoted'),
       ('change_request_approved', 'Yêu cầu thay đổi được duyệt', 'Change request approved'),
       ('change_request_rejected', 'Yêu cầu thay đổi bị từ chối', 'Change request rejected'),
       ('change_request_done', 'Yêu cầu thay đổi đã hoàn thành', 'Change request done'),
       ('acceptance_rejected', 'Nghiệm thu không đạt', 'Acceptance rejected'),
       ('warranty_claim_opened', 'Yêu cầu bảo hành mới', 'New warranty claim'),
       ('warranty_claim_triaged', 'Yêu cầu bảo hành đã phân loại', 'Warranty claim triaged'),
       ('warranty_claim_assigned', 'Yêu cầu bảo hành đã phân công', 'Warranty claim assigned'),
       ('warranty_claim_escalated', 'Yêu cầu bảo hành bị nâng mức', 'Warranty claim escalated'),
       ('warranty_claim_waiting_on_client', 'Bảo hành cần khách hàng trả lời', 'Warranty claim needs your answer'),
       ('warranty_claim_information_provided', 'Khách hàng đã trả lời', 'The client answered'),
       ('warranty_claim_resolved', 'Yêu cầu bảo hành đã xử lý', 'Warranty claim resolved'),
       ('warranty_claim_confirmed', 'Khách hàng xác nhận đã khắc phục', 'Fix confirmed'),
       ('warranty_claim_reopened', 'Yêu cầu bảo hành mở lại', 'Warranty claim reopened'),
       ('payment_due_soon', 'Thanh toán đến hạn sau 3 ngày', 'Payment due in 3 days'),
       ('payment_overdue', 'Thanh toán quá hạn', 'Payment overdue'),
       ('acceptance_waiting', 'Nghiệm thu chờ quá 5 ngày làm việc', 'Acceptance waiting over 5 working days'),
       ('claim_at_risk', 'Yêu cầu bảo hành sắp quá hạn SLA', 'Warranty claim near its SLA'),
       ('claim_breached', 'Yêu cầu bảo hành đã quá hạn SLA', 'Warranty claim past its SLA'),
       ('warranty_ending', 'Bảo hành kết thúc sau 30 ngày', 'Warranty ends in 30 days'),
       ('reassigned_away', 'Đã chuyển cho quản lý khác', 'Reassigned to another account manager'),
       ('reassigned_to_you', 'Bạn được phân công', 'Assigned to you'),
       ('engagement', 'Tin nhắn mới', 'New message'),
       ('change_request', 'Tin nhắn về yêu cầu thay đổi', 'Message on a change request'),
       ('warranty_claim', 'Tin nhắn về yêu cầu bảo hành', 'Message on a warranty claim'),
       ('internal_note', 'Ghi chú nội bộ', 'Internal note'),
       ('mentioned', 'Bạn được nhắc đến', 'You were mentioned')
     ) as l (code, vi, en)
     where l.code = notification_label.subject),
    replace(notification_label.subject, '_', ' '))
$$;
comment on function private.notification_label(text, text) is 'The short Vietnamese or English wording of a notification subject.';

create or replace function private.notification_link(user_id uuid, engagement_id uuid, subject text, subject_id uuid)
returns text
language sql stable security definer set search_path = '' as $$
  -- Staff open the workspace on the tab (?tab=), client users their engagement page on the panel (#).
  with section as (
    select case
      when notification_link.subject in ('engagement', 'change_request', 'warranty_claim', 'internal_note', 'mentioned')
        then 'conversation'
      when notification_link.subject in ('decide_quote', 'send_quote', 'quote_sent', 'quote_declined') then 'quote'
      when notification_link.subject like '%change_request%' then 'change-requests'
      when notification_link.subject like '%claim%' or notification_link.subject in ('confirm_fix', 'warranty_ending')
        then 'warranty'
      when notification_link.subject in ('pay', 'confirm_payment') or notification_link.subject like 'payment_%'
        then 'payments'
      end as name
  )
  select case
    when notification_link.engagement_id is null then '/notifications'
    when exists (select 1 from public.staff s where s.user_id = notification_link.user_id) then
      '/engagements/' || notification_link.engagement_id::text
      || case when section.name is null then ''
              when section.name = 'conversation' then '#conversation'
              else '?tab=' || case section.name when 'change-requests' then 'changes' else section.name end end
    else '/client/engagements/' || notification_link.engagement_id::text || coalesce('#' || section.name, '') end
  from section
$$;
comment on function private.notification_link(uuid, uuid, text, uuid) is 'The app path a notification opens for this person.';

-- =========================================================================================
-- Helper functions: writing notifications
-- =========================================================================================
create or replace function private.email_preference(user_id uuid, kind text) returns text
language sql stable security definer set search_path = '' as $$
  select coalesce((select p.email from public.notification_preferences p
                   where p.user_id = email_preference.user_id and p.kind = email_preference.kind), 'immediately')
$$;
comment on function private.email_preference(uuid, text) is 'How a person wants this kind emailed: their preference, else immediately.';

create or replace function private.next_digest_at(at timestamptz) returns timestamptz
language sql stable set search_path = '' as $$
  -- The day's digest goes out at 08:00 Vietnam time the next morning.
  select ((((next_digest_at.at at time zone 'Asia/Ho_Chi_Minh')::date + 1)::timestamp + interval '8 hours')
          at time zone 'Asia/Ho_Chi_Minh')
$$;
comment on function private.next_digest_at(timestamptz) is 'When the daily digest of items notified at this time is sent.';

create or replace function private.notify(
  user_id uuid, kind text, subject text, engagement_id uuid, subject_id uuid, detail text default null
) returns uuid
language plpgsql security definer set search_path = '' as $$
declare
  language text := private.language_of(notify.user_id);
  engagement public.engagements;
  preference text := private.email_preference(notify.user_id, notify.kind);
  title text;
  created_id uuid;
begin
  if notify.user_id is null then
    return null;
  end if;
  select e.* into engagement from public.engagements e where e.id = notify.engagement_id;
  title := case when notify.kind = 'your_move'
                then case when language = 'en' then 'Your move: ' else 'Đến lượt bạn: ' end
                else '' end
           || private.notification_label(notify.subject, language);
  if engagement.id is not null then
    title := engagement.code || ' · ' || title;
  end if;
  insert into public.notifications (user_id, kind, subject, engagement_id, subject_id, title, body, link)
  values (notify.user_id, notify.kind, notify.subject, notify.engagement_id, notify.subject_id, left(title, 200),
          left(coalesce(notify.detail, engagement.title, ''), 280),
          private.notification_link(notify.user_id, notify.engagement_id, notify.subject, notify.subject_id))
  returning id into created_id;
  if preference <> 'off' then
    insert into private.notification_emails (notification_id, user_id, digest, deliver_after)
    values (created_id, notify.user_id, preference = 'daily_digest',
            case when preference = 'daily_digest' then private.next_digest_at(now()) else now() end);
  end if;
  return created_id;
end
$$;
comment on function private.notify(uuid, text, text, uuid, uuid, text)
  is 'Writes one notification in the recipient''s language and queues its email by their preference.';

create or replace function private.actors_of(engagement public.engagements, actor text, actor_id uuid)
returns setof uuid
language sql stable security definer set search_path = '' as $$
  -- The people who may take an action: an approver-only action never reaches a member.
  select m.user_id from public.client_members m
  where actors_of.actor = 'client_approver' and m.client_id = (actors_of.engagement).client_id
    and m.active and m.role = 'approver'
  union
  select m.user_id from public.client_members m
  where actors_of.actor = 'client_member' and m.client_id = (actors_of.engagement).client_id and m.active
  union
  select s.user_id from public.staff s
  where actors_of.actor = 'account_manager' and s.active
    and s.user_id = coalesce(actors_of.actor_id, (actors_of.engagement).account_manager_id)
  union
  select s.user_id from public.staff s
  where actors_of.actor = 'manager' and s.active
    and (s.user_id = actors_of.actor_id or (actors_of.actor_id is null and s.role in ('manager', 'admin')))
$$;
comment on function private.actors_of(public.engagements, text, uuid) is 'Who may take a pending action of this actor kind.';

create or replace function private.client_users_of(engagement public.engagements) returns setof uuid
language sql stable security definer set search_path = '' as $$
  select m.user_id from public.client_members m where m.client_id = (client_users_of.engagement).client_id and m.active
$$;
comment on function private.client_users_of(public.engagements) is 'The active users of the engagement''s client (its followers on the client side).';

create or replace function private.managers() returns setof uuid
language sql stable security definer set search_path = '' as $$
  select s.user_id from public.staff s where s.active and s.role in ('manager', 'admin')
$$;
comment on function private.managers() is 'Active managers and admins, who follow escalations.';

create or replace function private.may_see_thread(user_id uuid, engagement public.engagements, internal boolean)
returns boolean
language sql stable security definer set search_path = '' as $$
  select exists (select 1 from public.staff s where s.user_id = may_see_thread.user_id and s.active
                 and (s.role in ('manager', 'admin') or s.user_id = (may_see_thread.engagement).account_manager_id))
      or (not may_see_thread.internal and exists (
            select 1 from public.client_members m where m.user_id = may_see_thread.user_id and m.active
            and m.client_id = (may_see_thread.engagement).client_id))
$$;
comment on function private.may_see_thread(uuid, public.engagements, boolean)
  is 'Whether a person may read a thread of this engagement (an internal note: staff who see the engagement only).';

create or replace function private.notify_event() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements;
  actor uuid := new.actor_id;
  snapshot text[];
  current_keys text[] := '{}';
  action record;
  told uuid[] := '{}';
  recipient uuid;
  escalation boolean := new.kind in ('warranty_claim_escalated', 'warranty_claim_reopened', 'acceptance_rejected',
                                     'state_changed');
  quiet boolean := new.kind in ('quote_drafted', 'document_deleted');
  from_api boolean := coalesce(current_setting('request.jwt.claims', true), '') not in ('', '{}');
begin
  select e.* into engagement from public.engagements e where e.id = new.engagement_id;
  select s.action_keys into snapshot from private.pending_action_snapshots s where s.engagement_id = engagement.id
  for update;

  -- Each new pending action: its possible actors hear that it is their move.
  for action in select a.* from private.pending_actions_of(engagement.id) a loop
    current_keys := current_keys || (action.kind || ':' || action.subject_id || ':' || action.actor || ':'
                                     || coalesce(action.actor_id::text, ''));
    if from_api and not (current_keys[cardinality(current_keys)] = any (coalesce(snapshot, '{}'))) then
      for recipient in select r from private.actors_of(engagement, action.actor, action.actor_id) r loop
        if recipient is distinct from actor and not recipient = any (told) then
          perform private.notify(recipient, 'your_move', action.kind, engagement.id, action.subject_id);
          told := told || recipient;
        end if;
      end loop;
    end if;
  end loop;
  insert into private.pending_action_snapshots as s (engagement_id, action_keys) values (engagement.id, current_keys)
  on conflict (engagement_id) do update set action_keys = excluded.action_keys, updated_at = now();

  -- Followers: the account manager, the client's users (client-visible events), managers (escalations).
  if not from_api or quiet then
    return null;
  end if;
  for recipient in
    select engagement.account_manager_id
    union select c from private.client_users_of(engagement) c where new.visible_to_client
    union select m from private.managers() m where escalation
  loop
    if recipient is not null and recipient is distinct from actor and not recipient = any (told) then
      perform private.notify(recipient, 'activity', new.kind, engagement.id,
        coalesce((new.payload ->> 'quote_id')::uuid, (new.payload ->> 'change_request_id')::uuid,
                 (new.payload ->> 'claim_id')::uuid, engagement.id), new.note);
    end if;
  end loop;
  return null;
end
$$;
comment on function private.notify_event() is
  'At commit of a workflow action: notifies the actors of each new pending action (your move) and the engagement''s followers of the event.';

-- Deferred to commit, so the action's records are all written when pending actions are compared.
create constraint trigger engagement_events_notify after insert on public.engagement_events
  deferrable initially deferred for each row execute function private.notify_event();

create or replace function private.notify_reassignment() returns trigger
language plpgsql security definer set search_path = '' as $$
begin
  -- Realtime sends nothing about rows a person can no longer read: this row tells the previous
  -- account manager's app to drop the card.
  if old.account_manager_id is not null then
    perform private.notify(old.account_manager_id, 'reassigned', 'reassigned_away', new.id, new.id);
  end if;
  return null;
end
$$;
comment on function private.notify_reassignment() is 'Tells the previous account manager of a reassignment (the new one hears of it through the event).';
create trigger engagements_notify_reassignment after update of account_manager_id on public.engagements
  for each row when (old.account_manager_id is distinct from new.account_manager_id)
  execute function private.notify_reassignment();

create or replace function private.notify_message() returns trigger
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements;
  recipient uuid;
  subject text := case when new.internal then 'internal_note' else new.topic end;
  excerpt text := left(regexp_replace(new.body, '\s+', ' ', 'g'), 200);
begin
  select e.* into engagement from public.engagements e where e.id = new.engagement_id;
  -- Mentioned people first (each may see the thread; an internal note never reaches a client).
  for recipient in select distinct u from unnest(new.mentions) u loop
    if recipient <> new.author_id and private.may_see_thread(recipient, engagement, new.internal) then
      perform private.notify(recipient, 'mention', 'mentioned', engagement.id, new.id, excerpt);
    end if;
  end loop;
  for recipient in
    select engagement.account_manager_id
    union select c from private.client_users_of(engagement) c where not new.internal
    union select w.assigned_to from public.warranty_claims w where new.topic = 'warranty_claim' and w.id = new.topic_id
  loop
    if recipient is not null and recipient <> new.author_id and not recipient = any (new.mentions)
       and private.may_see_thread(recipient, engagement, new.internal) then
      perform private.notify(recipient, 'message', subject, engagement.id, new.id, excerpt);
    end if;
  end loop;
  return null;
end
$$;
comment on function private.notify_message() is 'Tells the mentioned people and the thread''s followers of a new message (an internal note: staff only).';
create trigger messages_notify after insert on public.messages for each row execute function private.notify_message();

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.messages enable row level security;
alter table public.message_revisions enable row level security;
alter table public.notifications enable row level security;
alter table public.notification_settings enable row level security;
alter table public.notification_preferences enable row level security;

create policy "Messages are visible to managers" on public.messages
  for select to authenticated using ((select private.is_manager()));
create policy "Messages are visible to the engagement's account manager" on public.messages
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Messages other than internal notes are visible to the client's members" on public.messages
  for select to authenticated
  using (not internal and engagement_id = any (array(select private.my_client_engagement_ids())));

create policy "Message revisions are visible to those who see the message" on public.message_revisions
  for select to authenticated using (exists (select 1 from public.messages m where m.id = message_id));

create policy "Notifications are visible to their recipient" on public.notifications
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Notification settings are visible to their owner" on public.notification_settings
  for select to authenticated using (user_id = (select auth.uid()));
create policy "Notification preferences are visible to their owner" on public.notification_preferences
  for select to authenticated using (user_id = (select auth.uid()));

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.post_message(
  engagement_id uuid, body text, topic text default 'engagement', topic_id uuid default null,
  internal boolean default false, mentions uuid[] default '{}', document_ids uuid[] default '{}'
) returns public.messages
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements;
  role text;
  thread_id uuid := coalesce(post_message.topic_id, post_message.engagement_id);
  document_id uuid;
  mentioned uuid;
  posted public.messages;
begin
  select e.* into engagement from public.engagements e where e.id = post_message.engagement_id;
  role := private.actor_role(engagement);
  if engagement.id is null or role is null then
    perform private.refuse('engagement_not_found', 'none', 'This engagement does not exist or is not visible to you.');
  end if;
  if post_message.internal and role not in ('manager', 'account_manager') then
    perform private.refuse('not_staff', 'provider', 'Only staff can write internal notes.');
  end if;
  if post_message.topic not in ('engagement', 'change_request', 'warranty_claim')
     or (post_message.topic = 'engagement' and thread_id <> engagement.id)
     or (post_message.topic = 'change_request' and not exists (
           select 1 from public.change_requests c where c.id = thread_id and c.engagement_id = engagement.id))
     or (post_message.topic = 'warranty_claim' and not exists (
           select 1 from public.warranty_claims w where w.id = thread_id and w.engagement_id = engagement.id)) then
    perform private.refuse('thread_not_found', 'none', 'This conversation does not belong to the engagement.');
  end if;
  perform private.require_text(post_message.body, 'message_required', 'none', 'Write a message first.');
  foreach document_id in array coalesce(post_message.document_ids, '{}') loop
    -- The documents rules decide: the author must see it, and a client-visible message carries no internal file.
    if (private.readable_document(document_id)).engagement_id <> engagement.id
       or (not post_message.internal and exists (
             select 1 from public.documents d where d.id = document_id and d.visibility = 'internal')) then
      perform private.refuse('document_not_attachable', 'none',
        'Attach documents of this engagement that everyone in the conversation may see.');
    end if;
  end loop;
  foreach mentioned in array coalesce(post_message.mentions, '{}') loop
    if not private.may_see_thread(mentioned, engagement, post_message.internal) then
      perform private.refuse('mention_not_participant', 'none',
        'Mention only people who may read this conversation (an internal note: staff only).');
    end if;
  end loop;
  insert into public.messages (engagement_id, topic, topic_id, author_id, body, internal, mentions, document_ids)
  values (engagement.id, post_message.topic, thread_id, (select auth.uid()), btrim(post_message.body),
          post_message.internal, coalesce(post_message.mentions, '{}'), coalesce(post_message.document_ids, '{}'))
  returning * into posted;
  return posted;
end
$$;
comment on function public.post_message(uuid, text, text, uuid, boolean, uuid[], uuid[])
  is 'Posts a message (or, for staff, an internal note) in a thread of an engagement the caller acts on.';

create or replace function public.edit_message(message_id uuid, body text) returns public.messages
language plpgsql security definer set search_path = '' as $$
declare
  message public.messages;
  engagement public.engagements;
begin
  select m.* into message from public.messages m where m.id = edit_message.message_id for update;
  select e.* into engagement from public.engagements e where e.id = message.engagement_id;
  if message.id is null or private.actor_role(engagement) is null
     or (message.internal and private.actor_role(engagement) not in ('manager', 'account_manager')) then
    perform private.refuse('message_not_found', 'none', 'This message does not exist or is not visible to you.');
  end if;
  if message.author_id <> (select auth.uid()) then
    perform private.refuse('not_message_author', 'none', 'Only the author can edit a message.');
  end if;
  perform private.require_text(edit_message.body, 'message_required', 'none', 'Write a message first.');
  insert into public.message_revisions (message_id, revision, body, edited_by)
  values (message.id, message.revision, message.body, (select auth.uid()));
  update public.messages m set body = btrim(edit_message.body), revision = m.revision + 1, edited_at = now()
  where m.id = message.id returning * into message;
  return message;
end
$$;
comment on function public.edit_message(uuid, text) is 'The author rewords a message; the earlier wording is kept in message_revisions.';

create or replace function public.mark_notification_read(notification_id uuid) returns setof public.notifications
language sql security definer set search_path = '' as $$
  update public.notifications n set read_at = coalesce(n.read_at, now())
  where n.id = mark_notification_read.notification_id and n.user_id = (select auth.uid())
  returning n.*
$$;
comment on function public.mark_notification_read(uuid)
  is 'Marks one of the caller''s own notifications read and returns it (another person''s is left untouched: no row).';

create or replace function public.mark_all_notifications_read() returns setof public.notifications
language sql security definer set search_path = '' as $$
  update public.notifications n set read_at = now()
  where n.user_id = (select auth.uid()) and n.read_at is null
  returning n.*
$$;
comment on function public.mark_all_notifications_read() is 'Marks every unread notification of the caller read; returns those rows.';

create or replace function public.set_notification_preference(kind text, email text)
returns public.notification_preferences
language plpgsql security definer set search_path = '' as $$
declare
  saved public.notification_preferences;
begin
  if (select auth.uid()) is null then
    perform private.refuse('not_authenticated', 'none', 'Sign in to change your notifications.');
  end if;
  if set_notification_preference.kind not in ('your_move', 'activity', 'message', 'mention', 'reminder', 'reassigned')
     or set_notification_preference.email not in ('immediately', 'daily_digest', 'off') then
    perform private.refuse('invalid_notification_preference', 'none',
      'Choose a notification kind and immediately, daily_digest or off.');
  end if;
  insert into public.notification_preferences as p (user_id, kind, email)
  values ((select auth.uid()), set_notification_preference.kind, set_notification_preference.email)
  on conflict on constraint notification_preferences_pkey do update set email = excluded.email, updated_at = now()
  returning * into saved;
  return saved;
end
$$;
comment on function public.set_notification_preference(text, text) is 'The caller chooses how a kind of their notifications is emailed.';

create or replace function public.set_notification_language(language text) returns public.notification_settings
language plpgsql security definer set search_path = '' as $$
declare
  saved public.notification_settings;
begin
  if (select auth.uid()) is null then
    perform private.refuse('not_authenticated', 'none', 'Sign in to change your notifications.');
  end if;
  if set_notification_language.language not in ('vi', 'en') then
    perform private.refuse('invalid_language', 'none', 'Choose vi or en.');
  end if;
  insert into public.notification_settings as s (user_id, language)
  values ((select auth.uid()), set_notification_language.language)
  on conflict on constraint notification_settings_pkey do update set language = excluded.language, updated_at = now()
  returning * into saved;
  return saved;
end
$$;
comment on function public.set_notification_language(text) is 'The caller''s notifications and emails are written in this language from now on.';

create or replace function public.conversation_participants(engagement_id uuid)
returns table (user_id uuid, full_name text, side text)
language plpgsql stable security definer set search_path = '' as $$
declare
  engagement public.engagements;
  caller_role text;
begin
  select e.* into engagement from public.engagements e where e.id = conversation_participants.engagement_id;
  caller_role := private.actor_role(engagement);
  if engagement.id is null or caller_role is null then
    perform private.refuse('engagement_not_found', 'none', 'This engagement does not exist or is not visible to you.');
  end if;
  -- Who may be @mentioned: the account manager, managers (for staff) and the client's users.
  return query
  select s.user_id, s.full_name, 'provider'::text from public.staff s
  where s.active and (s.user_id = engagement.account_manager_id
                      or (caller_role in ('manager', 'account_manager') and s.role in ('manager', 'admin')))
  union all
  select m.user_id, m.full_name, 'client'::text from public.client_members m
  where m.active and m.client_id = engagement.client_id
  order by 3 desc, 2;
end
$$;
comment on function public.conversation_participants(uuid) is 'The people a caller may @mention in an engagement''s threads.';

create or replace function public.message_authors(engagement_id uuid)
returns table (user_id uuid, full_name text, side text)
language plpgsql stable security definer set search_path = '' as $$
declare
  caller_role text := private.actor_role((select e from public.engagements e where e.id = message_authors.engagement_id));
begin
  -- Names of who wrote the messages the caller may read (client users read no staff table).
  return query
  select a.author_id, coalesce(s.full_name, m.full_name, ''),
         case when s.user_id is not null then 'provider' else 'client' end
  from (select distinct x.author_id from public.messages x
        where caller_role is not null and x.engagement_id = message_authors.engagement_id
          and (not x.internal or caller_role in ('manager', 'account_manager'))) a
  left join public.staff s on s.user_id = a.author_id
  left join lateral (select c.full_name from public.client_members c where c.user_id = a.author_id limit 1) m on true;
end
$$;
comment on function public.message_authors(uuid) is 'The names of who wrote in an engagement''s threads, for the caller to read them by.';

-- =========================================================================================
-- RPCs: the email sender (service key only)
-- =========================================================================================
create or replace function public.claim_notification_emails(
  max_rows integer default 20, lease_seconds integer default 60, as_of timestamptz default now()
) returns table (
  lease_token uuid, message_token uuid, in_doubt boolean, user_id uuid, email text, language text, digest boolean,
  items jsonb
)
language plpgsql security definer set search_path = '' as $$
declare
  token uuid;
  message uuid;
  claimed record;
begin
  -- A claim is a lease: a sender that dies leaves its rows to be claimed again once it runs out.
  for claimed in
    select o.notification_id, o.user_id, o.digest, o.message_token from private.notification_emails o
    where o.status = 'pending' and o.deliver_after <= claim_notification_emails.as_of
      and (o.lease_until is null or o.lease_until < now())
    order by o.deliver_after, o.notification_id
    limit greatest(1, least(claim_notification_emails.max_rows, 200))
    for update skip locked
  loop
    -- Taken meanwhile as part of a digest claimed in this loop.
    if exists (select 1 from private.notification_emails o where o.notification_id = claimed.notification_id
               and o.lease_until >= now()) then
      continue;
    end if;
    token := gen_random_uuid();
    message := coalesce(claimed.message_token, token);
    if claimed.message_token is not null then
      -- In doubt: the same email as before (same Message-ID, same items), never a regrouped one.
      update private.notification_emails o
      set lease_token = token, lease_until = now() + make_interval(secs => claim_notification_emails.lease_seconds)
      where o.status = 'pending' and o.message_token = claimed.message_token;
    else
      -- A digest takes every due digest item of the person at once: one email for the day.
      update private.notification_emails o
      set lease_token = token, message_token = token,
          lease_until = now() + make_interval(secs => claim_notification_emails.lease_seconds)
      where o.status = 'pending' and o.message_token is null and (o.lease_until is null or o.lease_until < now())
        and (o.notification_id = claimed.notification_id
             or (claimed.digest and o.digest and o.user_id = claimed.user_id
                 and o.deliver_after <= claim_notification_emails.as_of));
    end if;
    return query
    select token, message, claimed.message_token is not null, u.id, u.email::text, private.language_of(u.id),
           claimed.digest,
           (select jsonb_agg(jsonb_build_object(
                     'notification_id', n.id, 'kind', n.kind, 'title', n.title, 'body', n.body, 'link', n.link,
                     'code', e.code, 'created_at', n.created_at) order by n.created_at)
            from private.notification_emails o
            join public.notifications n on n.id = o.notification_id
            left join public.engagements e on e.id = n.engagement_id
            where o.lease_token = token)
    from auth.users u where u.id = claimed.user_id;
  end loop;
end
$$;
comment on function public.claim_notification_emails(integer, integer, timestamptz)
  is 'The sender leases the due emails (a digest: all of a person''s due items as one); service key only.';

create or replace function public.complete_notification_emails(lease_token uuid) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  done integer;
begin
  update private.notification_emails o
  set status = 'sent', sent_at = now(), lease_until = null, attempts = o.attempts + 1, last_error = null
  where o.lease_token = complete_notification_emails.lease_token and o.status = 'pending';
  get diagnostics done = row_count;
  return done;
end
$$;
comment on function public.complete_notification_emails(uuid) is 'Marks a lease''s emails sent, so they are never sent again; service key only.';

create or replace function public.fail_notification_emails(lease_token uuid, error text) returns integer
language plpgsql security definer set search_path = '' as $$
declare
  done integer;
begin
  -- Backoff: 30 s, 1 min, 2 min ... up to an hour; after 10 attempts the email is given up.
  update private.notification_emails o
  set attempts = o.attempts + 1, last_error = left(fail_notification_emails.error, 500), lease_token = null,
      lease_until = null, message_token = null, deliver_after = now() + least(interval '1 hour', interval '30 seconds' * power(2, o.attempts)),
      status = case when o.attempts + 1 >= 10 then 'failed' else 'pending' end
  where o.lease_token = fail_notification_emails.lease_token and o.status = 'pending';
  get diagnostics done = row_count;
  return done;
end
$$;
comment on function public.fail_notification_emails(uuid, text)
  is 'The mail server refused the email: it is retried later with backoff (a new Message-ID, since none was accepted); service key only.';

create or replace function public.notification_email_status(notification_ids uuid[])
returns table (notification_id uuid, status text, digest boolean, attempts integer, deliver_after timestamptz,
               sent_at timestamptz)
language sql stable security definer set search_path = '' as $$
  select o.notification_id, o.status, o.digest, o.attempts, o.deliver_after, o.sent_at
  from private.notification_emails o where o.notification_id = any (notification_email_status.notification_ids)
$$;
comment on function public.notification_email_status(uuid[]) is 'Where given notifications'' emails stand (operators and tests); service key only.';

-- =========================================================================================
-- RPCs: reminders (pg_cron on a hosted project, the stack's scheduler locally)
-- =========================================================================================
create or replace function private.working_days_between(since timestamptz, until timestamptz) returns integer
language sql stable set search_path = '' as $$
  -- Monday to Friday in Vietnam, counted from the day after `since`.
  select count(*)::integer
  from generate_series((working_days_between.since at time zone 'Asia/Ho_Chi_Minh')::date + 1,
                       (working_days_between.until at time zone 'Asia/Ho_Chi_Minh')::date, interval '1 day') d
  where extract(isodow from d) < 6
$$;
comment on function private.working_days_between(timestamptz, timestamptz) is 'Working days (Mon-Fri, Vietnam) elapsed since a moment.';

create or replace function private.remind(kind text, subject_id uuid, user_id uuid, engagement_id uuid, detail text)
returns integer
language plpgsql security definer set search_path = '' as $$
begin
  if remind.user_id is null then
    return 0;
  end if;
  insert into private.reminders_sent (kind, subject_id, user_id) values (remind.kind, remind.subject_id, remind.user_id)
  on conflict do nothing;
  if not found then
    return 0;
  end if;
  perform private.notify(remind.user_id, 'reminder', remind.kind, remind.engagement_id, remind.subject_id, remind.detail);
  return 1;
end
$$;
comment on function private.remind(text, uuid, uuid, uuid, text) is 'Notifies a person of a reminder unless they already had this one.';

create or replace function public.send_reminders() returns integer
language plpgsql security definer set search_path = '' as $$
declare
  today date := (now() at time zone 'Asia/Ho_Chi_Minh')::date;
  sent integer := 0;
  item record;
begin
  -- Payments due in 3 days (to the client's users) and overdue (to them and the account manager).
  for item in
    select p.id, p.engagement_id, p.label, p.due_on, e.client_id, e.account_manager_id
    from public.payments p join public.engagements e on e.id = p.engagement_id
    where e.state = 'active' and p.status in ('due', 'rejected') and p.due_condition = 'on_date'
      and p.due_on <= today + 3
  loop
    if item.due_on >= today then
      select sent + coalesce(sum(private.remind('payment_due_soon', item.id, u, item.engagement_id, item.label)), 0)
      into sent from private.client_users_of((select e from public.engagements e where e.id = item.engagement_id)) u;
    else
      select sent + coalesce(sum(private.remind('payment_overdue', item.id, u, item.engagement_id, item.label)), 0)
      into sent from (select private.client_users_of((select e from public.engagements e where e.id = item.engagement_id)) u
                      union select item.account_manager_id) r;
    end if;
  end loop;
  -- Acceptance waiting more than 5 working days: the approvers and the account manager.
  for item in
    select e.* from public.engagements e
    where e.state = 'active' and e.step = 'acceptance' and private.working_days_between(e.step_entered_at, now()) > 5
  loop
    select sent + coalesce(sum(private.remind('acceptance_waiting', item.id, r.u, item.id, item.title)), 0) into sent
    from (select private.actors_of((select e from public.engagements e where e.id = item.id), 'client_approver', null) u
          union select item.account_manager_id) r;
  end loop;
  -- Claims in the last quarter of their SLA (the assignee, else the managers); breached (the managers).
  for item in
    select w.id, w.engagement_id, w.assigned_to, w.title, w.sla_status
    from public.warranty_claim_sla w join public.engagements e on e.id = w.engagement_id
    where e.state = 'active' and w.status in ('open', 'in_progress') and w.sla_status in ('at_risk', 'breached')
  loop
    if item.sla_status = 'at_risk' and item.assigned_to is not null then
      sent := sent + private.remind('claim_at_risk', item.id, item.assigned_to, item.engagement_id, item.title);
    else
      select sent + coalesce(sum(private.remind(case when item.sla_status = 'breached' then 'claim_breached'
                                                     else 'claim_at_risk' end,
                                                item.id, m, item.engagement_id, item.title)), 0)
      into sent from private.managers() m;
    end if;
  end loop;
  -- Warranty ending within 30 days: the account manager and the client's users.
  for item in
    select e.* from public.engagements e
    where e.state = 'active' and e.step = 'warranty' and e.warranty_ends_at between now() and now() + interval '30 days'
  loop
    select sent + coalesce(sum(private.remind('warranty_ending', item.id, r.u, item.id, item.title)), 0) into sent
    from (select private.client_users_of((select e from public.engagements e where e.id = item.id)) u
          union select item.account_manager_id) r;
  end loop;
  return sent;
end
$$;
comment on function public.send_reminders()
  is 'The schedule''s reminders (payments due in 3 days or overdue, acceptance waiting over 5 working days, claims at risk or breached, warranties ending in 30 days), each once per person; returns how many were sent. Service key (or pg_cron) only.';

-- =========================================================================================
-- Realtime and grants
-- =========================================================================================
do $$
declare
  table_name text;
begin
  foreach table_name in array array['messages', 'notifications'] loop
    if not exists (select 1 from pg_publication_tables t
                   where t.pubname = 'supabase_realtime' and t.schemaname = 'public' and t.tablename = table_name) then
      execute format('alter publication supabase_realtime add table public.%I', table_name);
    end if;
  end loop;
end
$$;

revoke all on public.messages, public.message_revisions, public.notifications, public.notification_settings,
  public.notification_preferences from public, anon, authenticated;
grant select on public.messages, public.message_revisions, public.notifications, public.notification_settings,
  public.notification_preferences to authenticated;
grant select, insert, update on public.messages, public.message_revisions, public.notifications,
  public.notification_settings, public.notification_preferences to service_role;
revoke all on private.notification_emails, private.pending_action_snapshots from public, anon, authenticated;

revoke all on function private.refuse_message_delete(), private.language_of(uuid), private.notification_label(text, text),
  private.notification_link(uuid, uuid, text, uuid), private.email_preference(uuid, text),
  private.next_digest_at(timestamptz), private.notify(uuid, text, text, uuid, uuid, text),
  private.actors_of(public.engagements, text, uuid), private.client_users_of(public.engagements), private.managers(),
  private.may_see_thread(uuid, public.engagements, boolean), private.notify_event(), private.notify_reassignment(),
  private.notify_message() from public, anon;
revoke all on function public.post_message(uuid, text, text, uuid, boolean, uuid[], uuid[]),
  public.edit_message(uuid, text), public.mark_notification_read(uuid), public.mark_all_notifications_read(),
  public.set_notification_preference(text, text), public.set_notification_language(text),
  public.conversation_participants(uuid), public.message_authors(uuid) from public, anon;
grant execute on function public.post_message(uuid, text, text, uuid, boolean, uuid[], uuid[]),
  public.edit_message(uuid, text), public.mark_notification_read(uuid), public.mark_all_notifications_read(),
  public.set_notification_preference(text, text), public.set_notification_language(text),
  public.conversation_participants(uuid), public.message_authors(uuid) to authenticated, service_role;
revoke all on function public.claim_notification_emails(integer, integer, timestamptz),
  public.complete_notification_emails(uuid), public.fail_notification_emails(uuid, text),
  public.notification_email_status(uuid[]) from public, anon, authenticated;
grant execute on function public.claim_notification_emails(integer, integer, timestamptz),
  public.complete_notification_emails(uuid), public.fail_notification_emails(uuid, text),
  public.notification_email_status(uuid[]) to service_role;
revoke all on function private.working_days_between(timestamptz, timestamptz),
  private.remind(text, uuid, uuid, uuid, text), public.send_reminders() from public, anon, authenticated;
grant execute on function public.send_reminders() to service_role;
revoke all on private.reminders_sent from public, anon, authenticated;

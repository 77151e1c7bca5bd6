-- Whose move: derived from each engagement's step and records (P4), kept on the engagement by the
-- workflow functions together with a per-side waiting ledger, and read through two views.

-- =========================================================================================
-- Helper functions
-- =========================================================================================
create or replace function private.compute_whose_move(engagement_id uuid, out party public.engagement_party, out reason text)
language plpgsql stable security definer set search_path = '' as $$
declare
  engagement public.engagements;
begin
  select e.* into engagement from public.engagements e where e.id = compute_whose_move.engagement_id;
  if engagement.state <> 'active' then
    party := 'none'; reason := 'not_active';
    return;
  end if;
  case engagement.step
    when 'request' then
      if exists (select 1 from public.requirements r where r.engagement_id = engagement.id and r.status <> 'confirmed') then
        party := 'client'; reason := 'requirements_pending';
      else
        party := 'provider'; reason := 'review_request';
      end if;
    when 'agreement' then
      if exists (select 1 from public.quotes q where q.engagement_id = engagement.id and q.status = 'sent') then
        party := 'client'; reason := 'quote_sent';
      else
        party := 'provider'; reason := 'compose_quote';
      end if;
    when 'payment' then
      if exists (select 1 from public.payments p where p.engagement_id = engagement.id and p.due_before_start
                 and p.status in ('due', 'rejected')) then
        party := 'client'; reason := 'payment_due';
      elsif exists (select 1 from public.payments p where p.engagement_id = engagement.id and p.status = 'submitted') then
        party := 'provider'; reason := 'confirm_payment';
      else
        party := 'provider'; reason := 'start_work';
      end if;
    when 'implementation' then
      if exists (select 1 from public.change_requests c where c.engagement_id = engagement.id and c.status = 'quoted') then
        party := 'client'; reason := 'change_request_quoted';
      elsif exists (select 1 from public.milestones m where m.engagement_id = engagement.id
                    and m.responsible = 'client' and m.status = 'open') then
        party := 'client'; reason := 'client_milestone_open';
      elsif exists (select 1 from public.requirements r where r.engagement_id = engagement.id and r.status <> 'confirmed') then
        party := 'client'; reason := 'requirements_pending';
      else
        party := 'provider'; reason := 'deliver_milestones';
      end if;
    when 'completion' then
      party := 'provider'; reason := 'hand_over';
    when 'acceptance' then
      party := 'client'; reason := 'acceptance_decision';
    when 'warranty' then
      if exists (select 1 from public.warranty_claims w where w.engagement_id = engagement.id
                 and w.status in ('waiting_on_client', 'resolved')) then
        party := 'client'; reason := 'claim_waiting_on_client';
      elsif exists (select 1 from public.warranty_claims w where w.engagement_id = engagement.id
                    and w.status in ('open', 'in_progress')) then
        party := 'provider'; reason := 'open_claims';
      else
        party := 'none'; reason := 'no_open_claims';
      end if;
  end case;
end
$$;
comment on function private.compute_whose_move(uuid) is 'Derives whose move it is, and why, from the step and its records (the table of product.md).';

create or replace function private.refresh_whose_move(engagement_id uuid) returns void
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements;
  computed record := private.compute_whose_move(refresh_whose_move.engagement_id);
  elapsed bigint;
begin
  select e.* into engagement from public.engagements e where e.id = refresh_whose_move.engagement_id for update;
  if engagement.whose_move = computed.party and engagement.whose_move_reason = computed.reason then
    return;
  end if;
  elapsed := greatest(0, extract(epoch from now() - engagement.whose_move_since))::bigint;
  perform private.begin_engagement_write();
  if engagement.whose_move = computed.party then
    update public.engagements e set whose_move_reason = computed.reason where e.id = engagement.id;
  else
    update public.engagements e
    set whose_move = computed.party, whose_move_reason = computed.reason, whose_move_since = now(),
        provider_wait_seconds = e.provider_wait_seconds + case when e.whose_move = 'provider' then elapsed else 0 end,
        client_wait_seconds = e.client_wait_seconds + case when e.whose_move = 'client' then elapsed else 0 end
    where e.id = engagement.id;
  end if;
  perform private.end_engagement_write();
end
$$;
comment on function private.refresh_whose_move(uuid) is 'Called by every workflow function: stores whose move it is and closes the previous side''s waiting period in the ledger.';

-- =========================================================================================
-- Views
-- =========================================================================================
create view public.engagement_whose_move with (security_invoker = true) as
select
  e.id as engagement_id,
  e.whose_move,
  e.whose_move_reason as reason,
  e.whose_move_since,
  e.provider_wait_seconds
    + case when e.whose_move = 'provider' then greatest(0, extract(epoch from now() - e.whose_move_since))::bigint else 0 end
    as provider_waiting_seconds,
  e.client_wait_seconds
    + case when e.whose_move = 'client' then greatest(0, extract(epoch from now() - e.whose_move_since))::bigint else 0 end
    as client_waiting_seconds
from public.engagements e;
comment on view public.engagement_whose_move is 'Per engagement: whose move, the reason code and the time waited on each side so far (RLS of engagements applies).';

create view public.engagement_board with (security_invoker = true) as
select
  e.id, e.code, e.title, e.step, e.state, e.version, e.step_entered_at, e.created_at, e.updated_at,
  e.client_id, c.name as client_name,
  e.account_manager_id, coalesce(s.full_name, a.full_name) as account_manager_name,
  e.package_id, e.agreed_price_vnd, e.warranty_starts_at, e.warranty_ends_at,
  e.whose_move, e.whose_move_reason, e.whose_move_since,
  e.provider_wait_seconds
    + case when e.whose_move = 'provider' then greatest(0, extract(epoch from now() - e.whose_move_since))::bigint else 0 end
    as provider_waiting_seconds,
  e.client_wait_seconds
    + case when e.whose_move = 'client' then greatest(0, extract(epoch from now() - e.whose_move_since))::bigint else 0 end
    as client_waiting_seconds
from public.engagements e
left join public.clients c on c.id = e.client_id
-- Staff read the name from staff, client users from their account manager contacts.
left join public.staff s on s.user_id = e.account_manager_id
left join public.account_manager_contacts a on a.user_id = e.account_manager_id;
comment on view public.engagement_board is 'One row per visible engagement with what a board card shows; one request loads the board (RLS applies).';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.engagement_whose_move, public.engagement_board from public, anon, authenticated;
grant select on public.engagement_whose_move, public.engagement_board to authenticated, service_role;

revoke all on function private.compute_whose_move(uuid), private.refresh_whose_move(uuid) from public, anon;

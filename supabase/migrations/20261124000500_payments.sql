-- Payments: the client pays as agreed and uploads proof; the provider confirms or rejects (C5, C6).

-- =========================================================================================
-- Enums
-- =========================================================================================
create type public.payment_kind as enum ('installment', 'change_request');
comment on type public.payment_kind is 'Installments come from the accepted quote; change_request payments from approved change requests.';

create type public.payment_status as enum ('due', 'submitted', 'confirmed', 'rejected');
comment on type public.payment_status is 'due -> submitted (proof uploaded) -> confirmed, or rejected and submitted again.';

-- =========================================================================================
-- Tables
-- =========================================================================================
create table public.payments (
  id uuid primary key default gen_random_uuid(),
  engagement_id uuid not null references public.engagements (id),
  kind public.payment_kind not null default 'installment',
  label text not null check (length(btrim(label)) > 0),
  amount_vnd bigint not null check (amount_vnd >= 0),
  due_before_start boolean not null default false,
  due_date date,
  status public.payment_status not null default 'due',
  quote_id uuid references public.quotes (id),
  change_request_id uuid,
  proof_document_id uuid,
  proof_note text,
  submitted_at timestamptz,
  submitted_by uuid references auth.users (id),
  confirmed_at timestamptz,
  confirmed_by uuid references auth.users (id),
  rejected_at timestamptz,
  rejected_by uuid references auth.users (id),
  rejection_reason text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
comment on table public.payments is 'What the client owes and pays; payments due before start gate the move to implementation.';
create index payments_engagement_id_idx on public.payments (engagement_id, status);
create index payments_quote_id_idx on public.payments (quote_id);
create index payments_change_request_id_idx on public.payments (change_request_id);
create index payments_proof_document_id_idx on public.payments (proof_document_id);
create index payments_submitted_by_idx on public.payments (submitted_by);
create index payments_confirmed_by_idx on public.payments (confirmed_by);
create index payments_rejected_by_idx on public.payments (rejected_by);

-- =========================================================================================
-- Triggers
-- =========================================================================================
create trigger payments_set_updated_at before update on public.payments
  for each row execute function private.set_updated_at();

-- =========================================================================================
-- Policies
-- =========================================================================================
alter table public.payments enable row level security;

create policy "Payments are visible to managers" on public.payments
  for select to authenticated using ((select private.is_manager()));
create policy "Payments are visible to their account manager" on public.payments
  for select to authenticated using (engagement_id = any (array(select private.my_managed_engagement_ids())));
create policy "Payments are visible to the client's members" on public.payments
  for select to authenticated using (engagement_id = any (array(select private.my_client_engagement_ids())));

-- =========================================================================================
-- RPCs
-- =========================================================================================
create or replace function public.submit_payment_proof(
  payment_id uuid, proof_document_id uuid default null, note text default null
) returns public.payments
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select p.engagement_id from public.payments p where p.id = submit_payment_proof.payment_id));
  payment public.payments;
begin
  perform private.require_client(engagement);
  perform private.require_active(engagement);
  select p.* into payment from public.payments p where p.id = submit_payment_proof.payment_id for update;
  if payment.status not in ('due', 'rejected') then
    perform private.refuse('payment_not_due', 'none', 'This payment is not waiting for proof.',
      jsonb_build_object('step', engagement.step, 'payment_status', payment.status));
  end if;
  if submit_payment_proof.proof_document_id is null and nullif(btrim(submit_payment_proof.note), '') is null then
    perform private.refuse('proof_required', 'client', 'Attach the transfer receipt or describe the payment.',
      jsonb_build_object('step', engagement.step));
  end if;
  if submit_payment_proof.proof_document_id is not null and not exists (
    select 1 from public.documents d
    where d.id = submit_payment_proof.proof_document_id and d.engagement_id = engagement.id
      and d.visibility <> 'internal' and d.deleted_at is null
  ) then
    perform private.refuse('document_not_found', 'client', 'The proof must be a document uploaded to this engagement.',
      jsonb_build_object('step', engagement.step));
  end if;
  update public.payments p
  set status = 'submitted', proof_document_id = submit_payment_proof.proof_document_id,
      proof_note = nullif(btrim(submit_payment_proof.note), ''), submitted_at = now(), submitted_by = (select auth.uid())
  where p.id = payment.id
  returning * into payment;
  perform private.log_event(engagement.id, 'payment_submitted', true, payment.proof_note,
    jsonb_build_object('payment_id', payment.id, 'amount_vnd', payment.amount_vnd));
  perform private.refresh_whose_move(engagement.id);
  return payment;
end
$$;
comment on function public.submit_payment_proof(uuid, uuid, text) is 'A client user submits proof of a due or rejected payment.';

create or replace function public.confirm_payment(payment_id uuid) returns public.payments
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select p.engagement_id from public.payments p where p.id = confirm_payment.payment_id));
  payment public.payments;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  select p.* into payment from public.payments p where p.id = confirm_payment.payment_id for update;
  if payment.status <> 'submitted' then
    perform private.refuse('payment_not_submitted', 'client', 'Only a payment with submitted proof can be confirmed.',
      jsonb_build_object('step', engagement.step, 'payment_status', payment.status));
  end if;
  update public.payments p
  set status = 'confirmed', confirmed_at = now(), confirmed_by = (select auth.uid())
  where p.id = payment.id
  returning * into payment;
  perform private.log_event(engagement.id, 'payment_confirmed', true, null,
    jsonb_build_object('payment_id', payment.id, 'amount_vnd', payment.amount_vnd));
  perform private.refresh_whose_move(engagement.id);
  return payment;
end
$$;
comment on function public.confirm_payment(uuid) is 'The assigned account manager or a manager confirms a submitted payment.';

create or replace function public.reject_payment(payment_id uuid, reason text) returns public.payments
language plpgsql security definer set search_path = '' as $$
declare
  engagement public.engagements := private.lock_engagement(
    (select p.engagement_id from public.payments p where p.id = reject_payment.payment_id));
  payment public.payments;
  clean_reason text;
begin
  perform private.require_provider(engagement);
  perform private.require_active(engagement);
  select p.* into payment from public.payments p where p.id = reject_payment.payment_id for update;
  if payment.status <> 'submitted' then
    perform private.refuse('payment_not_submitted', 'client', 'Only a payment with submitted proof can be rejected.',
      jsonb_build_object('step', engagement.step, 'payment_status', payment.status));
  end if;
  clean_reason := private.require_text(reject_payment.reason, 'reason_required', 'provider', 'Say why the proof is rejected.');
  update public.payments p
  set status = 'rejected', rejected_at = now(), rejected_by = (select auth.uid()), rejection_reason = clean_reason
  where p.id = payment.id
  returning * into payment;
  perform private.log_event(engagement.id, 'payment_rejected', true, clean_reason,
    jsonb_build_object('payment_id', payment.id, 'amount_vnd', payment.amount_vnd));
  perform private.refresh_whose_move(engagement.id);
  return payment;
end
$$;
comment on function public.reject_payment(uuid, text) is 'The assigned account manager or a manager rejects submitted proof with a reason; the client pays again.';

-- =========================================================================================
-- Grants
-- =========================================================================================
revoke all on public.payments from public, anon, authenticated;
grant select on public.payments to authenticated;
grant select, insert, update, delete on public.payments to service_role;

revoke all on function public.submit_payment_proof(uuid, uuid, text), public.confirm_payment(uuid),
  public.reject_payment(uuid, text) from public, anon;
grant execute on function public.submit_payment_proof(uuid, uuid, text), public.confirm_payment(uuid),
  public.reject_payment(uuid, text) to authenticated, service_role;

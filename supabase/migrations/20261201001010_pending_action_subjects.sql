-- Pending actions name what they are about: the engagement's code and title and the subject's title
-- and amount, so a to-do list or a task panel reads this one view and nothing else (no page
-- re-derives the list from the records). The subjects are joined as the reader, so RLS applies.

-- =========================================================================================
-- Views
-- =========================================================================================
create or replace view public.pending_actions with (security_invoker = true) as
select a.engagement_id, a.kind, a.subject_id, a.side, a.actor, a.actor_id, a.since, a.due_at, a.note, a.blocking,
       e.code as engagement_code, e.title as engagement_title,
       coalesce(p.label, r.title, c.title, w.title, m.title) as subject_title,
       coalesce(p.amount_vnd, c.extra_price_vnd, q.price_vnd) as amount_vnd,
       p.kind::text as payment_kind, p.label_code as payment_label_code
from public.engagements e
cross join lateral private.pending_actions_of(e.id) a
left join public.payments p on a.kind in ('pay', 'confirm_payment') and p.id = a.subject_id
left join public.requirements r on a.kind in ('provide_requirement', 'confirm_requirement') and r.id = a.subject_id
left join public.change_requests c
  on a.kind in ('quote_change_request', 'decide_change_request', 'deliver_change_request') and c.id = a.subject_id
left join public.warranty_claims w
  on a.kind in ('triage_claim', 'resolve_claim', 'answer_claim', 'confirm_fix') and w.id = a.subject_id
left join public.milestones m on a.kind = 'complete_milestone' and m.id = a.subject_id
left join public.quotes q on a.kind = 'decide_quote' and q.id = a.subject_id
where e.state = 'active';
comment on view public.pending_actions is
  'What each side must do next on the active engagements the reader may see (RLS of engagements and of each subject applies), named by engagement and subject; whose_move is read from the same rows.';

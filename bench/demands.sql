-- Generates :n demands over the courts of the demo city in PostgreSQL, for the benchmark of the demand
-- figures (bench/demand.sh). Spread over every branch of every court and the last 12 months; streets
-- where a court has them; each court's dispute categories; states, first contacts, outcomes and
-- satisfaction as a year of the flow leaves them (most demands contacted within hours, 2% of those
-- older than a day still waiting for first contact). Straight SQL: the application is stopped meanwhile
-- and counts the demands into its figures (the tally) when it starts again.

-- every court with branches gets the dispute categories the demo courts have (the application seeds
-- them the first time a court uses them)
insert into dispute_category (court_id, name, sort_order, active)
select c.id, dc.name, dc.sort_order, true
from court c
cross join (select name, sort_order from dispute_category
            where court_id = (select min(court_id) from dispute_category)) dc
where not exists (select 1 from dispute_category x where x.court_id = c.id)
  and exists (select 1 from party_organization o where o.court_id = c.id and o.type = 'BRANCH');

create temp table bench_branch as
select row_number() over (order by court_id, id) - 1 as n, id, court_id, path
from party_organization where type = 'BRANCH';
create temp table bench_street as
select court_id, array_agg(id order by id) as ids from street group by court_id;
create temp table bench_category as
select court_id, array_agg(id order by id) as ids from dispute_category group by court_id;

insert into demand (court_id, tracking_code, channel, external_ref, requester_kind, requester_name, requester_phone,
                    district, street_id, category_id, service, urgency, description, state, branch_id,
                    organization_path, outcome, satisfaction, placed_by, submitted_at, first_contact_at,
                    first_contact_due, resolved_at, closed_at, updated_at, version)
select b.court_id,
       'B' || lpad(to_hex(g.i), 10, '0'),
       channel,
       case when channel = 'HOTLINE_12345' then 'BENCH' || g.i end,
       'PERSON', '群众' || (g.i % 997), '139' || lpad((g.i % 100000000)::text, 8, '0'),
       null,
       case when s.ids is not null then s.ids[1 + floor(g.r2 * array_length(s.ids, 1))::int] end,
       c.ids[1 + floor(g.r3 * array_length(c.ids, 1))::int],
       'PRE_LITIGATION_MEDIATION', case when g.r4 < 0.1 then 'URGENT' else 'NORMAL' end,
       '生成的诉源治理需求，用于统计性能测试。',
       state,
       case when state <> 'SUBMITTED' then b.id end,
       case when state <> 'SUBMITTED' then b.path end,
       case when state in ('RESOLVED', 'VISITED', 'CLOSED') then
           (array['MEDIATED_AGREEMENT', 'MEDIATED_AGREEMENT', 'ADVICE_GIVEN', 'ADVICE_GIVEN', 'JUDICIAL_CONFIRMATION_APPLIED',
                  'REFERRED_TO_LITIGATION', 'WITHDRAWN', 'NOT_A_LEGAL_MATTER'])[1 + floor(g.r5 * 8)::int] end,
       case when state in ('VISITED', 'CLOSED') then
           case when g.r4 < 0.86 then 'SATISFIED' when g.r4 < 0.97 then 'FAIRLY_SATISFIED' else 'UNSATISFIED' end end,
       'bench', submitted,
       case when state in ('IN_PROGRESS', 'RESOLVED', 'VISITED', 'CLOSED')
            then submitted + (case when g.r5 < 0.95 then 2 else 40 end) * interval '1 hour' end,
       submitted + interval '24 hours',
       case when state in ('RESOLVED', 'VISITED', 'CLOSED') then submitted + interval '5 days' end,
       case when state = 'CLOSED' then submitted + interval '8 days' end,
       submitted, 0
from (select i, random() as r1, random() as r2, random() as r3, random() as r4, random() as r5
      from generate_series(1, :n) i) g
cross join lateral (select (array['HOTLINE_12345', 'HOTLINE_12345', 'HOTLINE_12345', 'HOTLINE_12368', 'HOTLINE_12368',
                                  'PARTNER_ORDER', 'QR_CODE', 'STATION', 'WALK_IN'])[1 + (g.i % 9)] as channel,
                           date_trunc('minute', localtimestamp - g.r1 * interval '365 days') as submitted) t
cross join lateral (select case
        when t.submitted < localtimestamp - interval '20 days' then
            case when g.r2 < 0.75 then 'CLOSED' when g.r2 < 0.93 then 'VISITED' else 'RESOLVED' end
        when t.submitted < localtimestamp - interval '1 day' then
            case when g.r2 < 0.60 then 'IN_PROGRESS' when g.r2 < 0.98 then 'RESOLVED' else 'ACCEPTED' end
        else
            case when g.r2 < 0.15 then 'SUBMITTED' when g.r2 < 0.50 then 'DISPATCHED' when g.r2 < 0.70 then 'ACCEPTED'
                 else 'IN_PROGRESS' end
        end as state) st
join bench_branch b on b.n = g.i % (select count(*) from bench_branch)
left join bench_street s on s.court_id = b.court_id
join bench_category c on c.court_id = b.court_id;

-- The demands above bypassed the application: clear its tally so that it rebuilds the figures from every
-- demand when it starts (DemandTally.rebuildIfMissing).
delete from demand_tally_change;
delete from demand_tally;

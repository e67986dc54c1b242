-- Generates five years of organisational life for every branch and Party group of the demo city in
-- PostgreSQL, for the benchmark of the compliance calendar (bench/life.sh): each branch's committee meeting
-- and themed Party day every month, general assembly and Party lecture every quarter, each group's meeting
-- every month, a few of each missed at random; the members of the host on every meeting's roster, nearly all
-- present. Up to last month; straight SQL, as a city's history would be imported.

create temp table bench_org as
select id, court_id, path, type from party_organization where type in ('BRANCH', 'CELL');

create temp table bench_kind (type varchar(30), org_type varchar(20), every int, skip float, day int);
insert into bench_kind values
    ('COMMITTEE', 'BRANCH', 1, 0.05, 5), ('THEMED_DAY', 'BRANCH', 1, 0.05, 18),
    ('GENERAL_ASSEMBLY', 'BRANCH', 3, 0.04, 10), ('PARTY_LECTURE', 'BRANCH', 3, 0.08, 24),
    ('CELL_MEETING', 'CELL', 1, 0.04, 8);

create temp table bench_month as
select m::date as month
from generate_series(date_trunc('year', current_date) - interval '4 years',
                     date_trunc('month', current_date) - interval '1 month', interval '1 month') m;

with planned as (
    select o.id as org, o.court_id, o.path, k.type,
           bm.month + (k.day + floor(random() * 4)::int) * interval '1 day' + interval '14 hours 30 minutes' as starts_at
    from bench_org o
    join bench_kind k on k.org_type = o.type
    join bench_month bm on extract(month from bm.month)::int % k.every = (case when k.every = 3 then 2 else 0 end)
    where random() >= k.skip
), inserted as (
    insert into meeting (court_id, type, state, topic, agenda, place, starts_at, ends_at, organization_id,
                         organization_path, minutes, planned_by, planned_at, recorded_by, recorded_at, updated_at)
    select court_id, type, 'HELD', '生成的组织生活会议', null, '党员活动室', starts_at, starts_at + interval '90 minutes',
           org, path, '生成的会议记录。', 'bench', starts_at - interval '7 days', 'bench', starts_at + interval '2 hours',
           starts_at + interval '2 hours'
    from planned
    returning id, court_id, organization_id, organization_path
)
insert into meeting_host (meeting, organization_id, court_id, organization_path)
select id, organization_id, court_id, organization_path from inserted;

insert into meeting_attendee (meeting, member_id, court_id, invited, status, reason)
select h.meeting, m.id, h.court_id, false,
       case when random() < 0.92 then 'PRESENT' else 'ABSENT' end, null
from meeting_host h join member m on m.organization_id = h.organization_id
where h.meeting in (select id from meeting where planned_by = 'bench');
update meeting_attendee set reason = '外出开庭' where status = 'ABSENT' and reason is null;

-- the tally the compliance calendar reads, recomputed from the meetings as the application does (MeetingTally.rebuild)
delete from meeting_tally;
insert into meeting_tally (organization_id, meeting_type, tally_year, court_id, organization_path,
                           m01, m02, m03, m04, m05, m06, m07, m08, m09, m10, m11, m12, last_held)
select h.organization_id, m.type, extract(year from m.starts_at), h.court_id, h.organization_path,
       sum(case when extract(month from m.starts_at) = 1 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 2 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 3 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 4 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 5 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 6 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 7 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 8 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 9 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 10 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 11 then 1 else 0 end),
       sum(case when extract(month from m.starts_at) = 12 then 1 else 0 end),
       max(m.starts_at)
from meeting m join meeting_host h on h.meeting = m.id
where m.state = 'HELD'
group by h.organization_id, m.type, extract(year from m.starts_at), h.court_id, h.organization_path;

-- every court's compliance calendar computed before the import is out of date, as after MeetingTally.rebuild
update compliance_generation set generation = generation + 1 where court_id = 0;

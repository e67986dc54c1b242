-- The time limits of the demand flow, per court, kept by the Party-affairs office on the demand settings
-- page. A court's rows are written from the configured defaults (tianping.demand.limits) the first time
-- its limits are needed. A limit is a number of working hours or working days; escalation to the office
-- comes the given number of working hours after a step fell overdue.
create table demand_limit_set (
    court_id                 bigint      primary key references court (id),
    escalate_to_office_after_hours int         not null check (escalate_to_office_after_hours > 0),
    changed_by               varchar(64) not null,
    changed_at               timestamp   not null,
    version                  int         not null
);

create table demand_time_limit (
    court_id bigint      not null references demand_limit_set (court_id) on delete cascade,
    step     varchar(20) not null,
    urgency  varchar(10) not null,
    amount   int         not null check (amount > 0),
    unit     varchar(5)  not null check (unit in ('HOURS', 'DAYS')),
    primary key (court_id, step, urgency)
);

-- The statutory holidays of 2027 under the 《全国年节及纪念日放假办法》 as amended in 2024 (元旦 1 day; 春节 4
-- days from 除夕 to the third day; 清明 1; 劳动节 1–2 May; 端午 1; 中秋 1; 国庆 1–3 October) on their 2027
-- dates (除夕 5 February, 清明 5 April, 端午 9 June, 中秋 15 September). Only weekdays need a row. The State
-- Council's notice for 2027, which adds the bridge days and the weekend days worked in their place (调休)
-- and moves a holiday that falls on a weekend (劳动节 2027 is a Saturday and Sunday), was not out when this
-- was written: the platform admin completes 2027 from it on the calendar page, replacing these rows.
-- A day the admin has already entered is left as it is.
insert into calendar_day (calendar_date, kind, name, changed_by, changed_at) values
('2027-01-01', 'HOLIDAY', '元旦（待国务院通知调休）', 'system', current_timestamp),
('2027-02-05', 'HOLIDAY', '春节（待国务院通知调休）', 'system', current_timestamp),
('2027-02-08', 'HOLIDAY', '春节（待国务院通知调休）', 'system', current_timestamp),
('2027-04-05', 'HOLIDAY', '清明节（待国务院通知调休）', 'system', current_timestamp),
('2027-06-09', 'HOLIDAY', '端午节（待国务院通知调休）', 'system', current_timestamp),
('2027-09-15', 'HOLIDAY', '中秋节（待国务院通知调休）', 'system', current_timestamp),
('2027-10-01', 'HOLIDAY', '国庆节（待国务院通知调休）', 'system', current_timestamp)
on conflict do nothing;

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

-- Held meetings per hosting organisation, type and year, one column per month: what the compliance calendar
-- reads instead of every meeting. Kept by the application in the transaction that records a meeting as held.

create table meeting_tally (
    organization_id   bigint       not null,
    meeting_type      varchar(30)  not null,
    tally_year        int          not null,
    court_id          bigint       not null,
    organization_path varchar(400) not null,
    m01 int not null default 0, m02 int not null default 0, m03 int not null default 0, m04 int not null default 0,
    m05 int not null default 0, m06 int not null default 0, m07 int not null default 0, m08 int not null default 0,
    m09 int not null default 0, m10 int not null default 0, m11 int not null default 0, m12 int not null default 0,
    last_held         timestamp    not null,
    primary key (organization_id, meeting_type, tally_year)
);
create index ix_meeting_tally_court_year on meeting_tally (court_id, tally_year);
create index ix_meeting_tally_path on meeting_tally (organization_path);

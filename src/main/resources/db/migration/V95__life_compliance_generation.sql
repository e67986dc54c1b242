-- A number per court that grows, in the same transaction, with every write that changes the court's compliance
-- calendar: a meeting recorded as held, the court's rules, a Party organisation created or changed. Each
-- application node keeps the calendar of a court computed for as long as the court's number has not moved,
-- and reads the number from here on every request. The row of court 0 grows with a write that may change
-- every court (the tally rebuilt from the meetings); it counts towards the number of each court.
create table compliance_generation (
    court_id   bigint not null primary key,
    generation bigint not null
);
insert into compliance_generation (court_id, generation) values (0, 0);

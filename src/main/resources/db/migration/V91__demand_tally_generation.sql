-- A number that changes with every fold and every rebuild of the demand tally, in the same transaction.
-- Figures read from the tally are kept in memory under the generation they were read at; a request that
-- finds another generation reads the tally again, so every node of the application stays exact.
create table demand_tally_generation (
    id         int    not null primary key,
    generation bigint not null
);
insert into demand_tally_generation (id, generation) values (1, 0);

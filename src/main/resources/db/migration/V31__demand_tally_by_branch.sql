-- A branch secretary's figures read the branch's own rows of the tally by its id (a prefix match on the
-- branch path cannot use a b-tree index under most collations).
create index ix_demand_tally_branch on demand_tally (tally_level, branch_id, year_month);
create index ix_demand_tally_change_branch on demand_tally_change (branch_id, year_month);

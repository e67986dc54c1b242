-- A demand's files are listed and counted by demand; the foreign key alone gives no index in PostgreSQL.
create index ix_demand_attachment_demand on demand_attachment (demand_id);

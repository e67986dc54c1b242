-- The demands whose first contact is overdue are counted for the response rate on every figures request;
-- with the columns the figures group and scope them by in the index, PostgreSQL counts them from the index alone
-- instead of visiting a page of the table for each of them. It serves the escalation job as the old one did.
drop index ix_demand_uncontacted;
create index ix_demand_overdue_contact on demand (first_contact_at, first_contact_due, submitted_at, court_id, branch_id,
                                                   street_id, category_id, channel, organization_path);

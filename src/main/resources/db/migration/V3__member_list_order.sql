-- The member list is ordered by court, organisation and id: this index serves a page without sorting
-- every member in scope.
create index ix_member_court_organization on member (court_id, organization_id, id);

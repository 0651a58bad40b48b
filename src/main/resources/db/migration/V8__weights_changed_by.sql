-- Who last saved a workspace's criteria weights, named when a colleague's save based on older weights is refused.
alter table criteria_weights add column changed_by varchar(120);

-- Issue 12: an adaptation option names the step-3 risks it answers, chosen from the workspace's risks.
-- The free text that options carried until now is kept (as the option's note on the risks, now optional)
-- and read once: every risk of the same workspace whose hazard the text names is linked to the option.

create table option_risk (
    option_id  bigint not null references adaptation_option (id) on delete cascade,
    risk_id    bigint not null references risk (id) on delete cascade,
    primary key (option_id, risk_id)
);
create index option_risk_risk_idx on option_risk (risk_id);

alter table adaptation_option alter column risks_addressed drop not null;

insert into option_risk (option_id, risk_id)
select o.id, r.id
  from adaptation_option o
  join risk r on r.workspace_id = o.workspace_id
 where o.risks_addressed is not null
   and length(trim(r.hazard)) > 0
   and lower(o.risks_addressed) like '%' || lower(trim(r.hazard)) || '%';

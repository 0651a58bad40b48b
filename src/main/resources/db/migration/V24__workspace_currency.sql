-- Budgets and event costs are in the currency the workspace chose (ISO 4217 code). Until a lead chooses one,
-- a workspace reads in its country's currency (see tool.domain.Currencies), else US dollars: no value here.
alter table workspace add column currency varchar(3);

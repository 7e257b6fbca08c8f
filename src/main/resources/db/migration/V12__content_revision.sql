-- Capacity (issue 13). Portable SQL: runs on H2 (2.x) and PostgreSQL (14+).

-- content_revision: raised in the same transaction as every change to what a trial's pages show (a curated save,
-- a deletion, an import). Pages keep what they built from a trial (its tables, histories and charts) for as long
-- as the trial's revision stays the one they were built at, so a committed change shows on the next page view,
-- on every instance.
alter table trial add column content_revision bigint not null default 0;

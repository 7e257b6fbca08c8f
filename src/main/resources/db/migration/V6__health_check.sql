-- One row that the readiness probe updates: an instance is ready only while the database takes a write.
create table health_check (
    id         integer primary key,
    checked_at timestamp not null
);
insert into health_check (id, checked_at) values (1, current_timestamp);

create schema if not exists files;

-- One row per stored file version (phiên bản tệp). The content lives in an immutable blob addressed by its SHA-256;
-- several rows may share one blob. Blobs that no row references are removed by the sweeper after a grace period.
create table files.stored_file (
    id          uuid primary key,
    file_name   varchar(255) not null,
    media_type  text         not null,
    size        bigint       not null check (size > 0),
    sha256      text         not null check (sha256 ~ '^[0-9a-f]{64}$'),
    page_count  integer      check (page_count > 0),
    stored_at   timestamptz  not null
);

create index stored_file_sha256_idx on files.stored_file (sha256);

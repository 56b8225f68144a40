-- Exchange keys (khóa ký gói tin liên thông): one per agency, used by the server without a person's PIN to sign
-- edXML packets. The PKCS#12 and its password are both sealed with the master key (AES-256-GCM, bound to the row's
-- agency), so the table holds no plaintext key material.
create table signing.exchange_key (
    id uuid primary key,
    agency_id uuid not null unique,
    sealed_key bytea not null,
    key_nonce bytea not null,
    sealed_password bytea not null,
    password_nonce bytea not null,
    certificate bytea not null,
    chain bytea,
    subject varchar(1000) not null,
    serial varchar(100) not null,
    not_before timestamptz not null,
    not_after timestamptz not null,
    origin varchar(16) not null check (origin in ('GENERATED', 'UPLOADED')),
    created_at timestamptz not null,
    replaced_at timestamptz,
    replaced_by varchar(200),
    version bigint not null default 0
);

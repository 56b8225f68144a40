-- Key custody (lưu giữ khóa ký số): the keys Sen holds (PKCS#12 encrypted under the master key) or reaches on a
-- PKCS#11 token, one per holder (a person's account or an agency); the PIN is never stored.
create table signing.signer_key (
    id uuid primary key,
    holder_id uuid not null unique,
    holder_kind varchar(16) not null check (holder_kind in ('PERSON', 'AGENCY')),
    agency_id uuid not null,
    provider varchar(16) not null check (provider in ('SERVER_KEY_STORE', 'PKCS11')),
    sealed_key bytea,
    nonce bytea,
    token_alias varchar(200),
    token_slot bigint,
    certificate bytea not null,
    chain bytea,
    subject varchar(1000) not null,
    serial varchar(100) not null,
    not_before timestamptz not null,
    not_after timestamptz not null,
    uploaded_by varchar(200) not null,
    uploaded_at timestamptz not null,
    failed_pins integer not null default 0,
    locked_until timestamptz,
    version bigint not null default 0,
    check (provider <> 'SERVER_KEY_STORE' or (sealed_key is not null and nonce is not null)),
    check (provider <> 'PKCS11' or token_alias is not null)
);

-- Images (ảnh chữ ký, con dấu): a person's signature or an agency's seal, transparent PNG.
create table signing.signer_image (
    holder_id uuid primary key,
    holder_kind varchar(16) not null check (holder_kind in ('PERSON', 'AGENCY')),
    agency_id uuid not null,
    png bytea not null,
    width integer not null,
    height integer not null,
    diameter_mm numeric(5, 1),
    uploaded_by varchar(200) not null,
    uploaded_at timestamptz not null,
    version bigint not null default 0
);

-- External (hash) signing sessions: the PDF and the fixed signing time until the signature value comes back.
create table signing.external_signing (
    id uuid primary key,
    holder_id uuid not null,
    agency_id uuid,
    look varchar(16) not null,
    pdf bytea not null,
    signer_name varchar(300),
    image bytea,
    seal_diameter_mm double precision not null,
    mark_text varchar(300),
    chain bytea not null,
    data_to_sign bytea not null,
    signing_time timestamptz not null,
    expires_at timestamptz not null,
    state varchar(16) not null check (state in ('PREPARED', 'COMPLETED', 'EXPIRED')),
    started_by uuid not null,
    version bigint not null default 0
);

-- Signing (ký số): the schema; tables come with key custody and validation.
create schema if not exists signing;

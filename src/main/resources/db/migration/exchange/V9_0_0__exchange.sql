-- Exchange (liên thông văn bản): the schema; tables come with the directory, the outbox and the inbox.
create schema if not exists exchange;

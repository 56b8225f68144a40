-- "Nơi nhận" of a provincial document often lists every department and commune: 1,000 characters were too few for
-- a document sent to fifty agencies (an electronic arrival of one was refused).
alter table document.incoming_document alter column to_places type varchar(4000);
alter table document.electronic_arrival alter column to_places type varchar(4000);

CREATE TABLE clicks (
    id bigint NOT NULL,
    at date NOT NULL,
    campaign text NOT NULL
) PARTITION BY LIST (campaign);
CREATE TABLE clicks_spring PARTITION OF clicks FOR VALUES IN ('spring');
CREATE TABLE clicks_other PARTITION OF clicks DEFAULT;
CREATE TABLE clicks_archive (id bigint, at date, campaign text) PARTITION BY HASH (id);
CREATE TABLE clicks_archive_0 PARTITION OF clicks_archive FOR VALUES WITH (MODULUS 1, REMAINDER 0);

-- comments is defined before the posts table it references; the FK is declared
-- after both tables exist (PostgreSQL cannot resolve a forward reference inline).
CREATE TABLE comments (
    id bigint PRIMARY KEY,
    post_id bigint NOT NULL,
    body text NOT NULL
);

CREATE INDEX comments_post_id_idx ON comments (post_id);

CREATE TABLE posts (
    id bigint PRIMARY KEY,
    title text NOT NULL
);

ALTER TABLE ONLY comments
    ADD CONSTRAINT comments_post_id_fkey FOREIGN KEY (post_id) REFERENCES posts (id) ON DELETE CASCADE;

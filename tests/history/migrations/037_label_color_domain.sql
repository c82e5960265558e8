CREATE DOMAIN hex_color AS text CHECK (VALUE ~ '^#[0-9a-f]{6}$');

CREATE TABLE project_themes (
    project_id bigint PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
    background hex_color NOT NULL DEFAULT '#ffffff',
    foreground hex_color NOT NULL DEFAULT '#000000'
);

-- Runs once, when the database volume is initialised (first start of an empty volume).
CREATE TABLE messages (
    id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    body       text NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO messages (body) VALUES ('hello from the init script');

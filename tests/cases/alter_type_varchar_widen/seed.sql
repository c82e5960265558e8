INSERT INTO products (id, name) VALUES
    (1, 'Widget'),
    (2, 'Gadget with a rather long forty-char name'),
    (3, 'Gizmo');

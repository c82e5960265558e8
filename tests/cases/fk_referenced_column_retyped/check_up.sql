SELECT count(*) = 2 FROM children JOIN parents ON parents.id = children.parent_id;

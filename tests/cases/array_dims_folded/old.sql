CREATE TABLE grids (id integer, cells integer[]);

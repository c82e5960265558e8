-- int[][] is integer[] in PostgreSQL: only the new column is a change
CREATE TABLE grids (id integer, cells int[][], cube text[][][]);

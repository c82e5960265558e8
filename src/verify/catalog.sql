-- Normalised catalog of the current database, used by `gen verify` and the `cases` test runner.
--
-- One row (column `line`) per user object or per object property that a migration can
-- change. The runner escapes newlines and sorts the lines, so the result does not depend
-- on creation order, on column order (attnum) or on OIDs. Owners are ignored, and so is
-- a privilege held by an object's owner. Objects in pg_catalog, information_schema,
-- pg_toast and temp schemas, and objects that belong to an extension, are left out.
WITH
ns AS (
    SELECT n.oid, n.nspname
    FROM pg_namespace n
    WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
      AND n.nspname NOT LIKE 'pg\_temp\_%'
      AND n.nspname NOT LIKE 'pg\_toast\_temp\_%'
      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.deptype = 'e' AND d.classid = 'pg_namespace'::regclass
                        AND d.objid = n.oid)
),
ext AS (
    SELECT d.classid, d.objid FROM pg_depend d WHERE d.deptype = 'e'
),
rel AS (
    SELECT c.*, quote_ident(ns.nspname) || '.' || quote_ident(c.relname) AS qname
    FROM pg_class c
    JOIN ns ON ns.oid = c.relnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_class'::regclass AND ext.objid = c.oid)
),
typ AS (
    SELECT t.*, quote_ident(ns.nspname) || '.' || quote_ident(t.typname) AS qname
    FROM pg_type t
    JOIN ns ON ns.oid = t.typnamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_type'::regclass AND ext.objid = t.oid)
      AND (t.typtype IN ('e', 'd', 'r')
           OR (t.typtype = 'c'
               AND (SELECT c.relkind FROM pg_class c WHERE c.oid = t.typrelid) = 'c'))
),
proc AS (
    SELECT p.*
    FROM pg_proc p
    JOIN ns ON ns.oid = p.pronamespace
    WHERE NOT EXISTS (SELECT 1 FROM ext
                      WHERE ext.classid = 'pg_proc'::regclass AND ext.objid = p.oid)
      -- not the constructors PostgreSQL creates with a range type
      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                      WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid
                        AND d.deptype = 'i')
),
seqopts AS (
    SELECT s.seqrelid,
           'type ' || format_type(s.seqtypid, NULL)
           || ' start ' || s.seqstart || ' increment ' || s.seqincrement
           || ' min ' || s.seqmin || ' max ' || s.seqmax || ' cache ' || s.seqcache
           || CASE WHEN s.seqcycle THEN ' cycle' ELSE ' no cycle' END AS opts
    FROM pg_sequence s
),
acls AS (
    SELECT CASE WHEN r.relkind = 'S' THEN 'sequence ' ELSE 'table ' END || r.qname AS obj,
           coalesce(r.relacl,
                    acldefault(CASE WHEN r.relkind = 'S' THEN 's' ELSE 'r' END::"char", r.relowner)) AS acl,
           r.relowner AS owner
    FROM rel r WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
    UNION ALL
    SELECT 'column ' || r.qname || '.' || quote_ident(a.attname), a.attacl, r.relowner
    FROM rel r
    JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE a.attacl IS NOT NULL
    UNION ALL
    SELECT 'schema ' || quote_ident(n.nspname), coalesce(n.nspacl, acldefault('n'::"char", n.nspowner)),
           n.nspowner
    FROM pg_namespace n JOIN ns ON ns.oid = n.oid
    UNION ALL
    SELECT 'function ' || p.oid::regprocedure::text,
           coalesce(p.proacl, acldefault('f'::"char", p.proowner)), p.proowner
    FROM proc p
    UNION ALL
    SELECT 'type ' || t.qname, coalesce(t.typacl, acldefault('T'::"char", t.typowner)), t.typowner
    FROM typ t
)

-- schemas
SELECT 'schema ' || quote_ident(ns.nspname) AS line FROM ns

-- extensions
UNION ALL
SELECT 'extension ' || quote_ident(e.extname) || ' schema ' || quote_ident(n.nspname)
       || ' version ' || e.extversion
FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace

-- types: enums (labels in order), domains, ranges, composite types
UNION ALL
SELECT 'type ' || t.qname || ' '
       || CASE t.typtype
          WHEN 'e' THEN 'enum ('
               || coalesce((SELECT string_agg(quote_literal(e.enumlabel), ', '
                                              ORDER BY e.enumsortorder)
                            FROM pg_enum e WHERE e.enumtypid = t.oid), '') || ')'
          WHEN 'd' THEN 'domain ' || format_type(t.typbasetype, t.typtypmod)
               || CASE WHEN t.typnotnull THEN ' not null' ELSE '' END
               || coalesce(' default ' || t.typdefault, '')
               || CASE WHEN t.typcollation <> coalesce((SELECT b.typcollation FROM pg_type b
                                                        WHERE b.oid = t.typbasetype), 0)
                       THEN ' collate ' || t.typcollation::regcollation::text ELSE '' END
          WHEN 'r' THEN 'range ' || (SELECT 'subtype ' || format_type(r.rngsubtype, NULL)
                      || ' opclass ' || (SELECT quote_ident(o.opcname) FROM pg_opclass o
                                         WHERE o.oid = r.rngsubopc)
                      || CASE WHEN r.rngcollation <> 0
                              THEN ' collate ' || r.rngcollation::regcollation::text ELSE '' END
                      || CASE WHEN r.rngcanonical <> 0
                              THEN ' canonical ' || r.rngcanonical::regproc::text ELSE '' END
                      || CASE WHEN r.rngsubdiff <> 0
                              THEN ' subdiff ' || r.rngsubdiff::regproc::text ELSE '' END
                      FROM pg_range r WHERE r.rngtypid = t.oid)
          ELSE 'composite ('
               || coalesce((SELECT string_agg(quote_ident(a.attname) || ' '
                                              || format_type(a.atttypid, a.atttypmod)
                                              || CASE WHEN a.attcollation <> 0
                                                       AND a.attcollation <> (SELECT b.typcollation FROM pg_type b WHERE b.oid = a.atttypid)
                                                      THEN ' collate ' || a.attcollation::regcollation::text
                                                      ELSE '' END,
                                              ', ' ORDER BY a.attnum)
                            FROM pg_attribute a
                            WHERE a.attrelid = t.typrelid AND a.attnum > 0
                              AND NOT a.attisdropped), '') || ')'
          END
FROM typ t

-- sequences (identity sequences are described with their column)
UNION ALL
SELECT 'sequence ' || r.qname || ' ' || so.opts
       || CASE WHEN r.relpersistence = 'u' THEN ' unlogged' ELSE '' END
       || coalesce(' owned by ' || (SELECT o.qname || '.' || quote_ident(a.attname)
                                    FROM pg_depend d
                                    JOIN rel o ON o.oid = d.refobjid
                                    JOIN pg_attribute a ON a.attrelid = d.refobjid
                                                       AND a.attnum = d.refobjsubid
                                    WHERE d.classid = 'pg_class'::regclass
                                      AND d.objid = r.oid
                                      AND d.refclassid = 'pg_class'::regclass
                                      AND d.deptype = 'a'), '')
FROM rel r
JOIN seqopts so ON so.seqrelid = r.oid
WHERE r.relkind = 'S'
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = r.oid
                    AND d.deptype = 'i')

-- tables, views, materialized views, foreign tables, composite types' relations
UNION ALL
SELECT 'relation ' || r.qname || ' kind ' || r.relkind::text || ' persistence ' || r.relpersistence::text
       || coalesce(' access method ' || (SELECT quote_ident(am.amname) FROM pg_am am
                                         WHERE am.oid = r.relam), '')
       || coalesce(' options (' || (SELECT string_agg(o, ', ' ORDER BY o)
                                    FROM unnest(r.reloptions) o) || ')', '')
       || CASE WHEN r.relkind = 'm' AND NOT r.relispopulated THEN ' not populated' ELSE '' END
       || CASE WHEN r.relrowsecurity THEN ' row security' ELSE '' END
       || CASE WHEN r.relforcerowsecurity THEN ' force row security' ELSE '' END
       || CASE WHEN r.relkind IN ('r', 'p') THEN ' replica identity ' || r.relreplident::text
               ELSE '' END
       || coalesce(' partition by ' || pg_get_partkeydef(r.oid), '')
       || coalesce(' inherits (' || (SELECT string_agg(i.inhparent::regclass::text, ', '
                                                       ORDER BY i.inhseqno)
                                     FROM pg_inherits i WHERE i.inhrelid = r.oid) || ')', '')
       || CASE WHEN r.relispartition
               THEN ' partition bound ' || pg_get_expr(r.relpartbound, r.oid) ELSE '' END
FROM rel r
WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')

-- columns (order ignored)
UNION ALL
SELECT 'column ' || r.qname || '.' || quote_ident(a.attname)
       || ' ' || format_type(a.atttypid, a.atttypmod)
       || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
       || CASE WHEN a.attgenerated = '' AND ad.adbin IS NOT NULL
               THEN ' default ' || pg_get_expr(ad.adbin, ad.adrelid) ELSE '' END
       || CASE WHEN a.attgenerated <> ''
               THEN ' generated ' || a.attgenerated::text || ' as ('
                    || pg_get_expr(ad.adbin, ad.adrelid) || ')'
               ELSE '' END
       || CASE WHEN a.attidentity <> ''
               THEN ' identity ' || a.attidentity::text
                    || coalesce(' (' || (SELECT so.opts FROM pg_depend d
                                         JOIN seqopts so ON so.seqrelid = d.objid
                                         WHERE d.classid = 'pg_class'::regclass
                                           AND d.refclassid = 'pg_class'::regclass
                                           AND d.refobjid = a.attrelid
                                           AND d.refobjsubid = a.attnum
                                           AND d.deptype = 'i') || ')', '')
               ELSE '' END
       || CASE WHEN a.attcollation <> t.typcollation
               THEN ' collate ' || a.attcollation::regcollation::text ELSE '' END
       || CASE WHEN a.attstorage <> t.typstorage THEN ' storage ' || a.attstorage::text ELSE '' END
       || CASE WHEN a.attcompression <> '' THEN ' compression ' || a.attcompression::text ELSE '' END
       || CASE WHEN a.attstattarget >= 0 THEN ' statistics ' || a.attstattarget ELSE '' END
       || coalesce(' options (' || (SELECT string_agg(o, ', ' ORDER BY o)
                                    FROM unnest(a.attoptions) o) || ')', '')
FROM rel r
JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
WHERE r.relkind IN ('r', 'p', 'v', 'm', 'f', 'c')

-- constraints of tables and domains
UNION ALL
SELECT 'constraint '
       || CASE WHEN c.conrelid <> 0 THEN (SELECT r.qname FROM rel r WHERE r.oid = c.conrelid)
               ELSE 'domain ' || (SELECT t.qname FROM typ t WHERE t.oid = c.contypid) END
       || '.' || quote_ident(c.conname) || ' ' || pg_get_constraintdef(c.oid)
       || CASE WHEN c.convalidated THEN ' validated' ELSE ' not validated' END
FROM pg_constraint c
WHERE (c.conrelid <> 0 AND c.conrelid IN (SELECT oid FROM rel))
   OR (c.contypid <> 0 AND c.contypid IN (SELECT oid FROM typ))

-- indexes (the name is cut out of the definition; it is on the line already)
UNION ALL
SELECT 'index ' || i.qname || ' on ' || t.qname
       || CASE WHEN x.indisvalid THEN ' valid' ELSE ' INVALID' END
       || CASE WHEN x.indisready THEN '' ELSE ' not ready' END
       || CASE WHEN x.indisclustered THEN ' clustered' ELSE '' END
       || CASE WHEN x.indisreplident THEN ' replica identity' ELSE '' END
       || ' ' || replace(pg_get_indexdef(x.indexrelid),
                         ' INDEX ' || quote_ident(i.relname) || ' ON ', ' INDEX ON ')
FROM pg_index x
JOIN rel i ON i.oid = x.indexrelid
JOIN rel t ON t.oid = x.indrelid

-- views and materialized views
UNION ALL
SELECT 'view ' || r.qname || ' as ' || pg_get_viewdef(r.oid)
FROM rel r WHERE r.relkind IN ('v', 'm')

-- rules other than the views' own
UNION ALL
SELECT 'rule ' || r.qname || '.' || quote_ident(w.rulename) || ' ' || pg_get_ruledef(w.oid)
       || ' enabled ' || w.ev_enabled::text
FROM pg_rewrite w JOIN rel r ON r.oid = w.ev_class
WHERE w.rulename <> '_RETURN'

-- functions, procedures, aggregates
UNION ALL
SELECT 'function ' || p.oid::regprocedure::text || ' '
       || CASE WHEN p.prokind = 'a'
               THEN (SELECT 'aggregate sfunc ' || g.aggtransfn::regproc::text
                            || ' stype ' || format_type(g.aggtranstype, NULL)
                            || CASE WHEN g.aggfinalfn <> 0
                                    THEN ' finalfunc ' || g.aggfinalfn::regproc::text
                                    ELSE '' END
                            || coalesce(' initcond ' || quote_literal(g.agginitval), '')
                     FROM pg_aggregate g WHERE g.aggfnoid = p.oid)
               ELSE pg_get_functiondef(p.oid) END
FROM proc p

-- triggers (not the internal ones behind foreign keys)
UNION ALL
SELECT 'trigger ' || r.qname || '.' || quote_ident(g.tgname) || ' '
       || pg_get_triggerdef(g.oid) || ' enabled ' || g.tgenabled::text
FROM pg_trigger g JOIN rel r ON r.oid = g.tgrelid
WHERE NOT g.tgisinternal

-- event triggers
UNION ALL
SELECT 'event trigger ' || quote_ident(e.evtname) || ' on ' || e.evtevent
       || ' execute ' || e.evtfoid::regproc::text || ' enabled ' || e.evtenabled::text
       || coalesce(' tags ' || array_to_string(e.evttags, ', '), '')
FROM pg_event_trigger e
WHERE NOT EXISTS (SELECT 1 FROM ext
                  WHERE ext.classid = 'pg_event_trigger'::regclass AND ext.objid = e.oid)

-- publications, and the tables each publishes (however it names them: FOR ALL TABLES,
-- TABLES IN SCHEMA, TABLE)
UNION ALL
SELECT 'publication ' || quote_ident(p.pubname) || ' all tables ' || p.puballtables::text
       || ' insert ' || p.pubinsert::text || ' update ' || p.pubupdate::text
       || ' delete ' || p.pubdelete::text || ' truncate ' || p.pubtruncate::text
       || ' via root ' || p.pubviaroot::text
FROM pg_publication p
UNION ALL
SELECT 'publication ' || quote_ident(t.pubname) || ' publishes '
       || quote_ident(t.schemaname) || '.' || quote_ident(t.tablename)
FROM pg_publication_tables t

-- row level security policies
UNION ALL
SELECT 'policy ' || r.qname || '.' || quote_ident(p.polname)
       || CASE WHEN p.polpermissive THEN ' permissive' ELSE ' restrictive' END
       || ' for ' || p.polcmd::text
       || ' to ' || (SELECT string_agg(CASE WHEN x = 0 THEN 'public'
                                            ELSE quote_ident(pg_get_userbyid(x)::text) END,
                                       ', ' ORDER BY 1)
                     FROM unnest(p.polroles) x)
       || coalesce(' using (' || pg_get_expr(p.polqual, p.polrelid) || ')', '')
       || coalesce(' with check (' || pg_get_expr(p.polwithcheck, p.polrelid) || ')', '')
FROM pg_policy p JOIN rel r ON r.oid = p.polrelid

-- extended statistics
UNION ALL
SELECT 'statistics ' || quote_ident(ns.nspname) || '.' || quote_ident(s.stxname) || ' '
       || pg_get_statisticsobjdef(s.oid)
FROM pg_statistic_ext s JOIN ns ON ns.oid = s.stxnamespace
WHERE s.stxrelid IN (SELECT oid FROM rel)

-- user defined collations
UNION ALL
SELECT 'collation ' || c.oid::regcollation::text || ' provider ' || c.collprovider::text
       || CASE WHEN c.collisdeterministic THEN ' deterministic' ELSE ' nondeterministic' END
       || coalesce(' lc_collate ' || quote_literal(c.collcollate), '')
       || coalesce(' lc_ctype ' || quote_literal(c.collctype), '')
       || coalesce(' icu_locale ' || quote_literal(c.colliculocale), '')
FROM pg_collation c JOIN ns ON ns.oid = c.collnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext
                  WHERE ext.classid = 'pg_collation'::regclass AND ext.objid = c.oid)

-- user defined operators
UNION ALL
SELECT 'operator ' || o.oid::regoperator::text || ' function ' || o.oprcode::regproc::text
       || CASE WHEN o.oprcom <> 0 THEN ' commutator ' || o.oprcom::regoperator::text ELSE '' END
       || CASE WHEN o.oprnegate <> 0 THEN ' negator ' || o.oprnegate::regoperator::text ELSE '' END
       || CASE WHEN o.oprrest <> 0 THEN ' restrict ' || o.oprrest::regproc::text ELSE '' END
       || CASE WHEN o.oprjoin <> 0 THEN ' join ' || o.oprjoin::regproc::text ELSE '' END
       || CASE WHEN o.oprcanmerge THEN ' merges' ELSE '' END
       || CASE WHEN o.oprcanhash THEN ' hashes' ELSE '' END
FROM pg_operator o JOIN ns ON ns.oid = o.oprnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext
                  WHERE ext.classid = 'pg_operator'::regclass AND ext.objid = o.oid)

-- text search dictionaries and configurations (with their mappings)
UNION ALL
SELECT 'text search dictionary ' || d.oid::regdictionary::text
       || ' template ' || (SELECT t.tmplname FROM pg_ts_template t WHERE t.oid = d.dicttemplate)
       || coalesce(' options ' || d.dictinitoption, '')
FROM pg_ts_dict d JOIN ns ON ns.oid = d.dictnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext
                  WHERE ext.classid = 'pg_ts_dict'::regclass AND ext.objid = d.oid)
UNION ALL
SELECT 'text search configuration ' || c.oid::regconfig::text
       || ' parser ' || (SELECT p.prsname FROM pg_ts_parser p WHERE p.oid = c.cfgparser)
       || ' mappings ' || coalesce((SELECT string_agg(tt.alias || '=' || m.dicts, ', ' ORDER BY tt.alias)
                                   FROM (SELECT mm.maptokentype,
                                                string_agg(mm.mapdict::regdictionary::text, ' '
                                                           ORDER BY mm.mapseqno) AS dicts
                                         FROM pg_ts_config_map mm WHERE mm.mapcfg = c.oid
                                         GROUP BY mm.maptokentype) m
                                   JOIN ts_token_type(c.cfgparser) tt ON tt.tokid = m.maptokentype), '')
FROM pg_ts_config c JOIN ns ON ns.oid = c.cfgnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext
                  WHERE ext.classid = 'pg_ts_config'::regclass AND ext.objid = c.oid)

-- text search parsers and templates
UNION ALL
SELECT 'text search parser ' || quote_ident(ns.nspname) || '.' || quote_ident(p.prsname)
       || ' start ' || p.prsstart::regproc::text || ' gettoken ' || p.prstoken::regproc::text
       || ' end ' || p.prsend::regproc::text || ' lextypes ' || p.prslextype::regproc::text
       || CASE WHEN p.prsheadline <> 0 THEN ' headline ' || p.prsheadline::regproc::text ELSE '' END
FROM pg_ts_parser p JOIN ns ON ns.oid = p.prsnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext
                  WHERE ext.classid = 'pg_ts_parser'::regclass AND ext.objid = p.oid)
UNION ALL
SELECT 'text search template ' || quote_ident(ns.nspname) || '.' || quote_ident(t.tmplname)
       || CASE WHEN t.tmplinit <> 0 THEN ' init ' || t.tmplinit::regproc::text ELSE '' END
       || ' lexize ' || t.tmpllexize::regproc::text
FROM pg_ts_template t JOIN ns ON ns.oid = t.tmplnamespace
WHERE NOT EXISTS (SELECT 1 FROM ext
                  WHERE ext.classid = 'pg_ts_template'::regclass AND ext.objid = t.oid)

-- comments on user objects
UNION ALL
SELECT 'comment on ' || o.type || ' ' || o.identity || ' is ' || quote_literal(d.description)
FROM pg_description d
CROSS JOIN LATERAL pg_identify_object(d.classoid, d.objoid, d.objsubid) o
WHERE (d.objoid >= 16384 OR (d.classoid = 'pg_namespace'::regclass AND d.objoid = 2200))
  AND NOT EXISTS (SELECT 1 FROM ext WHERE ext.classid = d.classoid AND ext.objid = d.objoid)
  AND coalesce(o.schema, '') NOT IN ('pg_catalog', 'information_schema', 'pg_toast')
  AND coalesce(o.schema, '') NOT LIKE 'pg\_temp\_%'

-- privileges (those of the owner on its own object are left out, like owners)
UNION ALL
SELECT 'grant ' || x.privilege_type || ' on ' || acls.obj || ' to '
       || CASE WHEN x.grantee = 0 THEN 'PUBLIC'
               ELSE quote_ident(pg_get_userbyid(x.grantee)::text) END
       || CASE WHEN x.is_grantable THEN ' with grant option' ELSE '' END
FROM acls CROSS JOIN LATERAL aclexplode(acls.acl) x
WHERE x.grantee <> acls.owner

-- default privileges
UNION ALL
SELECT 'default privileges for ' || quote_ident(pg_get_userbyid(a.defaclrole)::text)
       || coalesce(' in schema ' || (SELECT quote_ident(n.nspname) FROM pg_namespace n
                                     WHERE n.oid = a.defaclnamespace), '')
       || ' on ' || a.defaclobjtype::text || ' ' || a.defaclacl::text
FROM pg_default_acl a

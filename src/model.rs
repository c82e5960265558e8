//! The schema model: plain, serde-serializable data describing one database schema.
//!
//! Invariants every producer (the parser) must uphold and every consumer (diff, plan) relies on:
//! - identifiers are stored exactly as PostgreSQL stores them: unquoted ones folded to lower case,
//!   quoted ones as written; no quoting characters are kept;
//! - every object name is resolved: unqualified names carry the default schema `public`;
//! - unnamed constraints and indexes carry the name PostgreSQL would give them;
//! - `serial` columns are expanded (integer column + owned sequence + `nextval` default);
//! - expressions carry a canonical form (`Expr::canon`) so that equal meaning compares equal;
//! - maps are ordered (`BTreeMap`), so iterating a model is deterministic.
//!
//! The model knows nothing about SQL text output or migration tools.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

mod inherit;
mod partition;
mod tables;
pub use partition::{IndexDef, constraint_index, same_index_definition};
pub use tables::{Indexes, SharedMap, Tables};

/// The default schema for unqualified names.
pub const DEFAULT_SCHEMA: &str = "public";

/// A schema-qualified object name (`schema.name`), unquoted.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct QualName {
    pub schema: String,
    pub name: String,
}

impl QualName {
    pub fn new(schema: impl Into<String>, name: impl Into<String>) -> Self {
        QualName {
            schema: schema.into(),
            name: name.into(),
        }
    }
    /// A name in the default schema.
    pub fn public(name: impl Into<String>) -> Self {
        QualName::new(DEFAULT_SCHEMA, name)
    }
}

impl fmt::Display for QualName {
    /// Unquoted `schema.name`, for messages only. SQL output quotes through the dialect.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}", self.schema, self.name)
    }
}

/// An SQL expression (default, check, index expression, predicate, generated expression).
///
/// `sql` is valid PostgreSQL text for the expression, used when emitting statements.
/// `canon` is the canonical form used for comparison only; two expressions are equal when their
/// canonical forms are equal.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Expr {
    pub sql: String,
    pub canon: String,
}

impl Expr {
    pub fn new(sql: impl Into<String>, canon: impl Into<String>) -> Self {
        Expr {
            sql: sql.into(),
            canon: canon.into(),
        }
    }
}

impl PartialEq for Expr {
    fn eq(&self, other: &Self) -> bool {
        self.canon == other.canon
    }
}
impl Eq for Expr {}

/// Directives a user writes in comments next to an object (`-- @renamed from=OLD`, ...).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DirectiveValues {
    /// `@renamed from=OLD`: the object's previous name (unqualified, folded like an identifier).
    pub renamed_from: Option<String>,
    /// `@backfill EXPR`: SQL expression filling existing rows of a column.
    pub backfill: Option<String>,
    /// `@using EXPR`: the USING expression of a column type change.
    pub using: Option<String>,
    /// `@rows N`: the expected row count of a table.
    pub rows: Option<u64>,
}

/// An object's [`DirectiveValues`], boxed: most objects have none, and every column, constraint,
/// index and table carries this field. Reads go through `Deref` (no directives read as all
/// `None`); a write through `DerefMut` allocates the box.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(from = "DirectiveValues", into = "DirectiveValues")]
pub struct Directives(Option<Box<DirectiveValues>>);

/// What an object without directives reads.
static NO_DIRECTIVES: DirectiveValues = DirectiveValues {
    renamed_from: None,
    backfill: None,
    using: None,
    rows: None,
};

impl Directives {
    pub fn is_empty(&self) -> bool {
        **self == NO_DIRECTIVES
    }
}

impl std::ops::Deref for Directives {
    type Target = DirectiveValues;
    fn deref(&self) -> &DirectiveValues {
        self.0.as_deref().unwrap_or(&NO_DIRECTIVES)
    }
}

impl std::ops::DerefMut for Directives {
    fn deref_mut(&mut self) -> &mut DirectiveValues {
        self.0.get_or_insert_default()
    }
}

impl PartialEq for Directives {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}
impl Eq for Directives {}

impl From<DirectiveValues> for Directives {
    fn from(v: DirectiveValues) -> Self {
        Directives((v != NO_DIRECTIVES).then(|| Box::new(v)))
    }
}

impl From<Directives> for DirectiveValues {
    fn from(d: Directives) -> Self {
        d.0.map(|b| *b).unwrap_or_default()
    }
}

/// A whole database schema as declared in one file.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Schema {
    /// Schemas created by the file (`public` is implicit and only present if commented on).
    pub schemas: BTreeMap<String, SchemaDef>,
    pub extensions: BTreeMap<String, Extension>,
    pub enums: BTreeMap<QualName, EnumType>,
    pub sequences: BTreeMap<QualName, Sequence>,
    pub tables: Tables,
    /// Indexes that are not the implementation of a PRIMARY KEY / UNIQUE constraint.
    /// Keyed by the index name; its schema is always the schema of its table.
    pub indexes: Indexes,
    /// Functions and procedures by `schema.name(argument list)`.
    #[serde(default)]
    pub routines: BTreeMap<String, Routine>,
    /// Views and materialized views.
    #[serde(default)]
    pub views: BTreeMap<QualName, View>,
    /// Triggers and rules by [`Trigger::key`].
    #[serde(default)]
    pub triggers: BTreeMap<String, Trigger>,
    /// Collations, operators, aggregates, text search configurations and dictionaries, kept as
    /// written, by [`OpaqueObject::key`].
    #[serde(default)]
    pub objects: BTreeMap<String, OpaqueObject>,
    /// The indexes PostgreSQL keeps on partitions for the indexes and PRIMARY KEY / UNIQUE
    /// constraints of their partitioned parent, by name (see [`PartitionIndex`]).
    #[serde(default)]
    pub partition_indexes: BTreeMap<QualName, PartitionIndex>,
    /// Domains.
    #[serde(default)]
    pub domains: BTreeMap<QualName, Domain>,
    /// Composite types (`CREATE TYPE name AS (...)`).
    #[serde(default)]
    pub composites: BTreeMap<QualName, CompositeType>,
    /// Row-level security policies by `schema.table.name`.
    #[serde(default)]
    pub policies: BTreeMap<String, Policy>,
    /// Privileges granted beyond each object's built-in default (the owner's own are implicit).
    #[serde(default)]
    pub grants: BTreeSet<Grant>,
    /// Entries of an object's built-in default privileges that were revoked (PostgreSQL grants
    /// EXECUTE on functions and USAGE on types to PUBLIC by default).
    #[serde(default)]
    pub revoked_defaults: BTreeSet<Grant>,
    /// `ALTER DEFAULT PRIVILEGES` entries.
    #[serde(default)]
    pub default_privileges: BTreeSet<DefaultPrivilege>,
    /// Built-in default privileges revoked for every schema (`ALTER DEFAULT PRIVILEGES [FOR ROLE
    /// r] REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC`, or a role's own from itself).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub revoked_default_privileges: BTreeSet<DefaultPrivilege>,
}

impl Schema {
    /// The schema without the directives its file wrote (`@renamed`, `@backfill`, `@using`,
    /// `@rows`): what a database built from it holds, for comparing two schemas' contents.
    pub fn without_directives(&self) -> Schema {
        let mut s = self.clone();
        for e in s.enums.values_mut() {
            e.directives = Directives::default();
            e.label_renames.clear();
        }
        for t in s.tables.values_mut() {
            t.directives = Directives::default();
            for c in &mut t.columns {
                c.directives = Directives::default();
            }
            for (_, c) in t.constraints.iter_mut() {
                c.directives = Directives::default();
            }
        }
        for i in s.indexes.values_mut() {
            i.directives = Directives::default();
        }
        s
    }

    /// Whether a relation (table, sequence, index, or the index of a PRIMARY KEY / UNIQUE /
    /// EXCLUDE constraint) named `name` exists in schema `schema`: they share one namespace.
    pub fn has_relation(&self, schema: &str, name: &str) -> bool {
        let q = QualName::new(schema, name);
        self.tables.contains_key(&q)
            || self.views.contains_key(&q)
            || self.sequences.contains_key(&q)
            || self.indexes.contains_key(&q)
            || self.partition_indexes.contains_key(&q)
            || self.tables.values().any(|t| {
                t.name.schema == schema
                    && t.constraints.get(name).is_some_and(|c| c.kind.has_index())
            })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SchemaDef {
    pub name: String,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Extension {
    pub name: String,
    /// `WITH SCHEMA s` when written.
    pub schema: Option<String>,
    /// `VERSION v` when written.
    pub version: Option<String>,
    pub comment: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnumType {
    pub name: QualName,
    /// Labels in sort order.
    pub labels: Vec<String>,
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Directives::is_empty")]
    pub directives: Directives,
    /// `@renamed from=OLD` written after a label: new label -> its old label. Like `directives`,
    /// not part of the type's definition.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub label_renames: BTreeMap<String, String>,
}

/// The settings of a sequence (also used for identity columns), all resolved to concrete values
/// the way PostgreSQL resolves omitted options, so that omitted and explicit defaults compare equal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SequenceOptions {
    /// `smallint`, `integer` or `bigint`.
    pub data_type: String,
    pub start: i64,
    pub increment: i64,
    pub min: i64,
    pub max: i64,
    pub cache: i64,
    pub cycle: bool,
}

impl SequenceOptions {
    /// PostgreSQL's defaults for a sequence of `data_type` (`smallint`, `integer`, `bigint`)
    /// with the given increment.
    pub fn defaults(data_type: &str, increment: i64) -> Self {
        let type_max = match data_type {
            "smallint" => i16::MAX as i64,
            "integer" => i32::MAX as i64,
            _ => i64::MAX,
        };
        let type_min = match data_type {
            "smallint" => i16::MIN as i64,
            "integer" => i32::MIN as i64,
            _ => i64::MIN,
        };
        let (min, max) = if increment > 0 {
            (1, type_max)
        } else {
            (type_min, -1)
        };
        SequenceOptions {
            data_type: data_type.to_string(),
            start: if increment > 0 { min } else { max },
            increment,
            min,
            max,
            cache: 1,
            cycle: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sequence {
    pub name: QualName,
    pub options: SequenceOptions,
    /// `OWNED BY table.column`.
    pub owned_by: Option<(QualName, String)>,
    pub unlogged: bool,
    pub comment: Option<String>,
}

/// A column's data type, canonicalised: synonyms folded to PostgreSQL's own names
/// (`int4` -> `integer`, `varchar` -> `character varying`, `timestamptz` ->
/// `timestamp with time zone`, ...).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct TypeRef {
    /// The schema of a user-defined type when known or written (`public` for an enum of the file
    /// declared in `public`); `None` for built-in types and unresolved extension types.
    pub schema: Option<String>,
    /// Canonical base name without modifiers, e.g. `integer`, `character varying`,
    /// `timestamp with time zone`, `numeric`, `citext`, `mood`.
    pub name: String,
    /// Type modifiers as written inside the parentheses, e.g. `["10", "2"]` for numeric(10,2),
    /// `["3"]` for timestamp(3) with time zone.
    pub modifiers: Vec<String>,
    /// 1 for an array type, 0 otherwise. PostgreSQL ignores sizes and does not enforce the number
    /// of dimensions (`int[][]` is `integer[]` in the catalog), so neither is kept.
    pub array_dims: u8,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// `GENERATED ALWAYS` (true) or `GENERATED BY DEFAULT` (false).
    pub always: bool,
    pub options: SequenceOptions,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    pub name: String,
    pub ty: TypeRef,
    pub not_null: bool,
    pub default: Option<Expr>,
    pub identity: Option<Box<Identity>>,
    /// `GENERATED ALWAYS AS (expr) STORED`.
    pub generated: Option<Box<Expr>>,
    /// Collation name as PostgreSQL prints it, e.g. `"C"` or `public."de-x-icu"`: already quoted.
    pub collation: Option<String>,
    pub comment: Option<String>,
    /// `ALTER COLUMN ... SET STATISTICS n` (None: the default, -1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statistics: Option<i32>,
    /// `ALTER COLUMN ... SET STORAGE s` when it differs from the type's default: `plain`,
    /// `external`, `extended` or `main`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub storage: Option<String>,
    /// Attribute options, `ALTER COLUMN ... SET (n_distinct = v, ...)`: lower-cased keys, values
    /// as written, in the order set.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub options: Vec<(String, String)>,
    #[serde(default, skip_serializing_if = "Directives::is_empty")]
    pub directives: Directives,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FkAction {
    NoAction,
    Restrict,
    Cascade,
    SetNull,
    SetDefault,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FkMatch {
    Simple,
    Full,
    Partial,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum ConstraintKind {
    PrimaryKey {
        columns: Vec<String>,
        include: Vec<String>,
    },
    Unique {
        columns: Vec<String>,
        include: Vec<String>,
        nulls_not_distinct: bool,
    },
    Check {
        expr: Expr,
        no_inherit: bool,
    },
    ForeignKey {
        columns: Vec<String>,
        ref_table: QualName,
        /// Always resolved: when the file omits them, the referenced table's primary key columns.
        ref_columns: Vec<String>,
        on_delete: FkAction,
        on_update: FkAction,
        match_type: FkMatch,
    },
    /// `EXCLUDE USING method (...)`: kept as its canonical definition text.
    Exclude {
        definition: Expr,
    },
}

impl ConstraintKind {
    /// Whether PostgreSQL implements the constraint with an index of the constraint's name.
    pub fn has_index(&self) -> bool {
        matches!(
            self,
            ConstraintKind::PrimaryKey { .. }
                | ConstraintKind::Unique { .. }
                | ConstraintKind::Exclude { .. }
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Constraint {
    pub name: String,
    pub kind: ConstraintKind,
    pub deferrable: bool,
    pub initially_deferred: bool,
    /// Declared `NOT VALID` in the schema file.
    pub not_valid: bool,
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Directives::is_empty")]
    pub directives: Directives,
}

/// A table's constraints by name, in name order: a sorted vector, since a table has a few and a
/// B-tree node reserves room for eleven.
pub type Constraints = litemap::LiteMap<String, Constraint>;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Table {
    pub name: QualName,
    /// Columns in declaration order (order is not significant for comparison of the catalog,
    /// but new tables are created with it).
    pub columns: Vec<Column>,
    /// Constraints by name.
    pub constraints: Constraints,
    pub unlogged: bool,
    /// Storage parameters `WITH (k = v)` / `ALTER TABLE ... SET (k = v)`, lower-cased keys, in
    /// the order written; compared in any order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub with: Vec<(String, String)>,
    /// `ALTER TABLE ... ENABLE ROW LEVEL SECURITY`.
    #[serde(default)]
    pub row_security: bool,
    /// `ALTER TABLE ... FORCE ROW LEVEL SECURITY`.
    #[serde(default)]
    pub force_row_security: bool,
    #[serde(default)]
    pub replica_identity: ReplicaIdentity,
    /// `ALTER TABLE ... CLUSTER ON index`: the index (of the table's schema, its own or a
    /// constraint's) that `CLUSTER` without an index name uses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cluster_on: Option<String>,
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Directives::is_empty")]
    pub directives: Directives,
    /// `PARTITION BY ...`: a partitioned table, whose rows live in its partitions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_by: Option<PartitionKey>,
    /// `PARTITION OF parent FOR VALUES ...` (or `ATTACH PARTITION`): a partition. Its columns are
    /// the parent's (with its own defaults and NOT NULLs); the parent's CHECK and FOREIGN KEY
    /// constraints are implied and not in `constraints`, which holds only its own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partition_of: Option<PartitionOf>,
    /// `INHERITS (parent, ...)`: the tables it inherits from, in order. `columns` holds every
    /// column, inherited ones included, and `constraints` the parents' CHECK constraints it
    /// inherits, as PostgreSQL's catalog does.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub inherits: Vec<QualName>,
}

/// `ALTER TABLE ... REPLICA IDENTITY ...`: which columns logical replication logs for updated
/// and deleted rows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum ReplicaIdentity {
    /// The primary key.
    #[default]
    Default,
    Full,
    Nothing,
    /// `USING INDEX name` (an index of the table's schema).
    Index(String),
}

impl Constraint {
    /// The relation name of the index a PRIMARY KEY / UNIQUE / EXCLUDE constraint of `table`
    /// rests on: the constraint's name, in its table's schema.
    pub fn index_name(&self, table: &QualName) -> QualName {
        QualName::new(table.schema.clone(), self.name.clone())
    }
}

impl Table {
    /// One of the table's indexes (its own or a key constraint's) is renamed: the settings that
    /// name it (`CLUSTER ON`, `REPLICA IDENTITY USING INDEX`) follow.
    pub fn index_renamed(&mut self, old: &str, new: &str) {
        if self.cluster_on.as_deref() == Some(old) {
            self.cluster_on = Some(new.to_string());
        }
        if let ReplicaIdentity::Index(i) = &mut self.replica_identity
            && i == old
        {
            *i = new.to_string();
        }
    }

    /// One of the table's indexes is dropped: the `CLUSTER ON` mark goes with it.
    pub fn index_dropped(&mut self, name: &str) {
        if self.cluster_on.as_deref() == Some(name) {
            self.cluster_on = None;
        }
    }

    /// Whether the table is partitioned or a partition.
    pub fn in_partition_tree(&self) -> bool {
        self.partition_by.is_some() || self.partition_of.is_some()
    }

    pub fn column(&self, name: &str) -> Option<&Column> {
        self.columns.iter().find(|c| c.name == name)
    }
    pub fn column_mut(&mut self, name: &str) -> Option<&mut Column> {
        self.columns.iter_mut().find(|c| c.name == name)
    }
    pub fn primary_key(&self) -> Option<&Constraint> {
        self.constraints
            .values()
            .find(|c| matches!(c.kind, ConstraintKind::PrimaryKey { .. }))
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum IndexKeyExpr {
    Column(String),
    Expression(Expr),
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct IndexKey {
    pub key: IndexKeyExpr,
    /// Already-quoted collation name, if written.
    pub collation: Option<String>,
    /// Operator class as written (lower-cased, possibly schema-qualified), without default-class folding.
    pub opclass: Option<String>,
    pub descending: bool,
    /// `NULLS FIRST` (Some(true)) / `NULLS LAST` (Some(false)); `None` means the default for the
    /// direction. The parser folds the explicit default (`NULLS LAST` on ASC, `NULLS FIRST` on DESC) to `None`.
    pub nulls_first: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Index {
    pub name: QualName,
    pub table: QualName,
    pub unique: bool,
    /// Access method, lower case: `btree`, `gin`, `gist`, `brin`, `hash`, `spgist`, ...
    pub method: String,
    pub keys: Vec<IndexKey>,
    pub include: Vec<String>,
    pub predicate: Option<Expr>,
    pub nulls_not_distinct: bool,
    /// Storage parameters `WITH (k = v)`, lower-cased keys, in the order written (PostgreSQL keeps
    /// that order); compare with [`Index::same_with`], which ignores the order.
    pub with: Vec<(String, String)>,
    /// `ALTER INDEX ... ALTER COLUMN n SET STATISTICS v` of expression columns: (n, v), by n.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub statistics: Vec<(u32, i32)>,
    pub comment: Option<String>,
    #[serde(default, skip_serializing_if = "Directives::is_empty")]
    pub directives: Directives,
}

impl Index {
    /// Whether two indexes have the same storage parameters, in any order.
    pub fn same_with(&self, other: &Index) -> bool {
        let mut a = self.with.clone();
        let mut b = other.with.clone();
        a.sort();
        b.sort();
        a == b
    }
}

/// How a statement that gen keeps as written (a routine, view or trigger) compares: its tokens,
/// normalized (case of keywords and unquoted names, whitespace, the qualification of its own
/// name, `OR REPLACE`), and the original text to run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Definition {
    /// The statement as written in the schema file (without the final `;`).
    pub sql: String,
    /// The normalized form: equal definitions have equal canons.
    pub canon: String,
}

impl PartialEq for Definition {
    fn eq(&self, other: &Self) -> bool {
        self.canon == other.canon
    }
}
impl Eq for Definition {}

/// A function or procedure. Bodies are opaque: gen compares and re-runs the statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Routine {
    pub name: QualName,
    /// The argument list, normalized (with `name`, the routine's identity).
    pub args: String,
    pub procedure: bool,
    /// The return type, normalized (empty for a procedure): when it changes, CREATE OR REPLACE
    /// cannot be used.
    pub returns: String,
    pub definition: Definition,
    /// Tables, views and types its text mentions (for SQL-language bodies, which PostgreSQL
    /// checks at creation).
    pub mentions: Vec<QualName>,
    /// Words of its text: the columns of the tables it mentions are among them.
    #[serde(default)]
    pub words: Vec<String>,
    /// The names its argument and result types are written with: a table's or view's row type,
    /// or a composite, enum or domain type, must exist before the routine is created.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub types: Vec<QualName>,
    pub sql_body: bool,
    pub comment: Option<String>,
}

impl Routine {
    /// `schema.name(args)`: how `DROP FUNCTION` and `COMMENT ON FUNCTION` name it.
    pub fn signature(&self) -> String {
        format!("{}({})", self.name, self.args)
    }
}

/// A view or materialized view, kept as its defining statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct View {
    pub name: QualName,
    pub materialized: bool,
    pub definition: Definition,
    /// Relations (tables, views) and their columns the query mentions, and functions it calls.
    pub mentions: Vec<QualName>,
    /// Words of the query: column names are among them.
    pub words: Vec<String>,
    /// Its output columns, when the parser could tell them.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub columns: Vec<String>,
    /// A materialized view created `WITH NO DATA`: empty until `REFRESH MATERIALIZED VIEW`.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub no_data: bool,
    pub comment: Option<String>,
    /// Comments on its columns (`COMMENT ON COLUMN view.column`), by column.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub column_comments: BTreeMap<String, String>,
}

/// A trigger or a rule (`CREATE RULE name AS ON event TO table DO ...`): an object on a table,
/// named per table, kept as its defining statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trigger {
    pub table: QualName,
    pub name: String,
    pub definition: Definition,
    /// The function it executes.
    pub function: Option<QualName>,
    pub comment: Option<String>,
    /// When it fires (`ALTER TABLE ... ENABLE | DISABLE | ENABLE REPLICA | ENABLE ALWAYS
    /// TRIGGER`).
    #[serde(default, skip_serializing_if = "TriggerFiring::is_default")]
    pub firing: TriggerFiring,
    /// A rule, not a trigger (rules and triggers have names of their own on a table).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rule: bool,
    /// Relations and functions a rule's actions mention, and their words (column names are
    /// among them): what it must be created after and dropped before.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mentions: Vec<QualName>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
}

impl Trigger {
    /// Its key in [`Schema::triggers`].
    pub fn key(&self) -> String {
        Self::key_of(&self.table, &self.name, self.rule)
    }

    /// The key of a trigger (or, with `rule`, a rule) `name` on `table`.
    pub fn key_of(table: &QualName, name: &str, rule: bool) -> String {
        if rule {
            format!("{table}.{name} (rule)")
        } else {
            format!("{table}.{name}")
        }
    }

    /// What it is, in messages and SQL: `trigger` or `rule`.
    pub fn kind(&self) -> &'static str {
        if self.rule { "rule" } else { "trigger" }
    }
}

/// When a trigger fires, as `pg_trigger.tgenabled` says: by default in the origin (and local)
/// session replication role, never when disabled, only in the replica role, or always.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TriggerFiring {
    #[default]
    Origin,
    Disabled,
    Replica,
    Always,
}

impl TriggerFiring {
    pub fn is_default(&self) -> bool {
        *self == TriggerFiring::Origin
    }
}

/// The kinds of object gen keeps as their defining statements, compared by a normalized form and
/// created and dropped as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ObjectKind {
    Collation,
    TextSearchDictionary,
    TextSearchConfiguration,
    Operator,
    Aggregate,
    /// An extended statistics object (`CREATE STATISTICS`).
    Statistics,
    /// An event trigger: database-wide, so its name has no schema (an empty one in the model).
    EventTrigger,
    /// A publication (logical replication): database-wide, its name has no schema either.
    Publication,
    /// A text search parser (its functions are routines of the file).
    TextSearchParser,
    /// A text search template.
    TextSearchTemplate,
}

impl ObjectKind {
    /// The kind as SQL names it: `COLLATION`, `TEXT SEARCH CONFIGURATION`, ...
    pub fn sql(self) -> &'static str {
        match self {
            ObjectKind::Collation => "COLLATION",
            ObjectKind::TextSearchDictionary => "TEXT SEARCH DICTIONARY",
            ObjectKind::TextSearchConfiguration => "TEXT SEARCH CONFIGURATION",
            ObjectKind::Operator => "OPERATOR",
            ObjectKind::Aggregate => "AGGREGATE",
            ObjectKind::Statistics => "STATISTICS",
            ObjectKind::EventTrigger => "EVENT TRIGGER",
            ObjectKind::Publication => "PUBLICATION",
            ObjectKind::TextSearchParser => "TEXT SEARCH PARSER",
            ObjectKind::TextSearchTemplate => "TEXT SEARCH TEMPLATE",
        }
    }
}

/// A collation, operator, aggregate, text search configuration, dictionary, parser or template,
/// extended statistics object, event trigger or publication.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpaqueObject {
    pub kind: ObjectKind,
    pub name: QualName,
    /// The argument types that identify an operator (`(integer, integer)`, `NONE` for a prefix
    /// operator's left side) or an aggregate (`(integer)`, `(*)`); empty for the other kinds.
    pub args: String,
    /// The statements that define it (a text search configuration's `ALTER ... ADD MAPPING`
    /// statements follow its `CREATE`), joined with `;\n`.
    pub definition: Definition,
    /// Functions, types and other objects its definition names (for dependency order).
    pub mentions: Vec<QualName>,
    /// The plain words of its definition: the columns of a mentioned table it may name (for
    /// dependency order; only kept for statistics objects).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
    pub comment: Option<String>,
}

impl OpaqueObject {
    /// `KIND schema.name(args)` (`KIND name` for an event trigger): the object's identity.
    pub fn key(&self) -> String {
        object_key(self.kind, &self.name, &self.args)
    }
}

/// The identity of an object (see [`OpaqueObject::key`]).
pub fn object_key(kind: ObjectKind, name: &QualName, args: &str) -> String {
    if name.schema.is_empty() {
        format!("{} {}{args}", kind.sql(), name.name)
    } else {
        format!("{} {name}{args}", kind.sql())
    }
}
/// How a partitioned table routes rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartitionStrategy {
    Range,
    List,
    Hash,
}

/// One column or expression of a partition key.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionKeyPart {
    pub key: IndexKeyExpr,
    /// Already-quoted collation name, if written.
    pub collation: Option<String>,
    /// Operator class as written (lower-cased), if written.
    pub opclass: Option<String>,
}

/// `PARTITION BY strategy (parts)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionKey {
    pub strategy: PartitionStrategy,
    pub parts: Vec<PartitionKeyPart>,
}

/// One value of a partition bound.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum BoundValue {
    MinValue,
    MaxValue,
    /// A value (`canon` compares a literal by its text, so `1`, `'1'` and `'1'::integer` are one
    /// value: PostgreSQL coerces bound values to the key's type).
    Value(Expr),
}

/// `FOR VALUES ...` or `DEFAULT`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum PartitionBound {
    Default,
    /// `FOR VALUES IN (...)`.
    In(Vec<BoundValue>),
    /// `FOR VALUES FROM (...) TO (...)`.
    Range {
        from: Vec<BoundValue>,
        to: Vec<BoundValue>,
    },
    /// `FOR VALUES WITH (MODULUS m, REMAINDER r)`.
    Hash {
        modulus: u64,
        remainder: u64,
    },
}

/// What a partition is a partition of.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionOf {
    pub parent: QualName,
    pub bound: PartitionBound,
}

/// An index PostgreSQL keeps on a partition for an index (or the index of a PRIMARY KEY / UNIQUE
/// constraint) of its partitioned parent: created with the parent's, or when the partition is
/// created or attached (named like an index of the partition's own, `child_col_idx`,
/// `child_pkey`), or an index of the partition attached to it (`ALTER INDEX ... ATTACH
/// PARTITION`, as pg_dump writes it). Its definition is the parent index's; it comes and goes
/// with it, so the diff never treats it as the partition's own.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PartitionIndex {
    /// In the partition's schema.
    pub name: QualName,
    /// The partition.
    pub table: QualName,
    /// The parent's index (for a constraint: the constraint's name, which its index has).
    pub parent: QualName,
}

/// A domain: a base type with a default, NOT NULL and CHECK constraints.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Domain {
    pub name: QualName,
    pub base: TypeRef,
    /// Already-quoted collation name, if written.
    pub collation: Option<String>,
    pub default: Option<Expr>,
    pub not_null: bool,
    /// CHECK constraints by name (unnamed ones carry PostgreSQL's name, `<domain>_check`).
    pub checks: BTreeMap<String, DomainCheck>,
    pub comment: Option<String>,
}

/// A composite type: named, typed attributes in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CompositeType {
    pub name: QualName,
    pub attributes: Vec<Attribute>,
    pub comment: Option<String>,
}

/// One attribute of a composite type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attribute {
    pub name: String,
    pub ty: TypeRef,
    /// Already-quoted collation name, if written.
    pub collation: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DomainCheck {
    /// The condition, over `VALUE`.
    pub expr: Expr,
    pub not_valid: bool,
}

/// A row-level security policy on a table.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Policy {
    pub table: QualName,
    pub name: String,
    /// `AS PERMISSIVE` (the default) or `AS RESTRICTIVE`.
    pub permissive: bool,
    /// `ALL`, `SELECT`, `INSERT`, `UPDATE` or `DELETE`.
    pub command: String,
    /// Role names (`PUBLIC` for everyone), sorted.
    pub roles: Vec<String>,
    pub using: Option<Expr>,
    pub with_check: Option<Expr>,
    pub comment: Option<String>,
}

impl Policy {
    /// `schema.table.name`: the key in [`Schema::policies`].
    pub fn key(&self) -> String {
        format!("{}.{}", self.table, self.name)
    }
}

/// What a privilege is granted on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum GrantObject {
    /// A table, view, materialized view or foreign table (`ON TABLE`).
    Table(QualName),
    Column(QualName, String),
    Sequence(QualName),
    /// A function or procedure by its key in [`Schema::routines`] (`schema.name(args)`).
    Routine(String),
    Schema(String),
    /// An enum or domain (`ON TYPE` / `ON DOMAIN`).
    Type(QualName),
}

/// One privilege of one grantee on one object: `GRANT privilege ON object TO grantee`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Grant {
    pub object: GrantObject,
    /// A role name, or `PUBLIC`.
    pub grantee: String,
    /// `SELECT`, `INSERT`, `UPDATE`, `DELETE`, `TRUNCATE`, `REFERENCES`, `TRIGGER`, `USAGE`,
    /// `CREATE`, `EXECUTE`.
    pub privilege: String,
    /// `WITH GRANT OPTION`.
    pub grantable: bool,
}

/// One entry of `ALTER DEFAULT PRIVILEGES [FOR ROLE r] [IN SCHEMA s] GRANT ... ON kind TO grantee`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DefaultPrivilege {
    /// `FOR ROLE r`; `None`: the role running the migration.
    pub role: Option<String>,
    /// `IN SCHEMA s`; `None`: every schema.
    pub schema: Option<String>,
    /// `TABLES`, `SEQUENCES`, `FUNCTIONS`, `TYPES` or `SCHEMAS`.
    pub kind: String,
    pub grantee: String,
    pub privilege: String,
    pub grantable: bool,
}

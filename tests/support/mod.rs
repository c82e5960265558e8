//! Support code of the data-driven test runners: `cases` (tests/cases.rs) and `tools`
//! (tests/tools.rs); each uses a part of it. The database work (server, catalog, applying
//! scripts, checks and comparing) is the library's `gen_schema::verify`, the same code
//! `gen verify` runs; only the migration tools' runners live in tests/tools.rs.
#![allow(dead_code)]

pub mod generate;
pub mod prove;
pub mod server;

use std::path::PathBuf;

pub use gen_schema::verify::{read_tree, unified_diff};

/// One folder under tests/cases.
pub struct Case {
    pub name: String,
    pub dir: PathBuf,
    /// Position in the sorted list of all cases: makes database names unique.
    pub index: usize,
}

//! Rendering a plan into the files of a migration tool, through askama templates.

use crate::plan::Plan;
use std::path::PathBuf;

/// A file to write, relative to the output folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    pub path: PathBuf,
    pub contents: String,
}

#[derive(Debug, Clone)]
pub struct RenderOptions {
    /// Migration name, e.g. `schema_change`.
    pub name: String,
    /// Version number of the first file (one more than the highest already in the output folder).
    pub first_version: u64,
}

pub fn render(_plan: &Plan, _opts: &RenderOptions) -> Vec<OutputFile> {
    todo!("render")
}

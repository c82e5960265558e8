//! Parsing schema files into the model.

use crate::error::SourceError;
use crate::model::Schema;

/// A parsed schema file.
#[derive(Debug, Clone, Default)]
pub struct Parsed {
    pub schema: Schema,
    /// Informational notes (e.g. statements skipped on purpose), one line each.
    pub notes: Vec<String>,
}

/// Parses the text of one schema file. `file` is only used in messages.
pub fn parse_schema(_file: &str, _text: &str) -> Result<Parsed, SourceError> {
    todo!("parser")
}

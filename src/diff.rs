//! Diffing two models into a list of changes.

use crate::error::Error;
use crate::model::Schema;

#[derive(Debug, Clone)]
pub enum Change {}

pub fn diff(_old: &Schema, _new: &Schema) -> Result<Vec<Change>, Error> {
    todo!("diff")
}

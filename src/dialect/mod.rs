//! Per-dialect rules: quoting, type spelling, and (in `postgres`) lock levels and rewrite rules.
//! Each dialect is a peer module; nothing outside this folder knows a dialect's rules.

pub mod postgres;

//! Writing output files: atomically (temp folder, then move), never half-written.

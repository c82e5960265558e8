//! `gen diff --plan`: the plan as a report (text through a template, or JSON) instead of files:
//! each unit's phase, statements, locks, rewrites and scans, risk codes, and what the application
//! must do between phases.

use super::finish;
use crate::plan::Plan;
use askama::Template;

#[derive(Template)]
#[template(path = "plan/report.txt", escape = "none")]
struct Report<'a> {
    headline: String,
    units: Vec<UnitLines>,
    warnings: &'a [String],
}

struct UnitLines {
    title: String,
    summary: Vec<String>,
    risks: Vec<String>,
    up: Vec<String>,
    before_next: Option<String>,
}

/// The plan as readable text.
pub fn text(plan: &Plan) -> String {
    let units = plan
        .units
        .iter()
        .enumerate()
        .map(|(i, u)| UnitLines {
            title: format!(
                "{}. {} ({})",
                i + 1,
                u.phase.as_str(),
                if u.transactional {
                    "one transaction"
                } else {
                    "no transaction"
                }
            ),
            summary: u.summary.iter().map(|s| format!("- {s}")).collect(),
            risks: u
                .risks
                .iter()
                .map(|r| {
                    format!(
                        "[{}] {:<6} lock {:<22} {}{}{}",
                        r.code.as_str(),
                        format!("{:?}", r.severity).to_lowercase(),
                        r.lock.map_or("none", |l| l.as_str()),
                        if r.rewrite { "rewrite; " } else { "" },
                        if r.scan && !r.rewrite { "scan; " } else { "" },
                        r.message
                    )
                })
                .collect(),
            up: u
                .up
                .iter()
                .flat_map(|s| s.lines().map(str::to_string).collect::<Vec<_>>())
                .collect(),
            before_next: u.before_next.clone(),
        })
        .collect();
    let phases: Vec<&str> = {
        let mut v: Vec<&str> = plan.units.iter().map(|u| u.phase.as_str()).collect();
        v.dedup();
        v
    };
    let report = Report {
        headline: format!(
            "{} unit(s) in {}; each unit is one migration file pair",
            plan.units.len(),
            phases.join(", ")
        ),
        units,
        warnings: &plan.warnings,
    };
    finish(report.render().expect("rendering the plan report"))
}

/// The plan as JSON: units with their statements and risks (code, severity, lock, rewrite,
/// scan, message, help), and warnings.
pub fn json(plan: &Plan) -> String {
    let mut s = serde_json::to_string_pretty(plan).expect("a plan serializes");
    s.push('\n');
    s
}

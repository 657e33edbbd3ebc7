//! The benchmark's data generator writes files Siar imports: every file it
//! makes passes the importer's checks, with the counts asked for.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../bench/generate.rs"]
mod generate;

use siar::domain::defaults::{default_pillars, default_workspace};
use siar::domain::merge::merge_plans;
use siar::domain::plan::Plan;
use siar::domain::time::{parse_date, Timestamp};
use siar::domain::validate::read_plan;

fn compact(plan: &Plan) -> Vec<u8> {
    serde_json::to_vec(plan).unwrap()
}

#[test]
fn three_years_of_posts_import_with_every_record() {
    let spec = generate::Spec::three_years(2_000);
    let written = generate::plan(&spec);
    let read = read_plan(&compact(&written)).expect("the generated file is valid");
    assert_eq!(read.posts.len(), 2_000);
    assert_eq!(read.coverage.len(), 400);
    assert_eq!(read, written);
    // Spread over the whole range, one day to the last.
    let dates: Vec<_> = read.posts.iter().map(|p| p.data.date).collect();
    assert_eq!(dates.iter().min(), Some(&spec.from));
    assert!(*dates.iter().max().unwrap() > parse_date("2026-12-29").unwrap());
    // Published posts carry metrics; later ones are still being planned.
    let published = read
        .posts
        .iter()
        .filter(|p| p.data.metrics.is_some())
        .count();
    assert!(published > 1_800 && published < 2_000, "{published}");
    // And they merge into a fresh install.
    let mut local = Plan::new(default_workspace(), Timestamp::EPOCH);
    local.pillars = default_pillars();
    let merged = merge_plans(&local, &read);
    assert_eq!(merged.posts.len(), 2_000);
    assert_eq!(merged.pillars.len(), default_pillars().len());
}

#[test]
fn one_crowded_month_imports_and_is_deterministic() {
    let mut spec = generate::Spec::three_years(300);
    spec.from = parse_date("2026-12-01").unwrap();
    spec.to = parse_date("2026-12-31").unwrap();
    let bytes = compact(&generate::plan(&spec));
    assert_eq!(
        bytes,
        compact(&generate::plan(&spec)),
        "same arguments, same file"
    );
    let read = read_plan(&bytes).expect("the generated file is valid");
    assert_eq!(read.posts.len(), 300);
    assert!(read
        .posts
        .iter()
        .all(|p| p.data.date.to_string().starts_with("2026-12")));
}

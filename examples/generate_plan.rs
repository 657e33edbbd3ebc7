//! Writes a valid plan file of N posts for the benchmarks:
//!
//! ```sh
//! cargo run --release --example generate_plan -- 10000 > plan-10000.json
//! cargo run --release --example generate_plan -- 300 2026-12-01 2026-12-31 > month-300.json
//! ```
//!
//! Arguments: the number of posts, then optionally the first and last day
//! (default: the three years 2024–2026).

#[path = "../bench/generate.rs"]
mod generate;

use siar::domain::time::parse_date;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: generate_plan POSTS [FROM TO]  (dates as YYYY-MM-DD)";
    let posts: usize = args
        .first()
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("{usage}"));
    let mut spec = generate::Spec::three_years(posts);
    if let [_, from, to] = args.as_slice() {
        spec.from = parse_date(from).unwrap_or_else(|| panic!("{usage}"));
        spec.to = parse_date(to).unwrap_or_else(|| panic!("{usage}"));
    }
    // Compact, as the smallest file a colleague could send; the app's own
    // exports are pretty-printed and about half as large again.
    let plan = generate::plan(&spec);
    print!(
        "{}",
        serde_json::to_string(&plan).expect("a Plan always serialises")
    );
}

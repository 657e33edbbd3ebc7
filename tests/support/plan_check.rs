//! What must hold for any bytes offered as a plan file, whatever they are.
//!
//! Shared by the native hostile-file test (`tests/hostile.rs`), the fuzz
//! target (`fuzz/fuzz_targets/plan.rs`) and, if wanted, a browser test, so
//! that all three check the very same properties. Include it with
//! `#[path = "support/plan_check.rs"] mod plan_check;`. Pure Rust, no
//! browser calls, no clock: the export time is fixed.
//!
//! [`check`] returns `Err(description)` for a broken property instead of
//! panicking, so a caller can say which file broke it; a panic inside the
//! domain code still unwinds out of it (the caller catches it).

// Each includer uses a different part of this module.
#![allow(dead_code)]

use siar::domain::defaults::{default_pillars, default_workspace};
use siar::domain::export::{plan_for_export, to_csv, to_ical, Range};
use siar::domain::merge::{changes, merge_plans, preview};
use siar::domain::plan::Plan;
use siar::domain::time::Timestamp;
use siar::domain::validate::{read_plan, ImportError, ProblemKind, MAX_PROBLEMS};

/// When the checked exports claim to be written: fixed, so that a check
/// is deterministic.
pub const EXPORTED_AT: &str = "2026-12-01T00:00:00Z";

/// How a file was received, once every property held.
#[derive(Debug)]
pub enum Outcome {
    /// Read as a plan, which followed the spec and survived merge, export
    /// and re-reading.
    Accepted(Box<Plan>),
    /// Refused, with a clear reason.
    Refused(ImportError),
}

/// The local plan of a fresh install: the default workspace and pillars
/// (spec Import rule 5), as `AppState` starts.
pub fn fresh_install() -> Plan {
    let mut plan = Plan::new(default_workspace(), Timestamp::EPOCH);
    plan.pillars = default_pillars();
    plan
}

/// Reads `bytes` with `read_plan` and checks every property of the outcome:
///
/// - **Refused**: [`refusal_is_clear`].
/// - **Accepted**: [`follows_spec`]; the plan written back reads as the same
///   plan; merged into a fresh install, exported and re-read it is the same
///   export (spec Export: export, import, export gives the same file);
///   merging it again changes nothing (idempotence, Import rule 3); preview,
///   changes, iCalendar and CSV all run.
pub fn check(bytes: &[u8]) -> Result<Outcome, String> {
    let plan = match read_plan(bytes) {
        Ok(plan) => plan,
        Err(error) => {
            refusal_is_clear(&error)?;
            return Ok(Outcome::Refused(error));
        }
    };
    follows_spec(&plan)?;
    reads_back(&plan, "the plan as read, written back")?;

    let local = fresh_install();
    let merged = merge_plans(&local, &plan);
    if merge_plans(&merged, &plan) != merged {
        return Err("merging the same file twice changed the plan".into());
    }
    let now = Timestamp::parse(EXPORTED_AT).ok_or("EXPORTED_AT is a timestamp")?;
    let exported = plan_for_export(&merged, &Range::All, now, None);
    reads_back(&exported, "the merged plan, exported")?;

    // These only have to run to the end without panicking.
    let _ = preview(&local, &plan);
    let _ = changes(&local, &plan);
    let _ = to_ical(&merged, &Range::All, now);
    let _ = to_csv(&merged, &Range::All);
    Ok(Outcome::Accepted(Box::new(plan)))
}

/// `plan` written as a plan file is read back by `read_plan`, equal.
fn reads_back(plan: &Plan, what: &str) -> Result<(), String> {
    let text = plan.to_json();
    match read_plan(text.as_bytes()) {
        Ok(again) if again == *plan => Ok(()),
        Ok(_) => Err(format!("{what} reads back as a different plan")),
        Err(e) => Err(format!("{what} is refused: {e}")),
    }
}

/// A refusal says what is wrong and, for a broken rule, where:
///
/// - `Invalid` lists between 1 and `MAX_PROBLEMS` problems, no more than its
///   total, each with a non-empty JSON path; none is `NotReadable`, which
///   would mean the validator let through what serde then refused (a
///   missing rule, a bug).
/// - `NewerVersion` points at `version`.
/// - Every refusal has an English sentence.
pub fn refusal_is_clear(error: &ImportError) -> Result<(), String> {
    if error.to_string().trim().is_empty() {
        return Err(format!("{error:?} has no message"));
    }
    match error {
        ImportError::Invalid { problems, total } => {
            if problems.is_empty() || problems.len() > MAX_PROBLEMS || *total < problems.len() {
                return Err(format!("{} problems of {total} listed", problems.len()));
            }
            for p in problems {
                if p.path.is_empty() {
                    return Err(format!("a problem without a path: {p}"));
                }
                if let ProblemKind::NotReadable { .. } = p.kind {
                    return Err(format!("the validator missed a rule: {p}"));
                }
            }
            Ok(())
        }
        ImportError::NewerVersion { .. } if error.path() != Some("version") => {
            Err("a newer version is not reported at `version`".into())
        }
        _ => Ok(()),
    }
}

/// The spec's rules that a hostile file most wants to get past, checked on
/// what was accepted, independently of the validator's own code:
///
/// - every URL (`links[].url`, `published_url`) is an absolute `http` or
///   `https` URL of at most 2,048 characters ("any other scheme
///   (`javascript:`, `data:`, `file:`) is refused");
/// - every id and id reference is 1 to 64 of `A-Z a-z 0-9 _ -` (so never a
///   path such as `../../etc/passwd` or `C:\x`);
/// - ids are unique per kind;
/// - titles and names are 1 to 200 characters after trimming; captions at
///   most 65,536, notes and descriptions 20,000, the other strings of the
///   spec 2,000;
/// - hashtags start with `#`.
pub fn follows_spec(plan: &Plan) -> Result<(), String> {
    let ws = &plan.workspace;
    let mut urls: Vec<&str> = Vec::new();
    let mut ids: Vec<&str> = vec![ws.id.as_str()];
    let mut names: Vec<&str> = vec![&ws.name];
    let mut long_texts: Vec<(&str, usize)> = Vec::new();
    let mut hashtags: Vec<&str> = ws.default_hashtags.iter().map(String::as_str).collect();
    let mut other_texts: Vec<&str> = vec![&ws.timezone, &ws.byline];
    other_texts.extend(plan.exported_by.as_deref());

    fn unique<'a>(kind: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), String> {
        let mut seen = std::collections::HashSet::new();
        match ids.into_iter().find(|id| !seen.insert(*id)) {
            Some(id) => Err(format!("{kind}: the id {id:?} is used twice")),
            None => Ok(()),
        }
    }
    unique("members", plan.members.iter().map(|r| r.id.as_str()))?;
    unique("pillars", plan.pillars.iter().map(|r| r.id.as_str()))?;
    unique("posts", plan.posts.iter().map(|r| r.id.as_str()))?;
    unique("ideas", plan.ideas.iter().map(|r| r.id.as_str()))?;
    unique("coverage", plan.coverage.iter().map(|r| r.id.as_str()))?;
    unique(
        "special_days",
        plan.special_days.iter().map(|r| r.id.as_str()),
    )?;
    unique("slots", plan.slots.iter().map(|r| r.id.as_str()))?;

    for m in &plan.members {
        ids.push(m.id.as_str());
        names.push(&m.data.name);
    }
    for p in &plan.pillars {
        ids.push(p.id.as_str());
        names.push(&p.data.name);
        long_texts.push((&p.data.description, 20_000));
    }
    for p in &plan.posts {
        let d = &p.data;
        ids.push(p.id.as_str());
        names.push(&d.title);
        long_texts.push((&d.caption, 65_536));
        long_texts.push((&d.notes, 20_000));
        urls.extend(d.links.iter().map(|l| l.url.as_str()));
        other_texts.extend(d.links.iter().map(|l| l.label.as_str()));
        urls.extend(d.published_url.as_deref());
        hashtags.extend(d.hashtags.iter().map(String::as_str));
        ids.extend(d.pillar_id.as_ref().map(|i| i.as_str()));
        ids.extend(d.assignee_id.as_ref().map(|i| i.as_str()));
        ids.extend(d.coverage_id.as_ref().map(|i| i.as_str()));
        ids.extend(d.idea_id.as_ref().map(|i| i.as_str()));
        ids.extend(d.approval.as_ref().map(|a| a.by.as_str()));
    }
    for i in &plan.ideas {
        ids.push(i.id.as_str());
        names.push(&i.data.title);
        long_texts.push((&i.data.description, 20_000));
        other_texts.extend(i.data.tags.iter().map(String::as_str));
        ids.extend(i.data.pillar_id.as_ref().map(|i| i.as_str()));
        ids.extend(i.data.post_id.as_ref().map(|i| i.as_str()));
    }
    for c in &plan.coverage {
        ids.push(c.id.as_str());
        names.push(&c.data.title);
        long_texts.push((&c.data.notes, 20_000));
        urls.extend(c.data.links.iter().map(|l| l.url.as_str()));
        other_texts.extend(c.data.links.iter().map(|l| l.label.as_str()));
        other_texts.extend([c.data.location.as_str(), &c.data.officials]);
        ids.extend(c.data.crew_ids.iter().map(|i| i.as_str()));
    }
    for s in &plan.special_days {
        ids.push(s.id.as_str());
        names.push(&s.data.name);
    }
    for s in &plan.slots {
        ids.push(s.id.as_str());
        ids.extend(s.data.pillar_id.as_ref().map(|i| i.as_str()));
    }

    if let Some(url) = urls.iter().find(|u| !is_web_url(u)) {
        return Err(format!(
            "accepted a URL the spec refuses: {:?}",
            shorten(url)
        ));
    }
    if let Some(id) = ids.iter().find(|id| !is_id(id)) {
        return Err(format!(
            "accepted an id the spec refuses: {:?}",
            shorten(id)
        ));
    }
    if let Some(name) = names
        .iter()
        .find(|n| !(1..=200).contains(&n.trim().chars().count()))
    {
        return Err(format!(
            "accepted a title or name of {} characters",
            name.trim().chars().count()
        ));
    }
    long_texts.extend(other_texts.iter().map(|t| (*t, 2_000)));
    long_texts.extend(hashtags.iter().map(|t| (*t, 2_000)));
    if let Some(tag) = hashtags.iter().find(|t| !t.starts_with('#')) {
        return Err(format!("accepted a hashtag without #: {:?}", shorten(tag)));
    }
    if let Some((_, max)) = long_texts.iter().find(|(t, max)| t.chars().count() > *max) {
        return Err(format!(
            "accepted a text over its limit of {max} characters"
        ));
    }
    Ok(())
}

/// The spec's URL rule, as plainly as it is written: `http://` or
/// `https://` (either case) and at most 2,048 characters.
fn is_web_url(url: &str) -> bool {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    (lower.starts_with("http://") || lower.starts_with("https://")) && url.chars().count() <= 2_048
}

/// The spec's id rule: 1 to 64 of `A-Z a-z 0-9 _ -`.
fn is_id(id: &str) -> bool {
    (1..=64).contains(&id.len())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// At most 60 characters of a value, for a message.
fn shorten(s: &str) -> String {
    s.chars().take(60).collect()
}

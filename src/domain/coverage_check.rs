//! The spec's rules for one coverage record, field by field, for the
//! coverage editor (the validator's own rules, as `post_check` does for
//! posts).

use crate::domain::coverage::CoverageData;
use crate::domain::validate::{rules, ProblemKind};

/// A field of the coverage editor.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CoverageField {
    /// The title.
    Title,
    /// Where.
    Location,
    /// Who attends.
    Officials,
    /// The documentation links (with the index of the link).
    Links,
    /// The internal notes.
    Notes,
}

/// One broken rule of one field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoverageProblem {
    /// Where.
    pub field: CoverageField,
    /// Which link (0-based).
    pub index: Option<usize>,
    /// What is wrong, as the validator says it.
    pub kind: ProblemKind,
}

/// Every rule `data` breaks: the title is 1–200 characters after trimming;
/// location, officials and each link label at most 2,000 characters; each
/// link an absolute `http`/`https` URL of at most 2,048; notes at most
/// 20,000. Date and time held as such are always real.
pub fn check_coverage(data: &CoverageData) -> Vec<CoverageProblem> {
    let mut problems = Vec::new();
    let mut add = |field, index, kind: Option<ProblemKind>| {
        if let Some(kind) = kind {
            problems.push(CoverageProblem { field, index, kind });
        }
    };
    add(CoverageField::Title, None, rules::name(&data.title));
    add(
        CoverageField::Location,
        None,
        rules::other_text(&data.location),
    );
    add(
        CoverageField::Officials,
        None,
        rules::other_text(&data.officials),
    );
    for (i, link) in data.links.iter().enumerate() {
        add(
            CoverageField::Links,
            Some(i),
            rules::other_text(&link.label),
        );
        add(CoverageField::Links, Some(i), rules::url(&link.url));
    }
    add(CoverageField::Notes, None, rules::notes(&data.notes));
    problems
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::post::Link;

    fn data() -> CoverageData {
        serde_json::from_value(serde_json::json!({
            "title": "Kunjungan kerja Bupati", "date": "2026-12-11",
        }))
        .unwrap()
    }

    #[test]
    fn a_plain_record_passes_and_each_rule_is_named() {
        assert!(check_coverage(&data()).is_empty());
        let mut d = data();
        d.title = "  ".into();
        d.location = "x".repeat(2_001);
        d.links = vec![Link {
            label: "Folder".into(),
            url: "javascript:alert(1)".into(),
            extra: Default::default(),
        }];
        let fields: Vec<_> = check_coverage(&d)
            .into_iter()
            .map(|p| (p.field, p.index))
            .collect();
        assert_eq!(
            fields,
            [
                (CoverageField::Title, None),
                (CoverageField::Location, None),
                (CoverageField::Links, Some(0)),
            ]
        );
    }
}

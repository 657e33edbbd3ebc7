//! Import problems as sentences in the person's language.

use crate::domain::validate::{Expected, ImportError, ProblemKind};
use crate::i18n::*;

/// The one-line summary of why a file was refused.
pub fn refusal_sentence(i18n: I18nContext<Locale>, error: &ImportError) -> String {
    match error {
        ImportError::TooLarge { bytes } => {
            let mib = format!("{:.1}", *bytes as f64 / (1024.0 * 1024.0));
            t_string!(i18n, plan.too_large, size = mib).to_string()
        }
        ImportError::TooManyRecords { count } => {
            t_string!(i18n, plan.too_many, count = *count).to_string()
        }
        ImportError::NotJson { line: 0, .. } => t_string!(i18n, plan.unreadable).to_string(),
        ImportError::NotJson { line, column } => {
            t_string!(i18n, plan.not_json, line = *line, column = *column).to_string()
        }
        ImportError::NotAPlan => t_string!(i18n, plan.not_a_plan).to_string(),
        ImportError::NewerVersion { version } => {
            t_string!(i18n, plan.newer_version, version = *version).to_string()
        }
        ImportError::Invalid { total, .. } => {
            t_string!(i18n, plan.invalid, total = *total).to_string()
        }
    }
}

/// What is wrong at one path, e.g. `"2026-02-30" bukan tanggal`.
pub fn problem_sentence(i18n: I18nContext<Locale>, kind: &ProblemKind) -> String {
    use ProblemKind as K;
    let quoted = |v: &str| format!("\"{v}\"");
    match kind {
        K::Missing => t_string!(i18n, problem_file.missing).to_string(),
        K::WrongType { expected } => t_string!(
            i18n,
            problem_file.wrong_type,
            expected = expected_label(i18n, *expected)
        )
        .to_string(),
        K::NotADate { value } => {
            t_string!(i18n, problem_file.not_a_date, value = quoted(value)).to_string()
        }
        K::NotATime { value } => {
            t_string!(i18n, problem_file.not_a_time, value = quoted(value)).to_string()
        }
        K::NotATimestamp { value } => {
            t_string!(i18n, problem_file.not_a_timestamp, value = quoted(value)).to_string()
        }
        K::NotASpecialDate { value } => {
            t_string!(i18n, problem_file.not_a_special_date, value = quoted(value)).to_string()
        }
        K::BadId { value } => {
            t_string!(i18n, problem_file.bad_id, value = quoted(value)).to_string()
        }
        K::DuplicateId { value } => {
            t_string!(i18n, problem_file.duplicate_id, value = quoted(value)).to_string()
        }
        K::NotOneOf { value, allowed } => t_string!(
            i18n,
            problem_file.not_one_of,
            value = quoted(value),
            allowed = allowed.join(", ")
        )
        .to_string(),
        K::Empty => t_string!(i18n, problem_file.empty).to_string(),
        K::TooLong { max } => t_string!(i18n, problem_file.too_long, max = *max).to_string(),
        K::NoneChosen => t_string!(i18n, problem_file.none_chosen).to_string(),
        K::BadUrl { value } => {
            t_string!(i18n, problem_file.bad_url, value = quoted(value)).to_string()
        }
        K::BadColor { value } => {
            t_string!(i18n, problem_file.bad_color, value = quoted(value)).to_string()
        }
        K::OutOfRange { min, max } if *max == i64::MAX => {
            t_string!(i18n, problem_file.at_least, min = *min).to_string()
        }
        K::OutOfRange { min, max } => {
            t_string!(i18n, problem_file.out_of_range, min = *min, max = *max).to_string()
        }
        K::BadHashtag { value } => {
            t_string!(i18n, problem_file.bad_hashtag, value = quoted(value)).to_string()
        }
        K::BadHex { value } => {
            t_string!(i18n, problem_file.bad_hex, value = quoted(value)).to_string()
        }
        // Only for a rule the validator missed; serde's own words follow.
        K::NotReadable { message } => {
            t_string!(i18n, problem_file.not_readable, message = message).to_string()
        }
    }
}

fn expected_label(i18n: I18nContext<Locale>, expected: Expected) -> String {
    match expected {
        Expected::String => t_string!(i18n, problem_file.type_string),
        Expected::Integer => t_string!(i18n, problem_file.type_integer),
        Expected::Boolean => t_string!(i18n, problem_file.type_boolean),
        Expected::Object => t_string!(i18n, problem_file.type_object),
        Expected::Array => t_string!(i18n, problem_file.type_array),
        Expected::StringOrNull => t_string!(i18n, problem_file.type_string_or_null),
        Expected::IntegerOrNull => t_string!(i18n, problem_file.type_integer_or_null),
        Expected::ObjectOrNull => t_string!(i18n, problem_file.type_object_or_null),
    }
    .to_string()
}

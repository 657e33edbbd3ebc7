//! The one way in for plan files: size limits, JSON, every rule of the spec.
//!
//! [`read_plan`] checks a file in the order that costs least first: its
//! length, its JSON syntax and record count (without building any values),
//! the envelope (`format`, `version`), then every rule of
//! `shared/spec/plan-format.md` on a `serde_json::Value`, collecting every
//! problem with its JSON path. Only a file without problems becomes a
//! [`Plan`]. Validation walks a `Value` rather than relying on serde alone
//! because serde stops at the first error and, through `#[serde(flatten)]`,
//! cannot say where it was.
//!
//! The rules here and the serde types of the domain agree: whatever
//! [`read_plan`] accepts, [`Plan::from_json`] accepts too (the last step
//! converts the checked value with serde and treats a failure as a missing
//! rule, reported rather than panicking).

use crate::domain::plan::Plan;

mod envelope;
mod fields;
mod message;
mod parse;
mod records;
// Crate-visible so that the post editor's checks (`domain::post_check`)
// are these very rules, not a copy.
pub(crate) mod rules;

/// The largest plan file read, in bytes (25 MiB).
pub const MAX_FILE_BYTES: usize = 25 * 1024 * 1024;

/// The most records a plan file may hold, all kinds together.
pub const MAX_RECORDS: usize = 100_000;

/// The most problems kept in [`ImportError::Invalid`]; the rest are only
/// counted, so a badly broken file costs no more memory than a good one.
pub const MAX_PROBLEMS: usize = 50;

/// Why a file was refused. Nothing is imported in any of these cases.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// Longer than [`MAX_FILE_BYTES`]; checked before anything else.
    TooLarge {
        /// The file's length.
        bytes: usize,
    },
    /// More than [`MAX_RECORDS`] records, counted before a full parse.
    TooManyRecords {
        /// How many records the file has.
        count: usize,
    },
    /// Not JSON: a syntax error, a truncated or empty file, invalid UTF-8,
    /// nesting deeper than the parser allows, or a key repeated within one
    /// object (which JSON readers resolve differently, so it is refused
    /// rather than guessed). `line` and `column` are 1-based as serde_json
    /// counts them; `0, 0` if unknown.
    NotJson {
        /// Line of the error.
        line: usize,
        /// Column of the error.
        column: usize,
    },
    /// Valid JSON, but not an object or without a `format` key: some other
    /// kind of file.
    NotAPlan,
    /// An integer `version` above 1: made by a newer Siar.
    NewerVersion {
        /// The file's version.
        version: u64,
    },
    /// The file breaks rules of the spec.
    Invalid {
        /// The first [`MAX_PROBLEMS`] problems, in the order of the file
        /// (keys of an object in the spec's order).
        problems: Vec<Problem>,
        /// How many problems were found in all.
        total: usize,
    },
}

impl ImportError {
    /// The JSON path the refusal is about, if it is about one place:
    /// `version` for a newer version, the first problem's path for an
    /// invalid file.
    pub fn path(&self) -> Option<&str> {
        match self {
            ImportError::NewerVersion { .. } => Some("version"),
            ImportError::Invalid { problems, .. } => problems.first().map(|p| p.path.as_str()),
            _ => None,
        }
    }
}

/// One broken rule: where, and what.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    /// JSON path such as `posts[3].date` or `workspace.followers.instagram`;
    /// indexes are 0-based positions in the file's arrays. A key that is not
    /// made of `A-Z a-z 0-9 _ -` is written as `["key"]`.
    pub path: String,
    /// What is wrong there.
    pub kind: ProblemKind,
}

/// What is wrong at a path. Values are quoted as they were in the file,
/// shortened to 100 characters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProblemKind {
    /// A required key is absent.
    Missing,
    /// The value has the wrong JSON type, e.g. `version: "1"`.
    WrongType {
        /// What the key takes.
        expected: Expected,
    },
    /// Not a real date written `YYYY-MM-DD`.
    NotADate {
        /// The value.
        value: String,
    },
    /// Not a time written `HH:MM` (00:00–23:59).
    NotATime {
        /// The value.
        value: String,
    },
    /// Not an RFC 3339 timestamp.
    NotATimestamp {
        /// The value.
        value: String,
    },
    /// A special day's date is neither `MM-DD` (a day of a leap year) nor a
    /// real `YYYY-MM-DD`.
    NotASpecialDate {
        /// The value.
        value: String,
    },
    /// Not 1 to 64 characters from `A-Z a-z 0-9 _ -`.
    BadId {
        /// The value.
        value: String,
    },
    /// An earlier record of the same kind has this id; the path is the
    /// later record's `id`.
    DuplicateId {
        /// The id.
        value: String,
    },
    /// Not one of the values the key takes.
    NotOneOf {
        /// The value.
        value: String,
        /// The values the key takes, in the spec's order.
        allowed: Vec<&'static str>,
    },
    /// A title or name that is empty after trimming.
    Empty,
    /// Longer than `max` characters (Unicode scalar values; a title or name
    /// after trimming).
    TooLong {
        /// The limit.
        max: usize,
    },
    /// No platform chosen (an empty or missing `platforms`).
    NoneChosen,
    /// Not an absolute `http`/`https` URL of at most 2,048 characters.
    BadUrl {
        /// The value.
        value: String,
    },
    /// Not a colour `#RRGGBB`.
    BadColor {
        /// The value.
        value: String,
    },
    /// An integer outside `min..=max`; `max` is `i64::MAX` for "at least
    /// `min`".
    OutOfRange {
        /// The least allowed.
        min: i64,
        /// The most allowed.
        max: i64,
    },
    /// Not `#` followed by one or more characters that are not whitespace.
    BadHashtag {
        /// The value.
        value: String,
    },
    /// Not 64 lowercase hex digits (`approval.caption_sha256`).
    BadHex {
        /// The value.
        value: String,
    },
    /// The app could not read this record although every rule checked
    /// passed: a rule is missing from the validator (a bug). The message is
    /// serde's, in English.
    NotReadable {
        /// What serde said.
        message: String,
    },
}

/// The JSON type a key takes, for [`ProblemKind::WrongType`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    /// A string.
    String,
    /// An integer (no fraction, no exponent).
    Integer,
    /// `true` or `false`.
    Boolean,
    /// An object.
    Object,
    /// An array.
    Array,
    /// A string or `null`.
    StringOrNull,
    /// An integer or `null`.
    IntegerOrNull,
    /// An object or `null`.
    ObjectOrNull,
}

/// Reads a plan file, checking every rule of the spec. Nothing is changed
/// anywhere: the caller merges the plan only on `Ok`.
///
/// A leading UTF-8 byte order mark is skipped, as [`Plan::from_json`] does.
pub fn read_plan(bytes: &[u8]) -> Result<Plan, ImportError> {
    if bytes.len() > MAX_FILE_BYTES {
        return Err(ImportError::TooLarge { bytes: bytes.len() });
    }
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let count = parse::count_records(bytes)?;
    if count > MAX_RECORDS {
        return Err(ImportError::TooManyRecords { count });
    }
    let value = parse::to_value(bytes)?;
    envelope::check(&value)?;
    envelope::convert(&value)
}

#[cfg(test)]
mod tests;

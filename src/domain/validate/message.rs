//! English sentences for problems and refusals, in the spec's style
//! (`posts[3].date: "2026-02-30" is not a date`), for tests and logs. The
//! UI words `ProblemKind` in the person's language itself.

use std::fmt;

use super::{
    Expected, ImportError, Problem, ProblemKind, MAX_FILE_BYTES, MAX_PROBLEMS, MAX_RECORDS,
};

/// A value quoted as JSON writes a string, so quotes and control
/// characters inside it stay visible.
struct Quoted<'a>(&'a str);

impl fmt::Display for Quoted<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Serialising a string cannot fail.
        let json = serde_json::to_string(self.0).map_err(|_| fmt::Error)?;
        f.write_str(&json)
    }
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Expected::String => "a string",
            Expected::Integer => "an integer",
            Expected::Boolean => "true or false",
            Expected::Object => "an object",
            Expected::Array => "an array",
            Expected::StringOrNull => "a string or null",
            Expected::IntegerOrNull => "an integer or null",
            Expected::ObjectOrNull => "an object or null",
        })
    }
}

impl fmt::Display for ProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use ProblemKind as K;
        match self {
            K::Missing => f.write_str("is missing"),
            K::WrongType { expected } => write!(f, "must be {expected}"),
            K::NotADate { value } => write!(f, "{} is not a date", Quoted(value)),
            K::NotATime { value } => write!(f, "{} is not a time (HH:MM)", Quoted(value)),
            K::NotATimestamp { value } => {
                write!(f, "{} is not an RFC 3339 timestamp", Quoted(value))
            }
            K::NotASpecialDate { value } => {
                write!(f, "{} is not a date (MM-DD or YYYY-MM-DD)", Quoted(value))
            }
            K::BadId { value } => write!(
                f,
                "{} is not an id (1 to 64 of A-Z a-z 0-9 _ -)",
                Quoted(value)
            ),
            K::DuplicateId { value } => write!(
                f,
                "the id {} is already used by an earlier record of this kind",
                Quoted(value)
            ),
            K::NotOneOf { value, allowed } => {
                write!(f, "{} is not one of {}", Quoted(value), allowed.join(", "))
            }
            K::Empty => f.write_str("is empty"),
            K::TooLong { max } => write!(f, "is longer than {max} characters"),
            K::NoneChosen => f.write_str("needs at least one"),
            K::BadUrl { value } => write!(
                f,
                "{} is not an http or https address of at most 2048 characters",
                Quoted(value)
            ),
            K::BadColor { value } => write!(f, "{} is not a colour #RRGGBB", Quoted(value)),
            K::OutOfRange { min, max: i64::MAX } => write!(f, "must be at least {min}"),
            K::OutOfRange { min, max } => write!(f, "must be from {min} to {max}"),
            K::BadHashtag { value } => {
                write!(f, "{} is not a hashtag (# and no spaces)", Quoted(value))
            }
            K::BadHex { value } => write!(
                f,
                "{} is not a SHA-256 (64 characters 0-9 a-f)",
                Quoted(value)
            ),
            K::NotReadable { message } => write!(f, "cannot be read: {message}"),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "the file: {}", self.kind)
        } else {
            write!(f, "{}: {}", self.path, self.kind)
        }
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ImportError::TooLarge { bytes } => write!(
                f,
                "the file is {bytes} bytes, more than the {MAX_FILE_BYTES} a plan file may have"
            ),
            ImportError::TooManyRecords { count } => write!(
                f,
                "the file has {count} records, more than the {MAX_RECORDS} a plan file may have"
            ),
            ImportError::NotJson { line: 0, .. } => f.write_str("the file is not JSON"),
            ImportError::NotJson { line, column } => {
                write!(f, "the file is not JSON (at line {line}, column {column})")
            }
            ImportError::NotAPlan => f.write_str("the file is not a Siar plan"),
            ImportError::NewerVersion { version } => write!(
                f,
                "version: the file is plan format version {version}, made by a newer Siar"
            ),
            ImportError::Invalid { problems, total } => {
                write!(f, "the file breaks {total} rule(s) of the plan format")?;
                for problem in problems {
                    write!(f, "\n{problem}")?;
                }
                if *total > problems.len() {
                    let more = total - problems.len();
                    write!(f, "\n… and {more} more (only {MAX_PROBLEMS} are listed)")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ImportError {}

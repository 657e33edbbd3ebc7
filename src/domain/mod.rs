//! Records, rules and calculations of Siar. No browser calls live here.
//!
//! Everything in this module is plain Rust that builds for the host and for
//! `wasm32-unknown-unknown` alike: the caller passes the current time
//! ([`time::Timestamp`]) and random bytes ([`id::Id::from_random_bytes`]),
//! so the domain never reads a clock or an entropy source itself and every
//! function here can be tested natively.
//!
//! The types follow the plan file format (`shared/spec/plan-format.md`),
//! which is the app's public contract: a value read from a plan file and
//! written back keeps every field, unknown ones included.

mod keyed_enum;

pub mod approval;
pub mod backup;
pub mod bundle;
pub mod calendar;
pub mod caption;
pub mod coverage;
pub mod coverage_check;
pub mod coverage_choice;
pub mod coverage_posts;
pub mod defaults;
pub mod design;
pub mod documentation;
pub mod export;
pub mod filter;
pub mod holidays;
pub mod id;
pub mod idea;
pub mod ideas;
pub mod indicators;
pub mod links;
pub mod member;
pub mod merge;
pub mod metrics_import;
pub mod pillar;
pub mod plan;
pub mod platform;
pub mod post;
pub mod post_check;
pub mod post_list;
pub mod prompts;
pub mod query;
pub mod record;
pub mod schedule;
pub mod slot;
pub mod special_day;
pub mod tasks;
pub mod text;
pub mod time;
pub mod timezone;
pub mod validate;
pub mod workspace;

//! The Evaluasi page's numbers: consistency, variety, documentation,
//! workflow, engagement and best times for a range of post dates, per
//! platform or in total; two periods compared; the top posts; the
//! indicators as CSV.
//!
//! Every figure is an `Option<f64>`: `None` where it is undefined (an
//! empty period, no reach, no followers), so that no NaN or infinity ever
//! reaches the screen. Shares are fractions (0.25 = 25%).
//!
//! Which posts count: live posts whose date is in the range, not cancelled
//! (a cancelled post never goes out), on the chosen platform if any.
//! "Published" means status `published`.

mod csv;
mod followers;

use std::collections::BTreeMap;

use chrono::{Datelike, Days, TimeDelta, Timelike};

use crate::domain::coverage::Coverage;
use crate::domain::documentation::{documented_coverage, post_lacks_documentation_in};
use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::{Metrics, Post, PostFormat, PostStatus};
use crate::domain::schedule::{open_slots, slot_occurrences};
use crate::domain::slot::Slot;
use crate::domain::time::{Date, Timestamp};
use crate::domain::timezone::{offset_minutes, FALLBACK_OFFSET_MINUTES};
use crate::domain::workspace::Workspace;

pub use csv::{indicators_csv, CSV_HEADERS};
pub use followers::{followers, followers_by_month, set_followers_for_month, FOLLOWERS_BY_MONTH};

/// Posts with metrics needed before best times are shown.
pub const BEST_TIMES_MIN_POSTS: usize = 10;

/// A range of post dates, both ends included.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// First day.
    pub from: Date,
    /// Last day.
    pub to: Date,
}

impl Period {
    /// Whether `date` is in the period.
    pub fn contains(&self, date: Date) -> bool {
        (self.from..=self.to).contains(&date)
    }

    /// Number of days, 0 when `to` is before `from`.
    pub fn days(&self) -> i64 {
        ((self.to - self.from).num_days() + 1).max(0)
    }

    /// The calendar month of `date`: its first to its last day.
    pub fn month_of(date: Date) -> Period {
        let from = date.with_day(1).unwrap_or(date);
        let next = from
            .checked_add_months(chrono::Months::new(1))
            .unwrap_or(from);
        Period {
            from,
            to: next.pred_opt().unwrap_or(from),
        }
    }
}

/// What the indicators are computed from.
#[derive(Clone, Copy)]
pub struct Inputs<'a> {
    /// Every post (tombstones are skipped).
    pub posts: &'a [Post],
    /// Coverage, for documentation.
    pub coverage: &'a [Coverage],
    /// The posting schedule.
    pub slots: &'a [Slot],
    /// For the zone and the followers.
    pub workspace: &'a Workspace,
}

/// One category's share of the posts.
#[derive(Clone, Debug, PartialEq)]
pub struct Share<K> {
    /// The pillar id or format (`None`: without one).
    pub key: Option<K>,
    /// Posts in it.
    pub count: usize,
    /// `count` over all posts.
    pub share: f64,
}

/// One week of the period (the Monday it starts; the first and last may be
/// cut by the period).
#[derive(Clone, Debug, PartialEq)]
pub struct Week {
    /// The Monday.
    pub start: Date,
    /// Published posts that week.
    pub published: usize,
    /// Mean engagement rate by reach of that week's published posts.
    pub engagement: Option<f64>,
}

/// A post among the most engaging.
#[derive(Clone, Debug, PartialEq)]
pub struct TopPost {
    /// The post's id.
    pub id: Id,
    /// Its title.
    pub title: String,
    /// Its date.
    pub date: Date,
    /// Likes + comments + shares + saves.
    pub interactions: u64,
    /// Its reach, if recorded.
    pub reach: Option<u64>,
    /// Interactions over reach.
    pub rate: Option<f64>,
}

/// One cell of best times: a weekday (1 = Monday) and a 3-hour block
/// (0 = 00–03, …, 7 = 21–24).
#[derive(Clone, Debug, PartialEq)]
pub struct TimeCell {
    /// 1–7.
    pub weekday: u8,
    /// 0–7.
    pub block: u8,
    /// Posts in the cell.
    pub posts: usize,
    /// Their median engagement rate by reach.
    pub median_rate: f64,
}

/// Best times, or how many posts with metrics there are when too few.
#[derive(Clone, Debug, PartialEq)]
pub enum BestTimes {
    /// Fewer than [`BEST_TIMES_MIN_POSTS`] posts with metrics.
    NotEnough(usize),
    /// Cells sorted best first.
    Cells(Vec<TimeCell>),
}

/// Every indicator of one period.
#[derive(Clone, Debug, PartialEq)]
pub struct Indicators {
    /// The period.
    pub period: Period,
    /// Posts counted (live, not cancelled, on the platform).
    pub posts: usize,
    /// Of them, published.
    pub published: usize,
    /// Published posts over the weeks of the period.
    pub published_per_week: Option<f64>,
    /// Slot occurrences with a post over all occurrences.
    pub slots_filled: Option<f64>,
    /// Published posts whose `published_at` falls on their planned date.
    pub on_time: Option<f64>,
    /// Longest run of days between two consecutive published posts.
    pub longest_gap_days: Option<f64>,
    /// Posts per pillar, largest first.
    pub pillar_mix: Vec<Share<Id>>,
    /// Shannon evenness of the pillars.
    pub pillar_evenness: Option<f64>,
    /// Posts per format, largest first.
    pub format_mix: Vec<Share<PostFormat>>,
    /// Shannon evenness of the formats.
    pub format_evenness: Option<f64>,
    /// Photo, carousel and video posts with documentation.
    pub documented: Option<f64>,
    /// Published posts approved before they went out.
    pub approved_first: Option<f64>,
    /// Median days from `created_at` to `published_at`.
    pub median_days_to_publish: Option<f64>,
    /// Published posts with metrics.
    pub with_metrics: usize,
    /// Mean of interactions / reach.
    pub rate_by_reach: Option<f64>,
    /// Mean of interactions / followers.
    pub rate_by_followers: Option<f64>,
    /// Bonsón et al. (2015): average likes per post / followers × 1000.
    pub popularity: Option<f64>,
    /// Average comments per post / followers × 1000.
    pub commitment: Option<f64>,
    /// Average shares per post / followers × 1000.
    pub virality: Option<f64>,
    /// Week by week, for the charts.
    pub weeks: Vec<Week>,
    /// Best weekday and time blocks.
    pub best_times: BestTimes,
    /// Top 5 published posts by interactions.
    pub top: Vec<TopPost>,
}

/// A ratio, `None` when the denominator is zero.
fn ratio(num: f64, den: f64) -> Option<f64> {
    (den > 0.0).then(|| num / den).filter(|v| v.is_finite())
}

fn mean(values: &[f64]) -> Option<f64> {
    ratio(values.iter().sum(), values.len() as f64)
}

/// The median, `None` for no values.
pub fn median(values: &[f64]) -> Option<f64> {
    let mut v: Vec<f64> = values.iter().copied().filter(|x| x.is_finite()).collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

/// Shannon entropy of `counts` over ln(categories present): 1 is
/// perfectly even. `None` with fewer than two categories.
pub fn evenness(counts: &[usize]) -> Option<f64> {
    let present: Vec<f64> = counts
        .iter()
        .filter(|c| **c > 0)
        .map(|c| *c as f64)
        .collect();
    if present.len() < 2 {
        return None;
    }
    let total: f64 = present.iter().sum();
    let h: f64 = present
        .iter()
        .map(|c| {
            let p = c / total;
            -p * p.ln()
        })
        .sum();
    ratio(h, (present.len() as f64).ln())
}

/// Likes + comments + shares + saves (missing ones as 0).
pub fn interactions(m: &Metrics) -> u64 {
    [m.likes, m.comments, m.shares, m.saves]
        .iter()
        .map(|v| v.unwrap_or(0))
        .sum()
}

/// The local wall clock of `t` in the workspace's zone.
fn local(t: Timestamp, tz: &str) -> chrono::NaiveDateTime {
    let minutes = offset_minutes(tz).unwrap_or(FALLBACK_OFFSET_MINUTES);
    t.as_datetime().naive_utc() + TimeDelta::minutes(minutes.into())
}

/// Whether `post` is counted in `period` for `platform`.
fn counted(post: &Post, period: Period, platform: Option<Platform>) -> bool {
    post.is_live()
        && post.data.status != PostStatus::Cancelled
        && period.contains(post.data.date)
        && platform.is_none_or(|p| post.data.platforms.contains(&p))
}

/// The followers a post reached out to: of `platform`, or of every
/// platform of the post, in the month of its date.
fn post_followers(post: &Post, ws: &Workspace, platform: Option<Platform>) -> u64 {
    let month = format!("{:04}-{:02}", post.data.date.year(), post.data.date.month());
    match platform {
        Some(p) => followers(ws, &month, p).unwrap_or(0),
        None => post
            .data
            .platforms
            .iter()
            .map(|p| followers(ws, &month, *p).unwrap_or(0))
            .sum(),
    }
}

fn shares<K: Ord + Clone>(counts: BTreeMap<Option<K>, usize>, total: usize) -> Vec<Share<K>> {
    let mut out: Vec<Share<K>> = counts
        .into_iter()
        .map(|(key, count)| Share {
            key,
            count,
            share: count as f64 / total.max(1) as f64,
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.key.cmp(&b.key)));
    out
}

/// Every indicator of `period` for `platform` (`None`: all platforms).
pub fn indicators(input: Inputs<'_>, period: Period, platform: Option<Platform>) -> Indicators {
    let tz = input.workspace.timezone.as_str();
    let posts: Vec<&Post> = input
        .posts
        .iter()
        .filter(|p| counted(p, period, platform))
        .collect();
    let published: Vec<&Post> = posts
        .iter()
        .copied()
        .filter(|p| p.data.status == PostStatus::Published)
        .collect();
    let weeks_in_range = period.days() as f64 / 7.0;

    // Consistency.
    let published_per_week = ratio(published.len() as f64, weeks_in_range);
    let slots: Vec<Slot> = input
        .slots
        .iter()
        .filter(|s| platform.is_none_or(|p| s.data.platforms.contains(&p)))
        .cloned()
        .collect();
    let slots_filled = if period.days() > 0 {
        let all = slot_occurrences(&slots, period.from, period.to).len();
        let open = open_slots(&slots, posts.iter().copied(), period.from, period.to).len();
        ratio(all.saturating_sub(open) as f64, all as f64)
    } else {
        None
    };
    let with_time: Vec<(&Post, Timestamp)> = published
        .iter()
        .filter_map(|p| p.data.published_at.map(|t| (*p, t)))
        .collect();
    let on_time = ratio(
        with_time
            .iter()
            .filter(|(p, t)| local(*t, tz).date() == p.data.date)
            .count() as f64,
        with_time.len() as f64,
    );
    let mut dates: Vec<Date> = published.iter().map(|p| p.data.date).collect();
    dates.sort();
    dates.dedup();
    let longest_gap_days = dates
        .windows(2)
        .map(|w| (w[1] - w[0]).num_days() as f64)
        .fold(None, |acc: Option<f64>, d| {
            Some(acc.map_or(d, |a| a.max(d)))
        });

    // Variety.
    let mut by_pillar: BTreeMap<Option<Id>, usize> = BTreeMap::new();
    let mut by_format: BTreeMap<Option<PostFormat>, usize> = BTreeMap::new();
    for p in &posts {
        *by_pillar.entry(p.data.pillar_id.clone()).or_default() += 1;
        *by_format.entry(p.data.format).or_default() += 1;
    }
    let pillar_mix = shares(by_pillar, posts.len());
    let format_mix = shares(by_format, posts.len());
    let pillar_evenness = evenness(&pillar_mix.iter().map(|s| s.count).collect::<Vec<_>>());
    let format_evenness = evenness(&format_mix.iter().map(|s| s.count).collect::<Vec<_>>());

    // Documentation.
    let visual: Vec<&&Post> = posts
        .iter()
        .filter(|p| {
            matches!(
                p.data.format,
                Some(PostFormat::Photo | PostFormat::Carousel | PostFormat::Video)
            )
        })
        .collect();
    let documented_coverage = documented_coverage(input.coverage);
    let documented = ratio(
        visual
            .iter()
            .filter(|p| !post_lacks_documentation_in(p, &documented_coverage))
            .count() as f64,
        visual.len() as f64,
    );

    // Workflow.
    let approved_first = ratio(
        published
            .iter()
            .filter(|p| match (&p.data.approval, p.data.published_at) {
                (Some(a), Some(at)) => a.at <= at,
                (Some(_), None) => true,
                _ => false,
            })
            .count() as f64,
        published.len() as f64,
    );
    let days_to_publish: Vec<f64> = with_time
        .iter()
        .map(|(p, t)| (t.unix_millis() - p.created_at.unix_millis()) as f64 / 86_400_000.0)
        .collect();
    let median_days_to_publish = median(&days_to_publish);

    // Engagement.
    let measured: Vec<(&Post, &Metrics)> = published
        .iter()
        .filter_map(|p| p.data.metrics.as_ref().map(|m| (*p, m)))
        .collect();
    let rate = |m: &Metrics| {
        m.reach
            .filter(|r| *r > 0)
            .and_then(|r| ratio(interactions(m) as f64, r as f64))
    };
    let rates: Vec<f64> = measured.iter().filter_map(|(_, m)| rate(m)).collect();
    let rate_by_reach = mean(&rates);
    let with_followers: Vec<(&Metrics, f64)> = measured
        .iter()
        .map(|(p, m)| (*m, post_followers(p, input.workspace, platform) as f64))
        .filter(|(_, f)| *f > 0.0)
        .collect();
    let rate_by_followers = mean(
        &with_followers
            .iter()
            .filter_map(|(m, f)| ratio(interactions(m) as f64, *f))
            .collect::<Vec<_>>(),
    );
    let avg_followers = mean(&with_followers.iter().map(|(_, f)| *f).collect::<Vec<_>>());
    let bonson = |pick: fn(&Metrics) -> Option<u64>| {
        let avg = mean(
            &with_followers
                .iter()
                .map(|(m, _)| pick(m).unwrap_or(0) as f64)
                .collect::<Vec<_>>(),
        )?;
        ratio(avg, avg_followers?).map(|v| v * 1000.0)
    };
    let popularity = bonson(|m| m.likes);
    let commitment = bonson(|m| m.comments);
    let virality = bonson(|m| m.shares);

    // Weeks.
    let mut weeks = Vec::new();
    if period.days() > 0 {
        let first = period.from - Days::new(period.from.weekday().num_days_from_monday().into());
        // One pass over the posts, each into its week's bucket.
        let count = ((period.to - first).num_days() / 7 + 1) as usize;
        let mut buckets: Vec<(usize, Vec<f64>)> = vec![(0, Vec::new()); count];
        for p in &published {
            let (published, rates) = &mut buckets[((p.data.date - first).num_days() / 7) as usize];
            *published += 1;
            rates.extend(p.data.metrics.as_ref().and_then(rate));
        }
        for (i, (published, rates)) in buckets.into_iter().enumerate() {
            weeks.push(Week {
                start: first + Days::new(7 * i as u64),
                published,
                engagement: mean(&rates),
            });
        }
    }

    // Best times.
    let best_times = if measured.len() < BEST_TIMES_MIN_POSTS {
        BestTimes::NotEnough(measured.len())
    } else {
        let mut cells: BTreeMap<(u8, u8), Vec<f64>> = BTreeMap::new();
        for (p, m) in &measured {
            let hour = match (p.data.time, p.data.published_at) {
                (Some(t), _) => Some(t.hour()),
                (None, Some(at)) => Some(local(at, tz).hour() as u8),
                _ => None,
            };
            if let (Some(hour), Some(r)) = (hour, rate(m)) {
                let weekday = p.data.date.weekday().number_from_monday() as u8;
                cells.entry((weekday, hour / 3)).or_default().push(r);
            }
        }
        let mut out: Vec<TimeCell> = cells
            .into_iter()
            .filter_map(|((weekday, block), rs)| {
                Some(TimeCell {
                    weekday,
                    block,
                    posts: rs.len(),
                    median_rate: median(&rs)?,
                })
            })
            .collect();
        out.sort_by(|a, b| {
            b.median_rate
                .total_cmp(&a.median_rate)
                .then_with(|| (a.weekday, a.block).cmp(&(b.weekday, b.block)))
        });
        BestTimes::Cells(out)
    };

    // Top posts.
    let mut top: Vec<TopPost> = measured
        .iter()
        .map(|(p, m)| TopPost {
            id: p.id.clone(),
            title: p.data.title.clone(),
            date: p.data.date,
            interactions: interactions(m),
            reach: m.reach,
            rate: rate(m),
        })
        .collect();
    top.sort_by(|a, b| {
        b.interactions
            .cmp(&a.interactions)
            .then_with(|| (a.date, &a.id).cmp(&(b.date, &b.id)))
    });
    top.truncate(5);

    Indicators {
        period,
        posts: posts.len(),
        published: published.len(),
        published_per_week,
        slots_filled,
        on_time,
        longest_gap_days,
        pillar_mix,
        pillar_evenness,
        format_mix,
        format_evenness,
        documented,
        approved_first,
        median_days_to_publish,
        with_metrics: measured.len(),
        rate_by_reach,
        rate_by_followers,
        popularity,
        commitment,
        virality,
        weeks,
        best_times,
        top,
    }
}

/// How a value reads: a share (shown ×100 with %), a plain number, days.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A fraction shown as a percentage.
    Percent,
    /// A number with decimals.
    Number,
    /// Days.
    Days,
    /// A whole count.
    Count,
}

/// The indicators that have one value, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// Posts counted.
    Posts,
    /// Published posts.
    Published,
    /// Published posts per week.
    PublishedPerWeek,
    /// Slots filled.
    SlotsFilled,
    /// On time.
    OnTime,
    /// Longest gap.
    LongestGap,
    /// Pillar evenness.
    PillarEvenness,
    /// Format evenness.
    FormatEvenness,
    /// Documented.
    Documented,
    /// Approved before publishing.
    ApprovedFirst,
    /// Median days to publish.
    DaysToPublish,
    /// Engagement rate by reach.
    RateByReach,
    /// Engagement rate by followers.
    RateByFollowers,
    /// Popularity.
    Popularity,
    /// Commitment.
    Commitment,
    /// Virality.
    Virality,
}

impl Key {
    /// Every key, in order.
    pub const ALL: [Key; 16] = [
        Key::Posts,
        Key::Published,
        Key::PublishedPerWeek,
        Key::SlotsFilled,
        Key::OnTime,
        Key::LongestGap,
        Key::PillarEvenness,
        Key::FormatEvenness,
        Key::Documented,
        Key::ApprovedFirst,
        Key::DaysToPublish,
        Key::RateByReach,
        Key::RateByFollowers,
        Key::Popularity,
        Key::Commitment,
        Key::Virality,
    ];

    /// The stable name used in the CSV and in test ids.
    pub fn slug(self) -> &'static str {
        match self {
            Key::Posts => "konten",
            Key::Published => "terbit",
            Key::PublishedPerWeek => "terbit_per_minggu",
            Key::SlotsFilled => "jadwal_terisi",
            Key::OnTime => "tepat_waktu",
            Key::LongestGap => "jeda_terpanjang_hari",
            Key::PillarEvenness => "kemerataan_pilar",
            Key::FormatEvenness => "kemerataan_format",
            Key::Documented => "berdokumentasi",
            Key::ApprovedFirst => "disetujui_sebelum_terbit",
            Key::DaysToPublish => "median_hari_sampai_terbit",
            Key::RateByReach => "engagement_per_jangkauan",
            Key::RateByFollowers => "engagement_per_pengikut",
            Key::Popularity => "popularitas",
            Key::Commitment => "komitmen",
            Key::Virality => "viralitas",
        }
    }

    /// How the value reads.
    pub fn unit(self) -> Unit {
        match self {
            Key::Posts | Key::Published => Unit::Count,
            Key::SlotsFilled
            | Key::OnTime
            | Key::Documented
            | Key::ApprovedFirst
            | Key::RateByReach
            | Key::RateByFollowers => Unit::Percent,
            Key::LongestGap | Key::DaysToPublish => Unit::Days,
            _ => Unit::Number,
        }
    }

    /// The value in `ind`.
    pub fn value(self, ind: &Indicators) -> Option<f64> {
        match self {
            Key::Posts => Some(ind.posts as f64),
            Key::Published => Some(ind.published as f64),
            Key::PublishedPerWeek => ind.published_per_week,
            Key::SlotsFilled => ind.slots_filled,
            Key::OnTime => ind.on_time,
            Key::LongestGap => ind.longest_gap_days,
            Key::PillarEvenness => ind.pillar_evenness,
            Key::FormatEvenness => ind.format_evenness,
            Key::Documented => ind.documented,
            Key::ApprovedFirst => ind.approved_first,
            Key::DaysToPublish => ind.median_days_to_publish,
            Key::RateByReach => ind.rate_by_reach,
            Key::RateByFollowers => ind.rate_by_followers,
            Key::Popularity => ind.popularity,
            Key::Commitment => ind.commitment,
            Key::Virality => ind.virality,
        }
    }
}

/// A change from `before` to `now`: absolute, and relative to `before`
/// (`None` when either is missing, or relative when `before` is 0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Change {
    /// `now - before`.
    pub absolute: Option<f64>,
    /// `(now - before) / |before|`.
    pub relative: Option<f64>,
}

/// The change of one value.
pub fn change(now: Option<f64>, before: Option<f64>) -> Change {
    match (now, before) {
        (Some(n), Some(b)) => Change {
            absolute: Some(n - b).filter(|v| v.is_finite()),
            relative: ratio(n - b, b.abs()),
        },
        _ => Change {
            absolute: None,
            relative: None,
        },
    }
}

#[cfg(test)]
mod tests;

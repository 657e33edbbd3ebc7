//! The calendar's filters: by platform, pillar, status, assignee and free
//! text, kept in the page's query string so that a filtered view can be
//! shared as a link.

use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::{Post, PostStatus};

/// Query keys, Indonesian like the rest of the address.
const PLATFORM: &str = "platform";
const PILLAR: &str = "pilar";
const STATUS: &str = "status";
const ASSIGNEE: &str = "petugas";
const TEXT: &str = "cari";

/// Which posts the calendar shows. An empty group does not filter; a post
/// must pass every group that is not empty (AND), and within a group match
/// any of its values (OR).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PostFilter {
    /// Posts on any of these platforms.
    pub platforms: Vec<Platform>,
    /// Posts in any of these pillars.
    pub pillars: Vec<Id>,
    /// Posts in any of these statuses.
    pub statuses: Vec<PostStatus>,
    /// Posts assigned to any of these members.
    pub assignees: Vec<Id>,
    /// Words that must each appear in the title, caption or a hashtag,
    /// as typed (see [`PostFilter::matches`]).
    pub text: String,
}

impl PostFilter {
    /// The filter a query names: `platform=instagram`, `pilar=<id>`,
    /// `status=draft`, `petugas=<member id>` (each repeatable) and
    /// `cari=<text>`. Unknown keys (`bulan`, the page's own) and values that
    /// are not a platform, status or id are ignored, so an old or edited
    /// link still opens. A value given twice counts once; values keep the
    /// order of the link. Several `cari` are joined by a space, which
    /// filters the same as one `cari` with all their words.
    pub fn from_pairs(pairs: &[(String, String)]) -> Self {
        let mut filter = PostFilter::default();
        let mut texts: Vec<&str> = Vec::new();
        for (key, value) in pairs {
            match key.as_str() {
                PLATFORM => push_new(&mut filter.platforms, Platform::from_key(value)),
                PILLAR => push_new(&mut filter.pillars, Id::parse(value)),
                STATUS => push_new(&mut filter.statuses, PostStatus::from_key(value)),
                ASSIGNEE => push_new(&mut filter.assignees, Id::parse(value)),
                TEXT if !value.trim().is_empty() => texts.push(value),
                _ => {}
            }
        }
        filter.text = texts.join(" ");
        filter
    }

    /// The query pairs of this filter, the inverse of
    /// [`PostFilter::from_pairs`]: keys in a fixed order (platform, pilar,
    /// status, petugas, cari), values in the filter's order. Text that is
    /// only whitespace is left out, since it filters nothing.
    pub fn to_pairs(&self) -> Vec<(String, String)> {
        let pair = |key: &str, value: &str| (key.to_owned(), value.to_owned());
        let mut pairs: Vec<(String, String)> = Vec::new();
        pairs.extend(self.platforms.iter().map(|p| pair(PLATFORM, p.key())));
        pairs.extend(self.pillars.iter().map(|id| pair(PILLAR, id.as_str())));
        pairs.extend(self.statuses.iter().map(|s| pair(STATUS, s.key())));
        pairs.extend(self.assignees.iter().map(|id| pair(ASSIGNEE, id.as_str())));
        if !self.text.trim().is_empty() {
            pairs.push(pair(TEXT, &self.text));
        }
        pairs
    }

    /// Whether the filter lets every post through: no group chosen and no
    /// words to search for.
    pub fn is_empty(&self) -> bool {
        self.platforms.is_empty()
            && self.pillars.is_empty()
            && self.statuses.is_empty()
            && self.assignees.is_empty()
            && self.text.trim().is_empty()
    }

    /// Whether `post` passes the filter. Text is trimmed and split at
    /// whitespace; every word must appear, without regard to case
    /// (Unicode lowercase), in the title, the caption or one of the
    /// hashtags, not necessarily the same one. A tombstone is not rejected
    /// here: callers filter the live posts.
    pub fn matches(&self, post: &Post) -> bool {
        let d = &post.data;
        let any_of = |chosen: bool, hit: bool| !chosen || hit;
        any_of(
            !self.platforms.is_empty(),
            d.platforms.iter().any(|p| self.platforms.contains(p)),
        ) && any_of(
            !self.pillars.is_empty(),
            d.pillar_id
                .as_ref()
                .is_some_and(|p| self.pillars.contains(p)),
        ) && any_of(!self.statuses.is_empty(), self.statuses.contains(&d.status))
            && any_of(
                !self.assignees.is_empty(),
                d.assignee_id
                    .as_ref()
                    .is_some_and(|a| self.assignees.contains(a)),
            )
            && self.text_matches(post)
    }

    fn text_matches(&self, post: &Post) -> bool {
        let wanted = self.text.to_lowercase();
        let mut words = wanted.split_whitespace().peekable();
        if words.peek().is_none() {
            return true;
        }
        let d = &post.data;
        let haystacks: Vec<String> = [&d.title, &d.caption]
            .into_iter()
            .chain(&d.hashtags)
            .map(|s| s.to_lowercase())
            .collect();
        words.all(|word| haystacks.iter().any(|h| h.contains(word)))
    }
}

/// Adds `value` to `list` if it is a value and not there yet.
fn push_new<T: PartialEq>(list: &mut Vec<T>, value: Option<T>) {
    if let Some(value) = value {
        if !list.contains(&value) {
            list.push(value);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::query;
    use crate::domain::schedule::fixtures::{id, post};
    use serde_json::json;

    fn sample() -> Post {
        post(
            "p1",
            "2026-12-22",
            json!({
                "title": "Selamat Hari Ibu", "platforms": ["instagram", "facebook"],
                "pillar_id": "pillar-hari-besar", "status": "review", "assignee_id": "m-ani",
                "caption": "Terima kasih, IBU Indonesia 🌸", "hashtags": ["#HariIbu2026", "#Bengkayang"],
            }),
        )
    }

    fn filter(query: &str) -> PostFilter {
        PostFilter::from_pairs(&query::parse(query))
    }

    #[test]
    fn each_group_alone() {
        let p = sample();
        for (q, hit) in [
            ("", true),
            ("platform=facebook", true),
            ("platform=tiktok", false),
            ("pilar=pillar-hari-besar", true),
            ("pilar=pillar-lain", false),
            ("status=review", true),
            ("status=draft", false),
            ("petugas=m-ani", true),
            ("petugas=m-budi", false),
        ] {
            assert_eq!(filter(q).matches(&p), hit, "{q}");
        }
        let mut bare = sample();
        bare.data.pillar_id = None;
        bare.data.assignee_id = None;
        assert!(!filter("pilar=pillar-hari-besar").matches(&bare));
        assert!(!filter("petugas=m-ani").matches(&bare));
    }

    #[test]
    fn and_across_groups_or_within_a_group() {
        let p = sample();
        assert!(filter("platform=tiktok&platform=instagram").matches(&p));
        assert!(filter("status=draft&status=review&platform=facebook").matches(&p));
        assert!(!filter("platform=instagram&status=draft").matches(&p));
        assert!(!filter("platform=instagram&pilar=pillar-hari-besar&petugas=m-budi").matches(&p));
    }

    #[test]
    fn text_matches_every_word_anywhere_without_case() {
        let p = sample();
        for (text, hit) in [
            ("ibu", true),
            ("  SELAMAT   ", true),
            ("hariibu2026", true),
            ("#bengkayang", true),
            ("🌸", true),
            ("selamat bengkayang", true),
            ("selamat natal", false),
            ("kalbar", false),
            ("   ", true),
        ] {
            let f = PostFilter {
                text: text.into(),
                ..PostFilter::default()
            };
            assert_eq!(f.matches(&p), hit, "{text:?}");
        }
        // Unicode lowercase, not just ASCII.
        let mut title = sample();
        title.data.title = "ÉVÉNEMENT Ünïcode".into();
        assert!(filter("cari=%C3%A9v%C3%A9nement").matches(&title));
        assert!(filter("cari=%C3%BCn%C3%AFcode").matches(&title));
    }

    #[test]
    fn unknown_keys_and_bad_values_are_ignored() {
        let f = filter("bulan=2026-12&platform=myspace&platform=instagram&platform=instagram&status=done&pilar=bad%20id&petugas=m-ani&cari=%20%20");
        assert_eq!(
            f,
            PostFilter {
                platforms: vec![Platform::Instagram],
                assignees: vec![id("m-ani")],
                ..PostFilter::default()
            }
        );
        assert!(filter("bulan=2026-12&cari=").is_empty());
        assert!(!f.is_empty());
        assert_eq!(filter("cari=hari&cari=ibu").text, "hari ibu");
    }

    #[test]
    fn url_round_trip() {
        let f = PostFilter {
            platforms: vec![Platform::Tiktok, Platform::Instagram],
            pillars: vec![id("pillar-kegiatan-pimpinan")],
            statuses: vec![PostStatus::Draft, PostStatus::Scheduled],
            assignees: vec![id("m-ani"), id("m-budi")],
            text: "Hari Jadi & 100% 🎉".into(),
        };
        let text = query::format(&f.to_pairs());
        assert_eq!(PostFilter::from_pairs(&query::parse(&text)), f);
        assert!(text.starts_with("platform=tiktok&platform=instagram&pilar=pillar-kegiatan-pimpinan&status=draft&status=scheduled&petugas=m-ani&petugas=m-budi&cari=Hari%20Jadi"), "{text}");
        assert!(PostFilter::default().to_pairs().is_empty());
        let blank = PostFilter {
            text: " \t".into(),
            ..PostFilter::default()
        };
        assert!(blank.is_empty() && blank.to_pairs().is_empty());
    }
}

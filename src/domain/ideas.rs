//! The idea board: quick capture, moving ideas between stages, filtering,
//! turning an idea into a post, and the pillar balance of ready ideas.

use crate::domain::id::Id;
use crate::domain::idea::{Idea, IdeaData, IdeaStage};
use crate::domain::pillar::Pillar;
use crate::domain::platform::Platform;
use crate::domain::post::{Post, PostData};
use crate::domain::record::Record;
use crate::domain::text::{clean_name, NameProblem};
use crate::domain::time::{Date, Timestamp};

/// Moves `idea` to stage `to`, edited at `now`. Returns whether anything
/// changed: moving an idea to the stage it is in leaves it untouched, so
/// that a drop back onto its own column does not win a merge.
pub fn move_idea(idea: &mut Idea, to: IdeaStage, now: Timestamp) -> bool {
    if idea.data.stage == to {
        return false;
    }
    idea.data.stage = to;
    idea.touch(now);
    true
}

/// Quick capture: a new idea in the inbox with only a title (cleaned by
/// [`clean_name`]); description, pillar, tags and date come later.
pub fn new_idea(id: Id, now: Timestamp, title: String) -> Result<Idea, NameProblem> {
    let title = clean_name(&title)?;
    let data = IdeaData {
        title,
        description: String::new(),
        pillar_id: None,
        stage: IdeaStage::Inbox,
        target_date: None,
        tags: Vec::new(),
        post_id: None,
    };
    Ok(Record::new(id, now, data))
}

/// The board's filter. Each group left empty lets every idea through; the
/// groups are combined with AND, the values inside a group with OR.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct IdeaFilter {
    /// Ideas of any of these pillars (an idea without a pillar matches
    /// only when this is empty).
    pub pillars: Vec<Id>,
    /// Ideas with any of these tags, without regard to case.
    pub tags: Vec<String>,
    /// Text found, without regard to case, in the title, the description
    /// or a tag. Surrounding whitespace is ignored.
    pub text: String,
}

impl IdeaFilter {
    /// Whether the filter lets every idea through.
    pub fn is_empty(&self) -> bool {
        self.pillars.is_empty()
            && self.tags.iter().all(|t| t.trim().is_empty())
            && self.text.trim().is_empty()
    }

    /// Whether `idea` passes the filter. Tombstones are not this filter's
    /// business: the board hides them before filtering.
    pub fn matches(&self, idea: &Idea) -> bool {
        let data = &idea.data;
        let pillar_ok = self.pillars.is_empty()
            || data
                .pillar_id
                .as_ref()
                .is_some_and(|p| self.pillars.contains(p));
        let wanted: Vec<String> = self
            .tags
            .iter()
            .map(|t| fold(t))
            .filter(|t| !t.is_empty())
            .collect();
        let tags_ok = wanted.is_empty() || data.tags.iter().any(|t| wanted.contains(&fold(t)));
        let needle = fold(&self.text);
        let text_ok = needle.is_empty()
            || fold(&data.title).contains(&needle)
            || fold(&data.description).contains(&needle)
            || data.tags.iter().any(|t| fold(t).contains(&needle));
        pillar_ok && tags_ok && text_ok
    }
}

/// The form in which filter text is compared: trimmed, lowercase.
fn fold(s: &str) -> String {
    s.trim().to_lowercase()
}

/// "Jadikan konten": makes a draft post on `date` from `idea`, edited at
/// `now`, and links the two (`idea_id` on the post, `post_id` on the
/// idea), moving the idea to Used.
///
/// The post takes the idea's title and pillar, and its description as the
/// caption. It goes on Instagram, since a post needs at least one platform
/// and Instagram is the office's main channel; the editor changes it.
pub fn make_post(idea: &mut Idea, post_id: Id, date: Date, now: Timestamp) -> Post {
    let mut data = PostData::draft(idea.data.title.clone(), date, vec![Platform::Instagram]);
    data.pillar_id = idea.data.pillar_id.clone();
    data.caption = idea.data.description.clone();
    data.idea_id = Some(idea.id.clone());

    let post = Record::new(post_id, now, data);
    idea.data.post_id = Some(post.id.clone());
    idea.data.stage = IdeaStage::Used;
    idea.touch(now);
    post
}

/// The pillar balance strip: for each live pillar, in the order given, how
/// many live ideas of that pillar are in stage Ready. Ideas without a
/// pillar, or of a pillar not listed, are not counted.
pub fn ready_by_pillar(ideas: &[Idea], pillars: &[Pillar]) -> Vec<(Id, usize)> {
    pillars
        .iter()
        .filter(|p| p.is_live())
        .map(|p| {
            let count = ideas
                .iter()
                .filter(|i| {
                    i.is_live()
                        && i.data.stage == IdeaStage::Ready
                        && i.data.pillar_id.as_ref() == Some(&p.id)
                })
                .count();
            (p.id.clone(), count)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::post::PostStatus;
    use crate::domain::schedule::fixtures::{date, id, pillar, ts};

    fn idea(key: &str, title: &str) -> Idea {
        new_idea(id(key), ts("2026-11-20T01:00:00Z"), title.into()).unwrap()
    }

    fn staged(key: &str, pillar_id: Option<&str>, stage: IdeaStage) -> Idea {
        let mut i = idea(key, &format!("Ide {key}"));
        i.data.pillar_id = pillar_id.map(id);
        i.data.stage = stage;
        i
    }

    #[test]
    fn new_idea_cleans_the_title_and_starts_in_the_inbox() {
        let now = ts("2026-11-20T01:00:00Z");
        let i = new_idea(id("i1"), now, "  Cerita UMKM tenun  ".into()).unwrap();
        assert_eq!(i.data.title, "Cerita UMKM tenun");
        assert_eq!(i.data.stage, IdeaStage::Inbox);
        assert_eq!((i.created_at, i.updated_at), (now, now));
        assert!(i.data.description.is_empty() && i.data.tags.is_empty());
        assert_eq!(
            (&i.data.pillar_id, &i.data.post_id, i.data.target_date),
            (&None, &None, None)
        );
        assert!(i.is_live());
        assert_eq!(
            new_idea(id("i2"), now, " \n ".into()),
            Err(NameProblem::Empty)
        );
        assert_eq!(
            new_idea(id("i3"), now, "a".repeat(201)),
            Err(NameProblem::TooLong { max: 200 })
        );
    }

    #[test]
    fn move_idea_touches_only_on_a_real_move() {
        let mut i = idea("i1", "Profil puskesmas");
        let before = i.clone();
        assert!(!move_idea(
            &mut i,
            IdeaStage::Inbox,
            ts("2026-11-21T00:00:00Z")
        ));
        assert_eq!(i, before, "same stage: untouched");

        let later = ts("2026-11-21T00:00:00Z");
        assert!(move_idea(&mut i, IdeaStage::Shortlist, later));
        assert_eq!((i.data.stage, i.updated_at), (IdeaStage::Shortlist, later));
        assert_eq!(i.created_at, before.created_at);

        // A clock behind the last edit still moves updated_at forward.
        let behind = ts("2026-11-01T00:00:00Z");
        assert!(move_idea(&mut i, IdeaStage::Ready, behind));
        assert_eq!(i.data.stage, IdeaStage::Ready);
        assert!(i.updated_at > later);

        for stage in IdeaStage::ALL {
            move_idea(&mut i, stage, later);
            assert_eq!(i.data.stage, stage);
        }
    }

    #[test]
    fn make_post_links_both_ways_and_uses_the_idea() {
        let mut i = idea("i1", "Wajah di balik layanan");
        i.data.description = "Sehari bersama bidan desa.".into();
        i.data.pillar_id = Some(id("pillar-layanan-publik"));
        i.data.stage = IdeaStage::Ready;
        i.data.tags = vec!["kesehatan".into()];
        let now = ts("2026-11-22T03:00:00Z");
        let post = make_post(&mut i, id("p1"), date("2026-12-01"), now);

        assert_eq!(post.id, id("p1"));
        assert_eq!(post.data.title, "Wajah di balik layanan");
        assert_eq!(post.data.caption, "Sehari bersama bidan desa.");
        assert_eq!(post.data.pillar_id, Some(id("pillar-layanan-publik")));
        assert_eq!(post.data.date, date("2026-12-01"));
        assert_eq!(post.data.status, PostStatus::Draft);
        assert_eq!(post.data.platforms, [Platform::Instagram]);
        assert_eq!(post.data.idea_id, Some(id("i1")));
        assert_eq!((post.created_at, post.updated_at), (now, now));
        assert!(post.is_live());

        assert_eq!(i.data.post_id, Some(id("p1")));
        assert_eq!(i.data.stage, IdeaStage::Used);
        assert_eq!(i.updated_at, now);
        assert_eq!(i.data.tags, ["kesehatan"], "other fields kept");

        // The post survives the plan format's round trip.
        let json = serde_json::to_value(&post).unwrap();
        assert_eq!(json["idea_id"], "i1");
        assert_eq!(serde_json::from_value::<Post>(json).unwrap(), post);
    }

    #[test]
    fn filter_combines_groups_with_and() {
        let mut a = idea("a", "Cerita UMKM tenun ikat");
        a.data.pillar_id = Some(id("pillar-budaya-wisata-umkm"));
        a.data.tags = vec!["UMKM".into(), "Seluas".into()];
        let mut b = idea("b", "Langkah mengurus KTP-el");
        b.data.pillar_id = Some(id("pillar-layanan-publik"));
        b.data.description = "Dari antre sampai jadi di Disdukcapil".into();
        b.data.tags = vec!["adminduk".into()];
        let c = idea("c", "Ide tanpa pilar");
        let all = [&a, &b, &c];
        let passing = |f: &IdeaFilter| -> Vec<String> {
            all.iter()
                .filter(|i| f.matches(i))
                .map(|i| i.id.to_string())
                .collect()
        };

        let empty = IdeaFilter::default();
        assert!(empty.is_empty());
        assert_eq!(passing(&empty), ["a", "b", "c"]);

        let by_pillar = IdeaFilter {
            pillars: vec![id("pillar-layanan-publik"), id("pillar-hari-besar")],
            ..Default::default()
        };
        assert_eq!(passing(&by_pillar), ["b"]);

        let by_tag = IdeaFilter {
            tags: vec!["umkm".into(), "ADMINDUK".into()],
            ..Default::default()
        };
        assert_eq!(passing(&by_tag), ["a", "b"]);

        let text = |t: &str| IdeaFilter {
            text: t.into(),
            ..Default::default()
        };
        assert_eq!(passing(&text(" ktp ")), ["b"], "title");
        assert_eq!(passing(&text("disdukcapil")), ["b"], "description");
        assert_eq!(passing(&text("seluas")), ["a"], "tag");
        assert_eq!(passing(&text("ide")), ["c"]);
        assert_eq!(passing(&text("   ")), ["a", "b", "c"]);

        let both = IdeaFilter {
            tags: vec!["umkm".into(), "adminduk".into()],
            text: "ktp".into(),
            ..Default::default()
        };
        assert!(!both.is_empty());
        assert_eq!(passing(&both), ["b"], "tag AND text");
        let none = IdeaFilter {
            pillars: vec![id("pillar-budaya-wisata-umkm")],
            text: "ktp".into(),
            ..Default::default()
        };
        assert!(passing(&none).is_empty(), "pillar AND text");
    }

    #[test]
    fn ready_by_pillar_counts_live_ready_ideas_in_pillar_order() {
        let mut gone_pillar = pillar("p3", "Dihapus", Some(1));
        gone_pillar.tombstone(ts("2026-11-20T00:00:00Z"));
        let pillars = [
            pillar("p2", "Layanan", Some(2)),
            gone_pillar,
            pillar("p1", "Pengumuman", Some(1)),
        ];
        let mut gone_idea = staged("i5", Some("p2"), IdeaStage::Ready);
        gone_idea.tombstone(ts("2026-11-20T00:00:00Z"));
        let ideas = [
            staged("i1", Some("p2"), IdeaStage::Ready),
            staged("i2", Some("p2"), IdeaStage::Ready),
            staged("i3", Some("p2"), IdeaStage::Shortlist),
            staged("i4", Some("p1"), IdeaStage::Used),
            gone_idea,
            staged("i6", None, IdeaStage::Ready),
            staged("i7", Some("p3"), IdeaStage::Ready),
        ];
        assert_eq!(
            ready_by_pillar(&ideas, &pillars),
            [(id("p2"), 2), (id("p1"), 0)]
        );
        assert!(ready_by_pillar(&ideas, &[]).is_empty());
    }
}

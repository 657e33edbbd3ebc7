//! The posts a device holds, kept in date order.
//!
//! Three years of an office's plans is about 10,000 posts, yet the calendar
//! shows a few weeks of them and a save replaces one. Kept sorted by
//! (date, id), the posts of a range are a slice found by binary search, and
//! so is the post a save replaces, whose date is known: neither reads every
//! post. The newest change is kept as well, for the backup reminder.

use std::ops::Deref;

use crate::domain::id::Id;
use crate::domain::post::Post;
use crate::domain::record::{merge_newer, RecordList};
use crate::domain::time::{Date, Timestamp};

/// Posts (tombstones included) in (date, id) order; read as a slice.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PostList {
    posts: Vec<Post>,
    /// The latest `updated_at` of all posts, `None` when there are none.
    newest: Option<Timestamp>,
}

fn key(post: &Post) -> (Date, &Id) {
    (post.data.date, &post.id)
}

impl PostList {
    /// The posts of `from` to `to` (both included), tombstones too.
    pub fn between(&self, from: Date, to: Date) -> &[Post] {
        let start = self.posts.partition_point(|p| p.data.date < from);
        let end = self.posts.partition_point(|p| p.data.date <= to);
        &self.posts[start..end.max(start)]
    }

    /// The posts of `from` on.
    pub fn since(&self, from: Date) -> &[Post] {
        &self.posts[self.posts.partition_point(|p| p.data.date < from)..]
    }

    /// The post with `id`, looked up first on `date` (where a post being
    /// edited was when it was opened), then among all of them.
    pub fn find(&self, id: &Id, date: Date) -> Option<&Post> {
        match self.posts.binary_search_by(|p| key(p).cmp(&(date, id))) {
            Ok(i) => Some(&self.posts[i]),
            Err(_) => self.posts.iter().find(|p| &p.id == id),
        }
    }

    /// The posts, in date order.
    pub fn into_vec(self) -> Vec<Post> {
        self.posts
    }

    fn place(&mut self, post: Post) -> Option<Post> {
        if let Ok(i) = self.posts.binary_search_by(|p| key(p).cmp(&key(&post))) {
            return Some(std::mem::replace(&mut self.posts[i], post));
        }
        // A new post, or one whose date changed.
        let old = self
            .posts
            .iter()
            .position(|p| p.id == post.id)
            .map(|i| self.posts.remove(i));
        let at = self.posts.partition_point(|p| key(p) < key(&post));
        self.posts.insert(at, post);
        old
    }
}

impl From<Vec<Post>> for PostList {
    fn from(mut posts: Vec<Post>) -> Self {
        posts.sort_unstable_by(|a, b| key(a).cmp(&key(b)));
        let newest = posts.newest();
        PostList { posts, newest }
    }
}

impl Deref for PostList {
    type Target = [Post];

    fn deref(&self) -> &[Post] {
        &self.posts
    }
}

impl RecordList<crate::domain::post::PostData> for PostList {
    fn upsert(&mut self, post: Post) {
        let at = post.updated_at;
        let old = self.place(post).map(|p| p.updated_at);
        self.newest = match (self.newest, old) {
            // The newest post went back in time (another tab's stored copy
            // replaced it): look again.
            (Some(newest), Some(old)) if old == newest && at < old => self.posts.newest(),
            (newest, _) => newest.max(Some(at)),
        };
    }

    fn merge_newer(&mut self, stored: Vec<Post>) {
        let mut posts = std::mem::take(&mut self.posts);
        merge_newer(&mut posts, stored);
        *self = PostList::from(posts);
    }

    fn newest(&self) -> Option<Timestamp> {
        self.newest
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::post::PostData;
    use crate::domain::record::Record;
    use crate::domain::time::parse_date;

    fn date(s: &str) -> Date {
        parse_date(s).unwrap()
    }

    fn at(minute: u32) -> Timestamp {
        Timestamp::parse(&format!("2026-11-01T08:{minute:02}:00Z")).unwrap()
    }

    fn post(id: &str, day: &str, minute: u32) -> Post {
        Record::new(
            Id::parse(id).unwrap(),
            at(minute),
            PostData::draft(format!("Konten {id}"), date(day), Vec::new()),
        )
    }

    fn ids(posts: &[Post]) -> Vec<&str> {
        posts.iter().map(|p| p.id.as_str()).collect()
    }

    fn list() -> PostList {
        PostList::from(vec![
            post("d", "2026-12-03", 1),
            post("a", "2026-12-01", 2),
            post("c", "2026-12-02", 3),
            post("b", "2026-12-01", 4),
            post("e", "2026-12-05", 5),
        ])
    }

    #[test]
    fn keeps_date_then_id_order_and_finds_ranges_by_date() {
        let posts = list();
        assert_eq!(ids(&posts), ["a", "b", "c", "d", "e"]);
        assert_eq!(
            ids(posts.between(date("2026-12-01"), date("2026-12-02"))),
            ["a", "b", "c"]
        );
        assert_eq!(
            ids(posts.between(date("2026-12-02"), date("2026-12-04"))),
            ["c", "d"]
        );
        assert_eq!(
            ids(posts.between(date("2026-12-04"), date("2026-12-04"))),
            Vec::<&str>::new()
        );
        assert_eq!(
            ids(posts.between(date("2026-12-05"), date("2026-12-01"))),
            Vec::<&str>::new()
        );
        assert_eq!(
            ids(posts.between(date("2026-11-01"), date("2027-01-01"))).len(),
            5
        );
        assert_eq!(ids(posts.since(date("2026-12-03"))), ["d", "e"]);
        assert_eq!(posts.newest(), Some(at(5)));
    }

    #[test]
    fn finds_a_post_on_its_date_or_anywhere() {
        let posts = list();
        let c = Id::parse("c").unwrap();
        assert_eq!(
            posts.find(&c, date("2026-12-02")).map(|p| p.id.as_str()),
            Some("c")
        );
        // Moved in another tab: still found.
        assert_eq!(
            posts.find(&c, date("2026-12-09")).map(|p| p.id.as_str()),
            Some("c")
        );
        assert!(posts
            .find(&Id::parse("x").unwrap(), date("2026-12-02"))
            .is_none());
    }

    #[test]
    fn upsert_replaces_in_place_moves_on_a_new_date_and_adds_new_posts() {
        let mut posts = list();
        let mut c = post("c", "2026-12-02", 9);
        c.data.title = "Diubah".into();
        posts.upsert(c);
        assert_eq!(ids(&posts), ["a", "b", "c", "d", "e"]);
        assert_eq!(posts[2].data.title, "Diubah");
        assert_eq!(posts.newest(), Some(at(9)));

        posts.upsert(post("a", "2026-12-04", 10));
        assert_eq!(ids(&posts), ["b", "c", "d", "a", "e"]);
        posts.upsert(post("0", "2026-12-03", 11));
        assert_eq!(ids(&posts), ["b", "c", "0", "d", "a", "e"]);
        assert_eq!(posts.len(), 6);
        assert_eq!(posts.newest(), Some(at(11)));
    }

    #[test]
    fn newest_goes_back_when_the_newest_post_is_replaced_by_an_older_copy() {
        let mut posts = list();
        posts.upsert(post("e", "2026-12-05", 1));
        assert_eq!(posts.newest(), Some(at(4)));
        assert_eq!(PostList::default().newest(), None);
    }

    #[test]
    fn merge_keeps_newer_shown_posts_and_sorts_what_was_read() {
        let mut posts = PostList::from(vec![post("b", "2026-12-09", 30)]);
        posts.merge_newer(vec![
            post("b", "2026-12-01", 20),
            post("a", "2026-12-07", 5),
        ]);
        assert_eq!(ids(&posts), ["a", "b"]);
        assert_eq!(posts[1].data.date, date("2026-12-09"));
        assert_eq!(posts.newest(), Some(at(30)));
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        /// Any run of saves leaves the same posts as a plain list's upsert,
        /// in (date, id) order, with ranges and the newest change as a
        /// full scan finds them.
        #[test]
        fn upserts_agree_with_a_plain_list(
            saves in proptest::collection::vec((0u8..6, 1u32..9, 0u32..59), 0..40),
            from in 1u32..9,
            days in 0u32..5,
        ) {
            let mut list = PostList::default();
            let mut plain: Vec<Post> = Vec::new();
            for (id, day, minute) in saves {
                let p = post(&format!("p{id}"), &format!("2026-12-0{day}"), minute);
                list.upsert(p.clone());
                crate::domain::record::upsert(&mut plain, p);
            }
            let mut sorted = plain.clone();
            sorted.sort_by(|a, b| key(a).cmp(&key(b)));
            proptest::prop_assert_eq!(&*list, &sorted[..]);
            proptest::prop_assert_eq!(list.newest(), plain.newest());
            let (from, to) = (date(&format!("2026-12-0{from}")), date(&format!("2026-12-0{}", (from + days).min(9))));
            let in_range: Vec<&Post> = sorted.iter().filter(|p| (from..=to).contains(&p.data.date)).collect();
            proptest::prop_assert_eq!(list.between(from, to).iter().collect::<Vec<_>>(), in_range);
            for p in &plain {
                proptest::prop_assert_eq!(list.find(&p.id, p.data.date), Some(p));
            }
        }
    }
}

//! "Buat konten" on a coverage: draft posts made from it.

use crate::domain::caption::template::{fill, long_date_id};
use crate::domain::coverage::{Coverage, CoverageData, Need};
use crate::domain::id::Id;
use crate::domain::platform::Platform;
use crate::domain::post::{Post, PostData, PostFormat};
use crate::domain::record::Record;
use crate::domain::time::Timestamp;
use crate::domain::workspace::Workspace;

/// Draft posts for `coverage` on `platforms`: one per platform when
/// `one_per_platform`, else one for all. Each has the coverage's id, date
/// and title, the workspace's default hashtags, a format from its needs
/// (video if it needs video and no photo, else photo), and a caption from
/// `template` (a caption template body) filled from the coverage, or, with
/// no template, the title, place and date written out.
///
/// No platforms, no posts (a post needs one). A platform given twice makes
/// one post. The posts have no time: the coverage's time is when the
/// activity happens, not when the post goes out.
pub fn posts_from_coverage(
    coverage: &Coverage,
    platforms: &[Platform],
    one_per_platform: bool,
    template: Option<&str>,
    ws: &Workspace,
    new_id: &mut dyn FnMut() -> Id,
    now: Timestamp,
) -> Vec<Post> {
    let mut unique: Vec<Platform> = Vec::new();
    for platform in platforms {
        if !unique.contains(platform) {
            unique.push(*platform);
        }
    }
    let groups: Vec<Vec<Platform>> = match (unique.is_empty(), one_per_platform) {
        (true, _) => Vec::new(),
        (false, true) => unique.into_iter().map(|p| vec![p]).collect(),
        (false, false) => vec![unique],
    };
    let c = &coverage.data;
    groups
        .into_iter()
        .map(|group| {
            let mut data = PostData::draft(c.title.clone(), c.date, group);
            data.coverage_id = Some(coverage.id.clone());
            data.format = Some(format_for(c));
            data.hashtags = ws.default_hashtags.clone();
            data.caption = match template {
                Some(body) => fill(body, &data, Some(c), ws).text,
                None => plain_caption(c, ws),
            };
            Record::new(new_id(), now, data)
        })
        .collect()
}

/// Video when the crew brings back video and no photos, else photo.
fn format_for(coverage: &CoverageData) -> PostFormat {
    let needs = |n: Need| coverage.needs.contains(&n);
    if needs(Need::Video) && !needs(Need::Photo) {
        PostFormat::Video
    } else {
        PostFormat::Photo
    }
}

/// The caption without a template: the title, then "place, date", then
/// the byline, each its own paragraph, empty parts left out.
fn plain_caption(coverage: &CoverageData, ws: &Workspace) -> String {
    let date = long_date_id(coverage.date);
    let place_and_date = match coverage.location.trim() {
        "" => date,
        place => format!("{place}, {date}"),
    };
    [coverage.title.trim(), &place_and_date, ws.byline.trim()]
        .into_iter()
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("\n\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::defaults::default_workspace;
    use crate::domain::documentation::fixtures::coverage;
    use crate::domain::schedule::fixtures::ts;
    use serde_json::json;

    fn ws() -> Workspace {
        let mut ws = default_workspace();
        ws.byline = "(Diskominfo Bengkayang/RT)".into();
        ws.default_hashtags = vec!["#Bengkayang".into(), "#DiskominfoBky".into()];
        ws
    }

    fn make(
        c: &Coverage,
        platforms: &[Platform],
        one_per_platform: bool,
        template: Option<&str>,
    ) -> Vec<Post> {
        let mut n = 0;
        let mut new_id = || {
            n += 1;
            Id::parse(&format!("post-{n}")).unwrap()
        };
        let now = ts("2026-11-20T03:00:00Z");
        posts_from_coverage(
            c,
            platforms,
            one_per_platform,
            template,
            &ws(),
            &mut new_id,
            now,
        )
    }

    fn peresmian() -> Coverage {
        coverage(
            "cov-1",
            "2026-12-07",
            json!({"title": "Peresmian Jembatan Seluas", "location": "Kecamatan Seluas",
                "time": "09:00", "needs": ["photo", "video", "quote"]}),
        )
    }

    #[test]
    fn one_post_per_platform_or_one_for_all() {
        let c = peresmian();
        let both = [Platform::Instagram, Platform::Facebook, Platform::Instagram];
        let each = make(&c, &both, true, None);
        let ids: Vec<&str> = each.iter().map(|p| p.id.as_str()).collect();
        assert_eq!(ids, ["post-1", "post-2"]);
        assert_eq!(each[0].data.platforms, [Platform::Instagram]);
        assert_eq!(each[1].data.platforms, [Platform::Facebook]);

        let all = make(&c, &both, false, None);
        assert_eq!(all.len(), 1);
        assert_eq!(
            all[0].data.platforms,
            [Platform::Instagram, Platform::Facebook]
        );

        for post in each.iter().chain(&all) {
            let d = &post.data;
            assert_eq!(d.coverage_id, Some(c.id.clone()));
            assert_eq!(
                (d.title.as_str(), d.date),
                ("Peresmian Jembatan Seluas", c.data.date)
            );
            assert_eq!(d.time, None);
            assert_eq!(d.hashtags, ["#Bengkayang", "#DiskominfoBky"]);
            assert_eq!(d.status, crate::domain::post::PostStatus::Draft);
            assert_eq!(post.created_at, ts("2026-11-20T03:00:00Z"));
            assert!(post.is_live());
        }
        assert!(make(&c, &[], true, None).is_empty());
        assert!(make(&c, &[], false, None).is_empty());
    }

    #[test]
    fn a_template_is_filled_from_the_coverage() {
        let body = "{judul} di {lokasi}, {tanggal} pukul {waktu}. {pejabat}\n{byline}";
        let posts = make(&peresmian(), &[Platform::Instagram], true, Some(body));
        assert_eq!(
            posts[0].data.caption,
            "Peresmian Jembatan Seluas di Kecamatan Seluas, Senin, 7 Desember 2026 \
             pukul 09.00 WIB. {pejabat}\n(Diskominfo Bengkayang/RT)"
        );
    }

    #[test]
    fn without_a_template_title_place_date_and_byline() {
        let posts = make(&peresmian(), &[Platform::X], true, None);
        assert_eq!(
            posts[0].data.caption,
            "Peresmian Jembatan Seluas\n\nKecamatan Seluas, Senin, 7 Desember 2026\n\n\
             (Diskominfo Bengkayang/RT)"
        );

        let nowhere = coverage(
            "c2",
            "2026-12-08",
            json!({"title": "Rapat", "location": " "}),
        );
        let mut posts = make(&nowhere, &[Platform::X], true, None);
        assert_eq!(
            posts[0].data.caption,
            "Rapat\n\nSelasa, 8 Desember 2026\n\n(Diskominfo Bengkayang/RT)"
        );
        let mut bare = ws();
        bare.byline = String::new();
        let mut id = || Id::fixed("p");
        posts = posts_from_coverage(
            &nowhere,
            &[Platform::X],
            false,
            None,
            &bare,
            &mut id,
            ts("2026-11-20T03:00:00Z"),
        );
        assert_eq!(posts[0].data.caption, "Rapat\n\nSelasa, 8 Desember 2026");
    }

    #[test]
    fn the_format_follows_the_needs() {
        let format = |needs: serde_json::Value| {
            let c = coverage("c", "2026-12-07", json!({ "needs": needs }));
            make(&c, &[Platform::Tiktok], true, None)[0].data.format
        };
        assert_eq!(format(json!(["video"])), Some(PostFormat::Video));
        assert_eq!(format(json!(["video", "drone"])), Some(PostFormat::Video));
        assert_eq!(format(json!(["video", "photo"])), Some(PostFormat::Photo));
        assert_eq!(format(json!(["photo"])), Some(PostFormat::Photo));
        assert_eq!(format(json!([])), Some(PostFormat::Photo));
    }
}

//! "Lampirkan ke konten": the design as a PNG, attached to a post as one
//! of its photos (stored like coverage photos, listed on the post record).

use leptos::prelude::*;
use leptos::task::spawn_local;

use crate::browser;
use crate::browser::canvas::to_png;
use crate::browser::image::resize;
use crate::domain::calendar::newest_first;
use crate::domain::documentation::{photo_id, photos, set_photos, PhotoMeta};
use crate::domain::id::Id;
use crate::i18n::*;
use crate::ui::format::long_date;

use super::Designer;

/// The post menu and the button.
#[component]
pub(super) fn AttachToPost(
    /// The page's shared state.
    d: Designer,
) -> impl IntoView {
    let i18n = d.i18n;
    let state = d.state;
    let chosen = RwSignal::new(String::new());
    let message = RwSignal::new(None::<String>);
    let busy = RwSignal::new(false);
    let posts = Memo::new(move |_| {
        let mut live: Vec<_> = state
            .posts
            .with(|ps| ps.iter().filter(|p| p.is_live()).cloned().collect());
        live.sort_by(|a, b| {
            newest_first((a.data.date, &a.data.title), (b.data.date, &b.data.title))
        });
        live
    });
    let attach = move |_| {
        let Some(id) = Id::parse(&chosen.get_untracked()) else {
            message.set(Some(t_string!(i18n, designer.attach_choose).to_string()));
            return;
        };
        let (Some(canvas), false) = (d.canvas.get_untracked(), busy.get_untracked()) else {
            return;
        };
        busy.set(true);
        let (w, h) = d.design.with_untracked(|x| x.preset.size());
        let name = d.design.with_untracked(|x| x.name.clone());
        spawn_local(async move {
            let result = async {
                let (blob, bytes) = to_png(&canvas).await?;
                let thumb = resize(&blob, 320).await.map_err(|e| e.to_string())?;
                let pid = photo_id(&bytes);
                let db = state.db().ok_or("storage unavailable")?;
                db.put_photo(&pid, "image/png", &blob, &thumb.blob)
                    .await
                    .map_err(|e| format!("{e:?}"))?;
                let mut post = state
                    .posts
                    .with_untracked(|ps| ps.iter().find(|p| p.id == id).cloned())
                    .ok_or("post gone")?;
                let mut list = photos(&post);
                if !list.iter().any(|p| p.id == pid) {
                    list.push(PhotoMeta {
                        id: pid,
                        mime: "image/png".into(),
                        width: w,
                        height: h,
                        bytes: bytes.len() as u64,
                        caption: name,
                        credit: state
                            .current_member()
                            .map(|m| m.data.name)
                            .unwrap_or_default(),
                        cleared: true,
                        added_at: browser::now(),
                    });
                }
                set_photos(&mut post, &list);
                post.touch(browser::now());
                let title = post.data.title.clone();
                if state.save(state.posts, post).await {
                    Ok(title)
                } else {
                    Err("the post could not be saved".to_string())
                }
            }
            .await;
            busy.set(false);
            message.set(Some(match result {
                Ok(title) => t_string!(i18n, designer.attached, title = title).to_string(),
                Err(why) => t_string!(i18n, designer.attach_failed, why = why).to_string(),
            }));
        });
    };
    view! {
        <fieldset class="design-attach">
            <legend>{t!(i18n, designer.attach_heading)}</legend>
            <div class="inline-pick">
                <label class="visually-hidden" for="design-attach-post">{t!(i18n, designer.attach_post)}</label>
                <select id="design-attach-post" on:change=move |ev| { chosen.set(event_target_value(&ev)); message.set(None); }>
                    <option value="">{t!(i18n, designer.attach_post)}</option>
                    {move || posts.get().into_iter().map(|p| view! {
                        <option value=p.id.as_str().to_string()>{format!("{} — {}", long_date(i18n, p.data.date), p.data.title)}</option>
                    }).collect_view()}
                </select>
                <button type="button" data-testid="design-attach" on:click=attach disabled=move || busy.get()>
                    {t!(i18n, designer.attach)}
                </button>
            </div>
            <p class="hint" role="status" data-testid="design-attach-status">{move || message.get()}</p>
        </fieldset>
    }
}

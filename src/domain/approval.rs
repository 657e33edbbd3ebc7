//! The workflow of a post: draft → review → approved → scheduled →
//! published, or cancelled, and the reviewer's approval of one exact
//! caption.
//!
//! The app has no login: the person picks who they are from the members
//! list, and only a reviewer or an admin may approve. An approval records
//! the SHA-256 of the caption it approved, so a caption edited afterwards
//! shows the approval as out of date and sends the post back to review.

use sha2::{Digest, Sha256};

use crate::domain::caption::readiness;
use crate::domain::member::{Member, Role};
use crate::domain::post::{Approval, Post, PostData, PostStatus};
use crate::domain::time::Timestamp;
use crate::domain::validate::rules;
use crate::domain::workspace::Workspace;

/// SHA-256 of the caption's UTF-8 bytes, as 64 lowercase hex digits (the
/// form of `approval.caption_sha256`).
pub fn caption_sha256(caption: &str) -> String {
    Sha256::digest(caption.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether a member with `role` may approve posts: reviewers and admins.
pub fn can_approve(role: Role) -> bool {
    matches!(role, Role::Reviewer | Role::Admin)
}

/// Where a post's approval stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ApprovalState {
    /// Nobody has approved it.
    Missing,
    /// Approved, and the caption is the one approved.
    Current,
    /// Approved, but the caption has changed since.
    OutOfDate,
}

/// Whether `post` has an approval and whether it is of its caption as it
/// is now.
pub fn approval_state(post: &PostData) -> ApprovalState {
    match &post.approval {
        None => ApprovalState::Missing,
        Some(a) if a.caption_sha256 == caption_sha256(&post.caption) => ApprovalState::Current,
        Some(_) => ApprovalState::OutOfDate,
    }
}

/// Why a workflow step was refused; nothing changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WorkflowError {
    /// The member may not approve (not a reviewer or admin, no longer on
    /// the team, or deleted), or the workflow does not go there from the
    /// post's status.
    NotAllowed,
    /// The step needs a current approval, or is approval itself: use
    /// [`approve`].
    NeedsApproval,
    /// Publishing needs the post's URL and time: use [`publish`].
    NeedsPublication,
    /// The published URL is not an absolute `http`/`https` URL of at most
    /// 2,048 characters.
    BadUrl,
    /// The caption is over a platform's limit or fails one of the
    /// workspace's checks ([`crate::domain::caption::readiness`] says which).
    CaptionNotReady,
}

/// Refuses a step to approved or beyond while the caption studio finds the
/// caption over a limit or failing a check: a caption is never approved,
/// scheduled or published in a form a platform would cut or refuse.
fn caption_ready(post: &PostData, ws: &Workspace) -> Result<(), WorkflowError> {
    if readiness(post, ws).is_ready() {
        Ok(())
    } else {
        Err(WorkflowError::CaptionNotReady)
    }
}

/// `by` approves the post's caption as it is now, at `now`. A draft or a
/// post in review becomes approved; a post further along keeps its status
/// (approving a scheduled post again renews its approval). Refused unless
/// `by` is a live, active reviewer or admin, and refused with
/// [`WorkflowError::CaptionNotReady`] while the caption is not ready in
/// workspace `ws`.
pub fn approve(
    post: &mut Post,
    by: &Member,
    ws: &Workspace,
    now: Timestamp,
) -> Result<(), WorkflowError> {
    if !(by.is_live() && by.data.active && can_approve(by.data.role)) {
        return Err(WorkflowError::NotAllowed);
    }
    caption_ready(&post.data, ws)?;
    post.data.approval = Some(Approval {
        by: by.id.clone(),
        at: now,
        caption_sha256: caption_sha256(&post.data.caption),
        extra: serde_json::Map::new(),
    });
    if matches!(post.data.status, PostStatus::Draft | PostStatus::Review) {
        post.data.status = PostStatus::Approved;
    }
    post.touch(now);
    Ok(())
}

/// Changes the caption at `now`. If that makes the approval out of date
/// while the post is approved or scheduled, the post goes back to review;
/// the approval stays, shown as out of date, so the reviewer sees who
/// approved what. Setting the same caption again is not an edit.
pub fn set_caption(post: &mut Post, caption: String, now: Timestamp) {
    if post.data.caption == caption {
        return;
    }
    post.data.caption = caption;
    let was_ready = matches!(
        post.data.status,
        PostStatus::Approved | PostStatus::Scheduled
    );
    if was_ready && approval_state(&post.data) == ApprovalState::OutOfDate {
        post.data.status = PostStatus::Review;
    }
    post.touch(now);
}

/// The statuses the workflow allows from the post's status, in the spec's
/// order: the choices of the status menu.
///
/// - draft → review; review → draft;
/// - review → approved, only through [`approve`];
/// - approved → scheduled, with a current approval;
/// - approved or scheduled → published, with a current approval, only
///   through [`publish`];
/// - approved or scheduled → review;
/// - any → cancelled; cancelled → draft.
///
/// Approved and published are listed so that the menu can offer them, but
/// [`set_status`] refuses them with the function to use instead.
pub fn next_statuses(post: &PostData) -> Vec<PostStatus> {
    use PostStatus::*;
    let current = approval_state(post) == ApprovalState::Current;
    let next: &[PostStatus] = match (post.status, current) {
        (Draft, _) => &[Review, Cancelled],
        (Review, _) => &[Draft, Approved, Cancelled],
        (Approved, true) => &[Review, Scheduled, Published, Cancelled],
        (Approved, false) => &[Review, Cancelled],
        (Scheduled, true) => &[Review, Published, Cancelled],
        (Scheduled, false) => &[Review, Cancelled],
        (Published, _) => &[Cancelled],
        (Cancelled, _) => &[Draft],
    };
    next.to_vec()
}

/// Moves the post to status `to` at `now`, as [`next_statuses`] allows.
/// `to` approved is refused with [`WorkflowError::NeedsApproval`] (use
/// [`approve`]), published with [`WorkflowError::NeedsPublication`] (use
/// [`publish`]), scheduled without a current approval with
/// `NeedsApproval`, any other step the workflow does not take with
/// [`WorkflowError::NotAllowed`], scheduled with a caption that is not
/// ready in `ws` with [`WorkflowError::CaptionNotReady`]. The status it
/// already has is no change.
pub fn set_status(
    post: &mut Post,
    to: PostStatus,
    ws: &Workspace,
    now: Timestamp,
) -> Result<(), WorkflowError> {
    if post.data.status == to {
        return Ok(());
    }
    match to {
        PostStatus::Approved => return Err(WorkflowError::NeedsApproval),
        PostStatus::Published => return Err(WorkflowError::NeedsPublication),
        _ => {}
    }
    if !next_statuses(&post.data).contains(&to) {
        let unapproved = to == PostStatus::Scheduled && post.data.status == PostStatus::Approved;
        return Err(if unapproved {
            WorkflowError::NeedsApproval
        } else {
            WorkflowError::NotAllowed
        });
    }
    if to == PostStatus::Scheduled {
        caption_ready(&post.data, ws)?;
    }
    post.data.status = to;
    post.touch(now);
    Ok(())
}

/// Marks the post published at `at` under `url` (trimmed), edited at
/// `now`. Needs an approved or scheduled post whose approval is current
/// ([`WorkflowError::NeedsApproval`] otherwise), a caption that is ready in
/// `ws` ([`WorkflowError::CaptionNotReady`]) and a URL the plan format
/// accepts ([`WorkflowError::BadUrl`] otherwise).
pub fn publish(
    post: &mut Post,
    url: &str,
    at: Timestamp,
    ws: &Workspace,
    now: Timestamp,
) -> Result<(), WorkflowError> {
    let ready = matches!(
        post.data.status,
        PostStatus::Approved | PostStatus::Scheduled
    );
    if !ready || approval_state(&post.data) != ApprovalState::Current {
        return Err(WorkflowError::NeedsApproval);
    }
    caption_ready(&post.data, ws)?;
    let url = url.trim();
    if rules::url(url).is_some() {
        return Err(WorkflowError::BadUrl);
    }
    post.data.published_url = Some(url.to_owned());
    post.data.published_at = Some(at);
    post.data.status = PostStatus::Published;
    post.touch(now);
    Ok(())
}

#[cfg(test)]
mod tests;

//! The view's components, one per file.

pub mod embed_credit;
pub mod embed_dialog;
pub mod embed_frame;

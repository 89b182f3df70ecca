//! Custom hooks: the browser-side edges of the app (URL and history).

pub mod use_language;
pub mod use_url_sync;

//! What a reader sees instead of a blank page when the data fails to load: a readable error
//! panel. (A panic, or a wasm that cannot load, is caught by web/loader.js, which shows the same
//! panel: the release build aborts on a panic without running any hook.)

use super::text;
use crate::markup::Markup;
use crate::model::i18n::msg;
use yew::Html;

/// The panel for data that failed to load: what happened, then each problem on its own line.
pub fn error_panel(message: &str, problems: &[String]) -> Html {
    let mut m = Markup::new();
    m.fixed("<div class=\"error-panel\" role=\"alert\"><h1>")
        .text(msg::error_heading())
        .fixed("</h1><p>");
    m.text(message).fixed("</p>");
    if !problems.is_empty() {
        m.fixed("<ul class=\"error-panel__problems\">");
        for problem in problems {
            m.fixed("<li>").text(problem).fixed("</li>");
        }
        m.fixed("</ul>");
    }
    m.fixed("<p><a href=\"?\">")
        .text(msg::error_reload())
        .fixed("</a></p></div>");
    text::raw(m)
}

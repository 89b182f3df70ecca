//! Small view-only helpers the components share (the model's `labels` give the words): safe
//! element ids, display names that fall back to the id, and the one click-handler shape.

use crate::markup::Markup;
use crate::model::i18n::msg;
use crate::model::World;
use yew::{AttrValue, Callback, Html, MouseEvent};

/// Element ids built from data ids: keep only characters that are safe in an id and a URL
/// fragment, so a hostile id in a loaded data file cannot break the page's markup.
pub fn dom_id(prefix: &str, id: &str) -> String {
    let clean: String = id
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    format!("{prefix}-{clean}")
}

/// The chip's display name, or its id if the data lacks it.
pub fn chip_name<'a>(world: &'a World, id: &'a str) -> &'a str {
    world.chip(id).map_or(id, |c| c.name.as_str())
}

pub fn developer_name<'a>(world: &'a World, id: &'a str) -> &'a str {
    world.developer(id).map_or(id, |d| d.name.as_str())
}

/// A click handler that hands `value` (an id or a date) to `callback`. Every button that names
/// what it is for shares this one closure type, rather than instantiating Yew's callback code
/// once per button kind.
pub fn emit_on_click(callback: &Callback<AttrValue>, value: AttrValue) -> Callback<MouseEvent> {
    let callback = callback.clone();
    Callback::from(move |_: MouseEvent| callback.emit(value.clone()))
}

/// What the "modelled" mark means, for its title and for screen readers.
pub const MODELLED_MEANS: &str =
    "which chip, which use or since when is our assumption, not a reported fact";

/// The small "modelled" mark beside a path whose chip or use is our assumption. The word, and a
/// "*" shown instead of it where a cell has room for the status only (the presenter view, whose
/// legend explains the star); screen readers hear the word and its meaning either way.
pub fn push_modelled(m: &mut Markup) {
    let why = msg::modelled_why();
    m.start("span")
        .attr("class", "modelled")
        .attr("title", why)
        .open()
        .fixed("<span class=\"modelled__word\">")
        .text(msg::modelled())
        .fixed("</span><span class=\"modelled__star\" aria-hidden=\"true\">*</span>")
        .fixed("<span class=\"visually-hidden\">")
        .text(&msg::modelled_colon(why))
        .fixed("</span></span>");
}

/// The compact matrix's form of the mark (embed11): a superscript "*" glued to the path's last
/// word, a footnote that the key under the table explains (the word's pill put a line into nine
/// cells on a phone). Screen readers hear the word and its meaning, after a no-break space that
/// keeps them apart from the path's last word.
pub fn push_modelled_star(m: &mut Markup) {
    let why = msg::modelled_why();
    m.start("span")
        .attr("class", "modelled modelled--star")
        .attr("title", why)
        .open()
        .fixed("<span class=\"modelled__star\" aria-hidden=\"true\">*</span>")
        .fixed("<span class=\"visually-hidden\">\u{a0}")
        .text(msg::modelled())
        .text(&msg::modelled_colon(why))
        .fixed("</span></span>");
}

/// Markup built as text (see `crate::markup`), as one raw node: the browser parses it in one go.
pub fn raw(markup: Markup) -> Html {
    Html::from_html_unchecked(AttrValue::from(markup.into_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dom_ids_drop_unsafe_characters() {
        assert_eq!(dom_id("source", "ft-2025-08-14"), "source-ft-2025-08-14");
        assert_eq!(dom_id("source", "a\"><script>"), "source-a___script_");
    }
}

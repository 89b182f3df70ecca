//! The embed protocols as plain data: the height messages hosts listen for, the Pym messages a
//! parent may send, and the embed snippets. No DOM here, so every rule is tested natively.

use crate::model::i18n::msg;

/// The key Datawrapper's listener reads when no Pym `childId` names the widget.
pub const DEFAULT_WIDGET_ID: &str = "chip-paths";

/// A height for the iframe in the embed snippets, before the first auto-height message arrives.
pub const INITIAL_HEIGHT_PX: u32 = 720;

/// Longest `childId` accepted; Pym ids are element ids, far shorter in practice.
const MAX_CHILD_ID_LEN: usize = 64;

const PYM_PREFIX: &str = "pymxPYMx";
const PYM_SEPARATOR: &str = "xPYMx";

/// The id a Pym.js parent gave this iframe (`childId=` in the iframe URL). Restricted to
/// letters, digits, `-`, `_`, `.` and `:` so it cannot forge Pym's separators or break out of
/// an HTML attribute or a CSS selector in a host's listener.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChildId(String);

/// Why a raw `childId` is refused; worded when shown, in the reader's language
/// (`child-id-*`, inside `notice-child-id`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadChildId {
    Empty,
    TooLong,
    /// The first character outside letters, digits and `- _ . :`.
    Character(char),
    Separator,
}

impl std::fmt::Display for BadChildId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let why = match *self {
            BadChildId::Empty => msg::child_id_empty().to_owned(),
            BadChildId::TooLong => msg::child_id_too_long(&MAX_CHILD_ID_LEN.to_string()),
            // Named by its code point: it may be invisible or a quote.
            BadChildId::Character(c) => msg::child_id_character(&format!("{:04X}", u32::from(c))),
            BadChildId::Separator => msg::child_id_separator().to_owned(),
        };
        f.write_str(&why)
    }
}

impl ChildId {
    /// Checks a raw `childId` value; says why it is refused.
    pub fn parse(raw: &str) -> Result<ChildId, BadChildId> {
        if raw.is_empty() {
            return Err(BadChildId::Empty);
        }
        if raw.len() > MAX_CHILD_ID_LEN {
            return Err(BadChildId::TooLong);
        }
        if let Some(bad) = raw
            .chars()
            .find(|c| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.' | ':')))
        {
            return Err(BadChildId::Character(bad));
        }
        if raw.contains(PYM_SEPARATOR) {
            return Err(BadChildId::Separator);
        }
        Ok(ChildId(raw.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// One message for `window.parent.postMessage`: either a string, or a structured object given
/// as its JSON text (the browser edge parses it into an object before posting). The JSON is
/// written by hand: a JSON library would cost the wasm tens of kilobytes for four messages.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    Text(String),
    Object(String),
}

/// `text` as a JSON string literal, quotes included.
fn json_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                let code = u32::from(c) as usize;
                out.push_str("\\u00");
                out.push(char::from(HEX[code >> 4]));
                out.push(char::from(HEX[code & 0xf]));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The messages that tell every kind of host the content's new height, in a fixed order:
/// Pym.js (only with a `childId`, which Pym needs to route it), Datawrapper, AMP, Embedly.
/// `src` is the iframe's own address, which Embedly uses to find the iframe.
pub fn height_messages(height_px: u32, child_id: Option<&ChildId>, src: &str) -> Vec<Message> {
    let mut messages = Vec::with_capacity(4);
    if let Some(id) = child_id {
        messages.push(pym_height_message(height_px, id));
    }
    let widget_id = json_string(child_id.map_or(DEFAULT_WIDGET_ID, ChildId::as_str));
    let height = height_px.to_string();
    messages.push(Message::Object(
        ["{\"datawrapper-height\":{", &widget_id, ":", &height, "}}"].concat(),
    ));
    messages.push(Message::Object(
        [
            "{\"sentinel\":\"amp\",\"type\":\"embed-size\",\"height\":",
            &height,
            "}",
        ]
        .concat(),
    ));
    messages.push(Message::Text(
        [
            "{\"src\":",
            &json_string(src),
            ",\"context\":\"iframe.resize\",\"height\":",
            &height,
            "}",
        ]
        .concat(),
    ));
    messages
}

/// The Pym.js height message alone: the answer to a Pym parent's `width` message.
pub fn pym_height_message(height_px: u32, child_id: &ChildId) -> Message {
    Message::Text(pym_message(child_id, "height", &height_px.to_string()))
}

fn pym_message(id: &ChildId, kind: &str, value: &str) -> String {
    format!(
        "{PYM_PREFIX}{}{PYM_SEPARATOR}{kind}{PYM_SEPARATOR}{value}",
        id.as_str()
    )
}

/// What an incoming message asks of the widget. Everything else is ignored.
#[derive(Clone, Debug, PartialEq)]
pub enum Incoming {
    /// A Pym.js parent reports its width (whole pixels; a fraction is dropped); a Pym child
    /// answers with its height.
    PymWidth(u32),
}

/// Reads a message's data, given as a string (other types never match). Only a Pym `width`
/// message addressed to this widget's own `childId`, with a finite non-negative width, is
/// recognised. The caller must also check that the message came from the parent window.
pub fn parse_incoming(data: &str, child_id: Option<&ChildId>) -> Option<Incoming> {
    let id = child_id?;
    let rest = data
        .strip_prefix(PYM_PREFIX)?
        .strip_prefix(id.as_str())?
        .strip_prefix(PYM_SEPARATOR)?
        .strip_prefix("width")?
        .strip_prefix(PYM_SEPARATOR)?;
    // Plain decimal only ("640", "375.5"): no sign, exponent or second dot. Read by hand, as
    // float parsing would add kilobytes to the wasm for a value only checked, never used.
    let (whole, fraction) = rest.split_once('.').unwrap_or((rest, "0"));
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(whole) && digits(fraction)) {
        return None;
    }
    whole.parse().ok().map(Incoming::PymWidth)
}

/// Escapes text for a double- or single-quoted HTML attribute or element text.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    crate::markup::push_escaped(&mut out, text);
    out
}

/// Refuses addresses an embed snippet must never carry (`javascript:`, `data:`, relative ones).
fn check_web_url(url: &str) -> Result<(), String> {
    let lower = url.trim_start().to_ascii_lowercase();
    if lower.starts_with("https://") || lower.starts_with("http://") {
        Ok(())
    } else {
        Err(format!("not an http(s) address: {url}"))
    }
}

/// Splits `url` into (before the query, the query's `key=value` pairs, the fragment with `#`).
fn split_url(url: &str) -> (&str, Vec<&str>, &str) {
    let (rest, fragment) = match url.find('#') {
        Some(i) => url.split_at(i),
        None => (url, ""),
    };
    let (base, query) = rest.split_once('?').unwrap_or((rest, ""));
    let pairs = query.split('&').filter(|p| !p.is_empty()).collect();
    (base, pairs, fragment)
}

fn join_url(base: &str, pairs: &[String], fragment: &str) -> String {
    if pairs.is_empty() {
        format!("{base}{fragment}")
    } else {
        format!("{base}?{}{fragment}", pairs.join("&"))
    }
}

fn key_of(pair: &str) -> &str {
    pair.split_once('=').map_or(pair, |(k, _)| k)
}

/// The address of the current view for an iframe: `page_url` with `embed=1` and the given
/// `childId`, every other parameter kept as it is. The fragment is dropped: hosts reload
/// iframes, and the state lives in the query.
pub fn embed_url(page_url: &str, child_id: &ChildId) -> Result<String, String> {
    check_web_url(page_url)?;
    let (base, pairs, _) = split_url(page_url);
    let mut kept: Vec<String> = pairs
        .into_iter()
        .filter(|p| !matches!(key_of(p), "embed" | "childId"))
        .map(str::to_owned)
        .collect();
    kept.push("embed=1".into());
    kept.push(format!("childId={}", child_id.as_str()));
    Ok(join_url(base, &kept, ""))
}

/// Parameters that only make sense inside an iframe: ours (`embed`, `childId`, and the
/// editor's layout choices `parts`, `only`, `title`, `rev`) and those a Pym.js parent adds
/// (`initialWidth`, `parentTitle`, `parentUrl`).
const EMBED_ONLY_KEYS: [&str; 9] = [
    "embed",
    "childId",
    "parts",
    "only",
    "title",
    "rev",
    "initialWidth",
    "parentTitle",
    "parentUrl",
];

/// A query string (without `?`) with the embed-only parameters removed.
pub fn full_view_query(query: &str) -> String {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| {
            let key = key_of(p);
            !p.is_empty()
                && !EMBED_ONLY_KEYS.contains(&key)
                && !crate::url::is_tracking_parameter(key)
        })
        .collect::<Vec<_>>()
        .join("&")
}

/// The shareable address of the full widget showing the same view: `page_url` without the
/// embed-only parameters.
pub fn share_url(page_url: &str) -> Result<String, String> {
    check_web_url(page_url)?;
    let (base, pairs, fragment) = split_url(page_url);
    let query = full_view_query(&pairs.join("&"));
    Ok(if query.is_empty() {
        format!("{base}{fragment}")
    } else {
        format!("{base}?{query}{fragment}")
    })
}

/// The address of a file served next to the widget's page (e.g. `embed.js`).
pub fn sibling_url(page_url: &str, file: &str) -> Result<String, String> {
    check_web_url(page_url)?;
    let (base, _, _) = split_url(page_url);
    let dir = base.rfind('/').map_or(base, |i| &base[..=i]);
    // "https://host" without a path still has to end in a slash.
    let dir = if dir.ends_with("//") {
        format!("{base}/")
    } else {
        dir.to_owned()
    };
    Ok(format!("{dir}{file}"))
}

/// The copy-paste iframe code for the current view. The iframe carries the `title` screen
/// readers announce, fills the column, has no border and no scroll bars, and starts at
/// `height_px` (the embed's measured height on a phone, so nothing is clipped where no script
/// runs), which the content then corrects through the auto-height messages. Attributes do the
/// layout, so hosts whose own CSP forbids inline styles still get a borderless iframe.
pub fn iframe_code(
    page_url: &str,
    child_id: &ChildId,
    title: &str,
    height_px: u32,
) -> Result<String, String> {
    let src = embed_url(page_url, child_id)?;
    Ok(format!(
        "<iframe id=\"{id}\" src=\"{src}\" title=\"{title}\" width=\"100%\" height=\"{height_px}\" \
         frameborder=\"0\" scrolling=\"no\" loading=\"lazy\" style=\"border:0;width:100%;min-width:100%;overflow:hidden\"></iframe>",
        id = escape_html(child_id.as_str()),
        src = escape_html(&src),
        title = escape_html(title),
    ))
}

/// The common column widths the Embed dialog measures the embed at (px), narrowest first.
pub const MEASURED_WIDTHS: [u32; 4] = [320, 375, 600, 1000];

/// The height for the iframe's `height` attribute: the tallest measured, which is the one at the
/// narrowest column the embed supports (320 px), or `INITIAL_HEIGHT_PX` when nothing was
/// measured. Where a CMS strips the resize script this height stays, so it must not cut the
/// embed in any column the docs promise: a 375 px phone with an article's margins gives a column
/// of some 343 px, where the content is taller than at 375 (embed10: the 375 px height cut off
/// the credit line). `heights`: (column width, content height) pairs.
pub fn default_height(heights: &[(u32, u32)]) -> u32 {
    heights
        .iter()
        .map(|&(_, h)| h)
        .max()
        .unwrap_or(INITIAL_HEIGHT_PX)
}

/// `heights` narrowest first (ordered as `sort_unstable` would order them).
pub fn by_width(heights: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut sorted = Vec::with_capacity(heights.len());
    for &entry in heights {
        insert_by_width(&mut sorted, entry);
    }
    sorted
}

/// Inserts `entry` into `sorted` (narrowest first) where it belongs. By hand, for a handful of
/// entries: the standard library's sort for `(u32, u32)` was ≈ 3 KB of the reader's wasm
/// (docs/size.md, "The compact embed").
pub fn insert_by_width(sorted: &mut Vec<(u32, u32)>, entry: (u32, u32)) {
    let at = sorted.partition_point(|e| *e < entry);
    sorted.insert(at, entry);
}

/// The small script that goes with the iframe code, as Datawrapper's responsive embed does: it
/// runs in the host page (not under the widget's CSP), gives the iframe the measured height for
/// its column's width before the widget loads (so the article does not jump), then follows the
/// widget's Datawrapper height messages — only from that iframe's own window and for its own
/// `childId`. Nothing but numbers and a checked id goes into it.
pub fn resize_script(child_id: &ChildId, heights: &[(u32, u32)]) -> String {
    let table = by_width(heights)
        .iter()
        .map(|(w, h)| format!("[{w},{h}]"))
        .collect::<Vec<_>>()
        .join(",");
    let id = json_string(child_id.as_str());
    format!(
        "<script>(function(){{var id={id},f=document.getElementById(id);if(!f)return;\
var t=[{table}],w=f.offsetWidth,i;for(i=0;i<t.length;i++)if(t[i][0]<=w||i==0)f.height=t[i][1];\
addEventListener(\"message\",function(e){{var d=e.data;if(e.source!==f.contentWindow||!d||typeof d!=\"object\")return;\
d=d[\"datawrapper-height\"];d=d&&d[id];if(typeof d==\"number\"&&d>0&&d<1e5)f.height=Math.ceil(d)}})}})();</script>"
    )
}

/// What hosts show where neither the iframe nor scripts run (apps, AMP, RSS, newsletters): the
/// build's preview picture (`image`, with its `alt` text written from the model), linking to the
/// view (`link`). A `<noscript>`, so pages that run the embed never show it.
pub fn fallback_code(link: &str, image: &str, alt: &str) -> Result<String, String> {
    check_web_url(link)?;
    check_web_url(image)?;
    Ok(format!(
        "<noscript><a href=\"{link}\"><img src=\"{image}\" alt=\"{alt}\" width=\"1200\" height=\"630\" \
         style=\"max-width:100%;height:auto\"></a></noscript>",
        link = escape_html(link),
        image = escape_html(image),
        alt = escape_html(alt),
    ))
}

/// The one snippet to paste: the iframe and its own resize script.
pub fn responsive_code(
    page_url: &str,
    child_id: &ChildId,
    title: &str,
    heights: &[(u32, u32)],
) -> Result<String, String> {
    Ok(
        iframe_code(page_url, child_id, title, default_height(heights))?
            + "\n"
            + &resize_script(child_id, heights),
    )
}

/// The script embed: a host `<div>` naming the view, and `embed.js` (served next to the widget)
/// that turns it into an auto-height iframe. `script_url` is the address of `embed.js`.
pub fn script_code(page_url: &str, script_url: &str, title: &str) -> Result<String, String> {
    check_web_url(script_url)?;
    let share = share_url(page_url)?;
    let (_, pairs, _) = split_url(&share);
    let query = pairs.join("&");
    Ok(format!(
        "<div data-chip-paths=\"{query}\" data-chip-paths-title=\"{title}\"></div>\n\
         <script src=\"{script}\" async></script>",
        query = escape_html(&query),
        title = escape_html(title),
        script = escape_html(script_url),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    use serde_json::{json, Value};

    fn id(raw: &str) -> ChildId {
        ChildId::parse(raw).unwrap()
    }

    /// A message's JSON, parsed by a real JSON parser: the hand-written JSON must be valid.
    fn json_of(message: &Message) -> Value {
        let (Message::Object(text) | Message::Text(text)) = message;
        serde_json::from_str(text).unwrap_or_else(|e| panic!("invalid JSON {text}: {e}"))
    }

    #[test]
    fn child_ids_that_could_forge_messages_or_markup_are_refused() {
        assert!(ChildId::parse("chart-1").is_ok());
        assert!(ChildId::parse("ns:chart_2.a").is_ok());
        for hostile in [
            "",
            "a b",
            "a\"b",
            "<x>",
            "axPYMxb",
            "a&b",
            "é",
            &"x".repeat(65),
        ] {
            assert!(ChildId::parse(hostile).is_err(), "accepted {hostile:?}");
        }
    }

    #[test]
    fn a_refused_child_id_says_why_in_the_language_shown() {
        use crate::model::i18n;
        let whys =
            ["", &"x".repeat(65), "a\"b", "axPYMxb"].map(|raw| ChildId::parse(raw).unwrap_err());
        assert_eq!(
            whys,
            [
                BadChildId::Empty,
                BadChildId::TooLong,
                BadChildId::Character('"'),
                BadChildId::Separator
            ]
        );
        let english = [
            "childId is empty",
            "childId is longer than 64 characters",
            "childId contains the character U+0022",
            "childId contains Pym's separator xPYMx",
        ];
        i18n::set_english();
        assert_eq!(whys.map(|w| w.to_string()), english);
        i18n::use_language_from_files("zh-CN");
        let chinese = whys.map(|w| w.to_string());
        i18n::set_english();
        assert_eq!(
            chinese,
            [
                "childId为空",
                "childId超过64个字符",
                "childId包含字符U+0022",
                "childId包含Pym的分隔符xPYMx",
            ]
        );
    }

    #[test]
    fn height_messages_speak_all_four_protocols() {
        let src = "https://example.org/w/?embed=1&childId=c1";
        let messages = height_messages(812, Some(&id("c1")), src);
        assert_eq!(messages.len(), 4);
        assert_eq!(
            messages[0],
            Message::Text("pymxPYMxc1xPYMxheightxPYMx812".into())
        );
        assert_eq!(
            messages[1],
            Message::Object(r#"{"datawrapper-height":{"c1":812}}"#.into())
        );
        assert_eq!(
            json_of(&messages[1]),
            json!({"datawrapper-height": {"c1": 812}})
        );
        assert_eq!(
            json_of(&messages[2]),
            json!({"sentinel": "amp", "type": "embed-size", "height": 812})
        );
        // Embedly's message is a JSON *string*, not an object.
        let Message::Text(embedly) = &messages[3] else {
            panic!("Embedly must be text")
        };
        let parsed: Value = serde_json::from_str(embedly).unwrap();
        assert_eq!(parsed["src"], src);
        assert_eq!(parsed["context"], "iframe.resize");
        assert_eq!(parsed["height"], 812);
    }

    #[test]
    fn without_a_child_id_pym_is_skipped_and_datawrapper_uses_the_widget_id() {
        let messages = height_messages(300, None, "https://example.org/");
        assert_eq!(messages.len(), 3);
        assert!(!messages
            .iter()
            .any(|m| matches!(m, Message::Text(t) if t.starts_with("pymx"))));
        assert_eq!(
            json_of(&messages[0]),
            json!({"datawrapper-height": {"chip-paths": 300}})
        );
    }

    #[test]
    fn a_hostile_src_stays_inside_the_embedly_string() {
        let src = "https://e.org/?q=\"},\"height\":1,{\"\\\u{1}\n\u{1f}é";
        let Message::Text(text) = &height_messages(5, None, src)[2] else {
            panic!()
        };
        let parsed: Value = serde_json::from_str(text).unwrap();
        assert_eq!(parsed["src"], src);
        assert_eq!(parsed["height"], 5);
    }

    #[test]
    fn only_a_pym_width_message_for_this_child_is_understood() {
        let me = id("c1");
        assert_eq!(
            parse_incoming("pymxPYMxc1xPYMxwidthxPYMx640", Some(&me)),
            Some(Incoming::PymWidth(640))
        );
        assert_eq!(
            parse_incoming("pymxPYMxc1xPYMxwidthxPYMx375.5", Some(&me)),
            Some(Incoming::PymWidth(375))
        );
        for other in [
            "pymxPYMxc2xPYMxwidthxPYMx640",  // another child
            "pymxPYMxc1xPYMxheightxPYMx640", // not a width
            "pymxPYMxc1xPYMxnavigateToxPYMxhttps://evil.example/",
            "pymxPYMxc1xPYMxwidthxPYMx",      // no number
            "pymxPYMxc1xPYMxwidthxPYMx-5",    // negative
            "pymxPYMxc1xPYMxwidthxPYMx1e400", // not plain digits
            "pymxPYMxc1xPYMxwidthxPYMx640 ",  // trailing junk
            "pymxPYMxc1xPYMxwidthxPYMx1.2.3",
            "pymxPYMxc1xPYMxwidthxPYMx.5",
            "pymxPYMxc1xPYMxwidthxPYMx5.",
            "pymxPYMxc1xPYMxwidthxPYMx99999999999", // beyond any screen (and u32)
            "pymxPYMxc10xPYMxwidthxPYMx640",        // prefix of another id
            "{\"datawrapper-height\":{}}",
            "",
        ] {
            assert_eq!(
                parse_incoming(other, Some(&me)),
                None,
                "understood {other:?}"
            );
        }
        assert_eq!(parse_incoming("pymxPYMxc1xPYMxwidthxPYMx640", None), None);
    }

    #[test]
    fn escaping_covers_both_quote_kinds_and_markup() {
        assert_eq!(
            escape_html(r#"a"b'c<d>e&f"#),
            "a&quot;b&#39;c&lt;d&gt;e&amp;f"
        );
    }

    #[test]
    fn the_embed_url_keeps_the_view_and_sets_embed_and_child_id_once() {
        let url = "https://w.example/chip/?policies=h20-ban&embed=0&childId=old&dev=deepseek#x";
        assert_eq!(
            embed_url(url, &id("new")).unwrap(),
            "https://w.example/chip/?policies=h20-ban&dev=deepseek&embed=1&childId=new"
        );
        assert_eq!(
            embed_url("https://w.example/", &id("a")).unwrap(),
            "https://w.example/?embed=1&childId=a"
        );
    }

    #[test]
    fn the_share_url_drops_embed_only_parameters() {
        let url = "https://w.example/?embed=1&theme=dark&childId=a&initialWidth=600&parentTitle=X&parentUrl=y&dev=baidu";
        assert_eq!(
            share_url(url).unwrap(),
            "https://w.example/?theme=dark&dev=baidu"
        );
        assert_eq!(
            share_url("https://w.example/?embed=1").unwrap(),
            "https://w.example/"
        );
    }

    #[test]
    fn sibling_files_sit_in_the_page_folder() {
        assert_eq!(
            sibling_url("https://w.example/a/b/?x=1#y", "embed.js").unwrap(),
            "https://w.example/a/b/embed.js"
        );
        assert_eq!(
            sibling_url("https://w.example/a/index.html?x=/z/", "embed.js").unwrap(),
            "https://w.example/a/embed.js"
        );
        assert_eq!(
            sibling_url("https://w.example", "embed.js").unwrap(),
            "https://w.example/embed.js"
        );
    }

    #[test]
    fn the_full_view_query_keeps_view_parameters_only() {
        assert_eq!(
            full_view_query(
                "?embed=1&childId=a&dev=x&theme=dark&parentUrl=u&parts=matrix&title=0&utm_source=t"
            ),
            "dev=x&theme=dark"
        );
        assert_eq!(full_view_query(""), "");
        assert_eq!(full_view_query("embed"), "");
    }

    #[test]
    fn snippets_refuse_non_web_addresses() {
        assert!(embed_url("javascript:alert(1)", &id("a")).is_err());
        assert!(share_url("data:text/html,x").is_err());
        assert!(iframe_code(" JavaScript:alert(1)", &id("a"), "t", 1).is_err());
        assert!(script_code("https://w.example/", "javascript:x", "t").is_err());
    }

    #[test]
    fn the_iframe_code_is_titled_borderless_full_width_and_escapes_hostile_text() {
        let code = iframe_code(
            "https://w.example/?note=%22&x=\"><script>",
            &id("c1"),
            "Chips \"&\" <paths>",
            INITIAL_HEIGHT_PX,
        )
        .unwrap();
        assert!(code.starts_with("<iframe "));
        assert!(code.ends_with("></iframe>"));
        assert!(code.contains(r#"title="Chips &quot;&amp;&quot; &lt;paths&gt;""#));
        assert!(code.contains(r#"width="100%""#));
        assert!(code.contains(r#"frameborder="0""#));
        assert!(code.contains(r#"scrolling="no""#));
        assert!(code.contains(&format!(r#"height="{INITIAL_HEIGHT_PX}""#)));
        assert!(code.contains("embed=1&amp;childId=c1"));
        // The hostile query cannot close the attribute or open a tag.
        assert!(!code.contains("<script"));
        assert_eq!(code.matches('<').count(), 2);
    }

    #[test]
    fn the_fallback_is_the_preview_picture_linking_to_the_view() {
        let code = fallback_code(
            "https://w.example/?dev=x&a=1",
            "https://w.example/preview.png",
            "Chip Paths: \"0 of 8\" <open>",
        )
        .unwrap();
        assert_eq!(
            code,
            "<noscript><a href=\"https://w.example/?dev=x&amp;a=1\"><img src=\"https://w.example/preview.png\" \
             alt=\"Chip Paths: &quot;0 of 8&quot; &lt;open&gt;\" width=\"1200\" height=\"630\" \
             style=\"max-width:100%;height:auto\"></a></noscript>"
        );
        assert!(fallback_code("https://w.example/", "javascript:x", "a").is_err());
    }

    #[test]
    fn by_width_orders_as_the_standard_sort_does() {
        let cases: [&[(u32, u32)]; 5] = [
            &[],
            &[(375, 1100)],
            &[(1000, 700), (320, 1250), (600, 860), (375, 1150)],
            &[(600, 900), (600, 860), (320, 1)],
            &[(320, 5), (320, 5), (1, 9)],
        ];
        for heights in cases {
            let mut expected = heights.to_vec();
            expected.sort_unstable();
            assert_eq!(by_width(heights), expected, "{heights:?}");
        }
    }

    #[test]
    fn the_default_height_is_the_tallest_measured_the_narrowest_columns() {
        let heights = [(1000, 700), (320, 1250), (600, 860), (375, 1150)];
        assert_eq!(default_height(&heights), 1250);
        assert_eq!(default_height(&[(600, 860), (1000, 700)]), 860);
        assert_eq!(default_height(&[(320, 1250)]), 1250);
        assert_eq!(default_height(&[(375, 1150), (320, 1100)]), 1150);
        assert_eq!(default_height(&[]), INITIAL_HEIGHT_PX);
    }

    #[test]
    fn the_resize_script_carries_only_numbers_and_the_checked_id() {
        let script = resize_script(&id("chip-paths-a1"), &[(600, 860), (375, 1150)]);
        assert!(script.starts_with("<script>(function(){var id=\"chip-paths-a1\""));
        assert!(script.ends_with("})();</script>"));
        assert!(script.contains("var t=[[375,1150],[600,860]]"), "{script}");
        // It listens to the iframe's own window only, and to its own id.
        assert!(script.contains("e.source!==f.contentWindow"));
        assert!(script.contains("d=d&&d[id]"));
        // No way out of the script element.
        assert_eq!(script.matches("</script").count(), 1);
        let code =
            responsive_code("https://w.example/?dev=x", &id("c1"), "T", &[(375, 1150)]).unwrap();
        assert!(code.contains(" height=\"1150\" "), "{code}");
        assert!(code.contains("\n<script>"));
    }

    #[test]
    fn the_script_code_names_the_view_without_embed_parameters() {
        let code = script_code(
            "https://w.example/?embed=1&childId=a&dev=zhipu&theme=dark",
            "https://w.example/embed.js",
            "Chip Paths",
        )
        .unwrap();
        assert_eq!(
            code,
            "<div data-chip-paths=\"dev=zhipu&amp;theme=dark\" data-chip-paths-title=\"Chip Paths\"></div>\n\
             <script src=\"https://w.example/embed.js\" async></script>"
        );
    }
}

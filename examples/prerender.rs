//! Prints the widget's opening view as HTML, rendered by Yew's server-side renderer from the same
//! components, model and compiled-in data as the wasm. The release build's post-build hook
//! (scripts/post-build.mjs) puts it into `index.html`, so a reader sees the real matrix before
//! the wasm arrives, and keeps seeing it if JavaScript is off or the wasm never loads
//! (docs/performance.md, "The prerendered first view").
//!
//! Run with the reader bundle's features (`--no-default-features`), so the markup is the one
//! the reader's wasm draws. A broken data file prerenders its problems, as the widget shows them.
//!
//! Lean by design: the view is kept down to what a reader judges the page by in its first
//! second — the header and headline, the switches, the matrix with its legend, the diagram — and
//! the page footer (the data's date). The timeline and the list of sources (over half the markup:
//! 12.6 of 20 KB gzip) are left for the widget to draw, and so is the kit's downloads line (its
//! links need the code). They come after everything kept, so drawing them moves nothing the
//! reader already sees (no layout shift).

use chip_paths::app::{App, Explainer, ExplainerProps};
use chip_paths::state::WorldRef;
use yew::LocalServerRenderer;

#[tokio::main(flavor = "current_thread")]
async fn main() {
    // The opening view: an empty query, whatever the page's own URL will be. A query given as
    // the one argument (e.g. `?preset=ft-report`) renders that view instead: how the cost of
    // prerendering the presets was measured (docs/performance.md, "Presets").
    let query = std::env::args().nth(1).unwrap_or_default();
    let html = match chip_paths::embedded::world() {
        Ok(world) => {
            let props = ExplainerProps {
                world: WorldRef(world),
                query: Some(query.into()),
            };
            LocalServerRenderer::<Explainer>::with_props(props)
                .hydratable(false)
                .render()
                .await
        }
        Err(_) => {
            LocalServerRenderer::<App>::new()
                .hydratable(false)
                .render()
                .await
        }
    };
    match lean(&html) {
        Ok(view) => print!("{view}"),
        Err(problem) => {
            eprintln!("prerender: {problem}");
            std::process::exit(1);
        }
    }
}

/// The opening view without the timeline and the sources, its root marked `data-prerendered`
/// (web/loader.js and the tests tell it from the mounted widget by that mark). The data
/// problems' panel is kept whole.
fn lean(html: &str) -> Result<String, String> {
    const ROOT: &str = "data-chip-paths-root=\"\"";
    const TIMELINE: &str = "<div class=\"cp__timeline\">";
    const MAIN_END: &str = "</main>";
    let once = |marker: &str| match html.matches(marker).count() {
        1 => Ok(html.find(marker).unwrap_or_default()),
        n => Err(format!(
            "expected {marker} once in the rendered view, found it {n} times: \
             the markup changed, update examples/prerender.rs"
        )),
    };
    let root = once(ROOT)? + ROOT.len();
    let marked = |body: &str| format!("{} data-prerendered=\"\"{}", &html[..root], body);
    if html.contains("cp--problems") {
        return Ok(marked(&html[root..]));
    }
    // The timeline is the grid's last child, and the sources follow the grid inside <main>:
    // from the timeline to the end of <main> goes, and the grid is closed where it stood.
    let (timeline, main_end) = (once(TIMELINE)?, once(MAIN_END)?);
    if timeline > main_end {
        return Err("the timeline is no longer inside <main>".into());
    }
    // The kit's downloads line (the results' last child) goes too: its links need the code, and
    // nothing the first view shows follows it, so drawing it moves nothing (docs/kit.md, "Size").
    const DOWNLOADS: &str = "class=\"downloads\"";
    let downloads = once(DOWNLOADS)?;
    let start = html[..downloads].rfind("<p ").unwrap_or(downloads);
    let end = html[downloads..]
        .find("</p>")
        .map_or(downloads, |at| downloads + at + "</p>".len());
    if !(root < start && end < timeline && html[start..end].matches("<p").count() == 1) {
        return Err("the downloads line is no longer one <p> before the timeline".into());
    }
    Ok(marked(&format!(
        "{}{}</div>{}",
        &html[root..start],
        &html[end..timeline],
        &html[main_end..]
    )))
}

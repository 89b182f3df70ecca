//! The root component: mounts the explainer.

use yew::prelude::*;

use crate::components::{embed_dialog::EmbedDialog, embed_frame::EmbedFrame};

#[component]
pub fn App() -> Html {
    // EMBED (temporary until model::url's ViewState lands): embed and childId from the query.
    let query = use_state(|| {
        web_sys::window()
            .and_then(|w| w.location().search().ok())
            .unwrap_or_default()
            .trim_start_matches('?')
            .to_owned()
    });
    let param = |key: &str| {
        query.split('&').find_map(|p| {
            p.strip_prefix(key)
                .and_then(|v| v.strip_prefix('='))
                .map(str::to_owned)
        })
    };
    let embed = param("embed").as_deref() == Some("1");
    let child_id = param("childId").map(AttrValue::from);
    html! {
        <EmbedFrame {embed} {child_id} query={AttrValue::from((*query).clone())}>
            <main class="chip-paths">
                <h1>{ "Chip Paths" }</h1>
                <p>{ "Which paths to AI compute stay open for Chinese developers under US and Chinese export policy." }</p>
                if !embed {
                    <footer><EmbedDialog /></footer>
                }
            </main>
        </EmbedFrame>
    }
}

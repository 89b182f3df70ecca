//! The root component: mounts the explainer.

use yew::prelude::*;

#[component]
pub fn App() -> Html {
    html! {
        <main class="chip-paths">
            <h1>{ "Chip Paths" }</h1>
            <p>{ "Which paths to AI compute stay open for Chinese developers under US and Chinese export policy." }</p>
        </main>
    }
}

//! The root component: loads the world, reads the URL once, holds the reducer, keeps the URL in
//! step with the view (push on change, follow back/forward) and lays out the explainer.

use crate::components::{
    change_sentence::ChangeSentence, error_panel::ErrorPanel, headline::Headline,
    notice_bar::NoticeBar, outcome_matrix::OutcomeMatrix, page_footer::PageFooter,
    path_details::PathDetails, path_diagram::PathDiagram, sources_panel::SourcesPanel,
    switch_board::SwitchBoard, theme_picker::ThemePicker, timeline::Timeline, WorldRef,
};
use crate::components::{embed_credit::EmbedCredit, embed_dialog::EmbedDialog};
use crate::embed::{auto_height::use_auto_height, protocol::child_id_from_query};
use crate::hooks::use_url_sync::{current_query, use_url_sync};
use crate::model::{evaluate, World};
use crate::state::{Action, AppState, Theme};
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    crate::components::error_panel::install_panic_hook();
    match World::embedded() {
        Ok(world) => html! { <Explainer world={WorldRef(Rc::new(world.clone()))} /> },
        Err(errors) => {
            let message = errors
                .iter()
                .map(|e| e.to_string())
                .collect::<Vec<_>>()
                .join(" ");
            html! {
                <main class="cp" data-chip-paths-root="">
                    <ErrorPanel message={format!("The widget's data did not load: {message}")} />
                </main>
            }
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ExplainerProps {
    pub world: WorldRef,
    /// The query string to start from; `None` reads the page's own URL (in the browser).
    #[prop_or_default]
    pub query: Option<AttrValue>,
}

/// The explainer proper, with its state. Split from `App` so tests can mount it with any world.
#[component]
pub fn Explainer(props: &ExplainerProps) -> Html {
    let world = props.world.clone();
    // The starting query, read once (EMBED: auto-height also needs its Pym `childId`).
    let start_query = use_memo(props.query.clone(), |q| {
        q.as_ref()
            .map(|q| q.to_string())
            .unwrap_or_else(current_query)
    });
    use_auto_height(child_id_from_query(&start_query));
    let state = {
        let world = world.clone();
        let query = (*start_query).clone();
        use_reducer(move || {
            let (view, notices) = crate::state::parse_query(&world, &query);
            AppState::new(world, view, notices)
        })
    };
    let view = &state.view;
    let evaluation = {
        let world = world.clone();
        use_memo(view.scenario(), move |scenario| evaluate(&world, scenario))
    };

    use_url_sync(&state);
    let root = use_node_ref();
    {
        let root = root.clone();
        use_effect_with((), move |_| {
            if let Some(el) = root.cast::<web_sys::Element>() {
                let _ = el.set_attribute("data-ready", "true");
            }
            // For the load-to-interactive benchmark (e2e/bench.mjs).
            if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
                let _ = performance.mark("chip-paths-ready");
            }
        });
    }

    let dispatch = |make: fn(AttrValue) -> Action| {
        let state = state.clone();
        Callback::from(move |v: AttrValue| state.dispatch(make(v)))
    };
    let ontoggle = dispatch(Action::ToggleSwitch);
    let ondate = dispatch(Action::SetDate);
    let onselect = {
        let state = state.clone();
        Callback::from(move |d: Option<AttrValue>| state.dispatch(Action::SelectDeveloper(d)))
    };
    let onclose = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::SelectDeveloper(None)))
    };
    let onworkload = {
        let state = state.clone();
        Callback::from(move |w| state.dispatch(Action::SetWorkload(w)))
    };
    let ontheme = {
        let state = state.clone();
        Callback::from(move |t: AttrValue| {
            if let Some(theme) = Theme::from_slug(&t) {
                state.dispatch(Action::SetTheme(theme))
            }
        })
    };
    let ondismiss = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::DismissNotice))
    };

    let selected = view.developer.clone().map(AttrValue::from);
    let theme = (view.theme != Theme::Auto).then_some(view.theme.slug());
    html! {
        <div class={classes!("cp", view.embed.then_some("cp--embed"))} data-theme={theme}
            data-chip-paths-root="" ref={root}>
            <main class="cp__main">
                <header class="cp__header">
                    <h1 class="cp__title">{ "Chip Paths" }<span class="cp__subtitle">{ ": what AI-chip export controls do to China's AI developers" }</span></h1>
                    if !view.embed {
                        <ThemePicker theme={view.theme.slug()} onchange={ontheme} />
                    }
                </header>
                <NoticeBar notices={state.notices.clone()} {ondismiss} />
                <Headline world={world.clone()} evaluation={evaluation.clone()} date={view.date.clone()} />
                <ChangeSentence sentence={state.change.clone()} />
                <div class="cp__grid">
                    <div class="cp__controls">
                        <SwitchBoard world={world.clone()} on={view.on.clone()} {ontoggle} />
                    </div>
                    <div class="cp__results">
                        <section class="matrix-section" aria-labelledby="matrix-heading">
                            <h2 id="matrix-heading">{ "Paths to compute" }</h2>
                            <OutcomeMatrix world={world.clone()} evaluation={evaluation.clone()}
                                selected={selected.clone()} {onselect} />
                            <div id="path-details" class="details-slot">
                                if let Some(developer) = selected.clone() {
                                    <PathDetails world={world.clone()} evaluation={evaluation.clone()}
                                        {developer} {onclose} />
                                }
                            </div>
                        </section>
                        <PathDiagram world={world.clone()} evaluation={evaluation.clone()}
                            workload={view.workload} selected={selected} {onworkload} />
                    </div>
                    <div class="cp__timeline">
                        <Timeline world={world.clone()} date={view.date.clone()} {ondate} />
                    </div>
                </div>
                <SourcesPanel world={world.clone()} />
            </main>
            // EMBED: the full page offers the Embed dialog; embed mode keeps only a credit line.
            if !view.embed {
                <PageFooter world={world.clone()}>
                    <EmbedDialog query={AttrValue::from(crate::state::to_query(view).trim_start_matches('?').to_owned())} />
                </PageFooter>
            } else {
                <EmbedCredit query={AttrValue::from(crate::state::to_query(view))}
                    as_of={AttrValue::from(crate::model::date_label(&world.meta.as_of))} />
            }
        </div>
    }
}

//! The root component: loads the world, reads the URL once, holds the reducer, keeps the URL in
//! step with the view (push on change, follow back/forward) and lays out the explainer.

use crate::components::classroom::use_classroom;
use crate::components::status_badge::status_legend;
use crate::components::{
    change_sentence::change_sentence, error_panel::error_panel, headline::headline,
    notice_bar::notice_bar, outcome_matrix::OutcomeMatrix, page_footer::page_footer,
    path_details::PathDetails, path_diagram::PathDiagram, sources_panel::SourcesPanel,
    switch_board::switch_board, theme_picker::theme_picker, timeline::Timeline,
};
use crate::components::{embed_credit::embed_credit, embed_dialog::EmbedDialog};
use crate::embed::auto_height::use_auto_height;
use crate::hooks::use_url_sync::{current_query, use_url_sync};
use crate::state::{Action, AppState, WorldRef};
use crate::url::{Mode, Theme};
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    match crate::embedded::world() {
        Ok(world) => html! { <Explainer world={WorldRef(world)} /> },
        Err(errors) => {
            let problems: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
            html! { <DataProblems {problems} /> }
        }
    }
}

#[derive(Properties, PartialEq)]
struct DataProblemsProps {
    problems: Vec<String>,
}

/// What the reader sees when the compiled-in data is broken: every problem, by entry.
#[component]
fn DataProblems(props: &DataProblemsProps) -> Html {
    // EMBED: the host sizes its iframe to this panel too (the loader stops reporting once the
    // widget has mounted).
    use_auto_height(child_id_in(&current_query()));
    html! {
        <main class="cp cp--problems" data-chip-paths-root="">
            { error_panel("The widget's data did not load. What is wrong with it:", &props.problems) }
        </main>
    }
}

/// The raw `childId` of a query string (the height messages check it themselves): the world
/// that would parse the whole link is the thing that failed to load.
fn child_id_in(query: &str) -> Option<String> {
    query
        .trim_start_matches('?')
        .split('&')
        .find_map(|pair| pair.strip_prefix("childId="))
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::child_id_in;

    #[test]
    fn the_child_id_is_read_from_the_raw_query() {
        assert_eq!(child_id_in("?embed=1&childId=a-1").as_deref(), Some("a-1"));
        assert_eq!(child_id_in("childId=x"), Some("x".to_string()));
        assert_eq!(child_id_in("?embed=1"), None);
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
    let state = {
        let world = world.clone();
        let query = props
            .query
            .as_ref()
            .map(|q| q.to_string())
            .unwrap_or_else(current_query);
        use_reducer(move || AppState::from_query(world, &query))
    };
    // The statuses on the record at every event: the legend explains them all (and any other
    // status a what-if brings).
    let on_record = use_memo(world.clone(), |world| {
        crate::model::evaluate::statuses_on_record(world)
    });
    let view = &state.view;
    let scenario = state.scenario();
    let evaluation = state.evaluation();

    let query = use_url_sync(&state);
    // EMBED: height messages to the host page whenever framed (Pym `childId` from the URL).
    use_auto_height(view.child_id.clone());
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

    // Callbacks made once: the dispatcher never changes, so children whose data did not change
    // see equal props and skip re-rendering.
    let on = use_memo(state.dispatcher(), |d| Handlers::new(d.clone()));
    let Handlers {
        ontoggle,
        ondate,
        onpreset,
        onselect,
        onclose,
        onworkload,
        ontheme,
        ondismiss,
    } = (*on).clone();

    // classroom: the story, its keys and the presenter view (only in the classroom bundle).
    let classroom = use_classroom(&world, &state);
    let story_shown = classroom.story.is_some();
    let present = view.mode == Mode::Present;

    let selected = view.developer.clone().map(AttrValue::from);
    let date = AttrValue::from(view.effective_date(&world));
    let theme = (view.theme != Theme::Auto).then_some(view.theme.slug());
    html! {
        <div class={classes!("cp", view.embed.then_some("cp--embed"),
                story_shown.then_some("cp--story"), present.then_some("cp--present"))}
            data-theme={theme} data-mode={view.mode.slug()}
            data-chip-paths-root="" ref={root}>
            <main class="cp__main">
                { classroom.bar }
                <header class="cp__header">
                    <h1 class="cp__title">
                        <span class="cp__name">{ "Chip Paths" }</span>
                        <span class="cp__subtitle">{ "What AI-chip export controls do to China's AI developers" }</span>
                    </h1>
                    if !view.embed {
                        <div class="cp__header-tools">
                            { classroom.tools }
                            { theme_picker(view.theme.slug(), &ontheme) }
                        </div>
                    }
                </header>
                { notice_bar(&state.notices, &ondismiss) }
                if let Some(story) = classroom.story {
                    { story }
                } else {
                    { headline(&world, &evaluation, &date) }
                }
                <div class="cp__grid">
                    <div class="cp__controls">
                        { switch_board(&world, &scenario.on, &ontoggle) }
                    </div>
                    <div class="cp__results">
                        // Beside what it describes, and below the switches on a phone: a sentence
                        // that grows or shrinks must not move the switch the reader just used.
                        if !story_shown {
                            { change_sentence(state.change.as_ref()) }
                        }
                        <section class="matrix-section" aria-labelledby="matrix-heading">
                            <h2 id="matrix-heading">{ "Paths to compute" }</h2>
                            <OutcomeMatrix world={world.clone()} evaluation={evaluation.clone()}
                                selected={selected.clone()} {onselect} marks={classroom.marks.clone()} />
                            { status_legend(&on_record, &evaluation) }
                            <div id="path-details" class="details-slot">
                                if let Some(developer) = selected.clone() {
                                    <PathDetails world={world.clone()} evaluation={evaluation.clone()}
                                        date={AttrValue::from(scenario.date.clone())}
                                        {developer} {onclose} focus={state.focus_details} />
                                }
                            </div>
                        </section>
                        <PathDiagram world={world.clone()} evaluation={evaluation.clone()}
                            workload={view.workload} selected={selected} {onworkload} />
                    </div>
                    <div class="cp__timeline">
                        <Timeline world={world.clone()} date={date} {ondate} {onpreset} />
                    </div>
                </div>
                <SourcesPanel world={world.clone()} folded={view.embed} new_tab={view.embed} />
            </main>
            // EMBED: the full page offers the Embed dialog; embed mode keeps only a credit line.
            if !view.embed {
                { page_footer(&world, html! {
                    <EmbedDialog query={AttrValue::from(query.trim_start_matches('?').to_owned())} />
                }) }
            } else {
                { embed_credit(&query, Some(&crate::model::date_label(&world.meta.as_of))) }
            }
        </div>
    }
}

/// Every callback the explainer hands to its components, each dispatching one `Action`.
#[derive(Clone)]
struct Handlers {
    ontoggle: Callback<AttrValue>,
    ondate: Callback<AttrValue>,
    onpreset: Callback<AttrValue>,
    onselect: Callback<Option<AttrValue>>,
    onclose: Callback<()>,
    onworkload: Callback<crate::model::Workload>,
    ontheme: Callback<AttrValue>,
    ondismiss: Callback<()>,
}

impl Handlers {
    fn new(d: UseReducerDispatcher<AppState>) -> Self {
        let with = |f: fn(&UseReducerDispatcher<AppState>, AttrValue)| {
            let d = d.clone();
            Callback::from(move |v: AttrValue| f(&d, v))
        };
        Handlers {
            ontoggle: with(|d, v| d.dispatch(Action::ToggleSwitch(v))),
            ondate: with(|d, v| d.dispatch(Action::SetDate(v))),
            onpreset: with(|d, v| d.dispatch(Action::SetPreset(v))),
            ontheme: with(|d, v| {
                if let Some(theme) = Theme::ALL.into_iter().find(|t| t.slug() == v.as_str()) {
                    d.dispatch(Action::SetTheme(theme))
                }
            }),
            onselect: {
                let d = d.clone();
                Callback::from(move |v| d.dispatch(Action::SelectDeveloper(v)))
            },
            onclose: {
                let d = d.clone();
                Callback::from(move |_| d.dispatch(Action::SelectDeveloper(None)))
            },
            onworkload: {
                let d = d.clone();
                Callback::from(move |w| d.dispatch(Action::SetWorkload(w)))
            },
            ondismiss: Callback::from(move |_| d.dispatch(Action::DismissNotice)),
        }
    }
}

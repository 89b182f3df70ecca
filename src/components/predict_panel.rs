//! "Predict, then reveal": a story step's question, a checkbox per developer, and a Reveal
//! button; the reveal shows the model's answer with the reasons and what the students got
//! right. Native checkboxes in a fieldset and a status region make it keyboard- and
//! screen-reader-operable without extra scripting.

use super::citation::citations;
use super::status_badge::status_badge;
use super::text;
use crate::model::i18n::msg;
use crate::model::story::{candidates, reveal, score, Loss, Reveal, Score, NOBODY};
use crate::model::{path_name, path_summary};
use crate::model::{DeveloperId, IdSet};
use crate::state::WorldRef;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PredictPanelProps {
    pub world: WorldRef,
    /// The story step (from 0) whose question is asked.
    pub step: usize,
    /// Developer ids the students picked.
    pub picks: IdSet<DeveloperId>,
    pub revealed: bool,
    /// Called with a developer id to pick or unpick it.
    pub ontoggle: Callback<AttrValue>,
    pub onreveal: Callback<()>,
    /// Clears the picks and hides the answer.
    pub onretry: Callback<()>,
    /// The question with its new words made explanations (classroom: `lesson::with_terms`);
    /// `None` for the plain text.
    #[prop_or_default]
    pub prompt: Option<Html>,
}

#[component]
pub fn PredictPanel(props: &PredictPanelProps) -> Html {
    let world = props.world.clone();
    // Two evaluations per step: worth keeping across re-renders of the same step.
    let result = use_memo((world.clone(), props.step), |(world, step)| {
        reveal(world, *step)
    });
    let Some(result) = result.as_ref() else {
        return html! {};
    };
    let question = &result.question;
    let answer = result.answer();
    let picked: Vec<DeveloperId> = props
        .picks
        .iter()
        .filter(|id| id.as_str() != NOBODY)
        .cloned()
        .collect();
    let picked_nobody = props.picks.contains(NOBODY);
    // "Show answer" with nothing ticked: the answer alone, no score and no "missed".
    let untried = props.picks.is_empty();
    let tally = score(&picked, &answer);
    let name = |id: &str| text::developer_name(&world, id).to_string();

    // One button that changes its job, so keyboard focus stays on it across the reveal.
    let onaction = {
        let (onreveal, onretry) = (props.onreveal.clone(), props.onretry.clone());
        let revealed = props.revealed;
        Callback::from(move |_: MouseEvent| {
            if revealed {
                onretry.emit(())
            } else {
                onreveal.emit(())
            }
        })
    };
    // Bring the answer on screen when it appears (a projector shows one screen at a time).
    let section = use_node_ref();
    // When Reveal was pressed, focus moves from the button (now "Try again") to the result, so
    // Space and the arrows step the story on (story_keys) instead of pressing "Try again" and
    // wiping the reveal; Tab still reaches "Try again" next.
    let action = use_node_ref();
    let result_region = use_node_ref();
    {
        let (section, action, result_region) =
            (section.clone(), action.clone(), result_region.clone());
        use_effect_with(props.revealed, move |revealed| {
            if *revealed {
                scroll_into_view(&section);
                focus_from(&action, &result_region);
            }
        });
    }

    html! {
        <section class={if props.revealed { "predict predict--revealed" } else { "predict" }}
            aria-labelledby="predict-heading" ref={section}>
            <div class="predict__form">
            <h3 class="predict__heading" id="predict-heading">{ msg::predict_heading() }</h3>
                <fieldset class="predict__options">
                    <legend class="predict__prompt">{ props.prompt.clone().unwrap_or_else(|| html! { &question.prompt }) }</legend>
                    <ul class="predict__list">
                        { for candidates(&world, question.workload, &world.story[props.step].date).into_iter().map(|developer| {
                            let id = developer.id.clone();
                            let checked = props.picks.contains(&id);
                            let input_id = text::dom_id("predict", &id);
                            let onchange = {
                                let ontoggle = props.ontoggle.clone();
                                let id = AttrValue::from(id.as_str());
                                Callback::from(move |_: Event| ontoggle.emit(id.clone()))
                            };
                            let verdict = props.revealed.then(|| verdict(&tally, untried, &id)).flatten();
                            html! {
                                <li key={id.as_str()} class={verdict.map_or("predict__option", Verdict::class)}>
                                    <input type="checkbox" id={input_id.clone()} {checked}
                                        disabled={props.revealed} {onchange} />
                                    <label for={input_id}>
                                        { &developer.name }
                                        if let Some(v) = verdict {
                                            <span class="predict__verdict">
                                                <span aria-hidden="true">{ v.mark() }</span>
                                                { " " }{ v.words() }
                                            </span>
                                        }
                                    </label>
                                </li>
                            }
                        }) }
                        { nobody_option(props, picked_nobody, answer.is_empty(), untried) }
                    </ul>
                </fieldset>
                <button type="button" ref={action}
                    class={if props.revealed { "button predict__action" } else { "button predict__action button--primary" }}
                    disabled={!props.revealed && props.picks.is_empty()}
                    aria-describedby={(!props.revealed).then_some("predict-hint")}
                    onclick={onaction}>
                    { if props.revealed { msg::predict_retry() } else { msg::predict_reveal() } }
                </button>
                if !props.revealed {
                    <p class="predict__hint" id="predict-hint">
                        { if props.picks.is_empty() { msg::predict_tick_first() } else { msg::predict_ready() } }
                    </p>
                }
            </div>
            <div class="predict__outcome">
            <div class="predict__result" role="status" aria-live="polite" tabindex="-1"
                ref={result_region}>
                if props.revealed {
                    <p class="predict__score">{ summary(&tally, &answer, picked_nobody, untried, &name) }</p>
                }
            </div>
            if props.revealed {
                // The answer in words, as story.toml states it (and the tests check it).
                if !question.answer_text.is_empty() {
                    <p class="predict__answer-text">{ &question.answer_text }</p>
                }
                // The reasons with their sources, folded: the short answer comes first.
                <details class="predict__more">
                    <summary>{ msg::predict_why() }</summary>
                    { explanation(&world, result) }
                    { kept(&world, result, &tally.wrong) }
                </details>
            }
            </div>
        </section>
    }
}

/// The "nobody" choice: right when no main path gets worse; unmarked when neither ticked nor
/// the answer.
fn nobody_option(
    props: &PredictPanelProps,
    checked: bool,
    answer_is_nobody: bool,
    untried: bool,
) -> Html {
    let verdict = props
        .revealed
        .then_some(match (checked, answer_is_nobody) {
            (true, true) => Some(Verdict::Right),
            (false, true) if untried => Some(Verdict::Answer),
            (false, true) => Some(Verdict::Missed),
            (true, false) => Some(Verdict::Wrong),
            (false, false) => None,
        })
        .flatten();
    let onchange = {
        let ontoggle = props.ontoggle.clone();
        Callback::from(move |_: Event| ontoggle.emit(AttrValue::from(NOBODY)))
    };
    let words = verdict.map_or("", Verdict::words);
    html! {
        <li key={NOBODY} class={verdict.map_or("predict__option predict__option--nobody", Verdict::class)}>
            <input type="checkbox" id="predict-nobody" {checked} disabled={props.revealed} {onchange} />
            <label for="predict-nobody">
                { msg::predict_nobody() }
                if let Some(v) = verdict {
                    <span class="predict__verdict">
                        <span aria-hidden="true">{ v.mark() }</span>{ " " }{ words }
                    </span>
                }
            </label>
        </li>
    }
}

/// Scrolls the element into view only as far as needed to show it (nothing when it is shown).
fn scroll_into_view(node: &NodeRef) {
    #[cfg(target_arch = "wasm32")]
    if let Some(element) = node.cast::<web_sys::Element>() {
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        element.scroll_into_view_with_scroll_into_view_options(&options);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = node;
}

/// Moves focus to `to` if it is on `from` (the Reveal button); elsewhere it stays.
fn focus_from(from: &NodeRef, to: &NodeRef) {
    #[cfg(target_arch = "wasm32")]
    {
        let active = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.active_element());
        let on_button =
            matches!((active, from.cast::<web_sys::Element>()), (Some(a), Some(b)) if a == b);
        if let (true, Some(target)) = (on_button, to.cast::<web_sys::HtmlElement>()) {
            let _ = target.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (from, to);
}

/// How one developer's pick came out. A choice neither ticked nor in the answer gets none: on a
/// projector "✓ right" beside a box nobody ticked reads as part of the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Verdict {
    /// Picked and in the answer.
    Right,
    /// In the answer, not picked (while something else was).
    Missed,
    /// Picked, not in the answer.
    Wrong,
    /// In the answer, shown by the teacher's "Show answer" with nothing ticked.
    Answer,
}

impl Verdict {
    /// The option's classes, written out whole: static strings cost less code than assembling.
    fn class(self) -> &'static str {
        match self {
            Verdict::Right => "predict__option predict__option--right",
            Verdict::Answer => "predict__option predict__option--answer",
            Verdict::Missed => "predict__option predict__option--missed",
            Verdict::Wrong => "predict__option predict__option--wrong",
        }
    }
    /// A shape, so the verdict never relies on colour alone.
    fn mark(self) -> &'static str {
        match self {
            Verdict::Right => "✓",
            Verdict::Answer => "★",
            Verdict::Missed | Verdict::Wrong => "✗",
        }
    }
    fn words(self) -> &'static str {
        match self {
            // Short, to sit beside the name on a projector: the matrix marks who gets worse
            // and the score line names them.
            Verdict::Right => msg::verdict_right(),
            Verdict::Answer => msg::verdict_answer(),
            Verdict::Missed => msg::verdict_missed(),
            Verdict::Wrong => msg::verdict_wrong(),
        }
    }
}

fn verdict(tally: &Score, untried: bool, id: &str) -> Option<Verdict> {
    let has = |list: &[DeveloperId]| list.iter().any(|x| x == id);
    if has(&tally.right) {
        Some(Verdict::Right)
    } else if has(&tally.missed) {
        Some(if untried {
            Verdict::Answer
        } else {
            Verdict::Missed
        })
    } else if has(&tally.wrong) {
        Some(Verdict::Wrong)
    } else {
        None
    }
}

/// One sentence for the status region: the score, then what was missed and what was not hit;
/// with nothing ticked (the teacher's "Show answer"), the answer alone.
fn summary(
    tally: &Score,
    answer: &[DeveloperId],
    picked_nobody: bool,
    untried: bool,
    name: &dyn Fn(&str) -> String,
) -> String {
    let names = |ids: &[DeveloperId]| {
        ids.iter()
            .map(|id| name(id))
            .collect::<Vec<_>>()
            .join(msg::list_separator())
    };
    if picked_nobody && !answer.is_empty() {
        return msg::score_not_nobody(&names(answer));
    }
    if untried {
        return if answer.is_empty() {
            msg::score_nobody().to_string()
        } else {
            msg::score_answer(&names(answer))
        };
    }
    let mut sentence = if answer.is_empty() {
        msg::score_nobody().to_string()
    } else {
        msg::score_found(
            &tally.right.len().to_string(),
            &answer.len().to_string(),
            &names(answer),
        )
    };
    if !tally.missed.is_empty() {
        sentence.push_str(&msg::score_missed(&names(&tally.missed)));
    }
    if !tally.wrong.is_empty() {
        sentence.push_str(&msg::score_kept(&names(&tally.wrong)));
    }
    if tally.is_perfect() {
        sentence.push_str(msg::score_all_correct());
    }
    sentence
}

/// Why: for each developer who loses, the lost path, its new status and the reasons.
pub(crate) fn explanation(world: &WorldRef, result: &Reveal) -> Html {
    if result.losses.is_empty() {
        return html! {
            <p class="predict__none">
                { msg::predict_none_worse(result.question.workload.word()) }
            </p>
        };
    }
    html! {
        <ul class="predict__why">
            { for result.losses.iter().map(|loss| loss_item(world, loss)) }
        </ul>
    }
}

/// For each wrong pick, the main path it keeps: why the switch did not hurt it.
fn kept(world: &WorldRef, result: &Reveal, wrong: &[DeveloperId]) -> Html {
    let workload = result.question.workload;
    let main = |id: &str| result.after.outcome(id, workload).and_then(|o| o.main());
    html! {
        if !wrong.is_empty() {
            <ul class="predict__kept">
                { for wrong.iter().filter_map(|id| main(id).map(|path| html! {
                    <li key={id.as_str()}>
                        <strong>{ text::developer_name(world, id) }</strong>
                        { msg::predict_keeps() }
                        { status_badge(path.status) }
                        { " " }{ path_summary(world, path) }
                    </li>
                })) }
            </ul>
        }
    }
}

fn loss_item(world: &WorldRef, loss: &Loss) -> Html {
    let lost = path_name(world, &loss.lost.chip, loss.lost.route);
    let same_path = loss.lost.chip == loss.fallback.chip && loss.lost.route == loss.fallback.route;
    html! {
        <li key={loss.developer.as_str()} class="predict__loss">
            <p class="predict__loss-head">
                <strong>{ text::developer_name(world, &loss.developer) }</strong>
                { msg::predict_goes_from() }
                { status_badge(loss.before) }
                { msg::predict_to() }
                { status_badge(loss.after) }
            </p>
            <ul class="predict__reasons">
                { for loss.lost.reasons.iter().map(|reason| html! {
                    <li>
                        { msg::timeline_event(&lost, &reason.text) }{ " " }
                        { citations(world, &reason.sources) }
                    </li>
                }) }
                if !same_path {
                    <li class="predict__fallback">
                        { msg::predict_fallback(&path_summary(world, &loss.fallback)) }
                    </li>
                }
            </ul>
        </li>
    }
}

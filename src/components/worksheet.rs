//! worksheet: the story's questions on paper. The worksheet asks each question with its
//! choices and room to write, and gives no answer; the answer key, a separate sheet, gives the
//! model's answer with the same reasons and sources the reveal shows, and the sources in full
//! (title, address) for paper, where no link can be followed; under each answer the sources the
//! question rests on (its policy's and its step's, audit9 D4: a "Nobody" answer has no reason to
//! cite), and at the foot of both sheets the date the data stops at. Classroom bundle only (the story
//! is not in the reader's data). Printing with a sheet open prints the sheet alone
//! (`style/present.css`).

use super::citation::citations;
use super::predict_panel::explanation;
use super::text;
use crate::model::export::source_line;
use crate::model::i18n::msg;
use crate::model::story::{candidates, question_sources, question_step, reveal};
use crate::model::{date_label, SourceId, World};
use crate::state::WorldRef;
use yew::prelude::*;

/// Which sheet is open.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    Worksheet,
    AnswerKey,
}

/// The story's steps that ask a question: (step index, its number among the questions).
fn questions(world: &World) -> impl Iterator<Item = (usize, usize)> + '_ {
    world
        .story
        .iter()
        .enumerate()
        .filter(|(_, step)| step.question.is_some())
        .enumerate()
        .map(|(n, (index, _))| (index, n + 1))
}

/// "Question 3 · Next: “Beijing pushes back” (work from the situation on 11 August 2025)": the
/// title of the step the question asks about (`story::question_step`, a later one: audit9 D9),
/// and the date of the step it is asked on, whose matrix its answer is worked out from (said so,
/// or the date reads as the event's: review10). A question whose switch no later step moves
/// keeps its own step's title, without "Next".
fn question_heading(world: &World, index: usize, n: usize) -> String {
    let asked = &world.story[index];
    let (n, date) = (n.to_string(), date_label(&asked.date));
    match question_step(world, index) {
        Some(later) => msg::sheet_question_next(&n, &world.story[later].title, &date),
        None => msg::sheet_question(&n, &asked.title, &date),
    }
}

/// The open sheet with its Print and Close buttons.
pub fn sheet(world: &WorldRef, which: Sheet, onclose: Callback<MouseEvent>) -> Html {
    let body = match which {
        Sheet::Worksheet => worksheet(world),
        Sheet::AnswerKey => answer_key(world),
    };
    html! {
        <section id="sheet" class="sheet" aria-labelledby="sheet-heading">
            <div class="sheet__tools">
                <button type="button" class="button" onclick={Callback::from(|_: MouseEvent| print_page())}>{ msg::sheet_print() }</button>
                <button type="button" class="button button--quiet" onclick={onclose}>{ msg::sheet_close() }</button>
            </div>
            { body }
        </section>
    }
}

/// The questions with their choices and room for the reasons; no answer, no status.
pub fn worksheet(world: &World) -> Html {
    html! {
        <>
            <h2 id="sheet-heading">{ msg::sheet_worksheet_heading() }</h2>
            <p class="sheet__name">{ msg::sheet_name() }</p>
            <p>{ msg::sheet_worksheet_intro() }{ msg::sentence_separator() }{ msg::sheet_main_path() }</p>
            <ol class="sheet__questions">
                { for questions(world).filter_map(|(index, n)| {
                    let step = &world.story[index];
                    let question = step.question.as_ref()?;
                    let choices = candidates(world, question.workload, &step.date);
                    Some(html! {
                        <li class="sheet__question" key={index}>
                            <h3>{ question_heading(world, index, n) }</h3>
                            <p>{ &question.prompt }</p>
                            <ul class="sheet__choices">
                                { for choices.iter().map(|d| html! {
                                    <li><span class="sheet__box" aria-hidden="true">{ "☐ " }</span>{ &d.name }</li>
                                }) }
                                <li><span class="sheet__box" aria-hidden="true">{ "☐ " }</span>{ msg::sheet_nobody() }</li>
                            </ul>
                            <p class="sheet__why">{ msg::sheet_why() }</p>
                        </li>
                    })
                }) }
            </ol>
            <p class="sheet__stamp">{ source_line(world) }</p>
        </>
    }
}

/// Each question's answer, the reasons with their citations, then every cited source in full.
pub fn answer_key(world: &WorldRef) -> Html {
    let mut cited: Vec<SourceId> = Vec::new();
    let items: Vec<Html> = questions(world)
        .filter_map(|(index, n)| {
            let result = reveal(world, index)?;
            for loss in &result.losses {
                for reason in &loss.lost.reasons {
                    for id in &reason.sources {
                        if !cited.contains(id) {
                            cited.push(id.clone());
                        }
                    }
                }
            }
            let sources = question_sources(world, index);
            for id in &sources {
                if !cited.contains(id) {
                    cited.push(id.clone());
                }
            }
            let answer = if result.losses.is_empty() {
                msg::score_nobody().to_string()
            } else {
                let names: Vec<&str> = result
                    .losses
                    .iter()
                    .map(|l| text::developer_name(world, &l.developer))
                    .collect();
                names.join(", ")
            };
            Some(html! {
                <li class="sheet__question" key={index}>
                    <h3>{ question_heading(world, index, n) }</h3>
                    <p>{ &result.question.prompt }</p>
                    <p class="sheet__answer"><strong>{ msg::sheet_answer() }</strong>{ " " }{ answer }</p>
                    if !result.question.answer_text.is_empty() {
                        <p>{ &result.question.answer_text }</p>
                    }
                    { explanation(world, &result) }
                    if !sources.is_empty() {
                        <p class="sheet__sources-for">{ msg::sheet_sources_for() }{ citations(world, &sources) }</p>
                    }
                </li>
            })
        })
        .collect();
    html! {
        <>
            <h2 id="sheet-heading">{ msg::sheet_answer_key_heading() }</h2>
            <p>{ msg::sheet_answer_key_intro() }{ msg::sentence_separator() }{ msg::sheet_main_path() }</p>
            <ol class="sheet__questions">{ for items }</ol>
            <h3>{ msg::sources_heading() }</h3>
            <ul class="sheet__sources">
                { for cited.iter().filter_map(|id| world.sources.iter().find(|s| &s.id == id)).map(|s| html! {
                    <li>
                        { citations(world, std::slice::from_ref(&s.id)) }{ " " }{ &s.title }
                        if let Some(url) = &s.url {
                            { " " }<span class="sheet__url">{ url }</span>
                        }
                    </li>
                }) }
            </ul>
            <p class="sheet__stamp">{ source_line(world) }</p>
        </>
    }
}

/// The browser's print dialog (the page's print stylesheet shows the sheet alone).
fn print_page() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The rendered page with the common entities decoded, to look for data text in it.
    fn plain(html: &str) -> String {
        html.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&amp;", "&")
    }

    fn world() -> WorldRef {
        WorldRef(crate::embedded::world().unwrap())
    }

    async fn render(which: Sheet) -> String {
        #[derive(Properties, PartialEq)]
        struct P {
            which: Sheet,
        }
        #[function_component]
        fn S(p: &P) -> Html {
            sheet(&world(), p.which, Callback::noop())
        }
        let html = yew::LocalServerRenderer::<S>::with_props(P { which })
            .hydratable(false)
            .render()
            .await;
        plain(&html)
    }

    #[tokio::test]
    async fn the_worksheet_asks_every_question_with_its_choices_and_no_answer() {
        let w = world();
        let html = render(Sheet::Worksheet).await;
        let asked: Vec<_> = w.story.iter().filter_map(|s| s.question.as_ref()).collect();
        assert!(!asked.is_empty());
        for (step, q) in w
            .story
            .iter()
            .filter_map(|s| Some((s, s.question.as_ref()?)))
        {
            assert!(html.contains(&q.prompt), "{}", q.prompt);
            for d in candidates(&w, q.workload, &step.date) {
                assert!(
                    html.contains(&format!("</span>{}</li>", d.name)),
                    "{}",
                    d.name
                );
            }
            if !q.answer_text.is_empty() {
                assert!(
                    !html.contains(&q.answer_text),
                    "answer leaked: {}",
                    q.answer_text
                );
            }
        }
        assert_eq!(
            html.matches("class=\"sheet__question\"").count(),
            asked.len()
        );
        // No status word, no reason, no citation: nothing that gives the answer away.
        assert!(
            !html.contains("status-badge") && !html.contains("class=\"cites\""),
            "{html}"
        );
    }

    /// audit9 D9: a question is headed with the title of the step it asks about (the next one,
    /// whose event moves its switch), dated with the step it is asked on, on both sheets; not
    /// with the title of the step it is asked on.
    #[tokio::test]
    async fn both_sheets_head_a_question_with_the_step_it_asks_about() {
        let w = world();
        for which in [Sheet::Worksheet, Sheet::AnswerKey] {
            let html = render(which).await;
            let headings: Vec<&str> = html
                .split("<h3>")
                .skip(1)
                .filter_map(|h| h.split("</h3>").next())
                .filter(|h| h.starts_with("Question "))
                .collect();
            let mut n = 0;
            for (index, step) in w.story.iter().enumerate() {
                if step.question.is_none() {
                    continue;
                }
                n += 1;
                let about = &w.story[question_step(&w, index).expect("a later step")];
                let want = format!(
                    "Question {n} · Next: “{}” (work from the situation on {})",
                    about.title,
                    date_label(&step.date)
                );
                assert_eq!(
                    headings.get(n - 1).copied(),
                    Some(want.as_str()),
                    "{which:?}"
                );
                assert!(
                    !headings[n - 1].contains(&step.title),
                    "{which:?}: question {n} is headed with the step it is asked on: {}",
                    step.title
                );
            }
            assert_eq!(headings.len(), n);
        }
    }

    #[tokio::test]
    async fn the_answer_key_gives_the_models_answer_with_reasons_and_sources() {
        let w = world();
        let html = render(Sheet::AnswerKey).await;
        for (index, step) in w.story.iter().enumerate() {
            let Some(result) = reveal(&w, index) else {
                continue;
            };
            assert!(step.question.is_some());
            for loss in &result.losses {
                for reason in &loss.lost.reasons {
                    assert!(html.contains(&reason.text), "{}", reason.text);
                    for id in &reason.sources {
                        let s = w.sources.iter().find(|s| &s.id == id).unwrap();
                        assert!(html.contains(&s.title), "{}", s.title);
                    }
                }
            }
        }
        assert!(html.contains(msg::sheet_answer_key_heading()));
    }

    /// audit9 D4: on paper the "Nobody" answers cited nothing and neither sheet said when the
    /// data stops. Every answer now cites the sources its question rests on (its policy's and its
    /// step's, outlet, date and confidence as the citations elsewhere), listed in full at the
    /// end too, and both sheets end with the data's "as of" line.
    #[tokio::test]
    async fn every_answer_cites_its_questions_sources_and_both_sheets_say_when_the_data_stops() {
        let w = world();
        let key = render(Sheet::AnswerKey).await;
        let stamp = source_line(&w);
        assert!(
            stamp.starts_with("Source: Chip Paths, data as of "),
            "{stamp}"
        );
        let answers: Vec<&str> = key.split("class=\"sheet__question\"").skip(1).collect();
        let mut nobody = 0;
        for (n, (index, _)) in w
            .story
            .iter()
            .enumerate()
            .filter(|(_, s)| s.question.is_some())
            .enumerate()
        {
            let result = reveal(&w, index).expect("a question");
            nobody += usize::from(result.losses.is_empty());
            let answer = answers[n];
            let (_, cited) = answer
                .split_once(msg::sheet_sources_for())
                .unwrap_or_else(|| panic!("question {}: no sources: {answer}", n + 1));
            let question = result.question;
            let policy = w.policy(&question.policy).expect("policy");
            let sources = question_sources(&w, index);
            assert!(policy
                .sources
                .iter()
                .chain(&question.sources)
                .all(|id| sources.contains(id)));
            for id in &sources {
                let s = w.sources.iter().find(|s| &s.id == id).expect("source");
                let cite = msg::cite(&s.outlet, &date_label(&s.date));
                let conf = msg::cite_confidence(s.confidence.label());
                assert!(
                    cited.contains(&format!("{cite}<span class=\"cite__conf\">{conf}")),
                    "question {}: {cite}{conf} in {cited}",
                    n + 1
                );
                // And in the list of every source at the end, with its title.
                let (_, list) = key.rsplit_once(msg::sources_heading()).expect("the list");
                assert!(list.contains(&s.title), "{}", s.title);
            }
        }
        assert!(nobody > 0, "the story has a Nobody answer");
        assert!(
            key.trim_end()
                .ends_with(&format!("<p class=\"sheet__stamp\">{stamp}</p></section>")),
            "{key}"
        );
        let sheet = render(Sheet::Worksheet).await;
        assert!(
            sheet
                .trim_end()
                .ends_with(&format!("<p class=\"sheet__stamp\">{stamp}</p></section>")),
            "{sheet}"
        );
        // On paper there is no start card: each sheet says once what a main path is, modelled
        // ones included (review9, finding 18), and no prompt repeats a narrower definition.
        let main_path = msg::sheet_main_path().replace('“', "&#x201c;");
        for page in [&key, &sheet] {
            let said = page.contains(msg::sheet_main_path()) || page.contains(&main_path);
            assert!(said, "{page}");
            assert!(
                !page.contains("(Main path: what a developer is reported"),
                "{page}"
            );
        }
    }
}

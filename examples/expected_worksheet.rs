//! Prints, as JSON, what the classroom's worksheet and answer key must show (issue 17): for
//! each story step that asks a question, its heading (the title of the step it asks about, the
//! next one, and the date it is asked at: audit9 D9), its prompt, the developers offered as choices, and
//! the model's answer with each reason's text and its sources' outlets and titles; the sources
//! each answer cites for its question (its policy's and the question's own: outlet, date and
//! confidence as the citation reads, and the title listed at the end); and the line both sheets
//! end with, the data's "as of" date.
//! e2e/kit-worksheet.test.mjs checks the printed sheets against it.

use chip_paths::model::date_label;
use chip_paths::model::export::source_line;
use chip_paths::model::i18n::msg;
use chip_paths::model::story::{candidates, question_sources, question_step, reveal};
use serde_json::{json, Value};

fn main() {
    let world = chip_paths::embedded::world().expect("the embedded data is invalid");
    let name = |id: &str| {
        world
            .developer(id)
            .map_or(id, |d| d.name.as_str())
            .to_owned()
    };
    let questions: Vec<Value> = world
        .story
        .iter()
        .enumerate()
        .filter(|(_, step)| step.question.is_some())
        .enumerate()
        .filter_map(|(n, (index, step))| {
            let question = step.question.as_ref()?;
            let result = reveal(world, index)?;
            let about = question_step(world, index).map_or(step, |later| &world.story[later]);
            let reasons: Vec<Value> = result
                .losses
                .iter()
                .flat_map(|loss| &loss.lost.reasons)
                .map(|reason| {
                    let sources: Vec<Value> = reason
                        .sources
                        .iter()
                        .filter_map(|id| world.sources.iter().find(|s| &s.id == id))
                        .map(|s| json!({ "outlet": s.outlet, "title": s.title }))
                        .collect();
                    json!({ "text": reason.text, "sources": sources })
                })
                .collect();
            Some(json!({
                "heading": match question_step(world, index) {
                    Some(_) => msg::sheet_question_next(
                        &(n + 1).to_string(),
                        &about.title,
                        &date_label(&step.date),
                    ),
                    None => msg::sheet_question(
                        &(n + 1).to_string(),
                        &about.title,
                        &date_label(&step.date),
                    ),
                },
                "prompt": question.prompt,
                "answerText": question.answer_text,
                "choices": candidates(world, question.workload, &step.date)
                    .iter()
                    .map(|d| d.name.clone())
                    .collect::<Vec<_>>(),
                "answer": result.losses.iter().map(|l| name(&l.developer)).collect::<Vec<_>>(),
                "reasons": reasons,
                "questionSources": question_sources(world, index)
                    .iter()
                    .filter_map(|id| world.sources.iter().find(|s| &s.id == id))
                    .map(|s| json!({
                        "cite": msg::cite(&s.outlet, &date_label(&s.date))
                            + &msg::cite_confidence(s.confidence.label()),
                        "title": s.title,
                    }))
                    .collect::<Vec<_>>(),
            }))
        })
        .collect();
    println!(
        "{}",
        json!({ "questions": questions, "stamp": source_line(world) })
    );
}

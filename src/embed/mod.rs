//! Embedding on news pages: the host protocols (pure, in `protocol`) and the browser edge that
//! sends and answers them (`auto_height`), and the Embed dialog's height preview (`measure`).

pub mod auto_height;
pub mod measure;
pub mod protocol;

//! `language-tables DIR`: writes the language tables a release wasm does not carry (every language
//! but English) into DIR, one file each, named as the wasm will ask for them: the widget's
//! (`lang-ko-<version>.json`) and the editor's (`editor-ko-<version>.json`).
//! Beside them, `embed-words.json`: the words the post-build writes into `embed.js`
//! (`milestone_tracker::export::embed_words`). `scripts/build` runs it (the post-build step itself when
//! there is no `scripts/build`, as under `trunk serve`); the post-build puts the tables beside the wasm
//! and into `standalone.html`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use milestone_tracker::i18n::Lang;
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: language-tables DIR");
        std::process::exit(2);
    };
    std::fs::create_dir_all(&dir).expect("the folder can be made");
    for lang in Lang::ALL.into_iter().filter(|l| *l != Lang::En) {
        let path = std::path::Path::new(&dir).join(lang.table_file());
        std::fs::write(&path, lang.texts().to_json()).expect("the table can be written");
        println!("{}", path.display());
        let editor = std::path::Path::new(&dir).join(lang.editor_table_file());
        let words = milestone_tracker::i18n::table_to_json(lang.editor_texts());
        std::fs::write(&editor, words).expect("the editor's table can be written");
        println!("{}", editor.display());
    }
    let words = std::path::Path::new(&dir).join("embed-words.json");
    std::fs::write(&words, milestone_tracker::export::embed_words::json())
        .expect("the embed words can be written");
    println!("{}", words.display());
}

#[cfg(target_arch = "wasm32")]
fn main() {}

// The migrations are embedded by `sqlx::migrate!`: rebuild when one changes (sqlx's advice;
// cargo does not see files a macro reads on stable Rust). The shipped templates are embedded
// too, for `guichet init` to write them out: `$OUT_DIR/templates.rs` lists them.
use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=migrations");
    println!("cargo:rerun-if-changed=templates");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("templates directory")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".hbs"))
        .collect();
    names.sort();
    let mut code = String::from(
        "/// The templates shipped in `templates/`: (file name, text).\npub const SHIPPED: &[(&str, &str)] = &[\n",
    );
    for name in names {
        let path = dir.join(&name);
        let _ = writeln!(code, "    ({name:?}, include_str!({:?})),", path.display().to_string());
    }
    code.push_str("];\n");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("templates.rs");
    std::fs::write(out, code).expect("write templates.rs");
}

// The migrations are embedded by `sqlx::migrate!`: rebuild when one changes (sqlx's advice;
// cargo does not see files a macro reads on stable Rust).
fn main() {
    println!("cargo:rerun-if-changed=migrations");
}

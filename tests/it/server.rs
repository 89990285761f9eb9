//! `khabar serve` is opt-out: the library and a CLI built without the `server` feature link
//! none of the HTTP stack, and the default CLI does.

use std::process::Command;

use crate::support::root;

/// The crates `cargo tree -e normal` lists for `args`, one name a line.
fn normal_dependencies(args: &[&str]) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .current_dir(root())
        .args(["tree", "--offline", "-e", "normal", "--prefix", "none"])
        .args(args)
        .output()
        .expect("cargo tree runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

const HTTP_STACK: [&str; 5] = ["axum", "tokio", "hyper", "tower", "khabar-server"];

#[test]
fn only_the_default_cli_links_the_http_stack() {
    let library = normal_dependencies(&["-p", "khabar"]);
    let plain_cli = normal_dependencies(&["-p", "khabar-runner", "--no-default-features"]);
    let cli = normal_dependencies(&["-p", "khabar-runner"]);
    for name in HTTP_STACK {
        assert!(!library.iter().any(|d| d == name), "khabar links {name}");
        assert!(
            !plain_cli.iter().any(|d| d == name),
            "khabar-runner without `server` links {name}"
        );
        assert!(
            cli.iter().any(|d| d == name),
            "khabar-runner does not link {name}"
        );
    }
}

//! `naba view` pages checked in a real browser: Debian's `chromium`, headless, driven by
//! puppeteer-core (`tests/browser/check_view.js` says what it checks from the DOM). Pages of both
//! seed articles and of a hostile text; screenshots of each are left in
//! `target/tmp/view/` (CARGO_TARGET_TMPDIR) as test artifacts.
//!
//! Needs `node`, `npm ci --prefix tests/browser` and chromium (`apt-get install chromium`);
//! `scripts/test` installs the npm part when npm is there. Without them the test prints a
//! `SKIPPED` line, unless NABA_REQUIRE_BROWSER=1 (set by .ci/run), which makes it fail.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use naba::proto;
use naba::service::{enrich_in_process, json, Limits};
use naba::view::{render_page, Article};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Node, the npm packages and chromium, or the reason one is missing.
fn browser_tools() -> Result<(PathBuf, PathBuf), String> {
    let node =
        std::env::var_os("NABA_TEST_NODE").map_or_else(|| PathBuf::from("node"), PathBuf::from);
    let chromium = std::env::var_os("NABA_TEST_CHROMIUM")
        .map_or_else(|| PathBuf::from("/usr/bin/chromium"), PathBuf::from);
    let puppeteer = root().join("tests/browser/node_modules/puppeteer-core");
    if Command::new(&node).arg("--version").output().is_err() {
        return Err(format!("`{}` not found", node.display()));
    }
    if !puppeteer.exists() {
        return Err("puppeteer-core missing: run `npm ci --prefix tests/browser`".into());
    }
    if !chromium.exists() {
        return Err(format!(
            "{} missing: apt-get install chromium",
            chromium.display()
        ));
    }
    Ok((node, chromium))
}

/// Writes the page and the response it was made from; the manifest entry for the checker.
fn make_page(dir: &Path, name: &str, text: &str, literal: &[&str]) -> serde_json::Value {
    let request = proto::EnrichRequest {
        document_id: name.into(),
        text: text.into(),
        ..Default::default()
    };
    let response = enrich_in_process(&common::pipeline(), request, &Limits::default()).unwrap();
    let html = render_page(&Article {
        text,
        response: &response,
    });
    let html_path = dir.join(format!("{name}.html"));
    let response_path = dir.join(format!("{name}.json"));
    std::fs::write(&html_path, html).unwrap();
    std::fs::write(&response_path, json::response_to_json(&response, true)).unwrap();
    serde_json::json!({
        "html": html_path,
        "response": response_path,
        "screenshot": dir.join(format!("{name}.png")),
        "literal": literal,
    })
}

#[test]
fn seed_pages_highlight_every_mention_and_quote_in_a_real_browser() {
    let (node, chromium) = match browser_tools() {
        Ok(tools) => tools,
        Err(reason) => {
            assert!(
                !common::required("NABA_REQUIRE_BROWSER"),
                "NABA_REQUIRE_BROWSER=1 but {reason}"
            );
            common::announce_skip(&reason);
            return;
        }
    };
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("view");
    std::fs::create_dir_all(&dir).unwrap();
    let seed_ar =
        std::fs::read_to_string(root().join("seeds/ar/000_96ef49ff8062f27d.txt")).unwrap();
    let seed_en = std::fs::read_to_string(root().join("seeds/en/001_port_authority.txt")).unwrap();
    let hostile = "<script>alert(1)</script>\n\
                   قال الوزير \"><img src=x onerror=alert(2)> إن الوضع مستقر.\n\
                   Smith said: \"<b>bold</b> & 'fine'\" in London.";
    let manifest = serde_json::json!([
        make_page(&dir, "seed_ar", &seed_ar, &[]),
        make_page(&dir, "seed_en", &seed_en, &[]),
        make_page(
            &dir,
            "hostile",
            hostile,
            &[
                "<script>alert(1)</script>",
                "\"><img src=x onerror=alert(2)>",
                "<b>bold</b>"
            ],
        ),
    ]);
    let manifest_path = dir.join("manifest.json");
    std::fs::write(&manifest_path, manifest.to_string()).unwrap();
    let output = Command::new(node)
        .arg(root().join("tests/browser/check_view.js"))
        .arg(&manifest_path)
        .env("NABA_TEST_CHROMIUM", chromium)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "browser checks failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let results: Vec<serde_json::Value> = stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    assert_eq!(results.len(), 3);
    // The checks ran on real content: the Arabic seed is laid out right to left, the English
    // one left to right, and both have mentions and quotes to check.
    let seed_ar = &results[0];
    assert!(seed_ar["rtlParagraphs"].as_u64().unwrap() >= 5, "{seed_ar}");
    assert!(seed_ar["mentions"].as_u64().unwrap() >= 10, "{seed_ar}");
    assert!(seed_ar["quotes"].as_u64().unwrap() >= 10, "{seed_ar}");
    let seed_en = &results[1];
    assert!(seed_en["ltrParagraphs"].as_u64().unwrap() >= 3, "{seed_en}");
    assert!(seed_en["quotes"].as_u64().unwrap() >= 3, "{seed_en}");
    for name in ["seed_ar", "seed_en", "hostile"] {
        let png = dir.join(format!("{name}.png"));
        assert!(
            std::fs::metadata(&png).unwrap().len() > 10_000,
            "{}",
            png.display()
        );
    }
    eprintln!("screenshots in {}", dir.display());
}

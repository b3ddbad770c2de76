// Decodes every case (a documented example) with the generated Rust models (serde_json, as the
// generated client does) and encodes it back. Usage: xlangcheck cases.json results.json.
#![allow(clippy::all, unused_imports, dead_code)]
mod models;
mod registry;

use serde::{de::DeserializeOwned, Serialize};
use serde_json::{json, Value};

pub fn round_trip<T: DeserializeOwned + Serialize>(text: &str) -> Result<String, String> {
    let value: T = serde_json::from_str(text).map_err(|error| error.to_string())?;
    serde_json::to_string(&value).map_err(|error| error.to_string())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() != 3 {
        eprintln!("usage: xlangcheck cases.json results.json");
        std::process::exit(2);
    }
    let cases: Vec<Value> = serde_json::from_str(&std::fs::read_to_string(&args[1]).unwrap()).unwrap();
    let results: Vec<Value> = cases
        .iter()
        .map(|case| {
            let (id, kind, text) = (&case["id"], case["type"].as_str().unwrap(), case["json"].as_str().unwrap());
            match registry::decode(kind, text) {
                Ok(encoded) => json!({"id": id, "json": encoded}),
                Err(error) => json!({"id": id, "error": format!("{kind}: {error}")}),
            }
        })
        .collect();
    std::fs::write(&args[2], serde_json::to_string_pretty(&results).unwrap()).unwrap();
}

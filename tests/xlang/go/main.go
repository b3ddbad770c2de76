// Decodes every case (a documented example) with the generated Go models, the way the generated
// client decodes a response (encoding/json into the operation's type), and encodes it back.
// Usage: decode cases.json results.json (tests/xlang/xlang.py writes the cases and compares).
package main

import (
	"encoding/json"
	"fmt"
	"os"
)

type testCase struct {
	ID   string `json:"id"`
	Type string `json:"type"`
	JSON string `json:"json"`
}

type result struct {
	ID    string `json:"id"`
	JSON  string `json:"json,omitempty"`
	Error string `json:"error,omitempty"`
}

func roundTrip[T any](data []byte) ([]byte, error) {
	var value T
	if err := json.Unmarshal(data, &value); err != nil {
		return nil, err
	}
	return json.Marshal(value)
}

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: decode cases.json results.json")
		os.Exit(2)
	}
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		panic(err)
	}
	var cases []testCase
	if err := json.Unmarshal(raw, &cases); err != nil {
		panic(err)
	}
	results := make([]result, 0, len(cases))
	for _, c := range cases {
		decode, known := decoders[c.Type]
		if !known {
			results = append(results, result{ID: c.ID, Error: "no generated type " + c.Type})
			continue
		}
		encoded, err := decode([]byte(c.JSON))
		if err != nil {
			results = append(results, result{ID: c.ID, Error: fmt.Sprintf("%s: %v", c.Type, err)})
			continue
		}
		results = append(results, result{ID: c.ID, JSON: string(encoded)})
	}
	out, err := json.MarshalIndent(results, "", " ")
	if err != nil {
		panic(err)
	}
	if err := os.WriteFile(os.Args[2], out, 0o644); err != nil {
		panic(err)
	}
}

import { describe, expect, it } from "vitest";
import {
  akismetOracleApp,
  corpusText,
} from "../../../../bench/spam/akismetOracle.ts";
import type { CorpusMessage } from "../../../../bench/spam/corpus.ts";

const corpus: CorpusMessage[] = [
  {
    label: "spam",
    lang: "de",
    name: "Kredit",
    url: null,
    body: "Kredit ohne Schufa https://kredit.example",
  },
  {
    label: "ham",
    lang: "de",
    name: "Jana",
    url: null,
    body: "Danke für die Quelle (2)",
  },
  {
    label: "spam",
    lang: "en",
    name: "Pills",
    url: null,
    body: "Cheap pills (24)",
  },
];

const check = async (content: string) => {
  const res = await akismetOracleApp(corpus).request("/1.1/comment-check", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({
      comment_content: content,
      blog: "x",
    }).toString(),
  });
  return res.text();
};

describe("the spam benchmark's Akismet stand-in", () => {
  it("answers with the corpus label, also for the throughput run’s numbered copies", async () => {
    expect(await check("Kredit ohne Schufa https://kredit.example")).toBe(
      "true",
    );
    expect(
      await check("Kredit ohne Schufa https://kredit.example (12345)"),
    ).toBe("true");
    expect(await check("Danke für die Quelle (2)")).toBe("false");
    expect(await check("Danke für die Quelle (2) (7)")).toBe("false");
    expect(await check("Kredit ohne Schufa")).toBe("false");
    expect(await check("Cheap pills (24)")).toBe("true");
    expect(await check("Cheap pills (24) (9)")).toBe("true");
  });

  it("takes off only the numbering the benchmark appends", () => {
    expect(corpusText("Text (42)")).toBe("Text");
    expect(corpusText("Text(42)")).toBe("Text(42)");
    expect(corpusText("Text (42) mehr")).toBe("Text (42) mehr");
  });
});

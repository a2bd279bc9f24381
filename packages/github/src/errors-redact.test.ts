import { describe, expect, it } from "vitest";
import { translateGitHubError } from "./errors.js";

// Issue 17: a connection failure's message (undici's text, as octokit passes it on) can name the
// URL with credentials and query string; the error the user sees must not.
describe("translateGitHubError redaction", () => {
  it("a network failure naming a URL with user:pass@ and a signed query keeps neither", () => {
    const octokitError = Object.assign(
      new Error(
        "fetch failed: connect ECONNREFUSED https://x-access-token:ghs_leak123456@uploads.example/a?sig=qs_leak789",
      ),
      {
        status: 500,
        request: { method: "POST", url: "https://uploads.example/repos/o/r/releases/1/assets?name=m.bin" },
      },
    );
    const translated = translateGitHubError(octokitError) as Error;
    expect(translated.message).toMatch(
      /the connection failed \(fetch failed: connect ECONNREFUSED https:\/\/uploads\.example\/a\?…\)/,
    );
    expect(translated.message).not.toMatch(/ghs_leak123456|qs_leak789|x-access-token/);
  });
});

import { beforeEach, describe, expect, it } from "vitest";
import {
  clearRegisteredSecrets,
  maskParts,
  redact,
  redactCommand,
  redactedErrorText,
  redactUrl,
  redactUrls,
  registerSecret,
} from "./redact.js";

// The registered secrets are process-wide and this worker runs other files too: each test starts
// with none registered (test/setup/process-state.ts puts back the file's after it).
beforeEach(() => clearRegisteredSecrets());

describe("maskParts", () => {
  it("masks the credential after an auth scheme as well as the whole value", () => {
    expect(maskParts("Bearer sk_live_abc123")).toEqual(["Bearer sk_live_abc123", "sk_live_abc123"]);
    expect(maskParts("token ghp_0123456789")).toEqual(["token ghp_0123456789", "ghp_0123456789"]);
    const basic = `Basic ${Buffer.from("deployer:hunter22").toString("base64")}`;
    expect(maskParts(basic)).toEqual([basic, basic.slice(6), "deployer:hunter22", "hunter22"]);
    expect(maskParts("plain-api-key-value")).toEqual(["plain-api-key-value"]);
    expect(maskParts("abc")).toEqual([]);
  });
});

describe("redactUrl(s)", () => {
  it("strips user:pass@ and query strings from every URL in a text", () => {
    expect(redactUrl("https://user:pa55@hook.example/reload?sig=s3cr3t#x")).toBe(
      "https://hook.example/reload?…",
    );
    const text =
      "fetch failed: connect ECONNREFUSED for https://bob:pw123@10.0.0.1:8443/a/b?token=t0k3n (see http://x.io/p?q=1).";
    const out = redactUrls(text);
    expect(out).not.toMatch(/pw123|t0k3n|q=1|bob/);
    expect(out).toContain("https://10.0.0.1:8443/a/b?…");
    expect(out).toContain("(see http://x.io/p?…).");
  });
});

describe("redact", () => {
  it("hides registered secrets, their credential part, Authorization values and URL credentials", () => {
    registerSecret("Bearer sk_live_XYZ987");
    expect(redact("the hook echoed sk_live_XYZ987 back")).toBe("the hook echoed *** back");
    expect(redact('{"authorization":"Bearer anotherToken1"}')).not.toContain("anotherToken1");
    expect(redact("Authorization: token ghp_abcdef")).toBe("Authorization: token ***");
    expect(redact("x", ["extra-secret-1"])).toBe("x");
    expect(redact("has extra-secret-1", ["extra-secret-1"])).toBe("has ***");
  });

  it("an undici error's cause is included and redacted", () => {
    const error = new TypeError("fetch failed", {
      cause: new Error("getaddrinfo ENOTFOUND https://u:secretpw@nowhere.invalid/x?k=v"),
    });
    const text = redactedErrorText(error);
    expect(text).toContain("caused by: getaddrinfo ENOTFOUND https://nowhere.invalid/x?…");
    expect(text).not.toMatch(/secretpw|k=v/);
  });
});

describe("redactCommand", () => {
  it("hides assignment values, credential flags and registered secrets; keeps the shape", () => {
    expect(redactCommand("API_KEY=sk_live_123 python train.py --epochs 3")).toBe(
      "API_KEY=*** python train.py --epochs 3",
    );
    expect(redactCommand("env A=1 B='two words' python t.py")).toBe("env A=*** B=*** python t.py");
    expect(redactCommand("export HF=abc; python t.py && X=y make")).toBe(
      "export HF=***; python t.py && X=*** make",
    );
    expect(redactCommand("python t.py --password=hunter2 --token abc --api-key k1 --max-tokens 512")).toBe(
      "python t.py --password=*** --token *** --api-key *** --max-tokens 512",
    );
    expect(redactCommand("python t.py --tokenizer bert --lr=0.1 a=b")).toBe(
      "python t.py --tokenizer bert --lr=0.1 a=b",
    );
    registerSecret("s3cr3t-value");
    expect(redactCommand("python t.py s3cr3t-value")).toBe("python t.py ***");
    expect(redactCommand("python t.py", ["inline-secret"])).toBe("python t.py");
    expect(redactCommand("curl https://u:p@h.io/x?k=1")).toBe("curl https://h.io/x?…");
  });
});

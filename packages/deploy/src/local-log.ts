import { randomBytes } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { ConfigurationError, checkModelName } from "@mlops/core";
import type {
  DeploymentRecorder,
  DeploymentRequest,
  DeploymentState,
  DeploymentStatusUpdate,
} from "./types.js";

/*
 * Deployments recorded without GitHub (the CLI, or an action run without a token): one JSON
 * Lines file per model beside the local registry, `<registry>/.deployments/<model>.jsonl`,
 * append-only like GitHub's own deployment history. (Model names never start with '.', so the
 * folder cannot collide with a model.)
 */

export type LocalLogEvent =
  | ({ event: "create"; id: string; at: string } & DeploymentRequest)
  | ({ event: "status"; id: string; at: string } & DeploymentStatusUpdate);

export interface LocalDeployment {
  id: string;
  created: string;
  request: DeploymentRequest;
  statuses: { at: string; state: DeploymentState; description: string; environmentUrl: string | null }[];
}

export class LocalDeploymentLog implements DeploymentRecorder {
  readonly kind = "local" as const;
  readonly location: string;
  private readonly file: string;

  constructor(
    registryRoot: string,
    private readonly model: string,
  ) {
    checkModelName(model);
    this.file = path.join(path.resolve(registryRoot), ".deployments", `${model}.jsonl`);
    this.location = this.file;
  }

  async create(request: DeploymentRequest): Promise<{ id: string; url: string | null }> {
    const id = `local-${Date.now().toString(36)}-${randomBytes(4).toString("hex")}`;
    await this.append({ event: "create", id, at: new Date().toISOString(), ...request });
    return { id, url: null };
  }

  async setStatus(id: string, update: DeploymentStatusUpdate): Promise<void> {
    await this.append({ event: "status", id, at: new Date().toISOString(), ...update });
  }

  /** Every deployment of the model, oldest first, with its statuses in order. */
  async list(): Promise<LocalDeployment[]> {
    let text: string;
    try {
      text = await fs.readFile(this.file, "utf8");
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    const byId = new Map<string, LocalDeployment>();
    const lines = text.split("\n");
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      let event: LocalLogEvent;
      try {
        event = JSON.parse(line) as LocalLogEvent;
      } catch {
        if (i >= lines.length - 2) return; // a torn last line from a crash mid-append
        throw new ConfigurationError(
          `${this.file} line ${i + 1}: not valid JSON; the deployment log was edited`,
          {
            code: "deploy-log-invalid",
            location: { file: this.file, line: i + 1 },
          },
        );
      }
      if (event.event === "create") {
        const { event: _e, id, at, ...request } = event;
        byId.set(id, { id, created: at, request, statuses: [] });
      } else {
        byId.get(event.id)?.statuses.push({
          at: event.at,
          state: event.state,
          description: event.description,
          environmentUrl: event.environmentUrl ?? null,
        });
      }
    });
    return [...byId.values()];
  }

  private async append(event: LocalLogEvent): Promise<void> {
    await fs.mkdir(path.dirname(this.file), { recursive: true });
    // One write per line with O_APPEND: concurrent deploys never interleave within a line.
    const handle = await fs.open(this.file, "a");
    try {
      await handle.writeFile(JSON.stringify(event) + "\n");
      await handle.sync();
    } finally {
      await handle.close();
    }
  }
}

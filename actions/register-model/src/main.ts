import { runStep, type ActionHost } from "@mlops/action-runtime";
import { registerModelStep } from "@mlops/registry";

/** register-model: the step definition (packages/registry) over the runner; the registry opens from its inputs. */
export function main(host?: ActionHost): Promise<void> {
  return runStep(registerModelStep, () => ({}), host);
}

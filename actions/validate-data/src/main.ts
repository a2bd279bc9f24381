import { runStep, type ActionHost } from "@mlops/action-runtime";
import { validateDataStep } from "@mlops/data/step";

/** validate-data: the step definition over the runner; it needs no GitHub services. */
export function main(host?: ActionHost): Promise<void> {
  return runStep(validateDataStep, () => ({}), host);
}

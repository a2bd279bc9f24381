import { runStep, type ActionHost } from "@mlops/action-runtime";
import { evaluateStep } from "@mlops/metrics/step";

/*
 * evaluate-against-baseline: the step definition (packages/metrics) over the runner. It needs
 * no GitHub services of its own (the registry opens from its inputs). The definition checks the
 * required candidate input before it loads the evaluators.
 */
export function main(host?: ActionHost): Promise<void> {
  return runStep(evaluateStep, () => ({}), host);
}

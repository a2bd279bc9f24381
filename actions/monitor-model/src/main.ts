import { runStep, type ActionHost } from "@mlops/action-runtime";
import { monitorModelStep } from "@mlops/monitor/step";

/*
 * monitor-model: the step definition (packages/monitor) over the runner. It needs no GitHub
 * services of its own: the registry opens from its inputs, and ml-monitor.yml turns the outputs
 * (degraded, reason, summary-markdown) into an issue and a retraining dispatch.
 */
export function main(host?: ActionHost): Promise<void> {
  return runStep(monitorModelStep, () => ({}), host);
}

import { ConfigurationError } from "@mlops/core";

/**
 * The one input evaluate cannot do without: the candidate's metrics or its predictions. Kept in
 * a module of its own (imports nothing heavy) so the action can check it before it loads the
 * evaluators: a step that fails on a missing input should start as fast as bare node.
 */
export function requireCandidate(options: {
  candidateMetrics?: string | undefined;
  candidatePredictions?: string | undefined;
}): void {
  if (!options.candidateMetrics && !options.candidatePredictions) {
    throw new ConfigurationError(
      "the candidate needs metrics: give candidate-metrics (a metrics file or RunRecord, e.g. ${{ steps.train.outputs.metrics-file }}) or candidate-predictions",
      { code: "input-missing" },
    );
  }
}

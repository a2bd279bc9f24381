import { runStep } from "@mlops/action-runtime";
import { main } from "./main.js";

await runStep(main);

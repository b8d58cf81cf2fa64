// SPDX-License-Identifier: EPL-2.0
// What the editor's Java side reads from and asks of the page besides GLSP messages.
import { injectable } from 'inversify';
import { Action, ExportSvgAction, GModelRoot, IActionHandler, IDiagramStartup, ISelectionListener } from '@eclipse-glsp/client';

declare global {
  interface Window {
    /** BrowserFunction: the page tells the editor about itself ('loaded', 'selection', 'error'). */
    allstarEvent?: (kind: string, payload: string) => void;
  }
}

export function tellEditor(kind: string, payload: unknown): void {
  window.allstarEvent?.(kind, typeof payload === 'string' ? payload : JSON.stringify(payload));
}

const marked = new Set<string>();
/** Steps not told yet. */
let untold: Record<string, number> = {};

/**
 * A step of opening the diagram (once each; later redraws are not the opening), at {@code pageMs} on the page's clock
 * (performance.now(); by default now). Kept until {@link tellSteps}: each call into the editor waits for its UI
 * thread, which is busy while the workbench opens the editor, and the page should go on meanwhile.
 */
export function markStep(step: string, pageMs = performance.now()): void {
  if (!marked.has(step)) {
    marked.add(step);
    untold[step] = pageMs;
  }
}

/**
 * Tells the editor the steps marked since the last time, with the page's clock now: the editor puts them on its own
 * clock (OpeningTimes). Before the editor installed window.allstarEvent they wait for the next time.
 */
export function tellSteps(): void {
  if (window.allstarEvent && Object.keys(untold).length > 0) {
    const steps = untold;
    untold = {};
    tellEditor('mark', { pageMs: performance.now(), steps });
  }
}

/** The steps of GLSP's diagram loader (DiagramLoader.load), as they happen. */
@injectable()
export class OpeningSteps implements IDiagramStartup {
  readonly rank = Number.MAX_SAFE_INTEGER;
  preLoadDiagram(): void {
    markStep('ran the diagram loader\'s first hooks');
  }
  preInitialize(): void {
    markStep('starts to initialize GLSP');
  }
  preRequestModel(): void {
    markStep('requests the model');
  }
  postModelInitialization(): void {
    markStep('drew the model');
  }
}

/** Selection in the diagram becomes the editor's selection (Properties view). */
@injectable()
export class BridgeSelectionListener implements ISelectionListener {
  selectionChanged(_root: Readonly<GModelRoot>, selectedElements: string[]): void {
    tellEditor('selection', selectedElements);
  }
}

/**
 * The SVG that GLSP's exporter made (Export in the editor's menu) goes to the editor, which saves it; GLSP's own
 * handler would start a browser download, which an SWT Browser ignores.
 */
@injectable()
export class ExportSvgToEditor implements IActionHandler {
  handle(action: Action): void {
    if (ExportSvgAction.is(action)) {
      tellEditor('svg', action.svg);
    }
  }
}

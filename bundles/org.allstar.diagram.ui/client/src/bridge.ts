// SPDX-License-Identifier: EPL-2.0
// What the editor's Java side reads from and asks of the page besides GLSP messages.
import { injectable } from 'inversify';
import { Action, ExportSvgAction, GModelRoot, IActionHandler, ISelectionListener } from '@eclipse-glsp/client';

declare global {
  interface Window {
    /** BrowserFunction: the page tells the editor about itself ('loaded', 'selection', 'error'). */
    allstarEvent?: (kind: string, payload: string) => void;
  }
}

export function tellEditor(kind: string, payload: unknown): void {
  window.allstarEvent?.(kind, typeof payload === 'string' ? payload : JSON.stringify(payload));
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

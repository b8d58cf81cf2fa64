// SPDX-License-Identifier: EPL-2.0
// What the editor's Java side reads from and asks of the page besides GLSP messages.
import { injectable } from 'inversify';
import { GModelRoot, ISelectionListener } from '@eclipse-glsp/client';

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

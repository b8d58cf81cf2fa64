// SPDX-License-Identifier: EPL-2.0
// The JSON-RPC connection to the GLSP server in the same process: the editor's Java side installs the SWT
// BrowserFunction window.glspSend (page -> Java) and calls window.glspReceive through Browser.execute (Java -> page).
import {
  AbstractMessageReader, AbstractMessageWriter, createMessageConnection, DataCallback, Disposable, Message,
  MessageConnection, MessageReader, MessageWriter
} from 'vscode-jsonrpc/browser';
import { markStep } from './bridge';

declare global {
  interface Window {
    glspSend?: (json: string) => void;
    glspReceive?: (message: Message) => void;
  }
}

/** Messages from Java; those that arrive before the connection listens are kept, not lost. */
class SwtMessageReader extends AbstractMessageReader implements MessageReader {
  private callback?: DataCallback;
  private readonly early: Message[] = [];

  constructor() {
    super();
    window.glspReceive = message => {
      markAction('receives', message);
      return this.callback ? this.callback(message) : this.early.push(message);
    };
  }

  listen(callback: DataCallback): Disposable {
    this.callback = callback;
    this.early.splice(0).forEach(message => callback(message));
    return Disposable.create(() => (this.callback = undefined));
  }
}

class SwtMessageWriter extends AbstractMessageWriter implements MessageWriter {
  async write(message: Message): Promise<void> {
    const send = window.glspSend ?? await editorFunctions();
    markAction('sends', message);
    send(JSON.stringify(message));
  }

  end(): void {
    // nothing to close: the page and the server live as long as the editor
  }
}

/** How long the page waits for the editor's functions before it gives up (a page opened outside the studio). */
const EDITOR_FUNCTIONS_TIMEOUT_MS = 30_000;

/**
 * window.glspSend once the editor installed it. SWT installs its BrowserFunctions when the page has loaded, which can
 * be after the script's first messages (the server's initialize is sent right after the script starts).
 */
function editorFunctions(): Promise<(json: string) => void> {
  return new Promise((resolve, reject) => {
    const giveUp = performance.now() + EDITOR_FUNCTIONS_TIMEOUT_MS;
    const check = () => {
      if (window.glspSend) {
        resolve(window.glspSend);
      } else if (performance.now() > giveUp) {
        reject(new Error('The editor did not install window.glspSend; this page only runs inside ALLSTAR Studio.'));
      } else {
        setTimeout(check, 5);
      }
    };
    check();
  });
}

/** The first GLSP action of each kind in each direction is a step of the opening (OpeningTimes in the editor). */
function markAction(direction: string, message: Message): void {
  const params = (message as { method?: string; params?: { action?: { kind?: string } } }).params;
  const kind = params?.action?.kind;
  markStep(direction + ' ' + (kind ?? (message as { method?: string }).method ?? 'a response'));
}

export function swtConnection(): MessageConnection {
  return createMessageConnection(new SwtMessageReader(), new SwtMessageWriter());
}

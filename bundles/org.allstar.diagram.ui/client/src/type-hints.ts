// SPDX-License-Identifier: EPL-2.0
// The type hints (what can be moved, deleted, connected) asked for before the model, so that they come first.
import { injectable } from 'inversify';
import { RequestTypeHintsAction, TypeHintProvider } from '@eclipse-glsp/client';

/**
 * GLSP asks for the type hints once the model request is sent, so the server answers after the model, and applying
 * them makes the page draw the whole diagram a second time. Asked before the model request they come first (the
 * server answers a session's requests in order), and the model's first drawing applies them (GLSP applies them to
 * every model it sets).
 */
@injectable()
export class TypeHintsBeforeTheModel extends TypeHintProvider {
  preRequestModel(): void {
    // not awaited: the model request follows at once, and the answers come in the order asked
    this.actionDispatcher.request(RequestTypeHintsAction.create())
      .then(action => this.handle(action))
      .catch(error => console.error('The type hints did not come:', error));
  }

  override async postRequestModel(): Promise<void> {
    // asked in preRequestModel
  }
}

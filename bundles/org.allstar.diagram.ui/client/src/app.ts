// SPDX-License-Identifier: EPL-2.0
// The page of an ALLSTAR diagram editor. The editor loads index.html?type=<diagram type>&source=<source uri>.
import 'reflect-metadata';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import './diagram.css';
import { Container } from 'inversify';
import {
  DeleteElementOperation, DiagramLoader, GLSPActionDispatcher, RedoAction, RequestExportSvgAction, SelectAction, SelectionService,
  STANDALONE_MODULE_CONFIG, UndoAction, createDiagramOptionsModule, initializeDiagramContainer
} from '@eclipse-glsp/client';
import { BaseJsonrpcGLSPClient } from '@eclipse-glsp/protocol';
import { swtConnection } from './transport';
import { allstarDiagramModule } from './diagram-module';
import { tellEditor } from './bridge';

declare global {
  interface Window {
    /** What the editor's Java side calls through Browser.execute/evaluate. */
    allstar?: {
      selected(): string[];
      select(ids: string[]): void;
      deleteSelected(): void;
      undo(): void;
      redo(): void;
      exportSvg(): void;
    };
  }
}

async function start(): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  const diagramType = params.get('type') ?? '';
  const sourceUri = params.get('source') ?? '';
  // each editor is its own GLSP client session; the diagram is drawn into the element of that id
  const clientId = params.get('client') ?? 'allstar-diagram';
  document.querySelector('.allstar-diagram')!.id = clientId;
  const glspClient = new BaseJsonrpcGLSPClient({ id: 'allstar-studio', connectionProvider: swtConnection() });
  const container = initializeDiagramContainer(new Container(), allstarDiagramModule,
    createDiagramOptionsModule({ clientId, diagramType, glspClientProvider: async () => glspClient, sourceUri }),
    STANDALONE_MODULE_CONFIG);
  await glspClient.start();
  await container.get(DiagramLoader).load();
  const dispatcher = container.get(GLSPActionDispatcher);
  const selection = container.get(SelectionService);
  window.allstar = {
    selected: () => selection.getSelectedElementIDs(),
    select: ids => dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: ids, deselectedElementsIDs: true })),
    deleteSelected: () => {
      const ids = selection.getSelectedElementIDs();
      if (ids.length > 0) {
        dispatcher.dispatch(DeleteElementOperation.create(ids));
      }
    },
    undo: () => dispatcher.dispatch(UndoAction.create()),
    redo: () => dispatcher.dispatch(RedoAction.create()),
    exportSvg: () => dispatcher.dispatch(RequestExportSvgAction.create())
  };
  tellEditor('loaded', diagramType);
}

start().catch(error => tellEditor('error', String(error?.stack ?? error)));

// SPDX-License-Identifier: EPL-2.0
// The page of an ALLSTAR diagram editor. The editor loads index.html?client=<client id>&type=<diagram type>&source=<source
// uri>; a spare page (DiagramPagePool) is loaded with the client id alone and told the rest by window.allstarOpen.
import 'reflect-metadata';
import '@eclipse-glsp/client/css/glsp-sprotty.css';
import '@vscode/codicons/dist/codicon.css';
import './diagram.css';
import { Container } from 'inversify';
import {
  DiagramLoader, EditorContextService, FitToScreenAction, GLSPActionDispatcher, IDiagramOptions, STANDALONE_MODULES, TYPES,
  createDiagramOptionsModule, initializeDiagramContainer, standaloneExportModule
} from '@eclipse-glsp/client';
import { BaseJsonrpcGLSPClient, GLSPClient } from '@eclipse-glsp/protocol';
import { swtConnection } from './transport';
import { allstarDiagramModule } from './diagram-module';
import { markStep, tellEditor, tellSteps } from './bridge';
import { pageApi } from './page-api';
import { warmUp } from './warmup';

/**
 * The GLSP server of the workbench is initialized once, by the first page, and refuses any later page that brings
 * another application id. GLSP's default id is a random one per page (per JavaScript world), so every editor gives
 * the same one.
 */
const APPLICATION_ID = 'allstar-studio';

declare global {
  interface Window {
    /** Set on a spare page once it is ready: the editor that takes the page tells it which diagram to open. */
    allstarOpen?: (diagramType: string, sourceUri: string) => void;
  }
}

/**
 * Everything that does not need to know the diagram: the script, the GLSP container, the client started and the
 * workbench's server initialized. With a diagram in the address (the editor loaded this page itself) it then opens it;
 * without one the page is a spare (DiagramPagePool), waiting for an editor to call {@code window.allstarOpen}.
 */
async function start(): Promise<void> {
  markPageLoad();
  markStep('runs its script');
  forwardConsole();
  const params = new URLSearchParams(window.location.search);
  // each editor is its own GLSP client session; the diagram is drawn into the element of that id
  const clientId = params.get('client') ?? 'allstar-diagram';
  document.querySelector('.allstar-diagram')!.id = clientId;
  const glspClient = new BaseJsonrpcGLSPClient({ id: APPLICATION_ID, connectionProvider: swtConnection() });
  // GLSP reads the diagram type and source from these options only when the diagram loads, so a spare page can be
  // made before they are known and be told them later
  const options: IDiagramOptions = {
    clientId, diagramType: params.get('type') ?? '', sourceUri: params.get('source') ?? '',
    glspClientProvider: async () => glspClient
  };
  const container = initializeDiagramContainer(new Container(), allstarDiagramModule, createDiagramOptionsModule(options),
    // the stand-alone export is a browser download, which an SWT Browser ignores: the SVG goes to the editor instead
    { add: STANDALONE_MODULES.filter(module => module !== standaloneExportModule) });
  markStep('made its GLSP container');
  await glspClient.start();
  markStep('started its GLSP client');
  // the server's initialize is per application, not per diagram: DiagramLoader skips it once this is done
  await glspClient.initializeServer({ applicationId: APPLICATION_ID, protocolVersion: GLSPClient.protocolVersion });
  markStep('initialized GLSP');
  // what GLSP's loader does first whatever the diagram: every startup service made, the action handlers registered
  container.getAll(TYPES.IDiagramStartup);
  await container.get(GLSPActionDispatcher).initialize();
  markStep('made its diagram services');
  if (options.diagramType) {
    await open(container);
    return;
  }
  try {
    await warmUp(glspClient);
    markStep('drew a made-up diagram');
  } catch (error) {
    // the spare is as good as one without the warm-up, only its first drawing is slower
    console.warn('The spare page could not draw its made-up diagram:', error);
  }
  window.allstarOpen = (diagramType, sourceUri) => {
    // one diagram per page: a second call (there is none) must not load another into the same session
    window.allstarOpen = undefined;
    markStep('is told its diagram');
    options.diagramType = diagramType;
    options.sourceUri = sourceUri;
    open(container).catch(failed);
  };
  tellSteps();
  tellEditor('ready', clientId);
}

/** Loads the diagram of the options: client session, model, drawing; then fits it and tells the editor. */
async function open(container: Container): Promise<void> {
  await container.get(DiagramLoader).load();
  await fitTheNodes(container);
  window.allstar = pageApi(container);
  markStep('fitted the diagram in view');
  tellSteps();
  tellEditor('loaded', container.get<IDiagramOptions>(TYPES.IDiagramOptions).diagramType);
  // the frame after the drawing: what the user sees
  requestAnimationFrame(() => requestAnimationFrame(() => {
    markStep('painted');
    tellSteps();
  }));
}

function failed(error: unknown): void {
  tellSteps();
  tellEditor('error', String((error as Error)?.stack ?? error));
}

/** When the page's navigation started and its files arrived, as the browser recorded them. */
function markPageLoad(): void {
  markStep('starts to load', 0);
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (navigation) {
    markStep('has its HTML', navigation.responseEnd);
  }
  for (const entry of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
    const file = entry.name.substring(entry.name.lastIndexOf('/') + 1);
    if (file === 'bundle.js' || file === 'bundle.css') {
      markStep('has ' + file, entry.responseEnd);
    }
  }
}

/**
 * The whole diagram in view (not enlarged): GLSP draws only what is in view, and a first look should show it all.
 * Fitted to the top-level nodes: a fit to everything takes in the labels of links between containers, whose
 * absolute bounds GLSP computes as NaN, and then nothing is drawn.
 */
async function fitTheNodes(container: Container): Promise<void> {
  const root = container.get(EditorContextService).modelRoot;
  const nodes = root.children.filter(child => child.type.startsWith('node:')).map(child => child.id);
  if (nodes.length > 0) {
    await container.get(GLSPActionDispatcher).dispatch(FitToScreenAction.create(nodes, { padding: 20, maxZoom: 1, animate: false }));
  }
}

/**
 * The SWT Browser has no console: GLSP's client reports its errors and warnings there (a failed action, a message
 * from the server), so they go to the editor, which logs them.
 */
function forwardConsole(): void {
  for (const level of ['error', 'warn'] as const) {
    const original = console[level].bind(console);
    console[level] = (...args: unknown[]) => {
      original(...args);
      tellEditor('console-' + level, args.map(describe).join(' '));
    };
  }
}

function describe(value: unknown): string {
  if (value instanceof Error) {
    return value.stack ?? value.message;
  }
  if (typeof value === 'string') {
    return value;
  }
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
}

start().catch(failed);

// SPDX-License-Identifier: EPL-2.0
// A spare page draws a made-up diagram before it is used, so that its first real drawing runs compiled code.
import { Container } from 'inversify';
import {
  GEdgeSchema, GGraphSchema, GLabelSchema, GModelElementSchema, GNodeSchema, IModelFactory, ModelViewer, STANDALONE_MODULES, TYPES, createDiagramOptionsModule,
  initializeDiagramContainer, standaloneExportModule
} from '@eclipse-glsp/client';
import { GLSPClient } from '@eclipse-glsp/protocol';
import { allstarDiagramModule } from './diagram-module';

const WARM_UP_ID = 'allstar-warm-up';
/** Enough drawings for the JavaScript engine to compile the drawing code (it compiles what ran some hundred times). */
const DRAWINGS = 3;
const COMPONENTS = 120;
const HOSTS = 40;

/**
 * Every page is a new JavaScript world: the code that turns a model into SVG (GLSP's and Sprotty's views, the model
 * factory, the virtual DOM) starts interpreted, and the page's first drawing of a 200-component diagram took 130 ms
 * for the virtual DOM alone, against about 20–50 ms once compiled. A spare page (DiagramPagePool) has time before an
 * editor takes it, so it draws a made-up diagram of every element type a few times, in a container of its own (no
 * GLSP session, no server) and a hidden element that it removes afterwards.
 */
export async function warmUp(glspClient: GLSPClient): Promise<void> {
  const element = document.createElement('div');
  element.id = WARM_UP_ID;
  // a class, not a style: the first drawing replaces the element by one of the same id and classes (diagram.css)
  element.className = 'allstar-warm-up';
  document.body.appendChild(element);
  const container = initializeDiagramContainer(new Container(), allstarDiagramModule,
    createDiagramOptionsModule({ clientId: WARM_UP_ID, diagramType: 'warm-up', sourceUri: '', glspClientProvider: async () => glspClient }),
    { add: STANDALONE_MODULES.filter(module => module !== standaloneExportModule) });
  const factory = container.get<IModelFactory>(TYPES.IModelFactory);
  const viewer = container.get<ModelViewer>(TYPES.ModelViewer);
  // the viewer keeps its first drawing for as long as the page lives (its window resize listener): an empty one
  viewer.update(factory.createRoot(emptyDiagram()));
  for (let drawing = 0; drawing < DRAWINGS; drawing++) {
    const root = factory.createRoot(madeUpDiagram());
    // all of it in view: views draw only what is inside the canvas, and a root made here has none yet
    root.canvasBounds = { x: 0, y: 0, width: 10_000, height: 10_000 };
    viewer.update(root);
    // the page stays responsive between drawings
    await new Promise(resolve => setTimeout(resolve, 0));
  }
  viewer.update(factory.createRoot(emptyDiagram()));
  document.getElementById(WARM_UP_ID)?.remove();
}

function emptyDiagram(): GGraphSchema {
  return { type: 'graph', id: WARM_UP_ID, children: [] };
}

function madeUpDiagram(): GGraphSchema {
  const children: GModelElementSchema[] = [];
  for (let i = 0; i < COMPONENTS; i++) {
    const id = 'component' + i;
    children.push(node('node:component', id, (i % 12) * 200, Math.floor(i / 12) * 120, [
      line('label:name', id + '/name', id), line('label:figures', id + '/figures', '2 cores · 4 GiB · gpu required'),
      line('label:data', id + '/data', 'video', ['sensitivity-high'])
    ], i % 3 === 0 ? ['accelerator-required', 'accelerator-gpu'] : []));
    if (i > 0) {
      children.push(edge('edge:flow', 'flow' + i, 'component' + (i - 1), id, '10 Mbit/s · < 20 ms'));
    }
  }
  const hosts: GNodeSchema[] = [];
  for (let i = 0; i < HOSTS; i++) {
    const id = 'provider.host' + i;
    hosts.push(node('node:host', id, 10 + (i % 8) * 180, 40 + Math.floor(i / 8) * 110, [
      line('label:name', id + '/name', 'host' + i), line('label:figures', id + '/figures', '8 cores · 32 GiB'),
      line('label:placement', id + '/placed', '▶ component' + i), line('label:gauge', id + '/gauge', 'CPU 8 / 16 cores', [], { ratio: 0.5 })
    ]));
    if (i > 0) {
      children.push(edge('edge:link', 'link' + i, 'provider.host' + (i - 1), id, '1 Gbit/s · 2 ms'));
    }
  }
  children.push(node('node:provider', 'provider', 0, 1800, [line('label:name', 'provider/name', 'provider'), ...hosts]));
  return { type: 'graph', id: WARM_UP_ID, children };
}

function node(type: string, id: string, x: number, y: number, children: GModelElementSchema[], cssClasses: string[] = []): GNodeSchema {
  return { type, id, position: { x, y }, size: { width: 160, height: 92 }, cssClasses, children };
}

function line(type: string, id: string, text: string, cssClasses: string[] = [], args?: object): GLabelSchema {
  return {
    type, id, text, position: { x: 10, y: 10 }, size: { width: text.length * 7.5, height: 18 }, alignment: { x: 0, y: 12.5 },
    cssClasses, ...(args ? { args } : {})
  } as GLabelSchema;
}

function edge(type: string, id: string, sourceId: string, targetId: string, text: string): GEdgeSchema {
  const label: GLabelSchema & { edgePlacement: object } = {
    ...line('label:edge', id + '/label', text), edgePlacement: { side: 'top', position: 0.5, offset: 4, rotate: false }
  };
  return { type, id, sourceId, targetId, children: [label] };
}

// SPDX-License-Identifier: EPL-2.0
// What the editor's Java side asks of the page (Browser.execute/evaluate): the workbench's commands (Delete, Select
// All, Rename, Export) and the tests' palette clicks become the GLSP actions and operations the page would send.
import { Container } from 'inversify';
import {
  CreateEdgeOperation, CreateNodeOperation, DeleteElementOperation, EditLabelAction, EditorContextService,
  GLSPActionDispatcher, GModelElement, GParentElement, RedoAction, RequestExportSvgAction, SelectAction, SelectAllAction,
  SelectionService, UndoAction
} from '@eclipse-glsp/client';

/** The label that names a component, node or provider (DiagramTypes.NAME on the server). */
const NAME_LABEL = 'label:name';

export interface PageApi {
  selected(): string[];
  select(ids: string[]): void;
  selectAll(): void;
  deleteSelected(): void;
  /** Opens the in-place editor on the name of the one selected element (F2); false when there is none. */
  editSelectedName(): boolean;
  /** What a palette click then a click on the canvas (or inside a container) sends. */
  create(elementTypeId: string, x: number, y: number, containerId?: string): void;
  /** What the edge tool sends after a click on the source and then the target. */
  connect(elementTypeId: string, sourceElementId: string, targetElementId: string): void;
  undo(): void;
  redo(): void;
  /** How many elements of the type the page's model holds, drawn or out of view. */
  countOfType(type: string): number;
  /** Each element of the page's model with its bounds (a test names them when a drawing does not come). */
  describeModel(): string;
  /** Asks GLSP for the SVG of the diagram; it arrives at the editor as the page event 'svg'. */
  exportSvg(): void;
}

declare global {
  interface Window {
    allstar?: PageApi;
  }
}

export function pageApi(container: Container): PageApi {
  const dispatcher = container.get(GLSPActionDispatcher);
  const selection = container.get(SelectionService);
  const context = container.get(EditorContextService);
  return {
    selected: () => selection.getSelectedElementIDs(),
    select: ids => void dispatcher.dispatch(SelectAction.create({ selectedElementsIDs: ids, deselectedElementsIDs: true })),
    selectAll: () => void dispatcher.dispatch(SelectAllAction.create(true)),
    deleteSelected: () => {
      const ids = selection.getSelectedElementIDs();
      if (ids.length > 0) {
        dispatcher.dispatch(DeleteElementOperation.create(ids));
      }
    },
    editSelectedName: () => {
      const ids = selection.getSelectedElementIDs();
      const label = ids.length === 1 ? nameLabelOf(context.modelRoot.index.getById(ids[0])) : undefined;
      if (label) {
        dispatcher.dispatch(EditLabelAction.create(label.id));
      }
      return label !== undefined;
    },
    create: (elementTypeId, x, y, containerId) =>
      void dispatcher.dispatch(CreateNodeOperation.create(elementTypeId, { location: { x, y }, containerId })),
    connect: (elementTypeId, sourceElementId, targetElementId) =>
      void dispatcher.dispatch(CreateEdgeOperation.create({ elementTypeId, sourceElementId, targetElementId })),
    undo: () => void dispatcher.dispatch(UndoAction.create()),
    redo: () => void dispatcher.dispatch(RedoAction.create()),
    countOfType: type => Array.from(context.modelRoot.index.all()).filter(element => element.type === type).length,
    describeModel: () => Array.from(context.modelRoot.index.all())
      .map(element => `${element.type} ${element.id} ${JSON.stringify((element as unknown as { bounds?: unknown }).bounds)}`)
      .join('\n'),
    exportSvg: () => void dispatcher.dispatch(RequestExportSvgAction.create())
  };
}

/** The element's name label, or the element itself when it is one. */
function nameLabelOf(element: GModelElement | undefined): GModelElement | undefined {
  if (!element) {
    return undefined;
  }
  if (element.type === NAME_LABEL) {
    return element;
  }
  return element instanceof GParentElement ? element.children.find(child => child.type === NAME_LABEL) : undefined;
}

// SPDX-License-Identifier: EPL-2.0
// The element types of both ALLSTAR diagrams (org.allstar.diagram.DiagramTypes on the server) mapped to views.
import { ContainerModule } from 'inversify';
import {
  bindOrRebind, configureActionHandler, ConsoleLogger, configureDefaultModelElements, configureModelElement, editLabelFeature,
  ExportSvgAction, GEdge, GLabel, LogLevel, PolylineEdgeView, RectangularNodeView, RoundedCornerNodeView, TypeHintProvider, TYPES
} from '@eclipse-glsp/client';
import { ComponentView, EdgeLabelView, GaugeView, NamedNode, NodeLabelView } from './views';
import { TypeHintsBeforeTheModel } from './type-hints';
import { BridgeSelectionListener, ExportSvgToEditor, OpeningSteps } from './bridge';

export const allstarDiagramModule = new ContainerModule((bind, unbind, isBound, rebind) => {
  const context = { bind, unbind, isBound, rebind };
  bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
  bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
  configureDefaultModelElements(context);
  // application
  configureModelElement(context, 'node:component', NamedNode, ComponentView);
  configureModelElement(context, 'edge:flow', GEdge, PolylineEdgeView);
  // infrastructure
  configureModelElement(context, 'node:provider', NamedNode, RectangularNodeView);
  configureModelElement(context, 'node:host', NamedNode, RoundedCornerNodeView);
  configureModelElement(context, 'edge:link', GEdge, PolylineEdgeView);
  // labels: node lines placed by NodeLabelView, edge labels by their edge placement
  // the name is edited in place (double-click, or F2 on its node): the server renames through ApplyLabelEditOperation
  configureModelElement(context, 'label:name', GLabel, NodeLabelView, { enable: [editLabelFeature] });
  for (const type of ['label:figures', 'label:data', 'label:placement']) {
    configureModelElement(context, type, GLabel, NodeLabelView);
  }
  // a line of its node on a bar filled to the share in use
  configureModelElement(context, 'label:gauge', GLabel, GaugeView);
  // bandwidth and latency above the edge, a latency requirement of the path below it (edge placement from the server)
  for (const type of ['label:edge', 'label:requirement']) {
    configureModelElement(context, type, GLabel, EdgeLabelView);
  }
  bind(BridgeSelectionListener).toSelf().inSingletonScope();
  bind(TYPES.ISelectionListener).toService(BridgeSelectionListener);
  bind(ExportSvgToEditor).toSelf().inSingletonScope();
  configureActionHandler(context, ExportSvgAction.KIND, ExportSvgToEditor);
  // the page has no context menu of its own; bound, so that GLSP does not warn of it on every open
  bind(TYPES.IContextMenuService).toConstantValue({ show: () => undefined });
  rebind(TypeHintProvider).to(TypeHintsBeforeTheModel).inSingletonScope();
  bind(OpeningSteps).toSelf().inSingletonScope();
  bind(TYPES.IDiagramStartup).toService(OpeningSteps);
});

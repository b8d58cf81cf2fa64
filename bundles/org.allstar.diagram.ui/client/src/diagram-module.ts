// SPDX-License-Identifier: EPL-2.0
// The element types of both ALLSTAR diagrams (org.allstar.diagram.DiagramTypes on the server) mapped to views.
import { ContainerModule } from 'inversify';
import {
  bindOrRebind, ConsoleLogger, configureDefaultModelElements, configureModelElement, GEdge, GLabel, GLabelView, GNode,
  LogLevel, PolylineEdgeView, RectangularNodeView, RoundedCornerNodeView, TYPES
} from '@eclipse-glsp/client';
import { NodeLabelView } from './views';
import { BridgeSelectionListener } from './bridge';

export const allstarDiagramModule = new ContainerModule((bind, unbind, isBound, rebind) => {
  const context = { bind, unbind, isBound, rebind };
  bindOrRebind(context, TYPES.ILogger).to(ConsoleLogger).inSingletonScope();
  bindOrRebind(context, TYPES.LogLevel).toConstantValue(LogLevel.warn);
  configureDefaultModelElements(context);
  // application
  configureModelElement(context, 'node:component', GNode, RoundedCornerNodeView);
  configureModelElement(context, 'edge:flow', GEdge, PolylineEdgeView);
  // infrastructure
  configureModelElement(context, 'node:provider', GNode, RectangularNodeView);
  configureModelElement(context, 'node:host', GNode, RoundedCornerNodeView);
  configureModelElement(context, 'edge:link', GEdge, PolylineEdgeView);
  // labels: node lines placed by NodeLabelView, edge labels by their edge placement
  for (const type of ['label:name', 'label:figures', 'label:data', 'label:placement']) {
    configureModelElement(context, type, GLabel, NodeLabelView);
  }
  configureModelElement(context, 'label:edge', GLabel, GLabelView);
  bind(BridgeSelectionListener).toSelf().inSingletonScope();
  bind(TYPES.ISelectionListener).toService(BridgeSelectionListener);
});

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.allstar.diagram.DiagramTypes;
import org.allstar.diagram.graph.ApplicationGraph;
import org.allstar.diagram.layout.Bounds;
import org.allstar.diagram.glsp.DiagramSource;
import org.allstar.model.AllstarFactory;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Flow;
import org.allstar.model.LatencyRequirement;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.graph.GPoint;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;

import com.google.inject.Inject;

/** The edits of the application diagram, each a text edit of the edited file's first application. */
public final class ApplicationOperations {

	private ApplicationOperations() {
	}

	/** A new component where it was dropped, named component1, component2, ... with a small valid default. */
	public static class CreateComponent extends BasicOperationHandler<CreateNodeOperation>
			implements CreateOperationHandler<CreateNodeOperation> {

		@Inject
		private TextEdits edits;

		@Override
		public List<String> getHandledElementTypeIds() {
			return List.of(DiagramTypes.COMPONENT);
		}

		@Override
		public String getLabel() {
			return "Component";
		}

		@Override
		public Optional<Command> createCommand(CreateNodeOperation operation) {
			AtomicReference<String> created = new AtomicReference<>();
			return edits.edit("Create component", model -> {
				Application application = Elements.application(model);
				Component component = AllstarFactory.eINSTANCE.createComponent();
				component.setName(Elements.freshName("component",
						application.getComponents().stream().map(Component::getName).toList()));
				component.setCpu(Elements.quantity(1, "core"));
				component.setMemory(Elements.quantity(1, "GB"));
				application.getComponents().add(component);
				created.set(component.getName());
			}, () -> operation.getLocation().ifPresent(at -> placeAt(edits.source(), created.get(), at)));
		}
	}

	/** Keeps a new node where it was dropped: automatic layout keeps stored positions. */
	static void placeAt(DiagramSource source, String id, GPoint at) {
		source.layoutChanged(source.layout().with(id, new Bounds(at.getX(), at.getY(), 0, 0)));
	}

	/** A flow between two different components that have none yet in that direction. */
	public static class CreateFlow extends BasicOperationHandler<CreateEdgeOperation>
			implements CreateOperationHandler<CreateEdgeOperation> {

		@Inject
		private TextEdits edits;

		@Override
		public List<String> getHandledElementTypeIds() {
			return List.of(DiagramTypes.FLOW);
		}

		@Override
		public String getLabel() {
			return "Flow";
		}

		@Override
		public Optional<Command> createCommand(CreateEdgeOperation operation) {
			String from = operation.getSourceElementId();
			String to = operation.getTargetElementId();
			if (from == null || from.equals(to)) {
				edits.refuse("A flow joins two different components; draw it from one component to another.");
				return Optional.empty();
			}
			return edits.edit("Create flow", model -> {
				Application application = Elements.application(model);
				Component source = Elements.component(application, from);
				Component target = Elements.component(application, to);
				if (application.getFlows().stream()
						.anyMatch(f -> f.getSource() == source && f.getTarget() == target)) {
					throw new EditRefused("There is already a flow from " + from + " to " + to
							+ "; edit that one (its bandwidth and latency) in the text.");
				}
				Flow flow = AllstarFactory.eINSTANCE.createFlow();
				flow.setSource(source);
				flow.setTarget(target);
				application.getFlows().add(flow);
			});
		}
	}

	/**
	 * Deletes components and flows in one edit. A component takes its flows with it, and the latency requirements
	 * whose path runs through it (a path with a gap would no longer say what it bounds).
	 */
	public static class Delete extends BasicOperationHandler<DeleteOperation> {

		@Inject
		private TextEdits edits;

		@Override
		public Optional<Command> createCommand(DeleteOperation operation) {
			List<String> ids = operation.getElementIds();
			if (!edits.allowed(models -> ids.forEach(id -> Elements.findComponent(Elements.application(models.get(0)),
					id).ifPresent(component -> Elements.notUsedElsewhere(id, component))))) {
				return Optional.empty();
			}
			return edits.edit("Delete " + String.join(", ", ids), model -> {
				Application application = Elements.application(model);
				Map<String, Flow> flows = ApplicationGraph.flows(application);
				Set<EObject> doomed = new LinkedHashSet<>();
				for (String id : ids) {
					if (flows.containsKey(id)) {
						doomed.add(flows.get(id));
					}
					Elements.findComponent(application, id).ifPresent(component -> {
						application.getFlows().stream()
								.filter(f -> f.getSource() == component || f.getTarget() == component)
								.forEach(doomed::add);
						application.getRequirements().stream().filter(LatencyRequirement.class::isInstance)
								.filter(r -> ((LatencyRequirement) r).getPath().contains(component))
								.forEach(doomed::add);
						doomed.add(component);
					});
				}
				for (EObject element : new ArrayList<>(doomed)) {
					EcoreUtil.delete(element, true);
				}
			});
		}
	}
}

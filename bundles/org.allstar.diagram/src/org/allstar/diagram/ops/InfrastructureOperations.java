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
import org.allstar.diagram.graph.Ids;
import org.allstar.diagram.graph.InfrastructureGraph;
import org.allstar.model.AllstarFactory;
import org.allstar.model.Host;
import org.allstar.model.Link;
import org.allstar.model.Model;
import org.allstar.model.Network;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.ProviderKind;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.glsp.server.operations.BasicOperationHandler;
import org.eclipse.glsp.server.operations.CreateEdgeOperation;
import org.eclipse.glsp.server.operations.CreateNodeOperation;
import org.eclipse.glsp.server.operations.CreateOperationHandler;
import org.eclipse.glsp.server.operations.DeleteOperation;

import com.google.inject.Inject;

/**
 * The edits of the infrastructure diagram, each a text edit of the edited file: only its own providers, nodes and
 * networks can change (the others are drawn from the files it links to, and are edited there).
 */
public final class InfrastructureOperations {

	private InfrastructureOperations() {
	}

	/** A new node inside the provider it was dropped on, named node1, node2, ... with a small capacity. */
	public static class CreateNode extends BasicOperationHandler<CreateNodeOperation>
			implements CreateOperationHandler<CreateNodeOperation> {

		@Inject
		private TextEdits edits;

		@Override
		public List<String> getHandledElementTypeIds() {
			return List.of(DiagramTypes.HOST);
		}

		@Override
		public String getLabel() {
			return "Node";
		}

		@Override
		public Optional<Command> createCommand(CreateNodeOperation operation) {
			String container = operation.getContainerId();
			if (container == null || modelState.getIndex().get(container)
					.filter(e -> DiagramTypes.PROVIDER.equals(e.getType())).isEmpty()) {
				edits.refuse("A node belongs to a provider: drop it inside one.");
				return Optional.empty();
			}
			AtomicReference<String> created = new AtomicReference<>();
			return edits.edit("Create node", model -> {
				Provider provider = Elements.provider(model, container);
				Node node = AllstarFactory.eINSTANCE.createNode();
				node.setName(Elements.freshName("node", provider.getNodes().stream().map(Node::getName).toList()));
				node.setCpu(Elements.quantity(4, "cores"));
				node.setMemory(Elements.quantity(8, "GB"));
				provider.getNodes().add(node);
				created.set(Ids.node(node));
			}, () -> operation.getLocation()
					.ifPresent(at -> ApplicationOperations.placeAt(edits.source(), created.get(), at)));
		}
	}

	/** A new cloud provider, named provider1, provider2, ... */
	public static class CreateProvider extends BasicOperationHandler<CreateNodeOperation>
			implements CreateOperationHandler<CreateNodeOperation> {

		@Inject
		private TextEdits edits;

		@Override
		public List<String> getHandledElementTypeIds() {
			return List.of(DiagramTypes.PROVIDER);
		}

		@Override
		public String getLabel() {
			return "Provider";
		}

		@Override
		public Optional<Command> createCommand(CreateNodeOperation operation) {
			AtomicReference<String> created = new AtomicReference<>();
			return edits.edit("Create provider", model -> {
				Provider provider = AllstarFactory.eINSTANCE.createProvider();
				provider.setName(Elements.freshName("provider", model.getElements().stream()
						.filter(Provider.class::isInstance).map(e -> ((Provider) e).getName()).toList()));
				provider.setKind(ProviderKind.CLOUD);
				model.getElements().add(afterLastProvider(model), provider);
				created.set(provider.getName());
			}, () -> operation.getLocation()
					.ifPresent(at -> ApplicationOperations.placeAt(edits.source(), created.get(), at)));
		}
	}

	/**
	 * Where a new provider goes: after the file's providers (appending after a network at the end of the file made
	 * the serializer repeat the file's header comment), or at the end when there are none.
	 */
	private static int afterLastProvider(Model model) {
		int index = model.getElements().size();
		for (int i = 0; i < model.getElements().size(); i++) {
			if (model.getElements().get(i) instanceof Provider) {
				index = i + 1;
			}
		}
		return index;
	}

	/** A link between two different nodes or providers of this file, in its first network (made when none). */
	public static class CreateLink extends BasicOperationHandler<CreateEdgeOperation>
			implements CreateOperationHandler<CreateEdgeOperation> {

		@Inject
		private TextEdits edits;

		@Override
		public List<String> getHandledElementTypeIds() {
			return List.of(DiagramTypes.LINK);
		}

		@Override
		public String getLabel() {
			return "Link";
		}

		@Override
		public Optional<Command> createCommand(CreateEdgeOperation operation) {
			String from = operation.getSourceElementId();
			String to = operation.getTargetElementId();
			if (from == null || from.equals(to)) {
				edits.refuse("A link joins two different nodes or providers; draw it from one to another.");
				return Optional.empty();
			}
			return edits.edit("Create link", model -> {
				Host source = host(model, from);
				Host target = host(model, to);
				if (links(model).stream().anyMatch(l -> l.getSource() == source && l.getTarget() == target)) {
					throw new EditRefused("There is already a link from " + from + " to " + to
							+ "; edit that one in the text.");
				}
				Link link = AllstarFactory.eINSTANCE.createLink();
				link.setSource(source);
				link.setTarget(target);
				network(model).getLinks().add(link);
			});
		}

		private static Network network(Model model) {
			return model.getElements().stream().filter(Network.class::isInstance).map(Network.class::cast)
					.findFirst().orElseGet(() -> {
						Network network = AllstarFactory.eINSTANCE.createNetwork();
						network.setName("links");
						model.getElements().add(network);
						return network;
					});
		}
	}

	/** A node ({@code Provider.node}) or a provider of this file. */
	static Host host(Model model, String id) {
		Optional<Node> node = Elements.findNode(model, id);
		if (node.isPresent()) {
			return node.get();
		}
		return Elements.findProvider(model, id).orElseThrow(() -> Elements.notInThisFile("node or provider", id));
	}

	static List<Link> links(Model model) {
		return model.getElements().stream().filter(Network.class::isInstance)
				.flatMap(n -> ((Network) n).getLinks().stream()).toList();
	}

	/**
	 * Deletes providers, nodes and links in one edit: a node takes its links with it, a provider its nodes and all
	 * their links.
	 */
	public static class Delete extends BasicOperationHandler<DeleteOperation> {

		@Inject
		private TextEdits edits;

		@Override
		public Optional<Command> createCommand(DeleteOperation operation) {
			List<String> ids = operation.getElementIds();
			if (!edits.allowed(models -> ids.stream().filter(id -> !id.startsWith("link:"))
					.forEach(id -> Elements.notUsedElsewhere(id, (EObject) host(models.get(0), id))))) {
				return Optional.empty();
			}
			return edits.edit("Delete " + String.join(", ", ids), model -> {
				Map<String, Link> links = InfrastructureGraph.links(links(model));
				Set<EObject> doomed = new LinkedHashSet<>();
				for (String id : ids) {
					if (links.containsKey(id)) {
						doomed.add(links.get(id));
						continue;
					}
					Host host = host(model, id);
					Set<Host> gone = new LinkedHashSet<>(List.of(host));
					if (host instanceof Provider provider) {
						gone.addAll(provider.getNodes());
					}
					links.values().stream().filter(l -> gone.contains(l.getSource()) || gone.contains(l.getTarget()))
							.forEach(doomed::add);
					doomed.add((EObject) host);
				}
				for (EObject element : new ArrayList<>(doomed)) {
					EcoreUtil.delete(element, true);
				}
			});
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allstar.diagram.glsp.DiagramSource;
import org.allstar.diagram.glsp.DiagramSources;
import org.allstar.diagram.graph.ApplicationGraph;
import org.allstar.diagram.graph.Ids;
import org.allstar.diagram.graph.InfrastructureGraph;
import org.allstar.lang.validation.IssueCodes;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Flow;
import org.allstar.model.Link;
import org.allstar.model.Model;
import org.allstar.model.Network;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.model.Provider;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.glsp.graph.GModelElement;
import org.eclipse.glsp.server.features.validation.Marker;
import org.eclipse.glsp.server.features.validation.MarkerKind;
import org.eclipse.glsp.server.features.validation.ModelValidator;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;

/**
 * The findings of the edited file as diagram markers: the language's validator with the verifier's checks, the
 * same one the text editor and {@code allstar verify} run (taken from the file's own language services), each
 * finding on the diagram element it concerns, or on the diagram when it concerns the whole file (a budget, say).
 */
public class VerifierMarkers implements ModelValidator {

	@Inject
	private DiagramSources sources;

	@Inject
	private GModelState state;

	/** The whole file is checked whatever was asked for: the checks look across elements (paths, totals). */
	@Override
	public List<Marker> validate(List<GModelElement> elements, String reason) {
		DiagramSource source = sources.find(state.getClientOptions().get(DiagramSources.SOURCE_URI)).orElse(null);
		if (source == null || source.models().isEmpty()
				|| !(source.models().get(0).eResource() instanceof XtextResource resource)) {
			return List.of();
		}
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource,
				CheckMode.ALL, CancelIndicator.NullImpl);
		List<Marker> markers = new ArrayList<>();
		for (Issue issue : issues) {
			for (String id : elementIds(issue, resource, source.models())) {
				markers.add(new Marker(IssueCodes.stable(issue.getCode()), issue.getMessage(), id, kind(issue)));
			}
		}
		return markers;
	}

	/** The diagram elements shown for the model element the issue is on (or its closest drawn container). */
	private Set<String> elementIds(Issue issue, Resource resource, List<Model> models) {
		EObject at = issue.getUriToProblem() == null ? null
				: resource.getEObject(issue.getUriToProblem().fragment());
		Set<String> ids = new LinkedHashSet<>();
		for (EObject element = at; element != null && ids.isEmpty(); element = element.eContainer()) {
			ids.addAll(drawnAs(element, models));
			ids.removeIf(id -> state.getIndex().get(id).isEmpty());
		}
		if (ids.isEmpty()) {
			ids.add(state.getRoot().getId());
		}
		return ids;
	}

	private static List<String> drawnAs(EObject element, List<Model> models) {
		if (element instanceof Component component) {
			return List.of(Ids.component(component));
		} else if (element instanceof Node node) {
			return List.of(Ids.node(node));
		} else if (element instanceof Provider provider) {
			return List.of(Ids.provider(provider));
		} else if (element instanceof Placement placement) {
			// a placement is drawn on its nodes (infrastructure) and concerns its component (application)
			List<String> ids = new ArrayList<>(placement.getNodes().stream().filter(n -> !n.eIsProxy())
					.map(Ids::node).toList());
			if (placement.getComponent() != null && !placement.getComponent().eIsProxy()) {
				ids.add(Ids.component(placement.getComponent()));
			}
			return ids;
		} else if (element instanceof Flow flow && flow.eContainer() instanceof Application application) {
			return idOf(ApplicationGraph.flows(application), flow);
		} else if (element instanceof Link link) {
			List<Link> all = models.stream().flatMap(m -> m.getElements().stream())
					.filter(Network.class::isInstance).flatMap(n -> ((Network) n).getLinks().stream()).toList();
			return idOf(InfrastructureGraph.links(all), link);
		}
		return List.of();
	}

	private static <T> List<String> idOf(Map<String, T> drawn, T element) {
		return drawn.entrySet().stream().filter(e -> e.getValue() == element).map(Map.Entry::getKey).toList();
	}

	private static String kind(Issue issue) {
		return switch (issue.getSeverity()) {
		case ERROR -> MarkerKind.ERROR;
		case WARNING -> MarkerKind.WARNING;
		default -> MarkerKind.INFO;
		};
	}
}

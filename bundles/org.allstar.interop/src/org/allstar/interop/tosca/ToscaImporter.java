// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * TOSCA Simple Profile 1.3 to ALLSTAR-ML. Compute templates become the nodes of a provider (capacity from the
 * {@code host} capability, architecture from {@code os}); hosted templates become the components of one application
 * named after the template; ConnectsTo relationships between components become flows; HostedOn becomes a deployment;
 * Performance, Placement and Scaling policies become requirements, placement hints and replicas. Everything else is
 * kept as comments naming its TOSCA path and listed in the result.
 */
public final class ToscaImporter {

	/** Metadata keys the exporter writes so that an export imports back to the same names and provider facts. */
	static final String PROVIDER = "allstar.provider";
	static final String PROVIDER_KIND = "allstar.provider.kind";
	static final String PROVIDER_REGION = "allstar.provider.region";
	static final String NODE = "allstar.node";
	static final String COMPONENT = "allstar.component";
	static final String PACKAGE = "allstar.package";
	static final String DEPLOYMENT = "allstar.deployment";

	private static final Set<String> TEMPLATE_KEYS_USED = Set.of("tosca_definitions_version", "topology_template",
			"imports");

	private final Names names;

	public ToscaImporter(Names names) {
		this.names = names;
	}

	/** Reads the file, CSAR or CSAR folder and converts it. */
	public ImportResult read(Path input) throws ToscaInputException {
		return convert(new ServiceTemplateReader().read(input));
	}

	public ImportResult convert(ServiceTemplate template) {
		List<ToscaProblem> problems = new ArrayList<>(template.problems());
		List<String> kept = new ArrayList<>();
		Map<String, Object> topology = template.topology();
		Map<String, Object> relationshipTemplates = Values.map(topology.get("relationship_templates"));
		List<NodeTemplate> templates = NodeTemplate.of(topology);
		TemplateChecker checker = new TemplateChecker(template.types(), problems);
		checker.checkKeys(template.document());
		checker.check(topology, templates, relationshipTemplates);
		Topology roles = new Topology(template.types(), templates, relationshipTemplates);
		Inputs inputs = new Inputs(topology);
		Map<String, Object> metadata = Values.map(template.document().get("metadata"));
		String application = Names.camel(metadata.get("template_name") instanceof String s ? s
				: template.file().getFileName().toString().replaceFirst("\\.[^.]*$", ""));
		Map<String, String> componentNames = new LinkedHashMap<>();
		roles.components().forEach(c -> componentNames.put(c.name(), names.id(Values.text(
				c.metadata().getOrDefault(COMPONENT, c.name())))));
		PolicyMapping policies = new PolicyMapping(topology, template.types(), componentNames, inputs);

		ModelText text = new ModelText(kept);
		text.note("Imported from " + template.file().getFileName() + " (" + template.document().get("tosca_definitions_version")
				+ ") by allstar import tosca; TOSCA parts without an ALLSTAR-ML counterpart are kept as comments.");
		String packageName = Values.text(metadata.getOrDefault(PACKAGE, application.toLowerCase(Locale.ROOT)));
		text.line("package " + String.join(".", java.util.Arrays.stream(packageName.split("\\.")).map(names::id).toList()));
		text.blank();
		keepTemplateLevel(template, topology, metadata, inputs, roles, policies, text);

		NodeWriter nodes = new NodeWriter(text, names, inputs);
		Map<String, String> nodeReferences = nodes.providers(roles.computes(), application + "Hosts");
		int flows = 0;
		int placements = 0;
		if (!componentNames.isEmpty()) {
			text.blank();
			text.open("application " + names.id(application));
			ComponentWriter components = new ComponentWriter(text, names, inputs, template.types(), roles, policies);
			for (NodeTemplate component : roles.components()) {
				components.write(component, componentNames.get(component.name()));
			}
			flows = components.flows(roles.components(), componentNames);
			policies.requirements.forEach(text::line);
			text.close();
			placements = deployment(text, roles, componentNames, nodeReferences, application, metadata);
		}
		return new ImportResult(text.toString(), List.copyOf(problems), List.copyOf(kept), new ImportResult.Counts(
				roles.computes().size(), componentNames.size(), flows, policies.requirements.size(), placements));
	}

	private void keepTemplateLevel(ServiceTemplate template, Map<String, Object> topology, Map<String, Object> metadata,
			Inputs inputs, Topology roles, PolicyMapping policies, ModelText text) {
		template.document().forEach((key, value) -> {
			if (key.equals("metadata")) {
				metadata.forEach((k, v) -> {
					if (!k.equals("template_name") && !k.startsWith("allstar.")) {
						text.keep("metadata." + k, v);
					}
				});
			} else if (!TEMPLATE_KEYS_USED.contains(key) && !key.endsWith("_types")) {
				text.keep(key, value);
			}
		});
		if (!template.files().isEmpty() && template.files().size() > 1) {
			text.note("types read from: " + String.join(", ", template.files().stream().skip(1)
					.map(f -> f.getFileName().toString()).toList()));
		}
		inputs.all().forEach((name, definition) -> {
			Map<String, Object> d = Values.map(definition);
			if (d.containsKey("default") || d.containsKey("value")) {
				text.note("input " + name + " = " + Values.oneLine(d.containsKey("default") ? d.get("default") : d.get("value"))
						+ " (used where the template asks for it)");
			} else {
				text.keep("topology_template.inputs." + name, Values.oneLine(definition) + " (no default: what uses it is left out)");
			}
		});
		topology.forEach((key, value) -> {
			if (Set.of("inputs", "node_templates", "policies").contains(key)) {
				return;
			}
			String path = "topology_template." + key;
			if (value instanceof Map<?, ?> map) {
				map.forEach((name, body) -> text.keep(path + "." + name, body));
			} else if (value instanceof List) {
				Named.of(value).forEach((name, body) -> text.keep(path + "." + name, body));
			} else {
				text.keep(path, value);
			}
		});
		roles.others().forEach(other -> text.keep(other.path(), other.body()));
		policies.unmapped.forEach(u -> text.keep(u.path(), u.value()));
	}

	private int deployment(ModelText text, Topology roles, Map<String, String> componentNames,
			Map<String, String> nodeReferences, String application, Map<String, Object> metadata) {
		List<String> lines = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		for (NodeTemplate component : roles.components()) {
			List<NodeTemplate> computes = roles.computesUnder(component);
			if (computes.isEmpty() && roles.onlyComputeFor(component).isPresent()) {
				computes = List.of(roles.onlyComputeFor(component).get());
				notes.add("'" + component.name() + "' assigns no host; placed on the only Compute, '" + computes.get(0).name() + "'");
			}
			List<String> on = computes.stream().map(c -> nodeReferences.get(c.name())).toList();
			if (!on.isEmpty()) {
				lines.add(componentNames.get(component.name()) + " on " + String.join(", ", on));
			}
		}
		if (!lines.isEmpty()) {
			text.blank();
			text.open("deployment " + names.id(Values.text(metadata.getOrDefault(DEPLOYMENT, "imported"))) + " of "
					+ names.id(application));
			notes.forEach(text::note);
			lines.forEach(text::line);
			text.close();
		}
		return lines.size();
	}
}

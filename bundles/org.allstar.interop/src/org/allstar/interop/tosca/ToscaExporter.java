// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.allstar.interop.yaml.YamlWriter;
import org.allstar.model.Application;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Model;
import org.allstar.model.Provider;
import org.allstar.model.Quantity;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Unit;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * ALLSTAR-ML to a TOSCA Simple Profile 1.3 service template: nodes become {@code tosca.nodes.Compute} templates
 * (host and os capabilities, their provider in the metadata), components {@code allstar.nodes.Component} templates
 * (a SoftwareComponent) hosted on the nodes of the first deployment of their application, with their resource
 * requests as the host requirement's node_filter; flows become ConnectsTo relationships, requirements, placement
 * hints and replicas become policies. What TOSCA cannot carry is listed in the result.
 */
public final class ToscaExporter {

	/**
	 * Whether a feature was written in the model's text. EMF cannot tell {@code arch amd64} or {@code kind cloud}
	 * (the enumerations' first values) from nothing written, the parsed text can; the language's user says how.
	 */
	public interface Written {
		boolean isWritten(EObject element, EStructuralFeature feature);
	}

	private final Written written;

	/** Exports what EMF reports as set (first enumeration values count as unset). */
	public ToscaExporter() {
		this(EObject::eIsSet);
	}

	public ToscaExporter(Written written) {
		this.written = written;
	}

	public ExportResult export(List<Model> models) {
		List<String> notCarried = new ArrayList<>();
		ExportNames names = new ExportNames();
		Map<String, Object> nodeTemplates = new LinkedHashMap<>();
		List<Object> policies = new ArrayList<>();
		List<Application> applications = new ArrayList<>();
		String packageName = null;
		for (Model model : models) {
			packageName = packageName == null ? model.getName() : packageName;
			model.getElements().forEach(element -> {
				if (element instanceof Provider provider) {
					new ComputeExport(names, notCarried, written).provider(provider, nodeTemplates);
				} else if (element instanceof Application application) {
					applications.add(application);
				} else if (!(element instanceof Deployment)) {
					notCarried.add(keyword(element) + " " + element.getName() + ": no TOSCA counterpart in this export");
				}
			});
		}
		Map<String, Object> metadata = ExportTypes.map("template_name", applications.size() == 1
				? applications.get(0).getName() : "allstar", "template_author", "ALLSTAR Studio");
		if (packageName != null) {
			metadata.put(ToscaImporter.PACKAGE, packageName);
		}
		for (Application application : applications) {
			List<Deployment> deployments = deploymentsOf(application, models);
			Deployment deployment = deployments.isEmpty() ? null : deployments.get(0);
			deployments.stream().skip(1).forEach(d -> notCarried.add("deployment " + d.getName()
					+ ": only the first deployment of " + application.getName() + " (" + deployment.getName() + ") is exported"));
			if (deployment != null && applications.size() == 1) {
				metadata.put(ToscaImporter.DEPLOYMENT, deployment.getName());
			}
			new ComponentExport(names, notCarried, written).application(application, deployment, nodeTemplates, policies);
		}
		Map<String, Object> template = ExportTypes.map("tosca_definitions_version", "tosca_simple_yaml_1_3",
				"description", "Exported from ALLSTAR-ML by allstar export tosca.", "metadata", metadata);
		ExportTypes.addTo(template);
		Map<String, Object> topology = ExportTypes.map("node_templates", nodeTemplates);
		if (!policies.isEmpty()) {
			topology.put("policies", policies);
		}
		template.put("topology_template", topology);
		return new ExportResult(YamlWriter.write(template), List.copyOf(notCarried));
	}

	/** The element's keyword in ALLSTAR-ML (a DataClass is written {@code data}). */
	private static String keyword(EObject element) {
		String name = element.eClass().getName();
		return name.equals("DataClass") ? "data" : name.toLowerCase(java.util.Locale.ROOT);
	}

	private static List<Deployment> deploymentsOf(Application application, List<Model> models) {
		return models.stream().flatMap(m -> m.getElements().stream()).filter(Deployment.class::isInstance)
				.map(Deployment.class::cast).filter(d -> d.getApplication() == application).toList();
	}

	/** Unique template names: the model's own name where it is free, else prefixed with its container's name. */
	static final class ExportNames {
		private final Set<String> taken = new HashSet<>();
		private final Map<Object, String> given = new LinkedHashMap<>();

		String of(Object element, String name, String container) {
			return given.computeIfAbsent(element, e -> {
				String candidate = taken.contains(name) ? container + "_" + name : name;
				for (int i = 2; taken.contains(candidate); i++) {
					candidate = container + "_" + name + "_" + i;
				}
				taken.add(candidate);
				return candidate;
			});
		}
	}

	/** "64 GB" as TOSCA writes sizes (kB for KB). */
	static String size(Quantity quantity) {
		return quantity.getValue().toPlainString() + " " + (quantity.getUnit().equals("KB") ? "kB" : quantity.getUnit());
	}

	/** Whole CPUs at least as many as the quantity (num_cpus is an integer); null when it has no CPU unit. */
	static Integer cpus(Quantity quantity) {
		return Quantities.valueIn(quantity, Unit.CORE).map(r -> new BigDecimal(r.numerator())
				.divide(new BigDecimal(r.denominator()), 0, RoundingMode.CEILING).intValue()).orElse(null);
	}

	static boolean isWhole(Quantity quantity) {
		return Quantities.valueIn(quantity, Unit.CORE).map(r -> r.denominator().equals(java.math.BigInteger.ONE)).orElse(false);
	}

	static String time(Quantity quantity) {
		String unit = quantity.getUnit();
		return quantity.getValue().toPlainString() + " " + (unit.equals("min") ? "m" : unit.equals("day") || unit.equals("days") ? "d" : unit);
	}
}

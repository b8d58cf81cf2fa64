// SPDX-License-Identifier: EPL-2.0
package org.allstar.interop.tosca;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.allstar.model.AllstarPackage;
import org.allstar.model.Node;
import org.allstar.model.Provider;

/** A provider's nodes as {@code tosca.nodes.Compute} templates; the provider itself lives on in their metadata. */
final class ComputeExport {

	private final ToscaExporter.ExportNames names;
	private final List<String> notCarried;
	private final ToscaExporter.Written written;

	ComputeExport(ToscaExporter.ExportNames names, List<String> notCarried, ToscaExporter.Written written) {
		this.names = names;
		this.notCarried = notCarried;
		this.written = written;
	}

	void provider(Provider provider, Map<String, Object> nodeTemplates) {
		String where = "provider " + provider.getName();
		if (provider.getLocation() != null) notCarried.add(where + ": location");
		if (provider.getAvailability() != null) notCarried.add(where + ": availability");
		if (!provider.getEndpoints().isEmpty()) notCarried.add(where + ": endpoints");
		if (provider.getWallet() != null) notCarried.add(where + ": wallet");
		if (provider.getNodes().isEmpty()) notCarried.add(where + ": a provider without nodes");
		for (Node node : provider.getNodes()) {
			nodeTemplates.put(names.of(node, node.getName(), provider.getName()), compute(provider, node));
		}
	}

	private Map<String, Object> compute(Provider provider, Node node) {
		Map<String, Object> metadata = ExportTypes.map(ToscaImporter.PROVIDER, provider.getName(), ToscaImporter.NODE, node.getName());
		if (written.isWritten(provider, AllstarPackage.Literals.PROVIDER__KIND)) {
			metadata.put(ToscaImporter.PROVIDER_KIND, provider.getKind().getLiteral());
		}
		if (provider.getRegion() != null) {
			metadata.put(ToscaImporter.PROVIDER_REGION, provider.getRegion());
		}
		Map<String, Object> host = ExportTypes.map();
		String where = "node " + provider.getName() + "." + node.getName();
		if (node.getCpu() != null) {
			Integer cpus = ToscaExporter.cpus(node.getCpu());
			if (cpus != null && cpus > 0) {
				host.put("num_cpus", cpus);
				if (!ToscaExporter.isWhole(node.getCpu())) notCarried.add(where + ": cpu rounded up to " + cpus + " (num_cpus is whole)");
			}
		}
		if (node.getMemory() != null) host.put("mem_size", ToscaExporter.size(node.getMemory()));
		if (node.getStorage() != null) host.put("disk_size", ToscaExporter.size(node.getStorage()));
		Map<String, Object> capabilities = ExportTypes.map();
		if (!host.isEmpty()) capabilities.put("host", ExportTypes.map("properties", host));
		if (written.isWritten(node, AllstarPackage.Literals.NODE__ARCH)) {
			String architecture = node.getArch().getLiteral().equals("amd64") ? "x86_64" : "arm64";
			capabilities.put("os", ExportTypes.map("properties", ExportTypes.map("architecture", architecture)));
		}
		for (String feature : List.of("price", "availability", "power", "state", "accelerators", "isolation")) {
			var f = node.eClass().getEStructuralFeature(feature);
			if (f != null && written.isWritten(node, f)) notCarried.add(where + ": " + feature.toLowerCase(Locale.ROOT));
		}
		Map<String, Object> template = ExportTypes.map("type", "tosca.nodes.Compute", "metadata", metadata);
		if (!capabilities.isEmpty()) template.put("capabilities", capabilities);
		return template;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.math.BigDecimal;
import java.util.List;

import org.allstar.model.Accelerator;
import org.allstar.model.AcceleratorKind;
import org.allstar.model.AcceleratorNeed;
import org.allstar.model.AllstarFactory;
import org.allstar.model.Application;
import org.allstar.model.Architecture;
import org.allstar.model.AvailabilityRequirement;
import org.allstar.model.Component;
import org.allstar.model.DataClass;
import org.allstar.model.Flow;
import org.allstar.model.Host;
import org.allstar.model.IsolationFeature;
import org.allstar.model.IsolationLevel;
import org.allstar.model.LatencyRequirement;
import org.allstar.model.Link;
import org.allstar.model.Model;
import org.allstar.model.NeedKind;
import org.allstar.model.Network;
import org.allstar.model.Node;
import org.allstar.model.Provider;
import org.allstar.model.ProviderKind;
import org.allstar.model.Quantity;
import org.allstar.model.quantity.Quantities;
import org.allstar.model.quantity.Unit;

/** Models for planner tests, written in Java: one package with providers, a network and one application. */
final class World {

	private static final AllstarFactory F = AllstarFactory.eINSTANCE;

	final Model model = F.createModel();
	final Network network = F.createNetwork();
	final Application app = F.createApplication();

	World() {
		model.setName("world");
		network.setName("net");
		app.setName("App");
		model.getElements().add(network);
		model.getElements().add(app);
	}

	List<Model> models() {
		return List.of(model);
	}

	static Quantity q(double value, Unit unit) {
		return Quantities.create(BigDecimal.valueOf(value), unit);
	}

	Provider provider(String name, ProviderKind kind, String region) {
		Provider provider = F.createProvider();
		provider.setName(name);
		provider.setKind(kind);
		provider.setRegion(region);
		model.getElements().add(model.getElements().size() - 2, provider);
		return provider;
	}

	/** A node with CPU cores, memory GB, price EUR/h, availability % and power W. */
	Node node(Provider provider, String name, double cores, double memoryGb, double eurPerHour, double availability,
			double watts) {
		Node node = F.createNode();
		node.setName(name);
		node.setCpu(q(cores, Unit.CORE));
		node.setMemory(q(memoryGb, Unit.GIGABYTE));
		node.setArch(Architecture.AMD64);
		node.setPrice(q(eurPerHour, Unit.EUR_PER_HOUR));
		node.setAvailability(q(availability, Unit.PERCENT));
		node.setPower(q(watts, Unit.WATT));
		provider.getNodes().add(node);
		return node;
	}

	static Node gpu(Node node, int count) {
		Accelerator accelerator = F.createAccelerator();
		accelerator.setKind(AcceleratorKind.GPU);
		accelerator.setVendor("nvidia");
		accelerator.setCount(count);
		node.getAccelerators().add(accelerator);
		return node;
	}

	static Node enclave(Node node) {
		node.getIsolation().add(IsolationFeature.SGX);
		return node;
	}

	Link link(Host a, Host b, double ms, Double mbps) {
		Link link = F.createLink();
		link.setSource(a);
		link.setTarget(b);
		link.setBidirectional(true);
		link.setLatency(q(ms, Unit.MILLISECOND));
		if (mbps != null) {
			link.setBandwidth(q(mbps, Unit.MBPS));
		}
		network.getLinks().add(link);
		return link;
	}

	Component component(String name, double cores, double memoryGb) {
		Component component = F.createComponent();
		component.setName(name);
		component.setImage(name + ":1");
		component.setCpu(q(cores, Unit.CORE));
		component.setMemory(q(memoryGb, Unit.GIGABYTE));
		app.getComponents().add(component);
		return component;
	}

	static Component needsGpu(Component component) {
		AcceleratorNeed need = F.createAcceleratorNeed();
		need.setKind(AcceleratorKind.GPU);
		need.setNeed(NeedKind.REQUIRED);
		need.setCount(1);
		component.setAccelerator(need);
		return component;
	}

	static Component needsEnclave(Component component) {
		component.setIsolation(IsolationLevel.ENCLAVE);
		return component;
	}

	Component handles(Component component, String data, String residency) {
		DataClass dataClass = model.getElements().stream().filter(DataClass.class::isInstance)
				.map(DataClass.class::cast).filter(d -> d.getName().equals(data)).findFirst().orElseGet(() -> {
					DataClass created = F.createDataClass();
					created.setName(data);
					created.getResidency().add(residency);
					model.getElements().add(created);
					return created;
				});
		component.getHandles().add(dataClass);
		return component;
	}

	Flow flow(Component a, Component b, Double boundMs, Double mbps) {
		Flow flow = F.createFlow();
		flow.setSource(a);
		flow.setTarget(b);
		if (boundMs != null) {
			flow.setLatency(q(boundMs, Unit.MILLISECOND));
		}
		if (mbps != null) {
			flow.setBandwidth(q(mbps, Unit.MBPS));
		}
		app.getFlows().add(flow);
		return flow;
	}

	void endToEnd(double boundMs, Component... path) {
		LatencyRequirement requirement = F.createLatencyRequirement();
		requirement.getPath().addAll(List.of(path));
		requirement.setBound(q(boundMs, Unit.MILLISECOND));
		app.getRequirements().add(requirement);
	}

	void availability(double percent) {
		AvailabilityRequirement requirement = F.createAvailabilityRequirement();
		requirement.setMinimum(q(percent, Unit.PERCENT));
		app.getRequirements().add(requirement);
	}

	void budget(double eurPerMonth) {
		app.setBudget(q(eurPerMonth, Unit.EUR_PER_MONTH));
	}
}

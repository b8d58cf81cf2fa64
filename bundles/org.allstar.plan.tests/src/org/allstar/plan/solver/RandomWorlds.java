// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.allstar.model.AllstarFactory;
import org.allstar.model.Architecture;
import org.allstar.model.Component;
import org.allstar.model.ImageVariant;
import org.allstar.model.Node;
import org.allstar.model.NodeState;
import org.allstar.model.Provider;
import org.allstar.model.ProviderKind;
import org.allstar.model.Trust;

/** Seeded random planning problems: small ones with every kind of requirement, and large plain ones. */
final class RandomWorlds {

	private static final String[] REGIONS = { "eu-central-1", "pt-norte", "us-west-2" };

	private RandomWorlds() {
	}

	/** A small world: 2–4 providers of 1–5 nodes, 2–6 components, flows, and sometimes budgets and bounds. */
	static World small(long seed) {
		Random random = new Random(seed);
		World world = new World();
		List<Provider> providers = new ArrayList<>();
		int providerCount = 2 + random.nextInt(3);
		for (int p = 0; p < providerCount; p++) {
			Provider provider = world.provider("P" + p, ProviderKind.get(random.nextInt(3)),
					REGIONS[random.nextInt(REGIONS.length)]);
			providers.add(provider);
			int nodes = 1 + random.nextInt(6);
			for (int n = 0; n < nodes; n++) {
				node(world, random, provider, "n" + n);
			}
		}
		for (int i = 0; i < providerCount; i++) {
			for (int j = i + 1; j < providerCount; j++) {
				if (random.nextInt(4) > 0) {
					world.link(providers.get(i).getNodes().get(0), providers.get(j).getNodes().get(0),
							1 + random.nextInt(30), random.nextBoolean() ? null : (double) (5 + random.nextInt(100)));
				}
			}
		}
		List<Component> components = new ArrayList<>();
		int componentCount = 2 + random.nextInt(5);
		for (int c = 0; c < componentCount; c++) {
			components.add(component(world, random, "c" + c));
		}
		for (int c = 1; c < componentCount; c++) {
			if (random.nextInt(4) > 0) {
				world.flow(components.get(random.nextInt(c)), components.get(c),
						random.nextBoolean() ? null : (double) (1 + random.nextInt(40)),
						random.nextBoolean() ? null : (double) (1 + random.nextInt(60)));
			}
		}
		if (componentCount >= 3 && random.nextBoolean()) {
			world.endToEnd(10 + random.nextInt(80), components.get(0), components.get(1), components.get(2));
		}
		if (random.nextBoolean()) {
			world.budget(50 + random.nextInt(2000));
		}
		if (random.nextInt(3) == 0) {
			world.availability(90 + random.nextInt(10));
		}
		if (random.nextInt(4) == 0) {
			world.app.setEnergyBudget(World.q(100 + random.nextInt(900), org.allstar.model.quantity.Unit.WATT));
		}
		return world;
	}

	private static void node(World world, Random random, Provider provider, String name) {
		Node node = world.node(provider, name, 1 + random.nextInt(16), 1 + random.nextInt(32),
				0.01 * (1 + random.nextInt(100)), 90 + random.nextInt(10), 10 + random.nextInt(300));
		node.setArch(random.nextInt(3) == 0 ? Architecture.ARM64 : Architecture.AMD64);
		if (random.nextInt(3) == 0) {
			World.gpu(node, 1 + random.nextInt(2));
		}
		if (random.nextInt(3) == 0) {
			World.enclave(node);
		}
		int state = random.nextInt(10);
		node.setState(state == 0 ? NodeState.OFFLINE : state == 1 ? NodeState.BUSY : NodeState.AVAILABLE);
	}

	private static Component component(World world, Random random, String name) {
		Component component = world.component(name, 0.5 * (1 + random.nextInt(8)), 0.5 * (1 + random.nextInt(16)));
		if (random.nextBoolean()) {
			ImageVariant arm = AllstarFactory.eINSTANCE.createImageVariant();
			arm.setArch(Architecture.ARM64);
			arm.setImage(name + ":1-arm64");
			component.getVariants().add(arm);
		}
		if (random.nextInt(8) == 0) {
			World.needsGpu(component);
		}
		if (random.nextInt(10) == 0) {
			World.needsEnclave(component);
		}
		if (random.nextInt(6) == 0) {
			world.handles(component, "personal", "EU");
		}
		if (random.nextInt(6) == 0) {
			component.setReplicas(2);
		}
		int trust = random.nextInt(6);
		component.setTrust(trust == 0 ? Trust.UNTRUSTED : trust == 1 ? Trust.CRITICAL : Trust.NORMAL);
		return component;
	}

	/**
	 * A large plain world: {@code nodes} nodes of four types over nodes/20 providers in a chain of 2 ms links,
	 * {@code components} components in a tree of flows with 10 ms bounds.
	 */
	static World large(int components, int nodes, long seed) {
		Random random = new Random(seed);
		World world = new World();
		int providerCount = Math.max(2, nodes / 20);
		List<Provider> providers = new ArrayList<>();
		for (int p = 0; p < providerCount; p++) {
			Provider provider = world.provider("P" + p, p % 3 == 0 ? ProviderKind.CLOUD : ProviderKind.EDGE,
					"eu-central-1");
			providers.add(provider);
		}
		int[][] types = { { 4, 8, 10 }, { 8, 16, 18 }, { 16, 64, 40 }, { 2, 4, 6 } };
		for (int n = 0; n < nodes; n++) {
			int[] type = types[random.nextInt(types.length)];
			Provider provider = providers.get(n % providerCount);
			world.node(provider, "n" + n, type[0], type[1], type[2] / 100.0 * (1 + provider.getName().length() % 3 / 10.0),
					99.5, type[0] * 10);
		}
		for (int p = 1; p < providerCount; p++) {
			world.link(providers.get(p - 1).getNodes().get(0), providers.get(p).getNodes().get(0), 2, null);
		}
		List<Component> created = new ArrayList<>();
		for (int c = 0; c < components; c++) {
			created.add(world.component("c" + c, 0.5 * (1 + random.nextInt(6)), 1 + random.nextInt(8)));
			if (c > 0 && random.nextInt(3) > 0) {
				world.flow(created.get(random.nextInt(c)), created.get(c), 10.0, null);
			}
		}
		return world;
	}
}

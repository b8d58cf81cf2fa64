// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.layout.stress;

import java.util.EnumSet;

import org.eclipse.elk.core.AbstractLayoutProvider;
import org.eclipse.elk.core.data.ILayoutMetaDataProvider;
import org.eclipse.elk.core.data.LayoutAlgorithmData;
import org.eclipse.elk.core.data.LayoutOptionData;
import org.eclipse.elk.core.util.IFactory;
import org.eclipse.elk.graph.properties.GraphFeature;
import org.eclipse.elk.graph.properties.IProperty;

/**
 * Tells ELK about the stress layout: its id, how to make the provider, and the options it reads. Registered through
 * {@code LayoutMetaDataService.registerLayoutMetaDataProviders}, like ELK's own algorithms.
 */
public final class StressMetaDataProvider implements ILayoutMetaDataProvider {

	@Override
	public void apply(Registry registry) {
		registry.register(new LayoutAlgorithmData.Builder().id(StressOptions.ALGORITHM_ID).name("ALLSTAR Stress")
				.description("Stress majorization (Gansner, Koren and North 2004) of each connected component, the"
						+ " components packed in rows, node boxes kept apart, edges straight from border to border.")
				.providerFactory(new ProviderFactory()).definingBundleId("org.allstar.diagram")
				.supportedFeatures(EnumSet.of(GraphFeature.DISCONNECTED, GraphFeature.MULTI_EDGES)).create());
		option(registry, StressOptions.DESIRED_EDGE_LENGTH, LayoutOptionData.Type.DOUBLE, Double.class,
				"Desired edge length", "The wanted distance between the centres of two linked nodes.");
		option(registry, StressOptions.ITERATION_LIMIT, LayoutOptionData.Type.INT, Integer.class, "Iteration limit",
				"The most majorization sweeps per connected component.");
		option(registry, StressOptions.EPSILON, LayoutOptionData.Type.DOUBLE, Double.class, "Epsilon",
				"Stop once a sweep lowers the stress by less than this fraction.");
		for (IProperty<?> core : new IProperty<?>[] { StressOptions.PADDING, StressOptions.SPACING_NODE_NODE,
				StressOptions.SPACING_COMPONENT_COMPONENT, StressOptions.ASPECT_RATIO }) {
			registry.addOptionSupport(StressOptions.ALGORITHM_ID, core.getId(), core.getDefault());
		}
	}

	private static void option(Registry registry, IProperty<?> property, LayoutOptionData.Type type,
			Class<?> optionClass, String name, String description) {
		registry.register(new LayoutOptionData.Builder().id(property.getId()).name(name).description(description)
				.defaultValue(property.getDefault()).type(type).optionClass(optionClass)
				.targets(EnumSet.of(LayoutOptionData.Target.PARENTS)).visibility(LayoutOptionData.Visibility.VISIBLE)
				.create());
		registry.addOptionSupport(StressOptions.ALGORITHM_ID, property.getId(), property.getDefault());
	}

	/** A new provider for each layout run that ELK's instance pool asks for; nothing to release. */
	private static final class ProviderFactory implements IFactory<AbstractLayoutProvider> {

		@Override
		public AbstractLayoutProvider create() {
			return new StressLayoutProvider();
		}

		@Override
		public void destroy(AbstractLayoutProvider provider) {
			provider.dispose();
		}
	}
}

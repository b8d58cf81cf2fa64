// SPDX-License-Identifier: EPL-2.0
package org.allstar.model.quantity;

import static org.allstar.model.quantity.Dimension.*;

import java.util.Map;
import java.util.Set;

import org.allstar.model.AllstarPackage.Literals;
import org.allstar.model.Quantity;
import org.allstar.model.SlaMetric;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * Which dimensions each quantity-valued feature of the metamodel accepts: the one place that says "memory is a data
 * size", shared by the validator, the planner and importers.
 */
public final class QuantityFeatures {

	private static final Map<EStructuralFeature, Set<Dimension>> EXPECTED = Map.ofEntries(
			Map.entry(Literals.PROVIDER__AVAILABILITY, Set.of(RATIO)),
			Map.entry(Literals.NODE__CPU, Set.of(CPU)),
			Map.entry(Literals.NODE__MEMORY, Set.of(DATA_SIZE)),
			Map.entry(Literals.NODE__STORAGE, Set.of(DATA_SIZE)),
			Map.entry(Literals.NODE__PRICE, Set.of(PRICE_RATE)),
			Map.entry(Literals.NODE__AVAILABILITY, Set.of(RATIO)),
			Map.entry(Literals.NODE__POWER, Set.of(POWER)),
			Map.entry(Literals.ACCELERATOR__MEMORY, Set.of(DATA_SIZE)),
			Map.entry(Literals.LINK__LATENCY, Set.of(TIME)),
			Map.entry(Literals.LINK__BANDWIDTH, Set.of(DATA_RATE)),
			Map.entry(Literals.LINK__JITTER, Set.of(TIME)),
			Map.entry(Literals.LINK__LOSS, Set.of(RATIO)),
			Map.entry(Literals.APPLICATION__BUDGET, Set.of(PRICE_RATE)),
			Map.entry(Literals.APPLICATION__ENERGY_BUDGET, Set.of(POWER)),
			Map.entry(Literals.COMPONENT__CPU, Set.of(CPU)),
			Map.entry(Literals.COMPONENT__MEMORY, Set.of(DATA_SIZE)),
			Map.entry(Literals.COMPONENT__STORAGE, Set.of(DATA_SIZE)),
			Map.entry(Literals.ACCELERATOR_NEED__MIN_MEMORY, Set.of(DATA_SIZE)),
			Map.entry(Literals.FLOW__BANDWIDTH, Set.of(DATA_RATE)),
			Map.entry(Literals.FLOW__LATENCY, Set.of(TIME)),
			Map.entry(Literals.LATENCY_REQUIREMENT__BOUND, Set.of(TIME)),
			Map.entry(Literals.AVAILABILITY_REQUIREMENT__MINIMUM, Set.of(RATIO)),
			Map.entry(Literals.THROUGHPUT_REQUIREMENT__MINIMUM, Set.of(DATA_RATE, REQUEST_RATE)),
			Map.entry(Literals.FRESHNESS_REQUIREMENT__MAXIMUM_AGE, Set.of(TIME)),
			Map.entry(Literals.SLA__PRICE, Set.of(MONEY, CRYPTO)),
			Map.entry(Literals.SLA__PRICE_PERIOD, Set.of(TIME)),
			Map.entry(Literals.SLA__DURATION, Set.of(TIME)),
			Map.entry(Literals.SLA__COMPENSATION, Set.of(RATIO)),
			Map.entry(Literals.SLA__FEE, Set.of(CRYPTO, MONEY)),
			Map.entry(Literals.SLA_METRIC__WINDOW, Set.of(TIME)));

	private static final Map<org.allstar.model.MetricKind, Set<Dimension>> METRIC_THRESHOLDS = Map.of(
			org.allstar.model.MetricKind.AVAILABILITY, Set.of(RATIO),
			org.allstar.model.MetricKind.LATENCY, Set.of(TIME),
			org.allstar.model.MetricKind.THROUGHPUT, Set.of(DATA_RATE, REQUEST_RATE));

	private QuantityFeatures() {
	}

	/** The dimensions the place of {@code quantity} in its container accepts; empty when anything goes. */
	public static Set<Dimension> expectedDimensions(Quantity quantity) {
		EObject container = quantity.eContainer();
		EStructuralFeature feature = quantity.eContainingFeature();
		if (container instanceof SlaMetric metric && feature == Literals.SLA_METRIC__THRESHOLD) {
			return METRIC_THRESHOLDS.getOrDefault(metric.getKind(), Set.of());
		}
		return EXPECTED.getOrDefault(feature, Set.of());
	}

}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.validation;

import static org.allstar.model.AllstarPackage.Literals.*;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

import org.allstar.model.Accelerator;
import org.allstar.model.AcceleratorNeed;
import org.allstar.model.Component;
import org.allstar.model.Deployment;
import org.allstar.model.Flow;
import org.allstar.model.GeoLocation;
import org.allstar.model.Link;
import org.allstar.model.Node;
import org.allstar.model.Participant;
import org.allstar.model.Placement;
import org.allstar.model.ReputationRequirement;
import org.allstar.model.Sla;
import org.allstar.model.SlaMetric;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.EValidatorRegistrar;

/** Values that no model can mean: zero replicas, a quorum larger than its committee, latitude 120, ... */
public class ValueChecks extends AbstractDeclarativeValidator {

	private static final Pattern ETHEREUM_ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

	@Override
	public void register(EValidatorRegistrar registrar) {
		// composed into AllstarMlValidator
	}

	@Check
	public void countsPositive(Component component) {
		atLeastOne(component, COMPONENT__REPLICAS, component.getReplicas(), "replicas");
	}

	@Check
	public void countsPositive(Accelerator accelerator) {
		atLeastOne(accelerator, ACCELERATOR__COUNT, accelerator.getCount(), "accelerator count");
	}

	@Check
	public void countsPositive(AcceleratorNeed need) {
		atLeastOne(need, ACCELERATOR_NEED__COUNT, need.getCount(), "accelerator count");
	}

	/** {@code accelerator gpu nvidia "T4" memory 64 GB} gives the GPU 64 GB; the node then has no memory at all. */
	@Check
	public void nodeMemoryNotSwallowedByAccelerator(Node node) {
		if (node.getMemory() == null && node.getAccelerators().stream().anyMatch(a -> a.getMemory() != null)) {
			warning("Node '" + node.getName() + "' has no memory of its own; a 'memory' written after 'accelerator' "
					+ "belongs to the accelerator. Write the node's memory before its accelerators.", node,
					NAMED_ELEMENT__NAME, IssueCodes.AMBIGUOUS_MEMORY);
		}
	}

	@Check
	public void committee(Sla sla) {
		if (sla.isSetWitnesses()) {
			atLeastOne(sla, SLA__WITNESSES, sla.getWitnesses(), "witness committee size");
		}
		if (sla.isSetQuorum()) {
			atLeastOne(sla, SLA__QUORUM, sla.getQuorum(), "quorum");
			if (sla.isSetWitnesses() && sla.getQuorum() > sla.getWitnesses()) {
				error("A quorum of " + sla.getQuorum() + " can never be reached by " + sla.getWitnesses()
						+ " witnesses; lower the quorum or enlarge the committee.", sla, SLA__QUORUM,
						IssueCodes.QUORUM_EXCEEDS_COMMITTEE);
			}
		}
	}

	@Check
	public void percentileRange(SlaMetric metric) {
		if (metric.isSetPercentile() && (metric.getPercentile() < 1 || metric.getPercentile() > 100)) {
			error("Percentile p" + metric.getPercentile() + " is outside p1..p100.", metric, SLA_METRIC__PERCENTILE,
					IssueCodes.INVALID_PERCENTILE);
		}
	}

	@Check
	public void coordinates(GeoLocation location) {
		within(location, GEO_LOCATION__LATITUDE, location.getLatitude(), 90, "Latitude");
		within(location, GEO_LOCATION__LONGITUDE, location.getLongitude(), 180, "Longitude");
	}

	@Check
	public void reputationIsAFraction(ReputationRequirement requirement) {
		BigDecimal minimum = requirement.getMinimum();
		if (minimum != null && (minimum.signum() < 0 || minimum.compareTo(BigDecimal.ONE) > 0)) {
			error("Reputation " + minimum.toPlainString() + " is outside 0..1 (reputation is a score from 0 to 1).",
					requirement, REPUTATION_REQUIREMENT__MINIMUM, IssueCodes.INVALID_REPUTATION);
		}
	}

	@Check
	public void portsInRange(Component component) {
		for (int i = 0; i < component.getPorts().size(); i++) {
			int port = component.getPorts().get(i);
			if (port < 1 || port > 65_535) {
				error("Port " + port + " is outside 1..65535.", component, COMPONENT__PORTS, i,
						IssueCodes.INVALID_PORT);
			}
		}
	}

	/** The monitor GETs the probe path on the component's first port: it needs a port and a plain path. */
	@Check
	public void probeIsAPathOnAPort(Component component) {
		String probe = component.getProbe();
		if (probe == null) {
			return;
		}
		if (!probe.startsWith("/") || probe.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '\\')) {
			error("Probe '" + probe + "' is not an HTTP path: write it like \"/health\" (a leading /, no spaces).",
					component, COMPONENT__PROBE, IssueCodes.INVALID_PROBE);
		} else if (component.getPorts().isEmpty()) {
			warning("Probe '" + probe + "' is never probed: the component declares no port; add `ports N` (the first is probed).",
					component, COMPONENT__PROBE, IssueCodes.INVALID_PROBE);
		}
	}

	@Check
	public void walletAddress(Participant participant) {
		String wallet = participant.getWallet();
		if (wallet != null && !ETHEREUM_ADDRESS.matcher(wallet).matches()) {
			error("Wallet '" + wallet + "' is not an address: write 0x followed by 40 hexadecimal digits.",
					participant, PARTICIPANT__WALLET, IssueCodes.INVALID_ADDRESS);
		}
	}

	@Check
	public void noSelfFlow(Flow flow) {
		if (flow.getSource() != null && !flow.getSource().eIsProxy() && flow.getSource() == flow.getTarget()) {
			warning("Flow from '" + flow.getSource().getName() + "' to itself; data that stays inside a component "
					+ "needs no flow.", flow, FLOW__TARGET, IssueCodes.SELF_FLOW);
		}
	}

	@Check
	public void noSelfLink(Link link) {
		if (link.getSource() != null && !link.getSource().eIsProxy() && link.getSource() == link.getTarget()) {
			error("Link from a host to itself; a host reaches itself at no cost.", link, LINK__TARGET,
					IssueCodes.SELF_LINK);
		}
	}

	@Check
	public void eachComponentPlacedOnce(Deployment deployment) {
		Set<Component> placed = new HashSet<>();
		for (Placement placement : deployment.getPlacements()) {
			Component component = placement.getComponent();
			if (component != null && !component.eIsProxy() && !placed.add(component)) {
				error("Component '" + component.getName() + "' is placed twice; list all its nodes in one line "
						+ "(" + component.getName() + " on a.b, c.d).", placement, PLACEMENT__COMPONENT,
						IssueCodes.DUPLICATE_PLACEMENT);
			}
		}
	}

	private void atLeastOne(EObject object, EStructuralFeature feature, int value, String what) {
		if (value < 1) {
			error("The " + what + " must be at least 1 (found " + value + ").", object, feature,
					IssueCodes.INVALID_COUNT);
		}
	}

	private void within(EObject object, EStructuralFeature feature, BigDecimal value, int bound, String what) {
		if (value != null && value.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
			error(what + " " + value.toPlainString() + " is outside -" + bound + ".." + bound + ".", object, feature,
					IssueCodes.INVALID_LOCATION);
		}
	}
}

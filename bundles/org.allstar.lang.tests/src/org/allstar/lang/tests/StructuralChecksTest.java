// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.tests;

import static org.allstar.lang.validation.IssueCodes.*;
import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.allstar.model.Model;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.testing.util.ParseHelper;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.inject.Inject;

/** Each structural check fires with its stable code, at the place that is wrong, and nowhere else. */
@ExtendWith(InjectionExtension.class)
@InjectWith(AllstarMlInjectorProvider.class)
class StructuralChecksTest {

	@Inject
	private ParseHelper<Model> parser;

	@Inject
	private Issues issues;

	/** Asserts exactly one issue, an error with {@code code}, on {@code at} (its first occurrence after {@code after}). */
	private void assertOnly(String text, String code, String after, String at) throws Exception {
		Model model = parser.parse(text);
		int offset = text.indexOf(at, text.indexOf(after));
		issues.assertAt(model, code, Severity.ERROR, offset, at.length());
		List<Issue> all = issues.of(model);
		assertEquals(1, all.size(), () -> "expected only " + code + " but got " + all);
	}

	@Test
	void duplicateNodeNames() throws Exception {
		assertOnly("provider P { node a { cpu 1 core } node a { cpu 2 cores } }", DUPLICATE_NAME, "} node", "a");
	}

	@Test
	void duplicateTopLevelNames() throws Exception {
		assertOnly("package p provider X { } application X { }", DUPLICATE_NAME, "application", "X");
	}

	@Test
	void duplicateProperty() throws Exception {
		assertOnly("provider P { node n { cpu 1 core memory 1 GB cpu 2 cores } }", DUPLICATE_PROPERTY,
				"memory", "2 cores");
	}

	@Test
	void unresolvedNodeReference() throws Exception {
		String text = "provider P { node n { } } application A { component c { } } deployment d of A { c on P.m }";
		Model model = parser.parse(text);
		Issue issue = issues.assertAt(model, UNRESOLVED_REFERENCE, Severity.ERROR, text.indexOf("P.m"), 3);
		assertTrue(issue.getMessage().startsWith("No node named 'P.m'"), issue::getMessage);
	}

	@Test
	void unresolvedComponentInFlow() throws Exception {
		String text = "application A { component c { } flow c -> missing }";
		Model model = parser.parse(text);
		Issue issue = issues.assertAt(model, UNRESOLVED_REFERENCE, Severity.ERROR, text.indexOf("missing"), 7);
		assertTrue(issue.getMessage().startsWith("No component named 'missing'"), issue::getMessage);
	}

	@Test
	void unknownUnit() throws Exception {
		assertOnly("provider P { node n { memory 64 GBytes } }", UNKNOWN_UNIT, "memory", "GBytes");
	}

	@Test
	void wrongDimensionIsAnErrorAtTheUnit() throws Exception {
		assertOnly("provider P { node n { memory 64 ms } }", WRONG_DIMENSION, "memory", "ms");
	}

	@Test
	void wrongDimensionNamesBothDimensions() throws Exception {
		Model model = parser.parse("network x { link A -> B bandwidth 10 GB }");
		assertTrue(issues.of(model).stream().anyMatch(i -> WRONG_DIMENSION.equals(i.getCode())
				&& i.getMessage().startsWith("'GB' is a data size but bandwidth needs a data rate")), "message");
	}

	@Test
	void slaThresholdDimensionFollowsTheMetric() throws Exception {
		assertOnly("participant C { } provider P { } application A { } deployment d of A { }"
				+ " sla S for d between C and P { latency p95 < 150 Mbps }", WRONG_DIMENSION, "p95", "Mbps");
	}

	@Test
	void moneyInEtherIsNotMoneyPerHour() throws Exception {
		assertOnly("provider P { node n { price 1 ETH } }", WRONG_DIMENSION, "price", "ETH");
	}

	@Test
	void negativeCpu() throws Exception {
		assertOnly("provider P { node n { cpu -2 cores } }", NEGATIVE_VALUE, "cpu", "-2");
	}

	@Test
	void availabilityOverHundredPercent() throws Exception {
		assertOnly("provider P { node n { availability 100.5 % } }", PERCENT_OUT_OF_RANGE, "availability",
				"100.5");
	}

	@Test
	void zeroReplicas() throws Exception {
		assertOnly("application A { component c { replicas 0 } }", INVALID_COUNT, "replicas", "0");
	}

	@Test
	void quorumLargerThanCommittee() throws Exception {
		assertOnly("participant C { } provider P { } application A { } deployment d of A { }"
				+ " sla S for d between C and P { witnesses 3 quorum 4 }", QUORUM_EXCEEDS_COMMITTEE, "quorum", "4");
	}

	@Test
	void percentileOutOfRange() throws Exception {
		assertOnly("participant C { } provider P { } application A { } deployment d of A { }"
				+ " sla S for d between C and P { latency p0 < 1 s }", INVALID_PERCENTILE, "latency", "p0");
	}

	@Test
	void latitudeOutOfRange() throws Exception {
		assertOnly("provider P { location 120.0, 8.0 }", INVALID_LOCATION, "location", "120.0");
	}

	@Test
	void reputationOutOfRange() throws Exception {
		assertOnly("application A { require reputation >= 1.5 }", INVALID_REPUTATION,
				"reputation", "1.5");
	}

	@Test
	void portOutOfRange() throws Exception {
		assertOnly("application A { component c { ports 80, 70000 } }", INVALID_PORT, "80,", "70000");
	}

	@Test
	void probeThatIsNoPath() throws Exception {
		assertOnly("application A { component c { ports 80 probe \"health check\" } }", INVALID_PROBE, "probe", "\"health check\"");
	}

	@Test
	void probeWithoutAPortIsNeverProbed() throws Exception {
		String text = "application A { component c { probe \"/health\" } }";
		Model model = parser.parse(text);
		issues.assertAt(model, INVALID_PROBE, Severity.WARNING, text.indexOf("\"/health\""), "\"/health\"".length());
		assertEquals(1, issues.of(model).size(), () -> issues.of(model).toString());
		assertEquals(0, issues.of(parser.parse("application A { component probe { ports 80 probe \"/health\" } }")).size(),
				"probe is a keyword and still a name");
	}

	@Test
	void walletThatIsNoAddress() throws Exception {
		assertOnly("participant M { wallet 0x1234 }", INVALID_ADDRESS, "wallet", "0x1234");
	}

	@Test
	void selfLink() throws Exception {
		assertOnly("provider P { node n { } } network x { link P.n <-> P.n }", SELF_LINK, "<->", "P.n");
	}

	@Test
	void selfFlowIsAWarning() throws Exception {
		String text = "application A { component c { } flow c -> c }";
		Model model = parser.parse(text);
		issues.assertAt(model, SELF_FLOW, Severity.WARNING, text.lastIndexOf("c"), 1);
	}

	@Test
	void memoryAfterAnAcceleratorBelongsToItAndIsFlagged() throws Exception {
		String text = "provider P { node box { accelerator gpu nvidia \"T4\" memory 64 GB } }";
		Model model = parser.parse(text);
		issues.assertAt(model, AMBIGUOUS_MEMORY, Severity.WARNING, text.indexOf("box"), 3);
	}

	@Test
	void componentMemoryIsNeverTakenByTheAcceleratorNeed() throws Exception {
		Model model = parser.parse("application A { component c { accelerator gpu required memory 8 GB } }");
		var component = ((org.allstar.model.Application) model.getElements().get(0)).getComponents().get(0);
		assertEquals("8", component.getMemory().getValue().toPlainString());
		assertNull(component.getAccelerator().getMinMemory());
		issues.assertNone(model);
	}

	@Test
	void componentPlacedTwice() throws Exception {
		assertOnly("provider P { node n { } } application A { component c { } } deployment d of A { c on P.n c on P.n }", DUPLICATE_PLACEMENT, "P.n c", "c");
	}

	@Test
	void syntaxErrorHasAStableCode() throws Exception {
		Model model = parser.parse("provider P { node n { cpu cores } }");
		List<Issue> found = issues.of(model);
		assertFalse(found.isEmpty());
		assertEquals(SYNTAX, stable(found.get(0).getCode()));
	}

	@Test
	void badPercentileSpellingIsAConversionError() throws Exception {
		Model model = parser.parse("participant C { } provider P { } application A { } deployment d of A { }"
				+ " sla S for d between C and P { latency q95 < 1 s }");
		List<Issue> found = issues.of(model);
		assertTrue(found.stream().anyMatch(i -> i.getMessage().contains("not a percentile")), found::toString);
	}
}

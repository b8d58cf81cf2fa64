// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.allstar.lang.ui.tests.Fixtures.HELLO;
import static org.allstar.lang.ui.tests.Fixtures.SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Random;

import org.allstar.lang.bench.BenchmarkModel;
import org.allstar.lang.ui.outline.OutlineNode;
import org.allstar.lang.ui.validation.ModelChecker;
import org.allstar.lang.ui.validation.Reconciliation;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;

/**
 * The editor's checker parses an edit incrementally (it keeps the model and re-parses the edited region); its
 * findings must be exactly those of parsing the whole text again, after any edit: each test edits a text step by
 * step, checking every step with a kept checker and with a fresh full parse, and compares.
 */
class IncrementalCheckTest {

	private final ModelChecker incremental = new ModelChecker(SERVICES, CheckMode.ALL, true);
	private final ModelChecker whole = new ModelChecker(SERVICES, CheckMode.ALL, false);
	private long stamp;

	/** The findings of the incremental check of {@code text}, asserted equal to a full parse's. */
	private List<String> check(String text, Path file) {
		Reconciliation kept = incremental.check(++stamp, text, file, CancelIndicator.NullImpl);
		Reconciliation fresh = whole.check(stamp, text, file, CancelIndicator.NullImpl);
		List<String> found = describe(kept.issues());
		assertEquals(describe(fresh.issues()), found, "incremental findings differ from a full parse of:\n" + text);
		assertEquals(outline(fresh.outline()), outline(kept.outline()), "outline differs");
		assertEquals(fresh.highlights(), kept.highlights(), "colours differ");
		return found;
	}

	private static List<String> outline(List<OutlineNode> nodes) {
		return nodes.stream().flatMap(n -> java.util.stream.Stream.concat(
				java.util.stream.Stream.of(n.label() + " @" + n.offset() + "+" + n.length()), outline(n.children()).stream()))
				.toList();
	}

	private static List<String> describe(List<Issue> issues) {
		return issues.stream().map(i -> i.getSeverity() + " " + i.getLineNumber() + ":" + i.getColumn() + " @"
				+ i.getOffset() + "+" + i.getLength() + " " + i.getCode() + " " + i.getMessage()).sorted().toList();
	}

	@Test
	void renamingANodeBreaksTheReferenceInTheDeploymentAndRenamingBackFixesIt() {
		assertEquals(List.of(), check(HELLO, null));
		String renamed = HELLO.replace("node box {", "node bx {");
		List<String> broken = check(renamed, null);
		assertTrue(broken.stream().anyMatch(p -> p.startsWith("ERROR") && p.contains("CornerShop.box")),
				broken.toString());
		assertEquals(List.of(), check(HELLO, null));
		assertEquals(1, incremental.wholeParses(), "the edits were parsed incrementally");
	}

	@Test
	void aResourceEditFarFromTheDeploymentBreaksAVerifierRuleAndFixesIt() {
		check(HELLO, null);
		check(HELLO.replace("cpu 4 cores", "cpu 2 cores"), null); // still room for web's 1 core
		String tooBig = HELLO.replace("cpu 1 core", "cpu 64 cores");
		assertTrue(check(tooBig, null).stream().anyMatch(p -> p.startsWith("ERROR")));
		assertEquals(List.of(), check(HELLO, null));
	}

	@Test
	void anEditInsideACommentChangesNothing() {
		check(HELLO, null);
		assertEquals(List.of(), check(HELLO.replace("// hello", "// hello, cpu 64 cores }"), null));
		assertEquals(List.of(), check(HELLO.replace("// hello", "// hello\n// more"), null));
	}

	@Test
	void randomEditsOfTheHelloModelAgreeWithAFullParse() {
		randomEdits(HELLO, 150, 7L);
	}

	@Test
	void randomEditsOfAGeneratedModelAgreeWithAFullParse() {
		randomEdits(BenchmarkModel.text(0.02), 40, 11L);
	}

	private void randomEdits(String start, int edits, long seed) {
		String[] typed = { "x", "1", " ", "\n", "}", "{", "\"", "// c\n", "node n2 { cpu 2 cores }", "GB", "%", "." };
		Random random = new Random(seed);
		String text = start;
		check(text, null);
		for (int edit = 0; edit < edits; edit++) {
			int at = random.nextInt(text.length() + 1);
			int removed = random.nextInt(3) == 0 ? 0 : Math.min(random.nextInt(6), text.length() - at);
			String inserted = random.nextInt(3) == 0 ? "" : typed[random.nextInt(typed.length)];
			text = text.substring(0, at) + inserted + text.substring(at + removed);
			check(text, null);
			if (random.nextInt(10) == 0) {
				text = start; // back to the valid model: the findings must go
				check(text, null);
			}
		}
	}

	@Test
	void renamingInAnotherFileBreaksTheReferencesOfTheEditedFile() throws Exception {
		Path folder = Files.createTempDirectory("allstar-incremental");
		int application = HELLO.indexOf("application Greeter");
		Path providers = folder.resolve("providers.allstar");
		Path edited = folder.resolve("app.allstar");
		Files.writeString(providers, HELLO.substring(0, application), StandardCharsets.UTF_8);
		String app = "package hello\n\n" + HELLO.substring(application);
		assertEquals(List.of(), check(app, edited));
		Files.writeString(providers, HELLO.substring(0, application).replace("node box {", "node bx {"),
				StandardCharsets.UTF_8);
		Files.setLastModifiedTime(providers, FileTime.fromMillis(System.currentTimeMillis() + 5_000));
		List<String> broken = check(app.replace("// nothing", ""), edited);
		assertNotEquals(List.of(), broken);
		assertTrue(broken.stream().anyMatch(p -> p.contains("CornerShop.box")), broken.toString());
		assertEquals(2, incremental.wholeParses(), "a sibling changed on disk: parsed whole again");
		List<String> stillBroken = check(app + "\n// typed\n", edited);
		assertEquals(broken.size(), stillBroken.size(), stillBroken.toString());
		assertEquals(2, incremental.wholeParses(), "an edit of the file itself: incremental");
	}
}

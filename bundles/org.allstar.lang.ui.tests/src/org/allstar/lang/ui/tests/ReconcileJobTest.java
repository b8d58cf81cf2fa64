// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.allstar.lang.ui.tests.Fixtures.HELLO;
import static org.allstar.lang.ui.tests.Fixtures.SERVICES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.allstar.lang.ui.validation.IssueAnnotations;
import org.allstar.lang.ui.validation.ModelChecker;
import org.allstar.lang.ui.validation.ReconcileJob;
import org.allstar.lang.ui.validation.Reconciliation;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.AnnotationModel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checking in the background after typing: a broken model becomes annotations on the right lines. */
class ReconcileJobTest {

	private Document document;
	private AnnotationModel annotations;
	private ReconcileJob job;
	private final List<Reconciliation> results = new CopyOnWriteArrayList<>();

	@BeforeEach
	void openDocument() {
		document = new Document(HELLO);
		annotations = new AnnotationModel();
		annotations.connect(document);
		job = new ReconcileJob(document, new ModelChecker(SERVICES), () -> null, List.of(
				result -> IssueAnnotations.replace(annotations, result.issues(), result.text().length()),
				results::add));
	}

	@AfterEach
	void closeDocument() {
		job.stop();
	}

	private List<String> problems() throws BadLocationException {
		List<String> problems = new ArrayList<>();
		for (Annotation annotation : (Iterable<Annotation>) () -> annotations.getAnnotationIterator()) {
			Position position = annotations.getPosition(annotation);
			problems.add(annotation.getType().replace("org.allstar.lang.ui.", "") + " line "
					+ (document.getLineOfOffset(position.getOffset()) + 1) + ": " + annotation.getText());
		}
		return problems;
	}

	private void type(String old, String replacement) throws BadLocationException {
		document.replace(document.get().indexOf(old), old.length(), replacement);
	}

	@Test
	void aValidModelHasNoAnnotations() throws Exception {
		job.start();
		job.join();
		assertEquals(List.of(), problems());
		assertEquals(1, results.size());
	}

	@Test
	void anUnknownNodeBecomesAnErrorOnItsLine() throws Exception {
		job.start();
		job.join();
		type("web on CornerShop.box", "web on CornerShop.bx");
		job.join();
		List<String> problems = problems();
		int line = Fixtures.lineOf(HELLO, HELLO.indexOf("web on CornerShop"));
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).startsWith("error line " + line + ": "), problems.toString());
		assertTrue(problems.get(0).contains("CornerShop.bx"), problems.toString());
	}

	@Test
	void aVerifierFindingBecomesAnAnnotation() throws Exception {
		job.start();
		job.join();
		type("cpu 1 core", "cpu 64 cores"); // more than the box's 4 cores
		job.join();
		List<String> problems = problems();
		assertTrue(problems.stream().anyMatch(p -> p.startsWith("error line ")), problems.toString());
	}

	@Test
	void fixingTheModelRemovesTheAnnotations() throws Exception {
		type("web on CornerShop.box", "web on CornerShop.bx");
		job.start();
		job.join();
		assertEquals(1, problems().size());
		type("CornerShop.bx", "CornerShop.box");
		job.join();
		assertEquals(List.of(), problems());
	}

	@Test
	void aBurstOfKeystrokesIsCheckedOnce() throws Exception {
		job.start();
		job.join();
		results.clear();
		for (char c : " // typing".toCharArray()) {
			document.replace(document.getLength(), 0, String.valueOf(c));
		}
		job.join();
		assertEquals(1, results.size());
		assertEquals(document.get(), results.get(0).text());
	}

	@Test
	void theOutlineListsTheModelsElements() throws Exception {
		job.start();
		job.join();
		var outline = results.get(0).outline();
		assertEquals(List.of("provider CornerShop", "application Greeter", "deployment local"),
				outline.stream().map(n -> n.label()).toList());
		assertEquals("node box", outline.get(0).children().get(0).label());
		assertEquals("web on CornerShop.box", outline.get(2).children().get(0).label());
		int caret = HELLO.indexOf("memory 8 GB");
		assertEquals("node box", org.allstar.lang.ui.outline.OutlineNode.at(outline, caret).label());
	}
}

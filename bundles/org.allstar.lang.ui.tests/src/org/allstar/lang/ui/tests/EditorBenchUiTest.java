// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import java.io.ByteArrayInputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.allstar.lang.bench.BenchmarkModel;
import org.allstar.lang.ui.editor.AllstarMlEditor;
import org.allstar.lang.ui.validation.IssueAnnotation;
import org.allstar.lang.ui.validation.IssueAnnotations;
import org.allstar.lang.ui.validation.ModelChecker;
import org.allstar.lang.ui.validation.ReconcileJob;
import org.allstar.lang.ui.validation.Reconciliation;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.Document;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.source.AnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.ide.IDE;
import org.eclipse.xtext.validation.CheckMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The editor's benchmarks (docs/benchmarks.md), run only on request ({@code -Dallstar.bench=true}): opening the MOG
 * example against the platform's plain text editor on the same file, and keystroke-to-marker on a generated
 * 10,000-line model against the same pipeline without the verifier's rules. Prints medians; asserts nothing.
 */
@EnabledIfSystemProperty(named = "allstar.bench", matches = "true")
class EditorBenchUiTest extends ExampleProjectTest {

	private static final int WARMUP = 3;
	private static final int RUNS = 10;
	private static final String PLAIN_TEXT_EDITOR = "org.eclipse.ui.DefaultTextEditor";
	private static final ThreadMXBean UI_THREAD = ManagementFactory.getThreadMXBean();

	@Test
	void openingTheMogExample() throws Exception {
		project = Workbench.exampleProject("bench-mog", "mog-live");
		IFile file = project.getFile("providers.allstar");
		List<Long> shown = new ArrayList<>();
		List<Long> checked = new ArrayList<>();
		List<Long> plain = new ArrayList<>();
		for (int run = 0; run < WARMUP + RUNS; run++) {
			long start = System.nanoTime();
			AllstarMlEditor editor = (AllstarMlEditor) IDE.openEditor(page, file, AllstarMlEditor.ID);
			long open = System.nanoTime();
			Workbench.waitUntil("the first check", () -> editor.lastReconciliation() != null);
			long done = System.nanoTime();
			page.closeAllEditors(false);
			long plainStart = System.nanoTime();
			IDE.openEditor(page, file, PLAIN_TEXT_EDITOR);
			long plainOpen = System.nanoTime();
			page.closeAllEditors(false);
			if (run >= WARMUP) {
				shown.add(open - start);
				checked.add(done - start);
				plain.add(plainOpen - plainStart);
			}
		}
		report("open examples/mog-live/providers.allstar, editor shown", shown);
		report("open examples/mog-live/providers.allstar, first check done (markers, colours, outline)", checked);
		report("baseline: plain text editor shown, same file", plain);
	}

	@Test
	void keystrokeToMarkerOnTenThousandLines() throws Exception {
		project = Workbench.exampleProject("bench-keystroke", "hello-edge");
		String text = BenchmarkModel.text(1.0);
		IFile file = project.getFile("big.allstar");
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
		project.getFile("hello.allstar").delete(true, null);
		System.out.printf(Locale.ROOT, "model: %d lines%n", text.lines().count());

		for (int round = 0; round < 2; round++) {
			report("baseline: editor as before (whole text recoloured, markers written in the check job) (round "
					+ (round + 1) + ")", editorKeystrokes(file, true));
			report("editor: keystroke breaking the capacity rule -> error annotation (full pipeline) (round "
					+ (round + 1) + ")", editorKeystrokes(file, false));
		}

		report("same, ReconcileJob alone (no editor), full pipeline, incremental parse",
				jobKeystrokes(text, CheckMode.ALL, true, "cpu 1 core", "cpu 64 cores"));
		report("baseline: same ReconcileJob parsing the whole text on every check (no incremental parse)",
				jobKeystrokes(text, CheckMode.ALL, false, "cpu 1 core", "cpu 64 cores"));
		report("baseline: ReconcileJob without the verifier's rules, whole text, keystroke breaking a port's range",
				jobKeystrokes(text, CheckMode.FAST_ONLY, false, "ports 8000", "ports 80000"));
	}

	/** The keystroke in the editor; {@code previousWay}: with the system properties that restore the old show. */
	private Samples editorKeystrokes(IFile file, boolean previousWay) throws Exception {
		System.setProperty(AllstarMlEditor.PREVIOUS_SHOW_PROPERTY, String.valueOf(previousWay));
		try {
			AllstarMlEditor editor = (AllstarMlEditor) IDE.openEditor(page, file, AllstarMlEditor.ID);
			Workbench.waitForCheck(editor);
			IAnnotationModel annotations = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
			return keystrokes(Workbench.documentOf(editor), annotations, "cpu 1 core", "cpu 64 cores",
					editor::lastReconciliation, editor::lastShowTimes, editor::structureShown);
		} finally {
			page.closeAllEditors(false);
			System.clearProperty(AllstarMlEditor.PREVIOUS_SHOW_PROPERTY);
		}
	}

	private Samples jobKeystrokes(String text, CheckMode mode, boolean incremental, String from, String to)
			throws Exception {
		Document document = new Document(text);
		AnnotationModel annotations = new AnnotationModel();
		annotations.connect(document);
		AtomicReference<Reconciliation> last = new AtomicReference<>();
		ReconcileJob job = new ReconcileJob(document, new ModelChecker(Fixtures.SERVICES, mode, incremental), () -> null,
				List.of(result -> {
					IssueAnnotations.replace(annotations, result.issues(), result.text().length());
					last.set(result);
				}));
		job.start();
		try {
			job.join();
			return keystrokes(document, annotations, from, to, last::get, () -> null, last::get);
		} finally {
			job.stop();
		}
	}

	/**
	 * Times the change {@code from} to {@code to} (first occurrence) until an error annotation appears: wall clock,
	 * the CPU time of the UI thread (this test's thread) meanwhile, and where the check and its showing spent theirs.
	 */
	private static Samples keystrokes(IDocument document, IAnnotationModel annotations, String from, String to,
			Supplier<Reconciliation> lastCheck, Supplier<AllstarMlEditor.ShowTimes> lastShow,
			Supplier<Reconciliation> structureShown) throws Exception {
		int at = document.get().indexOf(from);
		Samples samples = new Samples();
		for (int run = 0; run < WARMUP + RUNS; run++) {
			long cpu = UI_THREAD.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			document.replace(at, from.length(), to);
			pump(() -> errors(annotations) > 0);
			long end = System.nanoTime();
			long uiCpu = UI_THREAD.getCurrentThreadCpuTime() - cpu;
			Reconciliation check = lastCheck.get();
			pump(() -> structureShown.get() == check);
			long structureEnd = System.nanoTime();
			long structureUiCpu = UI_THREAD.getCurrentThreadCpuTime() - cpu;
			AllstarMlEditor.ShowTimes show = lastShow.get();
			document.replace(at, to.length(), from);
			pump(() -> errors(annotations) == 0);
			if (run >= WARMUP) {
				samples.add("wall", end - start);
				samples.add("UI thread CPU", uiCpu);
				samples.add("until outline and folds too", structureEnd - start);
				samples.add("UI thread CPU until outline and folds too", structureUiCpu);
				if (check != null && check.times() != null) {
					samples.add("check CPU", check.times().cpuNanos());
					samples.add("check: parse", check.times().parseNanos());
					samples.add("check: validate (link, structural, verifier)", check.times().validateNanos());
					samples.add("check: colours", check.times().coloursNanos());
					samples.add("check: outline", check.times().outlineNanos());
				}
				if (show != null) {
					samples.add("show: annotations", show.annotationsNanos());
					samples.add("show: folds", show.foldsNanos());
					samples.add("show: colours", show.coloursNanos());
					samples.add("show: outline", show.outlineNanos());
				}
			}
		}
		return samples;
	}

	/** Named series of nanosecond samples, in the order first added. */
	private static final class Samples {
		private final Map<String, List<Long>> series = new LinkedHashMap<>();

		void add(String name, long nanos) {
			series.computeIfAbsent(name, n -> new ArrayList<>()).add(nanos);
		}
	}

	private static int errors(IAnnotationModel annotations) {
		int[] count = { 0 };
		annotations.getAnnotationIterator().forEachRemaining(a -> {
			if (a instanceof IssueAnnotation && IssueAnnotations.ERROR.equals(a.getType())) {
				count[0]++;
			}
		});
		return count[0];
	}

	/** Runs the event loop with 1 ms resolution until {@code condition} holds (60 s at most). */
	private static void pump(BooleanSupplier condition) throws InterruptedException {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 60_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("no annotation change within 60 s");
			}
			if (!display.readAndDispatch()) {
				Thread.sleep(1);
			}
		}
	}

	private static void report(String what, Samples samples) {
		samples.series.forEach((name, nanos) -> report("wall".equals(name) ? what : "  " + what + " / " + name, nanos));
	}

	private static void report(String what, List<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		System.out.printf(Locale.ROOT, "BENCH %s: median %.1f ms, min %.1f ms, max %.1f ms (%d runs)%n", what,
				sorted.get(sorted.size() / 2) / 1e6, sorted.get(0) / 1e6, sorted.get(sorted.size() - 1) / 1e6,
				sorted.size());
	}
}

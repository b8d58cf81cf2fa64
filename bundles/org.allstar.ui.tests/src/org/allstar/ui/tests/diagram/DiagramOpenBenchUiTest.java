// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.tests.diagram;

import static org.allstar.ui.tests.diagram.DiagramUi.evaluate;
import static org.allstar.ui.tests.diagram.DiagramUi.page;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.ObjLongConsumer;
import java.util.stream.DoubleStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.allstar.diagram.bench.DiagramBenchmarkModel;
import org.allstar.diagram.glsp.ClientLayout;
import org.allstar.diagram.ui.ApplicationDiagramEditor;
import org.allstar.diagram.ui.DiagramEditor;
import org.allstar.diagram.ui.DiagramPagePool;
import org.allstar.diagram.ui.InfrastructureDiagramEditor;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 8's open benchmark as the user sees it (docs/benchmarks.md, "Opening in the IDE"): a diagram editor opened on
 * a generated 200-component application and a 1,000-node / 2,000-link infrastructure, and the MOG example's two
 * diagrams as the small baseline, each opened {@value #RUNS} times after a first open, closed in between, alternately
 * as now (in the spare page of {@link DiagramPagePool} when it has one ready, as a user's open would find it) and as
 * before the benchmark's changes ({@link DiagramPagePool#WARM_PAGE_PROPERTY} false: the editor loads its own page;
 * {@link DiagramEditor#PREVIOUS_OPEN_PROPERTY}: the parse on the model request; {@link ClientLayout#PROPERTY}: GLSP's
 * client layout, labels measured in the page). Timed from
 * {@code openEditor} until the page has drawn the model and fitted it in view, and to the next painted frame, in the
 * steps the editor's {@code OpeningTimes} records. Run only on request ({@code -Dallstar.bench=true}); prints a table
 * of medians and writes it to target/diagram-open-bench.txt. It asserts only that each diagram really was drawn.
 */
@EnabledIfSystemProperty(named = "allstar.bench", matches = "true")
class DiagramOpenBenchUiTest {

	/** Repeated opens of each diagram and way (after a first one); {@code -Dallstar.bench.runs=N} for more. */
	private static final int RUNS = Integer.getInteger("allstar.bench.runs", 4);
	/** Only the diagrams whose name contains this ({@code -Dallstar.bench.diagram=200}); all by default. */
	private static final String ONLY = System.getProperty("allstar.bench.diagram", "");
	/** Not a step: the CPU time of an open, by who spent it ({@link CpuTime}), in milliseconds. */
	private static final String CPU = "cpu: ";
	private static final long OPEN_TIMEOUT_MS = 45_000;
	private static final long PAINT_WAIT_MS = 2_000;
	/** What the opening waits for between two opens, so that the last page's teardown is not timed. */
	private static final long SETTLE_MS = 500;
	/** The longest wait for the pool's next spare page (it starts loading a second after an open drew). */
	private static final long SPARE_WAIT_MS = 30_000;

	/** The phases of an opening, each from one step to the next (the step names of OpeningTimes). */
	private static final List<Phase> PHASES = List.of(
			new Phase("workbench creates the editor", Phase.OPEN, "editor init"),
			new Phase("editor init (document, source)", "editor init", "editor creates its browser"),
			new Phase("editor init, takes the spare page", "editor init", "editor takes a spare page"),
			new Phase("spare: moved in, bridge handed, told", "editor takes a spare page", "page is told its diagram"),
			new Phase("spare: told -> model requested", "page is told its diagram", "page requests the model"),
			new Phase("SWT Browser created", "editor creates its browser", "editor sets the page's address"),
			new Phase("page load: HTML, CSS, script", "editor sets the page's address", "page runs its script"),
			new Phase("GLSP container + client start", "page runs its script", "page started its GLSP client"),
			new Phase("initialize + client session", "page started its GLSP client", "page requests the model"),
			new Phase("model request to the server", "page requests the model", "server received requestModel"),
			new Phase("server: parse, graph, ELK layout", "server received requestModel",
					"server sends requestBounds|server sends setModel"),
			new Phase("model to the page (JSON)", "server sends requestBounds|server sends setModel",
					"page receives requestBounds|page receives setModel"),
			// before only: GLSP's client layout (ClientLayout); now the server sizes the labels and sends the model once
			new Phase("client bounds pass (hidden render)", "page receives requestBounds", "page sends computedBounds"),
			new Phase("server applies bounds, model back", "page sends computedBounds", "page receives setModel"),
			new Phase("client draws the model", "page receives setModel", "page drew the model"),
			new Phase("fit in view", "page drew the model", "page fitted the diagram in view"),
			new Phase("TOTAL open -> drawn and fitted", Phase.OPEN, "page fitted the diagram in view"),
			new Phase("next frame painted", "page fitted the diagram in view", "page painted"),
			new Phase("parse (inside the server's part)", "parse starts", "parse done"));

	/** Not a step: marks the opens that took a spare page. */
	private static final String USED_SPARE = "(opened in a spare page)";

	private IProject project;
	private final StringBuilder report = new StringBuilder();

	private record Diagram(String name, String file, String editorId, String nodeType, int nodes) {
	}

	/** From one step to another; "a|b" is step a, or b where a did not happen (the two ways differ in steps). */
	private record Phase(String name, String from, String to) {
		static final String OPEN = "openEditor";

		/** Milliseconds, or NaN when a step is missing. */
		double millis(Map<String, Long> steps) {
			Long start = step(steps, from);
			Long end = step(steps, to);
			return start == null || end == null ? Double.NaN : (end - start) / 1e6;
		}

		private static Long step(Map<String, Long> steps, String alternatives) {
			return Arrays.stream(alternatives.split("\\|")).map(steps::get).filter(Objects::nonNull).findFirst()
					.orElse(null);
		}
	}

	@BeforeEach
	void writeTheModels() throws Exception {
		project = DiagramUi.project("bench-diagram-open", "mog-live");
		create("bench-application/application.allstar", DiagramBenchmarkModel.application(200));
		create("bench-infrastructure/infrastructure.allstar", DiagramBenchmarkModel.infrastructure(10, 100));
	}

	/** A generated model in a folder of its own: a diagram shows the models of its file's whole folder. */
	private void create(String path, String text) throws Exception {
		IFile file = project.getFile(path);
		((IFolder) file.getParent()).create(true, true, null);
		file.create(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), true, null);
	}

	@AfterEach
	void closeEverything() throws Exception {
		DiagramUi.closeEditorsAndDelete(project);
	}

	@Test
	void openingDiagramsInTheIdesBrowser() throws Exception {
		List<Diagram> diagrams = List.of(
				new Diagram("MOG application (4 components)", "livestory.allstar", ApplicationDiagramEditor.ID,
						"node:component", 4),
				new Diagram("MOG infrastructure (8 nodes)", "deployment.allstar", InfrastructureDiagramEditor.ID,
						"node:host", 8),
				new Diagram("application, 200 components", "bench-application/application.allstar",
						ApplicationDiagramEditor.ID, "node:component", 200),
				new Diagram("infrastructure, 1,000 nodes / 2,000 links", "bench-infrastructure/infrastructure.allstar",
						InfrastructureDiagramEditor.ID, "node:host", 1000));
		line("load: %s", loadAverage());
		for (Diagram diagram : diagrams.stream().filter(d -> d.name().contains(ONLY)).toList()) {
			List<Map<String, Long>> before = new ArrayList<>();
			List<Map<String, Long>> now = new ArrayList<>();
			// the two ways alternate, so that both see the same machine (it is shared)
			for (int run = 0; run <= RUNS; run++) {
				System.setProperty(DiagramPagePool.WARM_PAGE_PROPERTY, "false");
				System.setProperty(DiagramEditor.PREVIOUS_OPEN_PROPERTY, "true");
				System.setProperty(ClientLayout.PROPERTY, "true");
				try {
					before.add(open(diagram));
				} finally {
					System.clearProperty(DiagramPagePool.WARM_PAGE_PROPERTY);
					System.clearProperty(DiagramEditor.PREVIOUS_OPEN_PROPERTY);
					System.clearProperty(ClientLayout.PROPERTY);
				}
				if (DiagramPagePool.workbench().sparesMade() == 0) {
					line("with no editor open and no spare page yet: %s", webProcesses());
				}
				now.add(open(diagram));
			}
			table(diagram.name(), before, now);
			line("  opens in a spare page: before %d of %d, now %d of %d", spareOpens(before), before.size(),
					spareOpens(now), now.size());
			steps("before", before.get(before.size() - 1));
			steps("now", now.get(now.size() - 1));
		}
		line("load: %s", loadAverage());
		waitForThePool();
		line("with no editor open and the pool's spare page ready (%s): %s", DiagramPagePool.workbench().hasSpare()
				? "it is" : "it is not", webProcesses());
		Files.writeString(Path.of(System.getProperty("allstar.test.screenshots", "target"), "diagram-open-bench.txt"),
				report);
	}

	/**
	 * One opening, checked to have drawn the whole model; the editor is closed again afterwards. An opening that did
	 * not draw in time has no end step (its total is missing in the table, and counted).
	 */
	private Map<String, Long> open(Diagram diagram) throws Exception {
		IWorkbenchPage page = page();
		IFile file = project.getFile(diagram.file());
		pump(() -> false, SETTLE_MS);
		waitForThePool();
		Map<String, Long> cpuBefore = CpuTime.now();
		long start = System.nanoTime();
		DiagramEditor editor = (DiagramEditor) page.openEditor(new FileEditorInput(file), diagram.editorId(), true,
				IWorkbenchPage.MATCH_ID | IWorkbenchPage.MATCH_INPUT);
		// the workbench's own part of the open (activation, views following the new editor) holds the UI thread
		editor.openingTimes().mark("openEditor returned");
		boolean drawn = pump(() -> editor.loaded() || editor.pageError() != null, OPEN_TIMEOUT_MS);
		assertNull(editor.pageError(), diagram.name());
		if (drawn) {
			pump(() -> editor.openingTimes().steps().containsKey("page painted"), PAINT_WAIT_MS);
			Object nodes = evaluate(editor, "window.allstar.countOfType('" + diagram.nodeType() + "')");
			assertEquals(diagram.nodes(), nodes instanceof Number n ? n.intValue() : -1, diagram.name() + " in the page");
		} else {
			line("  (%s: not drawn in %d ms)", diagram.name(), OPEN_TIMEOUT_MS);
		}
		Map<String, Long> steps = editor.openingTimes().steps();
		CpuTime.now().forEach((who, millis) -> steps.put(CPU + who, millis - cpuBefore.getOrDefault(who, 0L)));
		steps.put(Phase.OPEN, start);
		if (editor.usedSparePage()) {
			steps.put(USED_SPARE, start);
		}
		page.closeAllEditors(false);
		return steps;
	}

	/**
	 * A user does not open diagrams back to back within a second: once the pool has made a spare, each open waits
	 * until the next one is ready (and the baseline's opens until none is loading, so that they do not compete).
	 */
	private static void waitForThePool() {
		DiagramPagePool pool = DiagramPagePool.workbench();
		boolean ready = pump(() -> !pool.busy() && (pool.sparesMade() == 0 || pool.hasSpare()), SPARE_WAIT_MS);
		if (!ready) {
			System.out.println("  (no spare page within " + SPARE_WAIT_MS + " ms)");
		}
	}

	private static long spareOpens(List<Map<String, Long>> runs) {
		return runs.stream().filter(steps -> steps.containsKey(USED_SPARE)).count();
	}

	/** Runs the event loop until {@code done} or {@code maxMillis}; false at the time limit. */
	private static boolean pump(BooleanSupplier done, long maxMillis) {
		Display display = Display.getCurrent();
		long end = System.nanoTime() + maxMillis * 1_000_000;
		while (!done.getAsBoolean()) {
			if (System.nanoTime() > end) {
				return false;
			}
			if (!display.readAndDispatch()) {
				// woken by the page's next call or this timer, whichever comes first: no fixed sleep in the timing
				display.timerExec(2, () -> {
				});
				display.sleep();
			}
		}
		return true;
	}

	private void table(String name, List<Map<String, Long>> before, List<Map<String, Long>> now) {
		List<Map<String, Long>> repeatedBefore = before.subList(1, before.size());
		List<Map<String, Long>> repeatedNow = now.subList(1, now.size());
		line("%n%s (ms): first open, then median [min-max] of %d opens; before | now", name, repeatedNow.size());
		for (Phase phase : PHASES) {
			line("  %-38s %8.1f %8.1f [%7.1f-%7.1f] | %8.1f %8.1f [%7.1f-%7.1f]", phase.name(),
					phase.millis(before.get(0)), median(phase, repeatedBefore), extreme(phase, repeatedBefore, false),
					extreme(phase, repeatedBefore, true), phase.millis(now.get(0)), median(phase, repeatedNow),
					extreme(phase, repeatedNow, false), extreme(phase, repeatedNow, true));
		}
		line("  CPU time of an open, from openEditor to the painted frame (ms), by who spent it:");
		for (String who : CpuTime.WHO) {
			line("  %-38s %8d %8d [%7d-%7d] | %8d %8d [%7d-%7d]", who, cpu(before.get(0), who),
					cpuMedian(repeatedBefore, who), cpuExtreme(repeatedBefore, who, false),
					cpuExtreme(repeatedBefore, who, true), cpu(now.get(0), who), cpuMedian(repeatedNow, who),
					cpuExtreme(repeatedNow, who, false), cpuExtreme(repeatedNow, who, true));
		}
		Phase total = PHASES.stream().filter(phase -> phase.name().startsWith("TOTAL")).findFirst().orElseThrow();
		line("  now / before, median total: %.2f; not drawn in time: before %d, now %d",
				median(total, repeatedNow) / median(total, repeatedBefore), missing(total, before),
				missing(total, now));
	}

	private static long missing(Phase phase, List<Map<String, Long>> runs) {
		return runs.stream().filter(steps -> Double.isNaN(phase.millis(steps))).count();
	}

	/** Every step of one opening in the order it happened, from openEditor. */
	private void steps(String way, Map<String, Long> steps) {
		long start = steps.get(Phase.OPEN);
		line("  steps of the last open, %s (ms from openEditor):", way);
		steps.entrySet().stream().filter(step -> !step.getKey().startsWith(CPU)).sorted(Map.Entry.comparingByValue())
				.forEach(step -> line("    %8.1f  %s", (step.getValue() - start) / 1e6, step.getKey()));
	}

	private static long cpu(Map<String, Long> steps, String who) {
		return steps.getOrDefault(CPU + who, 0L);
	}

	private static long cpuMedian(List<Map<String, Long>> runs, String who) {
		long[] values = runs.stream().mapToLong(steps -> cpu(steps, who)).sorted().toArray();
		int middle = values.length / 2;
		return values.length == 0 ? 0 : values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	private static long cpuExtreme(List<Map<String, Long>> runs, String who, boolean max) {
		LongStream values = runs.stream().mapToLong(steps -> cpu(steps, who));
		return (max ? values.max() : values.min()).orElse(0);
	}

	private static double median(Phase phase, List<Map<String, Long>> runs) {
		double[] values = runs.stream().mapToDouble(phase::millis).filter(Double::isFinite).sorted().toArray();
		if (values.length == 0) {
			return Double.NaN;
		}
		int middle = values.length / 2;
		return values.length % 2 == 1 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
	}

	private static double extreme(Phase phase, List<Map<String, Long>> runs, boolean max) {
		DoubleStream values = runs.stream().mapToDouble(phase::millis).filter(Double::isFinite);
		return (max ? values.max() : values.min()).orElse(Double.NaN);
	}

	private void line(String format, Object... arguments) {
		String line = String.format(Locale.ROOT, format, arguments);
		System.out.println(line);
		report.append(line).append('\n');
	}

	/**
	 * The resident memory of WebKit's processes (its web processes draw the pages; the network process serves them):
	 * with all editors closed, what the spare page costs.
	 */
	private static String webProcesses() {
		StringBuilder found = new StringBuilder();
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
				try {
					String status = Files.readString(process.resolve("status"));
					String name = field(status, "Name:");
					if (name.startsWith("WebKit") && !field(status, "State:").startsWith("Z")) {
						found.append(String.format(Locale.ROOT, "%s %s; ", name, field(status, "VmRSS:")));
					}
				} catch (IOException gone) {
					// the process ended while it was read
				}
			}
		} catch (IOException e) {
			return "unknown (" + e.getMessage() + ")";
		}
		return found.length() == 0 ? "no WebKit process" : found.toString();
	}

	private static String field(String status, String name) {
		return status.lines().filter(line -> line.startsWith(name)).map(line -> line.substring(name.length()).trim())
				.findFirst().orElse("");
	}

	private static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).trim() + " ("
					+ Runtime.getRuntime().availableProcessors() + " cores)";
		} catch (IOException e) {
			return "unknown";
		}
	}

	/**
	 * The CPU time spent so far by this JVM's threads and WebKit's processes (Linux: /proc), in milliseconds, grouped
	 * by who spent it. The 2 cores are shared by all of them: an open's wall time follows their sum.
	 */
	private static final class CpuTime {

		static final String JIT = "studio JVM: JIT compilers";
		static final String UI = "studio JVM: UI thread";
		static final String JVM = "studio JVM: other threads";
		static final String PAGE_JIT = "WebKit page: JavaScript JIT";
		static final String PAGE = "WebKit page: other threads";
		static final String OTHER = "other WebKit processes, Xvfb";
		static final String TOTAL = "total";
		static final List<String> WHO = List.of(UI, JVM, JIT, PAGE, PAGE_JIT, OTHER, TOTAL);
		/** Clock ticks of /proc/.../stat: 100 a second on Linux. */
		private static final long MILLIS_PER_TICK = 10;

		private CpuTime() {
		}

		static Map<String, Long> now() {
			Map<String, Long> millis = new HashMap<>();
			threads(Path.of("/proc/self"), (name, ticks) -> millis.merge(
					name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? JIT
							: name.equals("java") ? UI : JVM, ticks * MILLIS_PER_TICK, Long::sum));
			try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
				for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
					String name = commandOf(process);
					if (name.startsWith("WebKitWebProces")) {
						threads(process, (thread, ticks) -> millis.merge(thread.startsWith("JITWorker") ? PAGE_JIT : PAGE,
								ticks * MILLIS_PER_TICK, Long::sum));
					} else if (name.startsWith("WebKit") || name.equals("Xvfb")) {
						threads(process, (thread, ticks) -> millis.merge(OTHER, ticks * MILLIS_PER_TICK, Long::sum));
					}
				}
			} catch (IOException e) {
				// no /proc: no CPU figures
			}
			millis.put(TOTAL, millis.values().stream().mapToLong(Long::longValue).sum());
			return millis;
		}

		private static String commandOf(Path process) {
			try {
				return Files.readString(process.resolve("comm")).trim();
			} catch (IOException gone) {
				return "";
			}
		}

		/** Each thread of {@code process}: its name and its user + system clock ticks. */
		private static void threads(Path process, ObjLongConsumer<String> each) {
			try (Stream<Path> tasks = Files.list(process.resolve("task"))) {
				for (Path task : tasks.toList()) {
					String stat = Files.readString(task.resolve("stat"));
					String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
					// after the name: state, then 10 fields, then utime and stime (proc(5))
					String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
					each.accept(name, Long.parseLong(fields[11]) + Long.parseLong(fields[12]));
				}
			} catch (IOException | RuntimeException gone) {
				// the process or thread ended while it was read
			}
		}
	}
}

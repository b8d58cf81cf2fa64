// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.bench;

import org.allstar.lang.bench.BenchmarkModel;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.allstar.lang.load.LoadedModels;
import org.allstar.lang.load.ModelLoader;
import org.allstar.model.Deployment;
import org.allstar.model.Model;
import org.allstar.model.Node;
import org.allstar.model.Placement;
import org.allstar.verify.Finding;
import org.allstar.verify.Verifier;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * {@code allstar bench --verify [--scale S] [--runs R] [--warmup W]}: the verifier alone on a loaded model of
 * 5,000 nodes, 1,000 components, 20,000 links and 3,000 flows (scale 1). Measures a full verification by a fresh
 * verifier, a re-verification by a verifier that has seen the model before after a one-line edit of the deployment
 * (one component moved to another node), and the heap the model and the verifier keep.
 */
public final class VerifyBench {

	private final ModelLoader loader;

	public VerifyBench(ModelLoader loader) {
		this.loader = loader;
	}

	public int run(BenchmarkModel.Shape shape, int runs, int warmup, PrintStream out, PrintStream err)
			throws IOException {
		String text = BenchmarkModel.text(shape);
		Path dir = Files.createTempDirectory("allstar-bench");
		Path file = Files.writeString(dir.resolve("verify.allstar"), text);
		try {
			long heapBefore = BenchCommand.usedAfterGc();
			LoadedModels loaded = loader.load(List.of(file), CancelIndicator.NullImpl);
			if (loaded.hasErrors()) {
				err.println("allstar bench: the generated model has errors: "
						+ loaded.diagnostics().get(0).toCompilerFormat());
				return 1;
			}
			List<Model> models = loaded.models();
			List<Deployment> deployments = models.stream().flatMap(m -> m.getElements().stream())
					.filter(Deployment.class::isInstance).map(Deployment.class::cast).toList();
			err.printf("allstar bench: %s (%d lines); warming up (%d runs) ...%n", shape.describe(),
					text.lines().count(), warmup);
			Supplier<Object> full = () -> nothingFound(new Verifier().verify(models, deployments));
			Verifier kept = new Verifier();
			Edit edit = new Edit(deployments.get(0));
			Supplier<Object> again = () -> {
				edit.apply();
				return nothingFound(kept.verify(models, deployments));
			};
			BenchCommand.measure(full, warmup);
			BenchCommand.measure(again, warmup);
			double fullMs = BenchCommand.median(BenchCommand.measure(full, runs));
			double againMs = BenchCommand.median(BenchCommand.measure(again, runs));
			long heapWithModel = BenchCommand.usedAfterGc();
			Reference.reachabilityFence(kept);
			Reference.reachabilityFence(loaded);
			out.printf("java %s, %s, max heap %d MB, median of %d runs%n", Runtime.version(),
					ManagementFactory.getRuntimeMXBean().getVmName(), Runtime.getRuntime().maxMemory() >> 20, runs);
			out.printf("model: %s, %d lines%n", shape.describe(), text.lines().count());
			out.printf("full verification (fresh verifier)            %8.1f ms%n", fullMs);
			out.printf("re-verification after moving one component    %8.1f ms%n", againMs);
			out.printf("ratio (re-verification / full): %.3f%n", againMs / fullMs);
			out.printf("heap in use with the model and a warm verifier: %.1f MB%n", (heapWithModel - heapBefore) / 1e6);
			return 0;
		} finally {
			Files.deleteIfExists(file);
			Files.deleteIfExists(dir);
		}
	}

	private static List<Finding> nothingFound(List<Finding> findings) {
		if (!findings.isEmpty()) {
			throw new IllegalStateException("the benchmark model should verify cleanly: " + findings.get(0).message());
		}
		return findings;
	}

	/** Moves the middle placement back and forth between its node and the next one of the same provider. */
	private static final class Edit {
		private final Placement placement;
		private final Node first;
		private final Node second;
		private boolean moved;

		Edit(Deployment deployment) {
			placement = deployment.getPlacements().get(deployment.getPlacements().size() / 2);
			first = placement.getNodes().get(0);
			List<Node> siblings = ((org.allstar.model.Provider) first.eContainer()).getNodes();
			second = siblings.get((siblings.indexOf(first) + 1) % siblings.size());
		}

		void apply() {
			placement.getNodes().set(0, moved ? first : second);
			moved = !moved;
		}
	}
}

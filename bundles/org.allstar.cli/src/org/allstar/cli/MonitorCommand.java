// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.allstar.deploy.DeployException;
import org.allstar.lang.load.LoadedModels;
import org.allstar.model.Deployment;
import org.allstar.monitor.Anomaly;
import org.allstar.monitor.Diagnosis;
import org.allstar.monitor.MeasuredRun;
import org.allstar.monitor.Monitor;
import org.allstar.monitor.SlaStatus;

/**
 * {@code allstar monitor DEPLOYMENT [files] [--for 5m] [--interval 2s] [--workspace W]}: watches a running
 * deployment, printing anomalies and SLA breaches as they happen, and keeps the series in the workspace
 * ({@code .allstar/monitor}); Ctrl-C stops it cleanly. {@code allstar diagnose DEPLOYMENT [files] [--last 10m]}:
 * reads those series, finds the anomalies of the last minutes and names their likely causes with remedies the
 * what-if validator checked. Exit status 0 all well, 1 anomalies, an SLA at risk or breached (or a failure),
 * 2 usage; Ctrl-C ends the monitor after the tick under way, with the JVM's status for an interrupt.
 */
public final class MonitorCommand {
	static final String USAGE = "usage: allstar monitor DEPLOYMENT [files or folders] [--for 5m] [--interval 2s] [--workspace W]\n"
			+ "       allstar diagnose DEPLOYMENT [files or folders] [--last 10m] [--workspace W]";

	private final Languages languages;

	MonitorCommand(Languages languages) {
		this.languages = languages;
	}

	int run(String command, List<String> args, PrintStream out, PrintStream err) {
		Map<String, String> options = new HashMap<>();
		List<String> rest = new ArrayList<>();
		List<String> allowed = command.equals("monitor") ? List.of("--for", "--interval", "--workspace") : List.of("--last", "--workspace");
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (!a.startsWith("--")) {
				rest.add(a);
			} else if (!allowed.contains(a) || i + 1 >= args.size()) {
				err.println("allstar " + command + ": " + (allowed.contains(a) ? a + " needs a value" : "unknown option " + a));
				err.println(USAGE);
				return Main.USAGE;
			} else {
				options.put(a, args.get(++i));
			}
		}
		if (rest.isEmpty()) {
			err.println("allstar " + command + ": name the deployment");
			err.println(USAGE);
			return Main.USAGE;
		}
		Duration forDuration, interval, last;
		try {
			forDuration = duration(options.getOrDefault("--for", "5m"));
			interval = duration(options.getOrDefault("--interval", "2s"));
			last = duration(options.getOrDefault("--last", "10m"));
		} catch (IllegalArgumentException e) {
			err.println("allstar " + command + ": " + e.getMessage());
			return Main.USAGE;
		}
		DeploymentArgument argument = DeploymentArgument.load(languages, command, rest, err);
		if (!argument.ok()) return argument.status();
		LoadedModels loaded = argument.loaded();
		Deployment deployment = argument.deployment();
		Path folder = Workspace.folder(options.get("--workspace"), "monitor");
		try {
			return command.equals("monitor") ? monitor(deployment, folder, forDuration, interval, out)
					: diagnose(loaded, deployment, folder, last, out, err);
		} catch (IOException | RuntimeException e) {
			err.println("allstar " + command + ": " + (e instanceof DeployException ? "" : "failed: ") + e.getMessage());
			return Main.PROBLEMS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Main.PROBLEMS;
		}
	}

	private static int monitor(Deployment deployment, Path folder, Duration duration, Duration interval, PrintStream out)
			throws IOException, InterruptedException {
		CountDownLatch stop = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		Thread stopper = new Thread(() -> {
			stop.countDown(); // ends the wait between ticks at once
			try {
				done.await(30, TimeUnit.SECONDS); // let the tick under way finish and the series reach the disk
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		Runtime.getRuntime().addShutdownHook(stopper);
		boolean troubled = false;
		Monitor.Options options = Monitor.Options.defaults(folder, out::println).withInterval(interval);
		out.println("monitoring " + deployment.getName() + " every " + text(interval) + " for " + text(duration)
				+ " (Ctrl-C stops); series in " + Monitor.seriesFile(folder, deployment.getName()));
		try (Monitor monitor = new Monitor(deployment, options)) {
			String previous = "";
			int ticks = 0;
			List<Monitor.Tick> all = new ArrayList<>();
			long end = System.currentTimeMillis() + duration.toMillis();
			while (stop.getCount() > 0) {
				long started = System.currentTimeMillis();
				Monitor.Tick tick = monitor.tick();
				all.add(tick);
				troubled |= !tick.anomalies().isEmpty() || tick.running() < tick.wanted();
				String summary = tick.summary();
				if (!summary.equals(previous) || ++ticks % 30 == 0) out.println(java.time.LocalTime.now().withNano(0) + " " + summary);
				previous = summary;
				long next = started + interval.toMillis();
				if (next > end) break;
				stop.await(Math.max(0, next - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
			}
			if (!all.isEmpty()) {
				for (SlaStatus s : all.get(all.size() - 1).slas()) {
					out.println(s.describe());
					troubled |= s.state() == SlaStatus.State.BREACHED || s.state() == SlaStatus.State.AT_RISK;
				}
			}
			if (troubled) out.println("see the causes: allstar diagnose " + deployment.getName());
		} finally {
			done.countDown();
			try {
				Runtime.getRuntime().removeShutdownHook(stopper);
			} catch (IllegalStateException e) {
				// shutting down already: the hook is running
			}
		}
		return troubled ? Main.PROBLEMS : Main.OK;
	}

	private static int diagnose(LoadedModels loaded, Deployment deployment, Path folder, Duration last, PrintStream out, PrintStream err)
			throws IOException {
		if (!MeasuredRun.exists(folder, deployment.getName())) {
			err.println("allstar diagnose: nothing measured for " + deployment.getName() + " in " + folder
					+ "; run `allstar monitor " + deployment.getName() + "` first");
			return Main.PROBLEMS;
		}
		try (MeasuredRun run = MeasuredRun.read(folder, deployment.getName())) {
			List<Anomaly> recent = run.recent(last.toMillis());
			out.println(deployment.getName() + ": " + recent.size() + " anomalous point(s) in the last " + text(last) + " of measurements (up to "
					+ java.time.Instant.ofEpochMilli(run.newest()) + ")");
			List<Diagnosis> diagnoses = run.diagnose(loaded.models(), deployment, last.toMillis());
			diagnoses.forEach(d -> d.lines().forEach(out::println));
			List<SlaStatus> slas = run.slas(deployment);
			slas.forEach(s -> out.println(s.describe()));
			boolean troubled = !diagnoses.isEmpty() || slas.stream().anyMatch(s -> s.state() == SlaStatus.State.BREACHED);
			if (!troubled) out.println("nothing to diagnose: no anomalies and no SLA breach");
			return troubled ? Main.PROBLEMS : Main.OK;
		}
	}

	/** "500ms", "30s", "5m", "2h" (a bare number is seconds). */
	public static Duration duration(String text) {
		var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m|h)?").matcher(text.trim());
		if (!m.matches()) throw new IllegalArgumentException("'" + text + "' is not a duration; write e.g. 500ms, 30s, 5m or 2h");
		long n = Long.parseLong(m.group(1));
		Duration d = switch (m.group(2) == null ? "s" : m.group(2)) {
			case "ms" -> Duration.ofMillis(n);
			case "m" -> Duration.ofMinutes(n);
			case "h" -> Duration.ofHours(n);
			default -> Duration.ofSeconds(n);
		};
		if (d.toMillis() < 100) throw new IllegalArgumentException("'" + text + "' is too short; 100ms at least");
		return d;
	}

	private static String text(Duration d) {
		return d.toMillis() % 1000 != 0 ? d.toMillis() + " ms" : d.toSeconds() % 60 != 0 || d.toSeconds() < 60 ? d.toSeconds() + " s"
				: d.toMinutes() + " min";
	}
}

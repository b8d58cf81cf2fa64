// SPDX-License-Identifier: EPL-2.0
package org.allstar.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import org.allstar.model.Deployment;
import org.allstar.model.Model;
import org.allstar.verify.Verifier;
import org.allstar.verify.whatif.WhatIf;

/**
 * What a monitor kept of one deployment in a monitor folder, read only: its series, the anomalies the detector
 * finds in them, and the SLA states as of the newest measurement. {@code allstar diagnose} and the IDE's runtime
 * diagnostics read a run the same way, beside a monitor that may still be writing it.
 */
public final class MeasuredRun implements AutoCloseable {
	/** Points kept per series when reading: more than a monitor keeps, so nothing written is dropped. */
	public static final int CAPACITY = 100_000;

	private final MetricStore store;
	private final List<Anomaly> anomalies;

	private MeasuredRun(MetricStore store) {
		this.store = store;
		this.anomalies = Detector.scan(store, Detector.Settings.DEFAULT);
	}

	/** Whether a monitor has written anything for {@code deployment} in {@code folder}. */
	public static boolean exists(Path folder, String deployment) {
		return Files.exists(Monitor.seriesFile(folder, deployment));
	}

	public static MeasuredRun read(Path folder, String deployment) throws IOException {
		return new MeasuredRun(MetricStore.read(CAPACITY, Monitor.seriesFile(folder, deployment)));
	}

	public MetricStore store() {
		return store;
	}

	/** The time of the newest point of any series, 0 when there is none. */
	public long newest() {
		return store.all().values().stream().filter(s -> s.size() > 0).mapToLong(s -> s.last().at()).max().orElse(0);
	}

	/** Every anomaly of the run, oldest first. */
	public List<Anomaly> anomalies() {
		return anomalies;
	}

	/** The anomalies of the last {@code millis} before the newest measurement. */
	public List<Anomaly> recent(long millis) {
		long newest = newest();
		return anomalies.stream().filter(a -> a.at() > newest - millis).toList();
	}

	/**
	 * The likely causes of the anomalies of the last {@code millis}, each with a remedy the what-if validator
	 * checked against {@code models}.
	 */
	public List<Diagnosis> diagnose(Collection<Model> models, Deployment deployment, long millis) {
		return new Diagnoser(new WhatIf(new Verifier())).diagnose(models, deployment, recent(millis));
	}

	/** Each SLA of the deployment, as of the newest measurement. */
	public List<SlaStatus> slas(Deployment deployment) {
		return new SlaEvaluator(interval(deployment)).evaluate(deployment, store, newest());
	}

	/** The monitor's interval, read back from the gaps between the deployment's ticks (their median). */
	long interval(Deployment deployment) {
		TimeSeries serving = store.get(SeriesKey.deployment(deployment.getName(), Metric.SERVING));
		if (serving == null || serving.size() < 2) return 2000;
		long[] gaps = new long[serving.size() - 1];
		for (int i = 1; i < serving.size(); i++) gaps[i - 1] = serving.get(i).at() - serving.get(i - 1).at();
		Arrays.sort(gaps);
		return Math.max(1, gaps[gaps.length / 2]);
	}

	@Override
	public void close() throws IOException {
		store.close();
	}
}

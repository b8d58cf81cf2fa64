// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.deploy.ui.charts.ComponentChart;
import org.allstar.model.Placement;
import org.allstar.monitor.Diagnosis;
import org.allstar.monitor.MeasuredRun;
import org.allstar.monitor.SlaStatus;
import org.allstar.ui.preferences.StudioPreferences;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.part.ViewPart;

/**
 * Runtime diagnostics of one deployment: per component, charts of CPU, memory, latency and up from the series a
 * monitor keeps in {@code <workspace>/.allstar/monitor} (the IDE's or {@code allstar monitor}'s), with the
 * detector's anomalies marked; the SLA states; Start/Stop monitoring; and Diagnose, which lists the likely causes
 * with remedies the what-if validator checked. Reading, drawing and diagnosing run in jobs.
 */
public final class DiagnosticsView extends ViewPart {
	public static final String ID = "org.allstar.deploy.ui.diagnostics";
	/** How far back Diagnose looks, as {@code allstar diagnose}'s default. */
	static final Duration DIAGNOSE_LAST = Duration.ofMinutes(10);
	private static final int CHART_WIDTH = 640;
	private static final int CHART_HEIGHT = 420;
	private static final int REDRAW_MS = 4000;

	private final List<FoundDeployment> deployments = new ArrayList<>();
	private final List<Image> images = new ArrayList<>();
	private Combo deployment;
	private Button monitorButton;
	private Label state;
	private Table slas;
	private Table remedies;
	private Composite charts;
	private ScrolledComposite scroller;
	private MonitorJob monitoring;
	private Path folder = StudioPreferences.workspaceFolder("monitor");

	@Override
	public void createPartControl(Composite parent) {
		Composite view = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(5).applyTo(view);
		new Label(view, SWT.NONE).setText("&Deployment:");
		deployment = new Combo(view, SWT.READ_ONLY);
		deployment.setToolTipText("A deployment of the workspace's models");
		GridDataFactory.fillDefaults().grab(true, false).applyTo(deployment);
		deployment.addListener(SWT.Selection, e -> redraw());
		monitorButton = button(view, "&Start monitoring", "Sample the deployment's containers every 2 s and keep the series in the workspace", this::toggleMonitoring);
		button(view, "Dia&gnose", "Name the likely causes of the last 10 minutes' anomalies, with remedies checked by the what-if validator", this::diagnose);
		button(view, "Re&fresh", "Read the models and the stored series again", this::reload);
		state = new Label(view, SWT.WRAP);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).applyTo(state);
		slas = table(view, 70, "SLA", "Metric", "State", "Measured");
		remedies = table(view, 90, "Likely cause", "Remedy", "Validated");
		scroller = new ScrolledComposite(view, SWT.V_SCROLL | SWT.H_SCROLL);
		GridDataFactory.fillDefaults().span(5, 1).grab(true, true).applyTo(scroller);
		charts = new Composite(scroller, SWT.NONE);
		GridLayoutFactory.fillDefaults().numColumns(2).applyTo(charts);
		scroller.setContent(charts);
		reload();
	}

	private static Button button(Composite parent, String text, String tooltip, Runnable run) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(text);
		button.setToolTipText(tooltip);
		button.addListener(SWT.Selection, e -> run.run());
		return button;
	}

	private static Table table(Composite parent, int height, String... columns) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION);
		table.setHeaderVisible(true);
		for (String name : columns) {
			TableColumn column = new TableColumn(table, SWT.NONE);
			column.setText(name);
			column.setWidth(name.equals("Remedy") || name.equals("Likely cause") ? 380 : 150);
		}
		GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(SWT.DEFAULT, height).applyTo(table);
		return table;
	}

	/** Finds the workspace's deployments (in a job), then draws the chosen one. */
	public Job reload() {
		String chosen = deployment.getText();
		List<FoundDeployment> found = new ArrayList<>();
		Job job = Job.create("Finding deployments", monitor -> {
			try {
				found.addAll(FoundDeployment.inWorkspace(ResourcesPlugin.getWorkspace().getRoot(), monitor));
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return e.getStatus();
			}
		});
		whenDone(job, () -> {
			deployments.clear();
			deployments.addAll(found);
			deployment.removeAll();
			found.forEach(f -> deployment.add(f.label()));
			deployment.select(Math.max(0, deployment.indexOf(chosen)));
			redraw();
		});
		job.schedule();
		return job;
	}

	/** What was drawn for one deployment, off the UI thread. */
	private record Drawn(Map<String, ImageData> charts, List<SlaStatus> slas, int anomalies, long newest, String problem) {
	}

	/** Reads the chosen deployment's stored series and draws its charts (in a job). */
	public Job redraw() {
		FoundDeployment chosen = chosen();
		if (chosen == null) {
			state.setText("No deployment in the workspace's models.");
			return null;
		}
		Drawn[] drawn = { null };
		Job job = Job.create("Drawing " + chosen.deployment().getName(), monitor -> {
			drawn[0] = draw(chosen, folder);
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		whenDone(job, () -> show(chosen, drawn[0]));
		job.schedule();
		return job;
	}

	private static Drawn draw(FoundDeployment chosen, Path folder) {
		String name = chosen.deployment().getName();
		if (!MeasuredRun.exists(folder, name)) {
			return new Drawn(Map.of(), List.of(), 0, 0, "Nothing measured for " + name + " in " + folder + " yet: Start monitoring.");
		}
		try (MeasuredRun run = MeasuredRun.read(folder, name)) {
			Map<String, ImageData> images = new LinkedHashMap<>();
			for (Placement placement : chosen.deployment().getPlacements()) {
				String component = placement.getComponent().getName();
				images.put(component, ComponentChart.render(component, run.store(), run.anomalies(), CHART_WIDTH, CHART_HEIGHT));
			}
			return new Drawn(images, run.slas(chosen.deployment()), run.anomalies().size(), run.newest(), null);
		} catch (IOException | RuntimeException e) {
			return new Drawn(Map.of(), List.of(), 0, 0, "Cannot read the series of " + name + ": " + e.getMessage());
		}
	}

	private void show(FoundDeployment chosen, Drawn drawn) {
		images.forEach(Image::dispose);
		images.clear();
		for (var child : charts.getChildren()) child.dispose();
		slas.removeAll();
		state.setText(drawn.problem() != null ? drawn.problem()
				: drawn.anomalies() + " anomalous point(s) in the stored series of " + chosen.deployment().getName()
						+ ", newest measurement " + java.time.Instant.ofEpochMilli(drawn.newest())
						+ (monitoring != null ? "; monitoring" : ""));
		drawn.charts().forEach((component, data) -> {
			Image image = new Image(charts.getDisplay(), data);
			images.add(image);
			Label chart = new Label(charts, SWT.NONE);
			chart.setImage(image);
			chart.setToolTipText(component + ": red dots are anomalies the detector found");
		});
		for (SlaStatus s : drawn.slas()) {
			new TableItem(slas, SWT.NONE).setText(new String[] { s.sla(), s.metric(), s.state().name(),
					s.state() == SlaStatus.State.NO_DATA ? "" : String.format(java.util.Locale.ROOT, "%.2f %s", s.measured(), s.unit()).trim() });
		}
		charts.setSize(charts.computeSize(SWT.DEFAULT, SWT.DEFAULT));
	}

	private void toggleMonitoring() {
		if (monitoring != null) {
			monitoring.cancel();
			return;
		}
		FoundDeployment chosen = chosen();
		if (chosen == null) return;
		MonitorJob job = new MonitorJob(chosen.deployment(), folder, Duration.ofSeconds(2), Duration.ofHours(24));
		monitoring = job;
		monitorButton.setText("S&top monitoring");
		whenDone(job, () -> {
			monitoring = null;
			monitorButton.setText("&Start monitoring");
			if (!job.getResult().isOK() && job.getResult().getSeverity() != IStatus.CANCEL) state.setText(job.getResult().getMessage());
			redraw();
		});
		job.schedule();
		charts.getDisplay().timerExec(REDRAW_MS, new Runnable() {
			@Override
			public void run() {
				if (monitoring == job && !charts.isDisposed()) {
					redraw();
					charts.getDisplay().timerExec(REDRAW_MS, this);
				}
			}
		});
	}

	/** Lists the likely causes and their checked remedies (in a job). */
	public Job diagnose() {
		FoundDeployment chosen = chosen();
		if (chosen == null) return null;
		List<Diagnosis> found = new ArrayList<>();
		String[] problem = { null };
		Job job = Job.create("Diagnosing " + chosen.deployment().getName(), monitor -> {
			if (!MeasuredRun.exists(folder, chosen.deployment().getName())) {
				problem[0] = "Nothing measured for " + chosen.deployment().getName() + " yet: Start monitoring first.";
				return Status.OK_STATUS;
			}
			try (MeasuredRun run = MeasuredRun.read(folder, chosen.deployment().getName())) {
				found.addAll(run.diagnose(chosen.loaded().models(), chosen.deployment(), DIAGNOSE_LAST.toMillis()));
			} catch (IOException e) {
				problem[0] = "Cannot read the series: " + e.getMessage();
			}
			return Status.OK_STATUS;
		});
		job.setUser(true);
		whenDone(job, () -> {
			remedies.removeAll();
			for (Diagnosis d : found) {
				new TableItem(remedies, SWT.NONE).setText(new String[] { d.cause(), d.remedy(), d.verdict() });
			}
			if (problem[0] != null) state.setText(problem[0]);
			else if (found.isEmpty()) new TableItem(remedies, SWT.NONE).setText(new String[] { "nothing to diagnose: no anomalies in the last 10 minutes", "", "" });
		});
		job.schedule();
		return job;
	}

	private FoundDeployment chosen() {
		int index = deployment.getSelectionIndex();
		return index < 0 || index >= deployments.size() ? null : deployments.get(index);
	}

	private void whenDone(Job job, Runnable onUiThread) {
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				if (!charts.isDisposed()) charts.getDisplay().asyncExec(() -> {
					if (!charts.isDisposed()) onUiThread.run();
				});
			}
		});
	}

	/** Chooses the deployment by name and the monitor folder (for the workbench test). */
	public void show(String deploymentName, Path monitorFolder) {
		folder = monitorFolder;
		for (int i = 0; i < deployments.size(); i++) {
			if (deployments.get(i).deployment().getName().equals(deploymentName)) deployment.select(i);
		}
	}

	/** The number of charts drawn now (for the workbench test). */
	public int chartCount() {
		return images.size();
	}

	@Override
	public void setFocus() {
		deployment.setFocus();
	}

	@Override
	public void dispose() {
		if (monitoring != null) monitoring.cancel();
		images.forEach(Image::dispose);
		super.dispose();
	}
}

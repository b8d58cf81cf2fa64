// SPDX-License-Identifier: EPL-2.0
package org.allstar.deploy.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.allstar.deploy.DeployException;
import org.allstar.deploy.Deployer.Running;
import org.allstar.deploy.kubernetes.EveryEngine;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IToolBarManager;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;

/**
 * The deployments of the workspace's models and what runs of each on the engines (per component and replica, or
 * per Kubernetes Deployment): refreshed in a job; Deploy, Undeploy (after a confirmation) and Refresh in the
 * toolbar; double click opens the deployment in the editor.
 */
public final class DeploymentsView extends ViewPart {
	public static final String ID = "org.allstar.deploy.ui.deployments";

	/** A row under a deployment: a container or Kubernetes Deployment, or why none could be listed. */
	public record Row(FoundDeployment parent, Running running, String problem) {
	}

	private TreeViewer viewer;
	private volatile Map<FoundDeployment, List<Row>> rows = Map.of();
	private Job refreshing;

	@Override
	public void createPartControl(Composite parent) {
		viewer = new TreeViewer(parent, SWT.FULL_SELECTION | SWT.SINGLE);
		viewer.getTree().setHeaderVisible(true);
		column("Deployment / replica", 280, this::name);
		column("State", 110, e -> e instanceof Row r && r.running() != null ? r.running().state() : "");
		column("Status", 160, e -> e instanceof Row r ? r.running() != null ? r.running().status() : r.problem() : "");
		column("Node", 160, e -> e instanceof Row r && r.running() != null ? r.running().node() : "");
		column("Engine", 220, e -> e instanceof Row r && r.running() != null ? r.running().engine() : "");
		viewer.setContentProvider(new Content());
		viewer.addDoubleClickListener(e -> openSelected());
		contributeActions(getViewSite().getActionBars().getToolBarManager());
		getSite().setSelectionProvider(viewer);
		refresh();
	}

	private String name(Object element) {
		if (element instanceof FoundDeployment found) return found.label();
		Row row = (Row) element;
		if (row.running() == null) return "(engines not reached)";
		return row.running().component() + (row.running().name().contains("/") ? " ×" : "#") + row.running().replica()
				+ "  " + row.running().name();
	}

	private void column(String title, int width, java.util.function.Function<Object, String> text) {
		TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply(element);
			}
		});
	}

	private void contributeActions(IToolBarManager toolbar) {
		toolbar.add(action("&Refresh", "Ask the engines again what runs", this::refresh));
		toolbar.add(action("&Deploy...", "Deploy the selected deployment (shows the dry run first)", this::deploySelected));
		toolbar.add(action("&Undeploy", "Remove every container of the selected deployment from its engines", this::undeploySelected));
	}

	private static Action action(String text, String tooltip, Runnable run) {
		Action action = new Action(text) {
			@Override
			public void run() {
				run.run();
			}
		};
		action.setToolTipText(tooltip);
		return action;
	}

	/** Loads the workspace's deployments and asks their engines what runs, in a job; the tree follows. */
	public Job refresh() {
		if (refreshing != null) refreshing.cancel();
		Job job = Job.create("Asking the engines what runs", this::load);
		job.setUser(false);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				viewer.getControl().getDisplay().asyncExec(() -> {
					if (!viewer.getControl().isDisposed()) {
						viewer.setInput(new ArrayList<>(rows.keySet()));
						viewer.expandAll();
					}
				});
			}
		});
		refreshing = job;
		job.schedule();
		return job;
	}

	private IStatus load(IProgressMonitor monitor) {
		Map<FoundDeployment, List<Row>> found = new LinkedHashMap<>();
		try {
			for (FoundDeployment deployment : FoundDeployment.inWorkspace(ResourcesPlugin.getWorkspace().getRoot(), monitor)) {
				if (monitor.isCanceled()) return Status.CANCEL_STATUS;
				found.put(deployment, status(deployment));
			}
		} catch (CoreException e) {
			return e.getStatus();
		}
		rows = found;
		return Status.OK_STATUS;
	}

	private static List<Row> status(FoundDeployment deployment) {
		try (EveryEngine engines = StudioEngines.of(deployment.deployment())) {
			List<Row> list = new ArrayList<>();
			engines.containers(deployment.deployment()).forEach(r -> list.add(new Row(deployment, r, null)));
			engines.clusterDeployments(deployment.deployment()).forEach(r -> list.add(new Row(deployment, r, null)));
			return list;
		} catch (DeployException | IllegalStateException e) {
			return List.of(new Row(deployment, null, e.getMessage()));
		} catch (RuntimeException e) {
			return List.of(new Row(deployment, null, "the engine failed: " + e.getMessage()));
		}
	}

	private FoundDeployment selected() {
		Object element = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		return element instanceof Row row ? row.parent() : (FoundDeployment) element;
	}

	private void openSelected() {
		FoundDeployment found = selected();
		if (found != null) open(found);
	}

	/** Opens the deployment's file in the editor with the deployment selected (what a double click does). */
	public void open(FoundDeployment found) {
		if (found.file() == null) return;
		try {
			ElementEditor.open(getSite().getPage(), found.file(), found.deployment());
		} catch (PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Deployments", "Cannot open " + found.file().getFullPath() + ": " + e.getMessage());
		}
	}

	private void deploySelected() {
		List<FoundDeployment> all = new ArrayList<>(rows.keySet());
		new WizardDialog(getSite().getShell(), new DeployWizard(all, selected(), getSite().getWorkbenchWindow())).open();
	}

	private void undeploySelected() {
		FoundDeployment found = selected();
		if (found == null) {
			MessageDialog.openInformation(getSite().getShell(), "Undeploy", "Select the deployment to remove first.");
			return;
		}
		if (!MessageDialog.openConfirm(getSite().getShell(), "Undeploy", "Remove every container of '"
				+ found.deployment().getName() + "' from its engines? Its services stop.")) {
			return;
		}
		undeploy(found);
	}

	/** Removes the deployment in a job, then refreshes (the confirmation is the caller's). */
	public EngineJob undeploy(FoundDeployment found) {
		EngineJob job = new EngineJob(found.deployment(), EngineJob.Work.UNDEPLOY);
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				viewer.getControl().getDisplay().asyncExec(() -> {
					if (!viewer.getControl().isDisposed()) refresh();
				});
			}
		});
		job.schedule();
		return job;
	}

	/** The rows shown now, per deployment (for the workbench test). */
	public Map<FoundDeployment, List<Row>> rows() {
		return rows;
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}

	private final class Content extends ArrayContentProvider implements ITreeContentProvider {
		@Override
		public Object[] getChildren(Object parent) {
			return parent instanceof FoundDeployment found ? rows.getOrDefault(found, List.of()).toArray() : new Object[0];
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Row row ? row.parent() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof FoundDeployment;
		}
	}
}

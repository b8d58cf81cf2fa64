// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui.views;

import java.util.List;
import java.util.function.Function;

import org.allstar.market.ui.ChainJob;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/**
 * A view of rows read from the chain: a table, a status line, and a Refresh action; every read runs in a
 * {@link ChainJob}, so the UI never waits on the node. Subclasses say what a refresh reads and what the columns show.
 *
 * @param <R> a row
 */
public abstract class ChainTableView<R> extends ViewPart {
	protected TableViewer viewer;
	private Label status;
	private boolean refreshing;
	/** Only the latest refresh shows its rows: an older one that ends later is dropped. */
	private int generation;
	private volatile String lastOutcome;
	private List<R> rows = List.of();

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		createHeader(parent);
		viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.BORDER | SWT.SINGLE);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		createColumns();
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Action refresh = new Action("&Refresh") {
			@Override
			public void run() {
				refresh(true);
			}
		};
		refresh.setToolTipText("Reads the chain again (starts the workspace's local chain when it is not running)");
		refresh.setImageDescriptor(image(ISharedImages.IMG_ELCL_SYNCED));
		getViewSite().getActionBars().getToolBarManager().add(refresh);
		contributeActions();
		viewer.addSelectionChangedListener(e -> selectionChanged());
		getViewSite().setSelectionProvider(viewer);
		refresh(false);
	}

	/** Controls above the table (filters); none by default. */
	protected void createHeader(Composite parent) {
	}

	protected abstract void createColumns();

	/** Actions besides Refresh, on the view's toolbar. */
	protected void contributeActions() {
	}

	protected void selectionChanged() {
	}

	/** What a refresh reads, off the UI thread. */
	protected abstract ChainJob.Work<List<R>> read();

	/** A line under the table after a refresh. */
	protected String summary(List<R> rows) {
		return rows.size() + " rows";
	}

	/**
	 * Reads the rows again in a Job. {@code startLocal}: start the workspace's local chain if it is not running
	 * (user actions); false when the view opens, so that opening a view never starts a node.
	 */
	public void refresh(boolean startLocal) {
		if (viewer == null || viewer.getControl().isDisposed()) return;
		refreshing = true;
		int mine = ++generation;
		status.setText("Reading the chain...");
		new ChainJob<>("Refreshing " + getPartName(), startLocal, read(), viewer.getControl(), read -> {
			if (mine != generation) return;
			refreshing = false;
			rows = read;
			viewer.setInput(read);
			status.setText(summary(read));
			selectionChanged();
		}, message -> {
			if (mine != generation) return;
			refreshing = false;
			status.setText(message);
		}).schedule();
	}

	/** Runs an action on the chain, then refreshes; its outcome goes to the status line. */
	protected void act(String name, ChainJob.Work<String> work) {
		status.setText(name + "...");
		lastOutcome = null;
		new ChainJob<>(name, true, work, viewer.getControl(), done -> {
			lastOutcome = done;
			refresh(true);
			status.setText(done);
		}, message -> {
			lastOutcome = message;
			status.setText(message);
		}).schedule();
	}

	protected void column(String title, int width, String tooltip, Function<R, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(title);
		column.getColumn().setWidth(width);
		column.getColumn().setToolTipText(tooltip);
		column.setLabelProvider(new ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return text.apply((R) element);
			}
		});
	}

	@SuppressWarnings("unchecked")
	protected R selected() {
		return (R) ((IStructuredSelection) viewer.getSelection()).getFirstElement();
	}

	/** The rows of the last refresh (tests read them). */
	public List<R> rows() {
		return rows;
	}

	/** Whether a refresh is running (tests wait for it). */
	public boolean refreshing() {
		return refreshing;
	}

	/** What the last action said when it ended (done or why not); null while it runs. */
	public String lastOutcome() {
		return lastOutcome;
	}

	/** The status line's text. */
	public String status() {
		return status.getText();
	}

	protected static ImageDescriptor image(String name) {
		return PlatformUI.getWorkbench().getSharedImages().getImageDescriptor(name);
	}

	@Override
	public void setFocus() {
		viewer.getControl().setFocus();
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.statushandlers.StatusManager;

/**
 * Export Diagram as SVG or PNG (plugin.xml names the format after the class: {@code ExportDiagramHandler:png}): asks
 * where in a Save As dialog, gets the SVG from the page, and writes the file in a job.
 */
public final class ExportDiagramHandler extends AbstractHandler implements IExecutableExtension {

	private String format = "svg";

	@Override
	public void setInitializationData(IConfigurationElement config, String propertyName, Object data) {
		if (data instanceof String given && !given.isBlank()) {
			format = given.toLowerCase(Locale.ROOT);
		}
	}

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActiveEditor(event) instanceof DiagramEditor diagram)) {
			return null; // enabled only in a diagram editor (plugin.xml)
		}
		String target = askWhere(HandlerUtil.getActiveShell(event), diagram);
		if (target != null) {
			diagram.svg().whenComplete((svg, failure) -> {
				if (failure != null) {
					StatusManager.getManager().handle(Status.error("Could not export " + diagram.getPartName() + ": "
							+ failure.getMessage(), failure), StatusManager.SHOW | StatusManager.LOG);
				} else {
					job(diagram.getPartName(), svg, Path.of(target), format).schedule();
				}
			});
		}
		return null;
	}

	private String askWhere(Shell shell, DiagramEditor diagram) {
		FileDialog dialog = new FileDialog(shell, SWT.SAVE);
		dialog.setText("Export " + diagram.getPartName() + " as " + format.toUpperCase(Locale.ROOT));
		dialog.setFilterExtensions(new String[] { "*." + format });
		dialog.setFileName(diagram.exportName(format));
		dialog.setOverwrite(true);
		return dialog.open();
	}

	/** Writes {@code svg} to {@code target} as {@code format} ("svg" or "png"), with progress, off the UI thread. */
	public static Job job(String diagramName, String svg, Path target, String format) {
		Job job = Job.create("Exporting " + diagramName + " to " + target.getFileName(), (IProgressMonitor monitor) -> {
			try {
				if (format.equals("png")) {
					DiagramExport.writePng(svg, target);
				} else {
					DiagramExport.writeSvg(svg, target);
				}
				return Status.OK_STATUS;
			} catch (IOException | RuntimeException e) {
				return Status.error("Could not write " + target + ": " + e.getMessage()
						+ ". Check that the folder exists and is writable, then export again.", e);
			}
		});
		job.setUser(true);
		return job;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The Problems view's entries of a model file: markers of type {@value #TYPE} on the file, changed where they differ
 * from the last reconcile's, in one workspace operation (at most one resource-change event per reconcile).
 */
public final class IssueMarkers {

	public static final String TYPE = "org.allstar.lang.ui.problem";

	private IssueMarkers() {
	}

	/**
	 * Makes the file's markers those of {@code issues}: a marker already there with the same attributes stays, the
	 * others are deleted and the missing ones created, all in one workspace operation; when nothing differs (most
	 * keystrokes) there is no workspace operation and no resource-change event at all.
	 */
	public static void replace(IFile file, List<Issue> issues, IProgressMonitor monitor) throws CoreException {
		if (!file.exists()) {
			return;
		}
		List<Map<String, Object>> wanted = new ArrayList<>();
		for (Issue issue : issues) {
			if (issue.getSeverity() != Severity.IGNORE) {
				wanted.add(attributesOf(issue));
			}
		}
		List<IMarker> stale = new ArrayList<>();
		List<Map<String, Object>> missing = new ArrayList<>(wanted);
		for (IMarker marker : file.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
			if (!missing.remove(marker.getAttributes())) {
				stale.add(marker);
			}
		}
		if (stale.isEmpty() && missing.isEmpty()) {
			return;
		}
		IWorkspaceRunnable update = m -> {
			for (IMarker marker : stale) {
				marker.delete();
			}
			for (Map<String, Object> attributes : missing) {
				file.createMarker(TYPE, attributes); // all at once: readers never see a half-made marker
			}
		};
		file.getWorkspace().run(update, file, IWorkspace.AVOID_UPDATE, monitor);
	}

	private static Map<String, Object> attributesOf(Issue issue) {
		Map<String, Object> attributes = new HashMap<>();
		attributes.put(IMarker.SEVERITY, severityOf(issue.getSeverity()));
		attributes.put(IMarker.MESSAGE, issue.getMessage());
		if (issue.getLineNumber() != null) {
			attributes.put(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
			attributes.put(IMarker.LOCATION, "line " + issue.getLineNumber());
		}
		if (issue.getOffset() != null) {
			attributes.put(IMarker.CHAR_START, issue.getOffset().intValue());
			attributes.put(IMarker.CHAR_END, issue.getOffset() + (issue.getLength() == null ? 0 : issue.getLength()));
		}
		if (issue.getCode() != null) {
			attributes.put("code", issue.getCode());
		}
		return attributes;
	}

	static int severityOf(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}

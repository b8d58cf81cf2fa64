// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.allstar.lang.ui.validation.IssueMarkers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Problems view's markers change only where a reconcile's findings differ from the last one's. */
class IssueMarkersTest {

	private IProject project;
	private IFile file;

	@BeforeEach
	void createFile() throws CoreException {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("issue-markers");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		file = project.getFile("m.allstar");
		file.create(new ByteArrayInputStream("package m\n".getBytes(StandardCharsets.UTF_8)), true, null);
	}

	@AfterEach
	void deleteProject() throws CoreException {
		project.delete(true, true, null);
	}

	private static Issue issue(String message, int offset) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.ERROR);
		issue.setMessage(message);
		issue.setOffset(offset);
		issue.setLength(3);
		issue.setLineNumber(1);
		return issue;
	}

	private Map<String, Long> markerIds() throws CoreException {
		return Arrays.stream(file.findMarkers(IssueMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.collect(Collectors.toMap(m -> m.getAttribute(IMarker.MESSAGE, ""), IMarker::getId));
	}

	@Test
	void onlyTheMarkersThatDifferAreReplaced() throws CoreException {
		IssueMarkers.replace(file, List.of(issue("a", 0), issue("b", 4)), null);
		Map<String, Long> first = markerIds();
		assertEquals(2, first.size());

		IssueMarkers.replace(file, List.of(issue("a", 0), issue("c", 6)), null);
		Map<String, Long> second = markerIds();
		assertEquals(first.get("a"), second.get("a"), "unchanged finding keeps its marker");
		assertFalse(second.containsKey("b"), "gone finding loses its marker");
		assertTrue(second.containsKey("c"), "new finding gets a marker");

		IssueMarkers.replace(file, List.of(issue("a", 2), issue("c", 6)), null);
		Map<String, Long> third = markerIds();
		assertTrue(!first.get("a").equals(third.get("a")), "a moved finding gets a new marker");
		assertEquals(2, file.findMarkers(IssueMarkers.TYPE, false, IResource.DEPTH_ZERO)[0]
				.getAttribute(IMarker.LINE_NUMBER, 0) + 1);

		IssueMarkers.replace(file, List.of(), null);
		assertEquals(Map.of(), markerIds());
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/**
 * The editor's live problem annotations (squiggles, ruler and overview-ruler marks): replaces those of the previous
 * reconcile by those of {@code issues}, leaving every other annotation (markers, search results) alone.
 */
public final class IssueAnnotations {

	public static final String ERROR = "org.allstar.lang.ui.error";
	public static final String WARNING = "org.allstar.lang.ui.warning";
	public static final String INFO = "org.allstar.lang.ui.info";
	private static final Set<String> LIVE_TYPES = Set.of(ERROR, WARNING, INFO);

	private IssueAnnotations() {
	}

	public static String typeOf(Severity severity) {
		return switch (severity) {
		case ERROR -> ERROR;
		case WARNING -> WARNING;
		default -> INFO;
		};
	}

	/**
	 * Makes the live annotations those of {@code issues}: an annotation already there with the same type, text and
	 * place stays (a keystroke usually changes one or two of thousands, and every added or removed annotation costs
	 * the viewer a repaint of its line) while its issue's offset is still its place (quick fixes read it), the others are removed and the missing ones added, in one model change.
	 */
	public static void replace(IAnnotationModel model, List<Issue> issues, int documentLength) {
		Map<String, Annotation> kept = new HashMap<>();
		List<Annotation> old = new ArrayList<>();
		model.getAnnotationIterator().forEachRemaining(annotation -> {
			if (LIVE_TYPES.contains(annotation.getType())) {
				Position position = model.getPosition(annotation);
				if (position == null || position.isDeleted() || !(annotation instanceof IssueAnnotation live)
						|| !Integer.valueOf(position.getOffset()).equals(live.issue().getOffset()) // text moved: its issue is stale
						|| kept.putIfAbsent(keyOf(annotation.getType(), annotation.getText(), position),
								annotation) != null) {
					old.add(annotation);
				}
			}
		});
		Map<Annotation, Position> added = new HashMap<>();
		for (Issue issue : issues) {
			if (issue.getOffset() == null || issue.getSeverity() == Severity.IGNORE) {
				continue;
			}
			int offset = Math.min(issue.getOffset(), documentLength);
			int length = Math.max(0, Math.min(issue.getLength() == null ? 0 : issue.getLength(),
					documentLength - offset));
			String message = issue.getCode() == null ? issue.getMessage() : issue.getCode() + ": " + issue.getMessage();
			String type = typeOf(issue.getSeverity());
			Position position = new Position(offset, length);
			if (kept.remove(keyOf(type, message, position)) == null) {
				added.put(new IssueAnnotation(type, message, issue), position);
			}
		}
		old.addAll(kept.values()); // there before, not found again
		if (old.isEmpty() && added.isEmpty()) {
			return;
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	private static String keyOf(String type, String message, Position position) {
		return type + '\u0000' + position.getOffset() + '\u0000' + position.getLength() + '\u0000' + message;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.folding;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.allstar.lang.ui.outline.OutlineNode;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotation;
import org.eclipse.jface.text.source.projection.ProjectionAnnotationModel;

/**
 * The editor's folding: one fold for each element whose text spans several lines (provider, node, application,
 * component, deployment and sla bodies), taken from the outline of the last check. Folds that stay where they were
 * keep their collapsed state; the others are replaced.
 */
public final class FoldingStructure {

	private FoldingStructure() {
	}

	/** The whole lines of each multi-line element of {@code outline} in {@code document}. */
	public static List<Position> regions(List<OutlineNode> outline, IDocument document) {
		List<Position> regions = new ArrayList<>();
		collect(outline, document, regions);
		return regions;
	}

	private static void collect(List<OutlineNode> nodes, IDocument document, List<Position> regions) {
		for (OutlineNode node : nodes) {
			try {
				int first = document.getLineOfOffset(node.offset());
				int last = document.getLineOfOffset(Math.min(node.offset() + node.length(), document.getLength()));
				if (last > first) {
					int start = document.getLineOffset(first);
					int end = last + 1 < document.getNumberOfLines() ? document.getLineOffset(last + 1)
							: document.getLength();
					regions.add(new Position(start, end - start));
				}
			} catch (BadLocationException e) {
				continue; // an outline of an older text: the next check brings the right one
			}
			collect(node.children(), document, regions);
		}
	}

	/** Makes the model's folds those of {@code regions}, in one change. */
	public static void update(ProjectionAnnotationModel model, List<Position> regions) {
		Map<Position, Annotation> existing = new HashMap<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof ProjectionAnnotation) {
				existing.put(model.getPosition(annotation), annotation);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Position region : regions) {
			if (existing.remove(region) == null) {
				added.put(new ProjectionAnnotation(), region);
			}
		}
		model.modifyAnnotations(existing.values().toArray(Annotation[]::new), added, null);
	}
}

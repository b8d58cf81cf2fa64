// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.edit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.allstar.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * A diagram edit made as a text edit: the change is applied to a fresh parse of the document's text and written
 * back by Xtext's change serializer, which rewrites only the changed regions (comments and layout elsewhere stay).
 * The result is one {@link TextReplacement}, which the editor applies as one undoable document change, so the text
 * editor's undo history is the only one.
 */
public class TextModelEdit {

	@Inject
	private Provider<IChangeSerializer> serializers;

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	/**
	 * The replacement that makes {@code change} in {@code text}.
	 *
	 * @throws IllegalStateException when the text has syntax errors (an edit could lose text; fix them first)
	 */
	public TextReplacement apply(String text, URI uri, Consumer<Model> change) {
		XtextResource resource = parse(text, uri);
		if (resource.getParseResult().hasSyntaxErrors() || !(resource.getContents().get(0) instanceof Model model)) {
			throw new IllegalStateException(uri.lastSegment() + " has syntax errors; fix them in the text editor"
					+ " before editing the diagram.");
		}
		IChangeSerializer serializer = serializers.get();
		serializer.addModification(model, change::accept);
		List<ITextReplacement> replacements = new ArrayList<>();
		serializer.applyModifications(result -> {
			if (result instanceof ITextDocumentChange document && document.getResource() == resource) {
				replacements.addAll(document.getReplacements());
			}
		});
		return TextReplacement.between(text, applied(text, replacements));
	}

	private XtextResource parse(String text, URI uri) {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** The replacements are disjoint regions of the original text: apply them from the end backwards. */
	private static String applied(String text, List<ITextReplacement> replacements) {
		StringBuilder result = new StringBuilder(text);
		replacements.stream().sorted(Comparator.comparingInt(ITextReplacement::getOffset).reversed())
				.forEach(r -> result.replace(r.getOffset(), r.getOffset() + r.getLength(), r.getReplacementText()));
		return result.toString();
	}
}

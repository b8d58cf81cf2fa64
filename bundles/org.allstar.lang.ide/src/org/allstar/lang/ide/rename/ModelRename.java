// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ide.rename;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Renames a model element and every reference to it, headless: the model files that see each other (a folder's,
 * as the editor and {@code allstar validate FOLDER} link them) are loaded from their current texts into one
 * resource set, the element's name is changed there, and Xtext's change serializer writes the minimal text
 * replacements of every file that changes, qualified references included. The caller applies them (the IDE as
 * one undoable workspace change).
 */
public class ModelRename {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private Provider<IChangeSerializer> serializers;

	@Inject
	private EObjectAtOffsetHelper atOffset;

	/** Loads and links {@code texts} (each model file's current text, by its URI) for renaming in them. */
	public RenameSession load(Map<URI, String> texts) {
		XtextResourceSet resourceSet = resourceSets.get();
		for (Map.Entry<URI, String> text : texts.entrySet()) {
			XtextResource resource = (XtextResource) resourceSet.createResource(text.getKey());
			try {
				resource.load(new ByteArrayInputStream(text.getValue().getBytes(StandardCharsets.UTF_8)),
						Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
			} catch (IOException e) {
				throw new UncheckedIOException(e); // from memory: does not happen
			}
		}
		EcoreUtil.resolveAll(resourceSet);
		return new RenameSession(resourceSet, texts, serializers, atOffset);
	}
}

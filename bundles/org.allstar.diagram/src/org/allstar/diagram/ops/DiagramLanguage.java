// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.util.Set;
import java.util.regex.Pattern;

import org.allstar.diagram.edit.TextModelEdit;
import org.allstar.lang.ide.AllstarMlIdeSetup;
import org.allstar.model.AllstarPackage;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;

import com.google.inject.Injector;

/**
 * The language services the diagram edits need (the change serializer, the keywords), from one language injector
 * made on first use. It makes no EMF registrations: the host (editor or test) has made them, and a second
 * registration would replace the editor's.
 */
public final class DiagramLanguage {

	private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	private static volatile DiagramLanguage shared;

	private final TextModelEdit edits;
	private final Set<String> keywords;

	private DiagramLanguage(Injector injector) {
		edits = injector.getInstance(TextModelEdit.class);
		keywords = GrammarUtil.getAllKeywords(injector.getInstance(IGrammarAccess.class).getGrammar());
	}

	static DiagramLanguage shared() {
		DiagramLanguage language = shared;
		if (language == null) {
			synchronized (DiagramLanguage.class) {
				if (shared == null) {
					AllstarPackage.eINSTANCE.eClass(); // the grammar refers to the model's package by its URI
					shared = new DiagramLanguage(new AllstarMlIdeSetup().createInjector());
				}
				language = shared;
			}
		}
		return language;
	}

	TextModelEdit edits() {
		return edits;
	}

	/** Why {@code name} cannot name an element in the text, or null when it can. */
	String invalidName(String name) {
		if (!IDENTIFIER.matcher(name).matches()) {
			return "'" + name + "' is not a name: use letters, digits and '_', starting with a letter.";
		}
		if (keywords.contains(name)) {
			return "'" + name + "' is a keyword of the language; choose another name.";
		}
		return null;
	}
}

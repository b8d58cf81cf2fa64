// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.editor;

import java.nio.file.Path;
import java.util.Optional;

import org.allstar.lang.formatting2.ModelFormatter;
import org.allstar.lang.ui.LanguageServices;
import org.eclipse.xtext.resource.XtextResource;

/**
 * The editor's Format: the text in the language's standard layout, exactly as {@code allstar format} writes it
 * (the same {@link ModelFormatter}); nothing while the text has syntax errors, so formatting never loses text.
 */
public final class DocumentFormatter {
    private final LanguageServices services;

    public DocumentFormatter(LanguageServices services) {
        this.services = services;
    }

    /** The formatted text, or empty when the text does not parse. */
    public Optional<String> format(String text, Path file) {
        XtextResource resource = services.parse(text, file);
        if (!ModelFormatter.canFormat(resource)) return Optional.empty();
        return Optional.of(services.get(ModelFormatter.class).format(resource));
    }
}

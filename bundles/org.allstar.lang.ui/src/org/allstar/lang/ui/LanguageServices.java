// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.allstar.lang.ide.AllstarMlIdeSetup;
import org.allstar.lang.load.ModelFiles;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/**
 * The language's ide injector (runtime module + generic IDE module) and the parsing of an editor's text. One injector
 * for the editor bundle, created on first use, as Xtext's own UI activator does; everything below it is injected.
 */
public final class LanguageServices {

	private static volatile LanguageServices shared;

	private final Injector injector;

	public LanguageServices(Injector injector) {
		this.injector = injector;
	}

	/** The editor bundle's services (the EMF registrations happen once, here). */
	public static LanguageServices shared() {
		LanguageServices services = shared;
		if (services == null) {
			synchronized (LanguageServices.class) {
				if (shared == null) {
					shared = new LanguageServices(new AllstarMlIdeSetup().createInjectorAndDoEMFRegistration());
				}
				services = shared;
			}
		}
		return services;
	}

	public Injector injector() {
		return injector;
	}

	public <T> T get(Class<T> type) {
		return injector.getInstance(type);
	}

	/**
	 * Parses and links {@code text} as the file {@code file} (may be null for an in-memory model). The other model
	 * files of its folder are loaded next to it, so that references across files resolve as in {@code allstar
	 * validate FOLDER}.
	 */
	public XtextResource parse(String text, Path file) {
		XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);
		URI uri = file == null ? URI.createURI("inmemory:/editor" + ModelFiles.EXTENSION)
				: URI.createFileURI(file.toAbsolutePath().toString());
		if (file != null) {
			for (Path sibling : siblings(file)) {
				resourceSet.getResource(URI.createFileURI(sibling.toAbsolutePath().toString()), true);
			}
		}
		XtextResource resource = (XtextResource) resourceSet.createResource(uri);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	private static List<Path> siblings(Path file) {
		Path folder = file.toAbsolutePath().getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.filter(p -> p.getFileName().toString().endsWith(ModelFiles.EXTENSION))
					.filter(p -> !p.toAbsolutePath().equals(file.toAbsolutePath())).sorted().toList();
		} catch (IOException e) {
			return List.of();
		}
	}
}

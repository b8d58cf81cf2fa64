// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ide.rename;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.allstar.model.Element;
import org.allstar.model.Model;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.ide.serializer.IChangeSerializer;
import org.eclipse.xtext.ide.serializer.ITextDocumentChange;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.util.TextRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Provider;

/** The model files of a rename, loaded and linked; what to rename, whether a new name is fine, and the edits. */
public final class RenameSession {

	/** The language's identifiers (the ID terminal); a keyword is caught when the renamed texts are parsed. */
	private static final Pattern IDENTIFIER = Pattern.compile("\\^?[a-zA-Z_][a-zA-Z_0-9]*");

	/** A named element to rename, and the file that declares it. */
	public record Target(EObject element, String name, URI file) {
		/** "node box", "provider CornerShop": what the dialog says it renames. */
		public String describe() {
			return element.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " " + name;
		}
	}

	/** One replacement in one file's text. */
	public record Edit(int offset, int length, String text) {
	}

	private final XtextResourceSet resourceSet;
	private final Map<URI, String> texts;
	private final Provider<IChangeSerializer> serializers;
	private final EObjectAtOffsetHelper atOffset;

	RenameSession(XtextResourceSet resourceSet, Map<URI, String> texts, Provider<IChangeSerializer> serializers,
			EObjectAtOffsetHelper atOffset) {
		this.resourceSet = resourceSet;
		this.texts = Map.copyOf(texts);
		this.serializers = serializers;
		this.atOffset = atOffset;
	}

	/**
	 * The element named at {@code offset} of {@code file}: the one a reference there points to, or the one whose
	 * declaration the offset is in; empty where there is no named model element.
	 */
	public Optional<Target> targetAt(URI file, int offset) {
		if (!(resourceSet.getResource(file, false) instanceof XtextResource resource)) {
			return Optional.empty();
		}
		EObject element = atOffset.resolveElementAt(resource, offset);
		// in "AwsFrankfurt.gpuVm" the caret on the first segment means the provider, not the node referred to
		for (int outward = segmentsAfter(resource, offset); outward > 0 && element != null; outward--) {
			element = namedContainer(element.eContainer());
		}
		element = namedContainer(element);
		if (element == null || element.eResource() == null || element.eIsProxy()) {
			return Optional.empty();
		}
		return Optional.of(new Target(element, nameOf(element).get(), element.eResource().getURI()));
	}

	/** How many segments of a qualified reference follow the one at {@code offset} (0 outside references). */
	private int segmentsAfter(XtextResource resource, int offset) {
		INode reference = atOffset.getCrossReferenceNode(resource, new TextRegion(offset, 0));
		if (reference == null) {
			return 0;
		}
		String text = reference.getText();
		int into = Math.max(0, Math.min(text.length(), offset - reference.getTotalOffset()));
		return (int) text.substring(into).chars().filter(c -> c == '.').count();
	}

	private static EObject namedContainer(EObject element) {
		while (element != null && nameOf(element).isEmpty()) {
			element = element.eContainer();
		}
		return element;
	}

	/** Why {@code target} cannot be called {@code newName}, or empty when it can. */
	public Optional<String> problemWith(Target target, String newName) {
		if (newName == null || newName.isBlank()) {
			return Optional.of("Enter the new name.");
		}
		if (!IDENTIFIER.matcher(newName).matches()) {
			return Optional.of("'" + newName + "' is not a name: use letters, digits and _, starting with a letter or _.");
		}
		if (newName.equals(target.name())) {
			return Optional.of("The element is already called " + newName + ".");
		}
		return rivals(target.element()).filter(other -> other != target.element())
				.filter(other -> nameOf(other).filter(newName::equals).isPresent()).findFirst()
				.map(other -> "There is already a " + other.eClass().getName().toLowerCase(java.util.Locale.ROOT) + " called "
						+ newName + " here (" + other.eResource().getURI().lastSegment() + "); choose another name.");
	}

	/**
	 * The replacements, per file, that rename {@code target} to {@code newName} and every reference to it.
	 *
	 * @throws IllegalStateException when a file has syntax errors (a rename could lose text) or the renamed texts
	 *             would not parse (the name is a keyword)
	 */
	public Map<URI, List<Edit>> rename(Target target, String newName) {
		for (Resource resource : resourceSet.getResources()) {
			if (resource instanceof XtextResource xtext && xtext.getParseResult().hasSyntaxErrors()) {
				throw new IllegalStateException(resource.getURI().lastSegment()
						+ " has syntax errors; fix them before renaming.");
			}
		}
		IChangeSerializer serializer = serializers.get();
		EAttribute name = (EAttribute) target.element().eClass().getEStructuralFeature("name");
		serializer.addModification(target.element(), element -> element.eSet(name, newName));
		Map<URI, List<Edit>> edits = new LinkedHashMap<>();
		serializer.applyModifications(change -> {
			if (change instanceof ITextDocumentChange document && !document.getReplacements().isEmpty()) {
				edits.put(document.getResource().getURI(), document.getReplacements().stream()
						.sorted(Comparator.comparingInt(ITextReplacement::getOffset))
						.map(r -> new Edit(r.getOffset(), r.getLength(), r.getReplacementText())).toList());
			}
		});
		edits.forEach(this::checkParses);
		return edits;
	}

	/** The text of {@code file} once {@code edits} are made. */
	public static String applied(String text, List<Edit> edits) {
		StringBuilder result = new StringBuilder(text);
		new ArrayList<>(edits).reversed()
				.forEach(e -> result.replace(e.offset(), e.offset() + e.length(), e.text()));
		return result.toString();
	}

	private void checkParses(URI file, List<Edit> edits) {
		String renamed = applied(texts.get(file), edits);
		XtextResource check = (XtextResource) resourceSet.getResourceFactoryRegistry().getFactory(file)
				.createResource(file);
		try {
			check.load(new ByteArrayInputStream(renamed.getBytes(StandardCharsets.UTF_8)), Map.of());
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		if (check.getParseResult().hasSyntaxErrors()) {
			throw new IllegalStateException("the new name is a keyword of ALLSTAR-ML here ("
					+ file.lastSegment() + " would not parse); choose another name.");
		}
	}

	/** The elements the new name must not clash with: the same container's, or the package's top-level ones. */
	private Stream<EObject> rivals(EObject element) {
		if (element instanceof Element && element.eContainer() instanceof Model model) {
			return resourceSet.getResources().stream().flatMap(r -> r.getContents().stream())
					.filter(Model.class::isInstance).map(Model.class::cast)
					.filter(other -> java.util.Objects.equals(other.getName(), model.getName()))
					.flatMap(other -> other.getElements().stream());
		}
		return element.eContainer() == null ? Stream.empty() : element.eContainer().eContents().stream();
	}

	private static Optional<String> nameOf(EObject element) {
		if (element instanceof Model) {
			return Optional.empty(); // a package is not renamed here: its files and imports name it too
		}
		var feature = element.eClass().getEStructuralFeature("name");
		return feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == String.class
				&& element.eGet(attribute) instanceof String name && !name.isEmpty() ? Optional.of(name) : Optional.empty();
	}
}

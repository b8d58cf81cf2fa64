// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ops;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.allstar.diagram.edit.TextReplacement;
import org.allstar.diagram.glsp.DiagramSource;
import org.allstar.diagram.glsp.DiagramSources;
import org.allstar.model.Model;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.glsp.server.actions.ActionDispatcher;
import org.eclipse.glsp.server.model.GModelState;
import org.eclipse.glsp.server.types.GLSPServerException;
import org.eclipse.glsp.server.utils.MessageActionUtil;

import com.google.inject.Inject;

/**
 * Turns a diagram operation into a text edit of the session's source: the change is made on a fresh parse of the
 * host's current text and handed back as one replacement. A refused edit (syntax errors in the text, a name taken,
 * a flow to itself) becomes a message in the diagram and no command, so the text stays as it was.
 */
public class TextEdits {

	@Inject
	private DiagramSources sources;

	@Inject
	private GModelState state;

	@Inject
	private ActionDispatcher dispatcher;

	/** The source of this session (the editor's document, or a test's text). */
	public DiagramSource source() {
		String uri = sourceUri();
		return sources.find(uri)
				.orElseThrow(() -> new GLSPServerException("The model of '" + uri + "' was closed."));
	}

	/** The command that applies {@code change} to the text, or none when the edit is refused or changes nothing. */
	public Optional<Command> edit(String label, Consumer<Model> change) {
		return edit(label, change, () -> {
		});
	}

	/**
	 * As {@link #edit(String, Consumer)}, running {@code beforeApply} first when the command runs (a new element's
	 * position is kept before the host re-parses and refreshes, so the refresh puts it where it was dropped).
	 */
	public Optional<Command> edit(String label, Consumer<Model> change, Runnable beforeApply) {
		DiagramSource source = source();
		TextReplacement replacement;
		try {
			replacement = DiagramLanguage.shared().edits().apply(source.text(), URI.createURI(sourceUri()), change);
		} catch (RuntimeException e) {
			refuse(reason(e));
			return Optional.empty();
		}
		if (replacement.length() == 0 && replacement.text().isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new TextEditCommand(label, () -> {
			beforeApply.run();
			source.applyEdit(label, replacement);
		}));
	}

	/**
	 * Runs {@code check} on the host's last parse of all its files (the edited one first); a refusal it throws is
	 * told to the user and makes this false.
	 */
	public boolean allowed(Consumer<List<Model>> check) {
		try {
			check.accept(source().models());
			return true;
		} catch (EditRefused refused) {
			refuse(refused.getMessage());
			return false;
		}
	}

	/** Tells the user, in the diagram, why an edit was not made. */
	public void refuse(String message) {
		dispatcher.dispatch(MessageActionUtil.error(message));
	}

	private String sourceUri() {
		return state.getClientOptions().get(DiagramSources.SOURCE_URI);
	}

	/**
	 * Refusals and the syntax-error check say what to do; anything else is a fault of ours, named as such (the
	 * serializer may wrap a refusal thrown inside the change, hence the walk down the causes).
	 */
	private static String reason(RuntimeException failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof EditRefused || cause instanceof IllegalStateException) {
				return cause.getMessage();
			}
		}
		return "The diagram edit could not be written to the text (" + failure + "); edit the text instead.";
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.preferences;

import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * What the ALLSTAR preference pages share: labelled fields with tooltips and Browse buttons, and validation after
 * every change (the message in the page's header; OK and Apply disabled while a setting is invalid). Pages read and
 * write {@link StudioPreferences} only.
 */
abstract class SettingsPage extends PreferencePage implements IWorkbenchPreferencePage {
	/** Widget data key by which tests find a page's controls: the StudioPreferences key the control edits. */
	static final String KEY = "org.allstar.ui.key";

	@Override
	public void init(IWorkbench workbench) {
	}

	/** What is wrong with the fields as they are, or empty. */
	abstract Optional<String> problem();

	/** Validates; called after every change. */
	final void check() {
		if (getControl() == null) {
			return;
		}
		Optional<String> problem = problem();
		setErrorMessage(problem.orElse(null));
		setValid(problem.isEmpty());
	}

	/** A label and a text field filling the remaining columns but one (for a Browse button or a filler). */
	final Text field(Composite parent, String label, String key, String tooltip) {
		Label caption = new Label(parent, SWT.NONE);
		caption.setText(label);
		caption.setToolTipText(tooltip);
		Text text = new Text(parent, SWT.BORDER);
		text.setToolTipText(tooltip);
		text.setData(KEY, key);
		text.addListener(SWT.Modify, e -> check());
		GridDataFactory.fillDefaults().grab(true, false).hint(250, SWT.DEFAULT).applyTo(text);
		return text;
	}

	/** A "Browse..." button that puts a chosen folder into {@code target}. */
	final void browseFolder(Composite parent, Text target, String message) {
		browse(parent, "B&rowse...", () -> {
			DirectoryDialog dialog = new DirectoryDialog(getShell());
			dialog.setMessage(message);
			dialog.setFilterPath(target.getText());
			return dialog.open();
		}, target);
	}

	/** A "Browse..." button that puts a chosen file into {@code target}. */
	final void browseFile(Composite parent, Text target, String label) {
		browse(parent, label, () -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFileName(target.getText());
			return dialog.open();
		}, target);
	}

	private static void browse(Composite parent, String label, java.util.function.Supplier<String> dialog, Text target) {
		Button button = new Button(parent, SWT.PUSH);
		button.setText(label);
		button.addListener(SWT.Selection, e -> {
			String chosen = dialog.get();
			if (chosen != null) {
				target.setText(chosen);
			}
		});
	}

	/** Stores the text of a field ({@code ""}: the setting's default). */
	static void store(String key, Text field) {
		StudioPreferences.set(key, field.getText());
	}
}

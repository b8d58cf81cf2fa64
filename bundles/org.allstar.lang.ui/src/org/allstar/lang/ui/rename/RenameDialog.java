// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang.ui.rename;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks for the new name of an element, checking it as it is typed (an identifier, not a keyword-like clash, not
 * taken by a sibling); OK stays off while there is a problem, which the dialog shows.
 */
public final class RenameDialog extends InputDialog {

	public RenameDialog(Shell shell, ElementRename rename) {
		super(shell, "Rename " + rename.describe(),
				"&New name for " + rename.describe()
						+ " (every reference in the folder's model files is renamed too; Edit > Undo takes it back):",
				rename.currentName(), text -> text.equals(rename.currentName()) ? "" : rename.problemWith(text).orElse(null));
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.market.ui;

import java.nio.file.Path;

import org.allstar.market.ui.wizards.FeedbackWizard;
import org.allstar.market.ui.wizards.PublishServiceWizard;
import org.allstar.market.ui.wizards.RegisterParticipantWizard;
import org.allstar.market.ui.wizards.SignSlaWizard;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExecutableExtension;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.handlers.HandlerUtil;

/**
 * Opens one of the marketplace wizards on the selected model folder; plugin.xml names which after the class
 * ({@code OpenWizardHandler:sign-sla}).
 */
public final class OpenWizardHandler extends AbstractHandler implements IExecutableExtension {
	private String wizard = "";

	@Override
	public void setInitializationData(IConfigurationElement config, String property, Object data) {
		wizard = data instanceof String s ? s : "";
	}

	@Override
	public Object execute(ExecutionEvent event) {
		Path folder = ModelFolder.of(HandlerUtil.getCurrentSelection(event)).map(IContainer::getLocation)
				.map(l -> l.toPath()).orElse(null);
		new WizardDialog(HandlerUtil.getActiveShell(event), create(wizard, folder)).open();
		return null;
	}

	/** The wizard named {@code name} in plugin.xml, on {@code folder} (may be null). */
	public static IWizard create(String name, Path folder) {
		return switch (name) {
			case "sign-sla" -> new SignSlaWizard(folder);
			case "register" -> new RegisterParticipantWizard();
			case "publish" -> new PublishServiceWizard(folder);
			case "feedback" -> new FeedbackWizard();
			default -> throw new IllegalArgumentException("no marketplace wizard '" + name + "'");
		};
	}
}

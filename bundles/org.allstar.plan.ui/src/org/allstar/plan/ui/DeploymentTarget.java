// SPDX-License-Identifier: EPL-2.0
package org.allstar.plan.ui;

import java.util.regex.Pattern;

import org.allstar.model.Application;
import org.allstar.plan.DeploymentText;
import org.allstar.plan.Plan;
import org.allstar.plan.SectionWriter;

/**
 * Where the plan wizard writes the planned deployment: a new file of its own, or a named section of an existing
 * model file (the deployment of that name is replaced, else appended, as {@code allstar plan --write} does).
 *
 * @param existingText the file's text when writing into an existing file, null for a new file
 */
public record DeploymentTarget(String deploymentName, String existingText) {

	private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

	public boolean newFile() {
		return existingText == null;
	}

	/** What is wrong with the deployment's name for the page, or null. */
	public String nameProblem() {
		if (deploymentName == null || deploymentName.isBlank()) {
			return "Name the deployment.";
		}
		return NAME.matcher(deploymentName).matches() ? null
				: "'" + deploymentName + "' is not a name: use letters, digits and _ and start with a letter.";
	}

	/** The whole text the file will have; throws IllegalArgumentException when the existing file has no package. */
	public String text(Plan plan, Application application) {
		return newFile() ? DeploymentText.file(plan, application, deploymentName, DeploymentText.packageOf(application))
				: SectionWriter.replace(existingText, plan, application, deploymentName);
	}
}

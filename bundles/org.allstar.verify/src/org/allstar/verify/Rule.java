// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify;

import java.util.function.Consumer;

/** One non-functional rule, checked for one deployment at a time. */
public interface Rule {

	void check(DeploymentView deployment, Consumer<Finding> findings);
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup.internal;

/**
 * One class that a start of the studio loaded: the symbolic name of the bundle whose class loader defined it, and
 * the class's binary name.
 */
public record StartupClass(String bundle, String name) {
}

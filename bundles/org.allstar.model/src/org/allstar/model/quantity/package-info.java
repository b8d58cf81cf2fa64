// SPDX-License-Identifier: EPL-2.0
/**
 * Quantities with units (ms, Mbps, GB, EUR/h, ...) shared by every subsystem.
 */
package org.allstar.model.quantity;

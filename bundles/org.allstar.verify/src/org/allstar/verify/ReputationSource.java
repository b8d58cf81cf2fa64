// SPDX-License-Identifier: EPL-2.0
package org.allstar.verify;

import java.math.BigDecimal;
import java.util.Optional;

import org.allstar.model.Provider;

/**
 * Where provider reputations come from: the marketplace reads them from the chain and hands the verifier a source.
 * The verifier never makes a reputation up: without a source, a reputation requirement is reported as not checked.
 */
@FunctionalInterface
public interface ReputationSource {

	/** No chain connected: nothing is known. */
	ReputationSource NONE = provider -> Optional.empty();

	/** The provider's current score from 0 to 1, if known. */
	Optional<BigDecimal> reputationOf(Provider provider);

	/** A short name of the source for messages, such as "chain at http://127.0.0.1:8545". */
	default String describe() {
		return this == NONE ? "no chain connected" : "the reputation source";
	}
}

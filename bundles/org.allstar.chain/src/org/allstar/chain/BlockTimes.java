// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.response.Log;

/** Block timestamps (seconds), each block read once: events are dated by their block. */
final class BlockTimes {
    private final Chain chain;
    private final Map<java.math.BigInteger, Long> times = new HashMap<>();

    BlockTimes(Chain chain) {
        this.chain = chain;
    }

    long of(Log log) {
        return times.computeIfAbsent(log.getBlockNumber(), number -> {
            try {
                return chain.web3j().ethGetBlockByNumber(DefaultBlockParameter.valueOf(number), false).send().getBlock()
                        .getTimestamp().longValueExact();
            } catch (IOException e) {
                throw chain.unreachable(e);
            }
        });
    }
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.web3j.protocol.core.DefaultBlockParameter;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;

/**
 * Event logs of ALLSTAR's contracts, from the block they were deployed in to the latest, read in pages of
 * {@value #PAGE} blocks: public nodes refuse wide eth_getLogs ranges.
 */
final class EventLogs {
    static final long PAGE = 5_000;

    private final Chain chain;
    private final long fromBlock;

    EventLogs(Chain chain, long fromBlock) {
        this.chain = chain;
        this.fromBlock = fromBlock;
    }

    /** The logs of one contract with these topics (event signature first, then indexed arguments). */
    List<Log> of(String address, String... topics) {
        return paged((from, to) -> {
            EthFilter filter = new EthFilter(from, to, address);
            for (String topic : topics) filter.addSingleTopic(topic.startsWith("0x") ? topic : "0x" + topic);
            return filter;
        });
    }

    /** The logs of the filter made for each page (from, to). */
    List<Log> paged(BiFunction<DefaultBlockParameter, DefaultBlockParameter, EthFilter> filter) {
        List<Log> logs = new ArrayList<>();
        long latest = chain.blockNumber();
        for (long from = fromBlock; from <= latest; from += PAGE) {
            logs.addAll(fetch(filter.apply(DefaultBlockParameter.valueOf(BigInteger.valueOf(from)),
                    DefaultBlockParameter.valueOf(BigInteger.valueOf(Math.min(latest, from + PAGE - 1))))));
        }
        return logs;
    }

    private List<Log> fetch(EthFilter filter) {
        try {
            EthLog answer = chain.web3j().ethGetLogs(filter).send();
            if (answer.hasError()) throw new ChainException("cannot read logs: " + answer.getError().getMessage());
            List<Log> logs = new ArrayList<>();
            for (EthLog.LogResult<?> r : answer.getLogs()) logs.add((Log) r.get());
            return logs;
        } catch (IOException e) {
            throw chain.unreachable(e);
        }
    }
}

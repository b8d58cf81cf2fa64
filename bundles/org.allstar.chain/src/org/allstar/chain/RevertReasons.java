// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns revert data into the contracts' custom error names and arguments, e.g. "DoubleVote(0x70...)", from the
 * ABI the build compiled (abi/*.abi in this bundle). Nodes report reverts differently (a mined transaction with
 * status 0, or an error on estimate or call), but all of them carry these bytes.
 */
final class RevertReasons {
    static final List<String> CONTRACTS = List.of("KnowledgeMesh", "WitnessPool", "SlaFactory", "SlaAgreement",
            "MinimalProxy");
    private static final String ERROR_STRING = "08c379a0"; // Error(string), from require(..., "text")
    private static final String PANIC = "4e487b71"; // Panic(uint256)
    private static final RevertReasons INSTANCE = load();

    private record CustomError(String name, List<String> types) {
    }

    private final Map<String, CustomError> bySelector;

    private RevertReasons(Map<String, CustomError> bySelector) {
        this.bySelector = bySelector;
    }

    static RevertReasons get() {
        return INSTANCE;
    }

    /** The error's name, or null when the data is not a known error. */
    String name(String revertData) {
        String hex = Numeric.cleanHexPrefix(revertData == null ? "" : revertData);
        if (hex.length() < 8) return null;
        if (hex.startsWith(ERROR_STRING)) return "Error";
        if (hex.startsWith(PANIC)) return "Panic";
        CustomError error = bySelector.get(hex.substring(0, 8));
        return error == null ? null : error.name();
    }

    /** The error as text, e.g. "WrongValue(5, 7)"; the raw data when the selector is unknown. */
    String describe(String revertData) {
        String hex = Numeric.cleanHexPrefix(revertData == null ? "" : revertData);
        if (hex.length() < 8) return "reverted without a reason";
        if (hex.startsWith(ERROR_STRING)) return "Error(\"" + decodeString(hex.substring(8)) + "\")";
        if (hex.startsWith(PANIC)) return "Panic(0x" + new BigInteger(word(hex.substring(8), 0), 16).toString(16) + ")";
        CustomError error = bySelector.get(hex.substring(0, 8));
        if (error == null) return "reverted with unknown error 0x" + hex;
        List<String> args = new ArrayList<>();
        for (int i = 0; i < error.types().size(); i++) {
            args.add(format(error.types().get(i), word(hex.substring(8), i)));
        }
        return error.name() + "(" + String.join(", ", args) + ")";
    }

    private static String word(String data, int index) {
        int start = index * 64;
        return data.length() >= start + 64 ? data.substring(start, start + 64) : "0".repeat(64);
    }

    private static String format(String type, String word) {
        if (type.equals("address")) return "0x" + word.substring(24);
        if (type.equals("bool")) return Boolean.toString(!new BigInteger(word, 16).equals(BigInteger.ZERO));
        if (type.startsWith("uint") || type.startsWith("int")) return new BigInteger(word, 16).toString();
        return "0x" + word;
    }

    private static String decodeString(String data) {
        try {
            int length = new BigInteger(word(data, 1), 16).intValueExact();
            byte[] bytes = Numeric.hexStringToByteArray(data.substring(128, 128 + 2 * length));
            return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            return "?";
        }
    }

    private static RevertReasons load() {
        Map<String, CustomError> errors = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String contract : CONTRACTS) {
            try (InputStream in = RevertReasons.class.getResourceAsStream("/abi/" + contract + ".abi")) {
                if (in == null) throw new IllegalStateException("abi/" + contract + ".abi is missing from org.allstar.chain");
                for (JsonNode entry : json.readTree(in)) {
                    if (!"error".equals(entry.path("type").asText())) continue;
                    List<String> types = new ArrayList<>();
                    entry.path("inputs").forEach(input -> types.add(input.path("type").asText()));
                    String signature = entry.path("name").asText() + "(" + String.join(",", types) + ")";
                    String selector = Numeric.cleanHexPrefix(Hash.sha3String(signature)).substring(0, 8);
                    errors.put(selector, new CustomError(entry.path("name").asText(), types));
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the ABI of " + contract, e);
            }
        }
        return new RevertReasons(Map.copyOf(errors));
    }
}

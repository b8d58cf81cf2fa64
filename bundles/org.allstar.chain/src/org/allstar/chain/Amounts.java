// SPDX-License-Identifier: EPL-2.0
package org.allstar.chain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts of ether as users write them (command line, wizards): "0.5ETH", "0.5 ETH", "20 gwei", "1000 wei", "2 finney". */
public final class Amounts {
    private static final Pattern AMOUNT = Pattern.compile("\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([A-Za-z]*)\\s*");
    private static final BigDecimal ETHER = new BigDecimal(BigInteger.TEN.pow(18));

    private Amounts() {
    }

    public static BigInteger wei(String text) {
        Matcher m = AMOUNT.matcher(text);
        if (!m.matches()) throw new IllegalArgumentException("not an amount: '" + text + "' (e.g. 0.5ETH, 20gwei, 1000wei)");
        BigDecimal value = new BigDecimal(m.group(1));
        int exponent = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "eth", "ether", "" -> 18;
            case "finney" -> 15;
            case "gwei" -> 9;
            case "wei" -> 0;
            default -> throw new IllegalArgumentException("unknown unit '" + m.group(2) + "' in " + text + " (ETH, finney, gwei, wei)");
        };
        BigDecimal wei = value.movePointRight(exponent);
        if (wei.stripTrailingZeros().scale() > 0) throw new IllegalArgumentException(text + " is not a whole number of wei");
        return wei.toBigIntegerExact();
    }

    public static String ether(BigInteger wei) {
        return new BigDecimal(wei).divide(ETHER).setScale(6, RoundingMode.DOWN).stripTrailingZeros().toPlainString() + " ETH";
    }

    /** A percentage ("99.95", "99.95 %") in basis points (9995), as the contracts store availability. */
    public static int basisPoints(String percent) {
        try {
            return new BigDecimal(percent.replace("%", "").trim()).movePointRight(2).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new IllegalArgumentException("not a percentage with at most two decimals: '" + percent + "'");
        }
    }
}

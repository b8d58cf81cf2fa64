// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.chain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A command line of positionals, "--name value" options and "--flag" switches, checked against what is known. */
final class Args {
    private final List<String> positionals = new ArrayList<>();
    private final Map<String, String> options = new HashMap<>();

    Args(List<String> args, Set<String> valued, Set<String> switches) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.startsWith("--")) {
                String name = a.substring(2);
                if (switches.contains(name)) {
                    options.put(name, "true");
                } else if (valued.contains(name)) {
                    if (i + 1 >= args.size()) throw new IllegalArgumentException(a + " needs a value");
                    options.put(name, args.get(++i));
                } else {
                    throw new IllegalArgumentException("unknown option " + a);
                }
            } else {
                positionals.add(a);
            }
        }
    }

    List<String> positionals() {
        return positionals;
    }

    String positional(int index, String what) {
        if (index >= positionals.size()) throw new IllegalArgumentException("missing " + what);
        return positionals.get(index);
    }

    String get(String name) {
        return options.get(name);
    }

    String get(String name, String fallback) {
        return options.getOrDefault(name, fallback);
    }

    String required(String name) {
        String v = options.get(name);
        if (v == null) throw new IllegalArgumentException("missing --" + name);
        return v;
    }

    boolean has(String name) {
        return options.containsKey(name);
    }
}

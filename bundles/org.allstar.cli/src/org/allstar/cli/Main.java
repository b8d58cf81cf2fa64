// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli;

import java.io.PrintStream;
import java.util.Arrays;

/**
 * The {@code allstar} command: dispatches a sub-command and returns its exit status.
 * <p>
 * Exit status: 0 success, 1 the command found problems (for example validation errors),
 * 2 the command line was wrong.
 */
public final class Main {

	public static final int OK = 0;
	public static final int PROBLEMS = 1;
	public static final int USAGE = 2;

	public static void main(String[] args) {
		System.exit(new Main().run(args, System.out, System.err));
	}

	/** Runs one command line, writing results to {@code out} and diagnostics about the run to {@code err}. */
	public int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			usage(err);
			return USAGE;
		}
		String[] rest = Arrays.copyOfRange(args, 1, args.length);
		switch (args[0]) {
		case "version", "--version" -> {
			out.println("allstar " + BundleVersion.of(Main.class));
			return OK;
		}
		case "validate" -> {
			return new ValidateCommand().run(rest, out, err);
		}
		case "help", "--help", "-h" -> {
			usage(out);
			return OK;
		}
		default -> {
			err.println("allstar: unknown command '" + args[0] + "'");
			usage(err);
			return USAGE;
		}
		}
	}

	private static void usage(PrintStream stream) {
		stream.println("usage: allstar <command> [arguments]");
		stream.println("commands:");
		stream.println("  version               print the version");
		stream.println("  validate <file>...    check ALLSTAR-ML files, one line per issue:");
		stream.println("                        file:line:col: severity: code: message");
		stream.println("  studio [workspace]    start the IDE (handled by the ./allstar script)");
	}
}

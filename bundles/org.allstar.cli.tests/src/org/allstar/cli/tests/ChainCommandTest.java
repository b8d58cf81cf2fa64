// SPDX-License-Identifier: EPL-2.0
package org.allstar.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.allstar.cli.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chain commands as users run them, on the workspace's own local chain (a real anvil the command starts):
 * keys, the knowledge mesh, an SLA of the MOG example from consent to settlement with witnesses, withdrawal,
 * reputation, discovery, and a restart that keeps everything.
 */
class ChainCommandTest {
	private ByteArrayOutputStream out = new ByteArrayOutputStream();
	private ByteArrayOutputStream err = new ByteArrayOutputStream();

	@TempDir
	Path dir;

	private Path workspace;
	private Path password;

	private int run(String... args) {
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		List<String> all = new ArrayList<>(Arrays.asList(args));
		all.addAll(List.of("--workspace", workspace.toString(), "--password-file", password.toString()));
		return new Main().run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@AfterEach
	void stopTheChain() {
		if (workspace != null) run("chain", "stop");
	}

	@Test
	void anSlaOfTheMogExampleFromConsentToSettlement() throws IOException {
		workspace = dir.resolve("workspace");
		password = Files.writeString(dir.resolve("password"), "correct horse battery\n");
		assertEquals(Main.OK, run("chain", "start"), err());
		assertTrue(out().contains("sla factory: 0x"), out());
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			assertEquals(Main.OK, run("account", "new"), err());
			keys.add(out().strip());
		}
		String provider = keys.get(0);
		String customer = keys.get(1);
		Path mog = mogWithWallets(provider, customer);

		assertEquals(Main.OK, run("market", "register", "--roles", "provider", "--name", "AwsFrankfurt", "--from", "1"), err());
		assertEquals(Main.OK, run("market", "register", "--roles", "customer", "--name", "MogMedia", "--from", "2"), err());
		assertEquals(Main.OK, run("market", "publish", "aws-gpu", "--description", mog.resolve("providers.allstar").toString(),
				"--endpoint", "https://aws.example/api", "--price", "0.5ETH", "--availability", "99.95", "--from", "1"), err());
		for (int w = 3; w <= 5; w++) {
			assertEquals(Main.OK, run("witness", "join", "--from", Integer.toString(w)), err());
		}

		assertEquals(Main.USAGE, run("sla", "propose", "LiveStoryGold", mog.toString(), "--from", "2"), err());
		assertTrue(err().contains("--provider"), err());
		assertEquals(Main.PROBLEMS, run("sla", "propose", "LiveStoryGold", mog.toString(), "--provider", "AwsFrankfurt",
				"--from", "2"), err());
		assertTrue(err().contains("exchange rate"), err());

		assertEquals(Main.OK, run("sla", "consent", "LiveStoryGold", mog.toString(), "--provider", "AwsFrankfurt",
				"--eur-per-eth", "3000", "--from", "1"), err());
		String consent = out().strip();
		assertTrue(consent.matches("0x[0-9a-f]{130}"), consent);
		assertEquals(Main.OK, run("sla", "propose", "LiveStoryGold", mog.toString(), "--provider", "AwsFrankfurt",
				"--eur-per-eth", "3000", "--consent", consent, "--from", "2"), err());
		assertTrue(out().contains("phase: active"), out());
		String agreement = find("agreement (0x[0-9a-fA-F]{40})", out());
		List<String> committee = Arrays.asList(find("committee \\(quorum 2 of 3\\): (.*)", out()).split(", "));

		for (int seat = 0; seat < 2; seat++) {
			String from = Integer.toString(keys.indexOf(committee.get(seat)) + 1);
			assertEquals(Main.OK, run("witness", "tasks", "--from", from), err());
			assertTrue(out().contains("to report"), out());
			assertEquals(Main.OK, run("witness", "report", agreement, "--violated", "--from", from), err());
		}
		String third = Integer.toString(keys.indexOf(committee.get(2)) + 1);
		assertEquals(Main.OK, run("witness", "report", agreement, "--met", "--from", third), err());
		String first = Integer.toString(keys.indexOf(committee.get(0)) + 1);
		assertEquals(Main.PROBLEMS, run("witness", "report", agreement, "--violated", "--from", "2"), err());
		assertTrue(err().contains("not on the committee"), err());
		assertEquals(Main.OK, run("witness", "reveal", agreement, "--from", first), err());
		assertTrue(out().contains("phase: active"), out());
		assertEquals(Main.OK, run("witness", "reveal", agreement, "--from", Integer.toString(keys.indexOf(committee.get(1)) + 1)), err());
		assertTrue(out().contains("phase: settled") && out().contains("violation confirmed"), out());

		assertEquals(Main.OK, run("sla", "withdraw", agreement, "--from", "2"), err());
		assertEquals(Main.OK, run("sla", "withdraw", agreement, "--from", "2"), err());
		assertTrue(out().contains("already done: transaction 0x"), "the journal knows it was withdrawn: " + out());
		assertEquals(Main.OK, run("sla", "withdraw", agreement, "--from", "1"), err());

		assertEquals(Main.OK, run("reputation", "AwsFrankfurt"), err());
		assertTrue(out().contains("reputation 0.3333"), out());
		assertTrue(out().contains("violation confirmed in"), out());
		assertEquals(Main.OK, run("market", "find", "--kind", "cloud", "--accelerator", "gpu"), err());
		assertTrue(out().startsWith("aws-gpu by AwsFrankfurt: 0.5 ETH"), out());
		assertEquals(Main.PROBLEMS, run("market", "find", "--kind", "edge"), err());

		// the planner takes provider reputations from the chain: LiveStory asks for 0.7; AwsFrankfurt now has
		// 0.3333 and the other providers no history (0.5), so no node qualifies and the conflict says why
		out = new ByteArrayOutputStream();
		err = new ByteArrayOutputStream();
		assertEquals(Main.PROBLEMS, new Main().run(new String[] {"plan", "LiveStory", mog.toString(), "--time-limit", "10s",
				"--chain", workspace.toString()}, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8)), out() + err());
		assertTrue(out().startsWith("status: infeasible"), out());
		assertTrue(out().contains("needs a provider with a reputation of at least 0.7"), out());

		// a restart keeps the contracts and the agreement
		assertEquals(Main.OK, run("chain", "stop"), err());
		assertEquals(Main.PROBLEMS, run("chain", "status"), err());
		assertTrue(out().contains("not running"), out());
		assertEquals(Main.OK, run("sla", "show", agreement), err());
		assertTrue(out().contains("phase: settled"), out());
		assertTrue(err().contains("started the local chain"), err());
	}

	@Test
	void aWrongCommandLineSaysWhatIsExpected() throws IOException {
		workspace = dir.resolve("workspace");
		password = Files.writeString(dir.resolve("password"), "x\n");
		assertEquals(Main.USAGE, run("sla"), err());
		assertTrue(err().contains("usage: allstar sla"), err());
		assertEquals(Main.USAGE, run("witness", "report", "0x1", "--bogus"), err());
		assertTrue(err().contains("unknown option --bogus"), err());
		assertEquals(Main.USAGE, run("market", "publish", "svc", "--price", "3 dollars", "--description", "x",
				"--endpoint", "y", "--availability", "99"), err());
		assertEquals(Main.PROBLEMS, run("sla", "show", "0x1"), err());
		assertEquals(Main.PROBLEMS, run("chain", "status", "--rpc", "http://127.0.0.1:9"), err());
		assertTrue(err().contains("no Ethereum node answers"), err());
	}

	private Path mogWithWallets(String provider, String customer) throws IOException {
		Path copy = dir.resolve("mog");
		Files.createDirectories(copy);
		try (Stream<Path> files = Files.list(Repository.examples().resolve("mog-live"))) {
			for (Path file : files.toList()) {
				String text = Files.readString(file);
				text = replaceWallet(text, "provider AwsFrankfurt", provider);
				text = replaceWallet(text, "participant MogMedia", customer);
				Files.writeString(copy.resolve(file.getFileName()), text);
			}
		}
		return copy;
	}

	private static String replaceWallet(String text, String owner, String wallet) {
		int at = text.indexOf(owner);
		if (at < 0) return text;
		int w = text.indexOf("wallet ", at) + "wallet ".length();
		return text.substring(0, w) + wallet + text.substring(w + 42);
	}

	private static String find(String regex, String text) {
		Matcher m = Pattern.compile(regex).matcher(text);
		assertTrue(m.find(), regex + " in " + text);
		return m.group(1);
	}
}

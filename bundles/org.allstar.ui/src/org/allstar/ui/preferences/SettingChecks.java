// SPDX-License-Identifier: EPL-2.0
package org.allstar.ui.preferences;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What makes a setting valid, as a message the user can act on (empty: valid). The preference pages show these
 * messages; an empty text means "the default" wherever a default exists.
 */
public final class SettingChecks {
	/** The certificate files the Docker client needs for an engine reached over TLS. */
	public static final List<String> CERTIFICATE_FILES = List.of("ca.pem", "cert.pem", "key.pem");

	private SettingChecks() {
	}

	/** A JSON-RPC endpoint: http(s) or ws(s) with a host. */
	public static Optional<String> chainUrl(String text) {
		if (text.isBlank()) {
			return Optional.of("Enter the JSON-RPC URL of the chain, e.g. http://127.0.0.1:8545, or choose the local chain.");
		}
		if (!text.contains("://")) {
			return Optional.of("The chain URL must start with http://, https://, ws:// or wss:// (it is '" + text.strip() + "').");
		}
		try {
			URI uri = new URI(text.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
			if (!List.of("http", "https", "ws", "wss").contains(scheme)) {
				return Optional.of("The chain URL must start with http://, https://, ws:// or wss:// (it is '" + text.strip() + "').");
			}
			if (uri.getHost() == null || uri.getHost().isEmpty()) {
				return Optional.of("The chain URL names no host: " + text.strip());
			}
			return Optional.empty();
		} catch (URISyntaxException e) {
			return Optional.of("The chain URL is not a URL: " + e.getMessage());
		}
	}

	/** Empty (the workspace's keystore) or an absolute path that is a folder or can become one. */
	public static Optional<String> keystoreFolder(String text) {
		if (text.isBlank()) {
			return Optional.empty();
		}
		return absolutePath(text, "keystore folder").or(() -> {
			Path path = Path.of(text.strip());
			return Files.exists(path) && !Files.isDirectory(path)
					? Optional.of("The keystore folder " + path + " is a file; choose a folder.")
					: Optional.empty();
		});
	}

	/** Empty (the default) or a folder with ca.pem, cert.pem and key.pem. */
	public static Optional<String> certificateFolder(String text) {
		if (text.isBlank()) {
			return Optional.empty();
		}
		return absolutePath(text, "certificate folder").or(() -> {
			Path folder = Path.of(text.strip());
			if (!Files.isDirectory(folder)) {
				return Optional.of("The certificate folder " + folder + " does not exist.");
			}
			for (String file : CERTIFICATE_FILES) {
				if (!Files.isReadable(folder.resolve(file))) {
					return Optional.of("The certificate folder " + folder + " has no readable " + file
							+ "; it needs ca.pem, cert.pem and key.pem (as docker --tlsverify does).");
				}
			}
			return Optional.empty();
		});
	}

	/** Empty (KUBECONFIG or ~/.kube/config) or a readable file. */
	public static Optional<String> kubeconfig(String text) {
		if (text.isBlank()) {
			return Optional.empty();
		}
		return absolutePath(text, "kubeconfig").or(() -> {
			Path file = Path.of(text.strip());
			return Files.isRegularFile(file) && Files.isReadable(file) ? Optional.empty()
					: Optional.of("The kubeconfig " + file + " is not a readable file.");
		});
	}

	/** Whole seconds from 1 to 3600. */
	public static Optional<String> timeLimit(String text) {
		try {
			int seconds = Integer.parseInt(text.strip());
			return seconds >= 1 && seconds <= 3600 ? Optional.empty()
					: Optional.of("The planner's time limit must be 1 to 3600 seconds (it is " + seconds + ").");
		} catch (NumberFormatException e) {
			return Optional.of("The planner's time limit must be a whole number of seconds (it is '" + text.strip() + "').");
		}
	}

	private static Optional<String> absolutePath(String text, String what) {
		try {
			return Path.of(text.strip()).isAbsolute() ? Optional.empty()
					: Optional.of("The " + what + " must be an absolute path (it is '" + text.strip() + "').");
		} catch (InvalidPathException e) {
			return Optional.of("The " + what + " is not a valid path: " + e.getMessage());
		}
	}
}

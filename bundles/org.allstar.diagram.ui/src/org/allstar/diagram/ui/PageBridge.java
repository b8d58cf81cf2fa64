// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;

import com.google.gson.Gson;

/**
 * The page's two ways to Java: {@code window.glspSend} (GLSP's JSON-RPC messages, to the server) and
 * {@code window.allstarEvent} (the page's own news: loaded, selection, error). Java reaches the page with
 * {@code window.glspReceive} through {@link Browser#execute}, always posted: a BrowserFunction runs on the UI thread
 * inside the page's call, where executing script again is not allowed.
 */
final class PageBridge {

	private static final Gson GSON = new Gson();

	private final Browser browser;
	private volatile boolean loaded;
	private volatile String error;
	private Consumer<List<String>> selection = ids -> {
	};

	PageBridge(Browser browser, String clientId, DiagramServer server) {
		this.browser = browser;
		Consumer<String> toServer = server.connect(clientId, this::toPage);
		new BrowserFunction(browser, "glspSend") {
			@Override
			public Object function(Object[] arguments) {
				toServer.accept((String) arguments[0]);
				return null;
			}
		};
		new BrowserFunction(browser, "allstarEvent") {
			@Override
			public Object function(Object[] arguments) {
				event((String) arguments[0], (String) arguments[1]);
				return null;
			}
		};
	}

	/** JSON is a JavaScript literal, so a message is passed as it is. Any thread. */
	private void toPage(String json) {
		if (browser.isDisposed()) {
			return;
		}
		browser.getDisplay().asyncExec(() -> {
			if (!browser.isDisposed()) {
				browser.execute("window.glspReceive(" + json + ");");
			}
		});
	}

	private void event(String kind, String payload) {
		switch (kind) {
		case "loaded" -> loaded = true;
		case "error" -> error = payload;
		case "selection" -> selection.accept(List.of(GSON.fromJson(payload, String[].class)));
		default -> {
			// a newer page's news this editor does not know: nothing to do
		}
		}
	}

	void onSelection(Consumer<List<String>> listener) {
		this.selection = listener;
	}

	boolean loaded() {
		return loaded;
	}

	String error() {
		return error;
	}
}

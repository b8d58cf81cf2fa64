// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.ui;

import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.allstar.diagram.glsp.DiagramServer;
import org.allstar.diagram.glsp.OpeningTimes;
import org.eclipse.core.runtime.ILog;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.browser.BrowserFunction;

import com.google.gson.Gson;

/**
 * The page's two ways to Java: {@code window.glspSend} (GLSP's JSON-RPC messages, to the server) and
 * {@code window.allstarEvent} (the page's own news: loaded, selection, error). Java reaches the page with
 * {@code window.glspReceive} through {@link Browser#execute}, always posted: a BrowserFunction runs on the UI thread
 * inside the page's call, where executing script again is not allowed. The messages that wait for the UI thread go
 * in one script: each {@code execute} waits for the page to run it, and the server sends several at once (status,
 * progress, the model, dirty state, type hints), which one by one kept the model from the page for 50-100 ms of an
 * open (docs/benchmarks.md, "Opening in the IDE").
 */
final class PageBridge {

	private static final Gson GSON = new Gson();

	private static final ILog LOG = ILog.of(PageBridge.class);

	private final Browser browser;
	private final String clientId;
	private final DiagramServer server;
	/** The page's messages to the server: the connection of whoever holds the page (the pool's, then an editor's). */
	private volatile Consumer<String> toServer;
	private volatile OpeningTimes times;
	private final List<String> consoleErrors = new CopyOnWriteArrayList<>();
	/** Messages for the page, oldest first, and whether a UI task to send them is already posted. */
	private final Queue<String> outbox = new ConcurrentLinkedQueue<>();
	private final AtomicBoolean sendPosted = new AtomicBoolean();
	/** The export asked of the page and not answered yet. */
	private final AtomicReference<CompletableFuture<String>> svg = new AtomicReference<>();
	private volatile boolean loaded;
	private volatile boolean ready;
	private volatile String error;
	private Consumer<List<String>> selection = ids -> {
	};
	private Runnable onReady = () -> {
	};
	private Runnable onLoaded = () -> {
	};

	PageBridge(Browser browser, String clientId, DiagramServer server, OpeningTimes times) {
		this.browser = browser;
		this.clientId = clientId;
		this.server = server;
		this.times = times;
		this.toServer = server.connect(clientId, this::toPage, times);
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

	/**
	 * Hands a spare page to the editor that took it (UI thread): the server's connection of this client id is made
	 * again with the editor's opening times (DiagramServer keeps the latest connection of a client id), so that the
	 * server's steps of this opening go to the editor. The page only initialized the server so far, and that answer
	 * came before the page was ready, so nothing of the first connection is still under way.
	 */
	void handTo(OpeningTimes editorTimes) {
		times = editorTimes;
		toServer = server.connect(clientId, this::toPage, editorTimes);
	}

	/** The opening times this page's steps go to: the pool's while it is a spare, then its editor's. */
	OpeningTimes times() {
		return times;
	}

	/** Ends the page's server connection and any session of its client id (a spare nobody took). */
	void disconnect() {
		server.disconnect(clientId);
	}

	/** A message for the page, sent with any others that wait with it (any thread). */
	private void toPage(String json) {
		if (browser.isDisposed()) {
			return;
		}
		outbox.add(json);
		if (sendPosted.compareAndSet(false, true)) {
			browser.getDisplay().asyncExec(this::sendWaiting);
		}
	}

	/** Every waiting message in one script, in order (UI thread). JSON is a JavaScript literal: passed as it is. */
	private void sendWaiting() {
		// cleared first: a message added while this runs posts a new task, so none is left behind
		sendPosted.set(false);
		StringBuilder script = new StringBuilder();
		for (String json = outbox.poll(); json != null; json = outbox.poll()) {
			// one message that fails must not keep the others from the page; the page's console reaches the log
			script.append("try { window.glspReceive(").append(json).append("); } catch (e) { console.error(e); }\n");
		}
		if (!script.isEmpty() && !browser.isDisposed()) {
			browser.execute(script.toString());
		}
	}

	private void event(String kind, String payload) {
		switch (kind) {
		case "loaded" -> {
			loaded = true;
			onLoaded.run();
		}
		case "ready" -> {
			ready = true;
			onReady.run();
		}
		case "error" -> error = payload;
		case "selection" -> selection.accept(List.of(GSON.fromJson(payload, String[].class)));
		case "mark" -> mark(GSON.fromJson(payload, PageSteps.class));
		case "console-error", "console-warn" -> logConsole(kind, payload);
		case "svg" -> {
			CompletableFuture<String> waiting = svg.getAndSet(null);
			if (waiting != null) {
				waiting.complete(payload);
			}
		}
		default -> {
			// a newer page's news this editor does not know: nothing to do
		}
		}
	}

	/**
	 * Steps of the page's opening (bridge.ts), told now with the page's clock now: the page's call is synchronous, so
	 * each step's time here is now less its distance on the page's clock (steps the page could not tell at once too).
	 */
	private void mark(PageSteps told) {
		long now = System.nanoTime();
		told.steps.forEach((step, pageMs) -> times.mark("page " + step, now - Math.round((told.pageMs - pageMs) * 1e6)));
	}

	/** The page's clock when it told, and its steps at their times on that clock. */
	private static final class PageSteps {
		double pageMs;
		Map<String, Double> steps = Map.of();
	}

	/** What GLSP's client wrote to the console, which an SWT Browser does not show: into the workbench's log. */
	private void logConsole(String kind, String payload) {
		String message = "Diagram page (" + clientId + "): " + payload;
		if (kind.equals("console-error")) {
			consoleErrors.add(payload);
			LOG.error(message);
		} else {
			LOG.warn(message);
		}
	}

	/** The errors the page's console showed so far (a test names them when the drawing does not come). */
	List<String> consoleErrors() {
		return List.copyOf(consoleErrors);
	}

	/**
	 * Asks the page for the diagram's SVG (UI thread). GLSP renders it in its hidden view and sends it back as an
	 * event; a second request while one is open answers both.
	 */
	CompletableFuture<String> svg() {
		CompletableFuture<String> answer = new CompletableFuture<>();
		CompletableFuture<String> open = svg.getAndSet(answer);
		if (open != null) {
			answer.whenComplete((text, failure) -> open.complete(text));
		}
		if (!browser.execute("window.allstar.exportSvg();")) {
			svg.compareAndSet(answer, null);
			answer.completeExceptionally(new IllegalStateException(
					"The diagram page is not ready to export (it is still loading or failed to load); try again."));
		}
		return answer;
	}

	void onSelection(Consumer<List<String>> listener) {
		this.selection = listener;
	}

	/** What to do once the page drew its first diagram (UI thread). */
	void onLoaded(Runnable listener) {
		this.onLoaded = listener;
	}

	/** What to do once a spare page is ready to be told its diagram (UI thread). */
	void onReady(Runnable listener) {
		this.onReady = listener;
	}

	/** Whether this page is a spare, ready to be told its diagram ({@code window.allstarOpen}). */
	boolean ready() {
		return ready;
	}

	String clientId() {
		return clientId;
	}

	boolean loaded() {
		return loaded;
	}

	String error() {
		return error;
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.diagram.glsp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.eclipse.glsp.server.actions.ActionMessage;
import org.eclipse.glsp.server.di.ServerModule;
import org.eclipse.glsp.server.gson.ServerGsonConfigurator;
import org.eclipse.glsp.server.protocol.GLSPClient;
import org.eclipse.glsp.server.protocol.GLSPServer;
import org.eclipse.glsp.server.session.ClientSessionManager;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.json.JsonRpcMethod;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;
import org.eclipse.lsp4j.jsonrpc.messages.NotificationMessage;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.services.ServiceEndpoints;

import com.google.inject.Guice;
import com.google.inject.Injector;

/**
 * A GLSP server in process (the IDE's diagram editors hold one): one injector with both diagram modules and one
 * shared {@link DiagramSources}. GLSP's server object is a singleton of its injector and talks to one client, so each
 * editor's page gets its own JSON-RPC endpoint and the server's messages are routed to the page by client session
 * id (each editor has its own).
 */
public final class DiagramServer {

	private final DiagramSources sources = new DiagramSources();
	private final Injector injector;
	private final GLSPServer server;
	private final Map<String, GLSPClient> pages = new ConcurrentHashMap<>();
	private final Map<String, OpeningTimes> openings = new ConcurrentHashMap<>();
	private final Map<String, JsonRpcMethod> methods = new LinkedHashMap<>();
	/** Where a failed request's cause goes (the workbench's log in the IDE), with the client session it failed. */
	private final BiConsumer<String, Throwable> failures;

	/**
	 * A server whose failed requests go to {@code failures} (GLSP's own log4j output has no provider in the
	 * workbench).
	 */
	public DiagramServer(BiConsumer<String, Throwable> failures) {
		this.failures = failures;
		injector = Guice.createInjector(new ServerModule()
				.configureDiagramModule(new ApplicationDiagramModule())
				.configureDiagramModule(new InfrastructureDiagramModule()),
				binder -> binder.bind(DiagramSources.class).toInstance(sources));
		server = injector.getInstance(GLSPServer.class);
		methods.putAll(ServiceEndpoints.getSupportedMethods(GLSPServer.class));
		methods.putAll(ServiceEndpoints.getSupportedMethods(GLSPClient.class));
		server.connect(new Router());
	}

	public DiagramSources sources() {
		return sources;
	}

	/**
	 * Connects the page of client session {@code clientId}: {@code toPage} gets each message for it as JSON; the
	 * returned consumer takes the page's messages as JSON. {@code times} gets when the server first received and
	 * first sent each kind of action of this session.
	 */
	public Consumer<String> connect(String clientId, Consumer<String> toPage, OpeningTimes times) {
		MessageJsonHandler json = new MessageJsonHandler(methods,
				injector.getInstance(ServerGsonConfigurator.class)::configureGsonBuilder);
		RemoteEndpoint endpoint = new RemoteEndpoint(message -> toPage.accept(json.serialize(message)),
				ServiceEndpoints.toEndpoint(server), failure -> failed(clientId, failure));
		json.setMethodProvider(endpoint);
		pages.put(clientId, ServiceEndpoints.toServiceObject(endpoint, GLSPClient.class));
		openings.put(clientId, times);
		return message -> {
			Message parsed = json.parseMessage(message);
			if (parsed instanceof NotificationMessage notification
					&& notification.getParams() instanceof ActionMessage action) {
				times.mark("server received " + action.getAction().getKind());
			}
			endpoint.consume(parsed);
		};
	}

	/** A request of the page that the server failed: the page gets the error as its answer, {@code failures} the cause. */
	private ResponseError failed(String clientId, Throwable failure) {
		failures.accept(clientId, failure);
		return RemoteEndpoint.DEFAULT_EXCEPTION_HANDLER.apply(failure);
	}

	/** Ends the session of {@code clientId} (its editor closed) and forgets its page. */
	public void disconnect(String clientId) {
		pages.remove(clientId);
		openings.remove(clientId);
		injector.getInstance(ClientSessionManager.class).disposeClientSession(clientId);
	}

	/** Redraws the diagram of {@code clientId} from its source (on GLSP's thread); nothing when it has no session yet. */
	public void refresh(String clientId) {
		injector.getInstance(ClientSessionManager.class).getSession(clientId)
				.ifPresent(session -> session.getActionDispatcher().dispatch(new RefreshDiagramAction()));
	}

	/** The one client GLSP knows: hands each message to the page of its session. */
	private final class Router implements GLSPClient {
		@Override
		public void process(ActionMessage message) {
			GLSPClient page = pages.get(message.getClientId());
			OpeningTimes times = openings.get(message.getClientId());
			if (times != null) {
				times.mark("server sends " + message.getAction().getKind());
			}
			if (page != null) {
				page.process(message);
			}
		}
	}
}

// SPDX-License-Identifier: EPL-2.0
package org.allstar.startup.internal;

import java.util.Dictionary;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/** The installed bundles as {@link ClassPreloader.Source}s; a fragment's classes are its host's. */
public final class BundleSources implements Function<String, ClassPreloader.Source> {
	private final Map<String, Bundle> bundles = new HashMap<>();
	/** One source per bundle, asked for by the preloader's one thread for each of its thousands of classes. */
	private final Map<String, BundleSource> sources = new HashMap<>();

	public BundleSources(BundleContext context) {
		for (Bundle bundle : context.getBundles()) {
			if (bundle.getBundleId() != 0 && bundle.getSymbolicName() != null) {
				bundles.putIfAbsent(bundle.getSymbolicName(), bundle);
			}
		}
	}

	@Override
	public ClassPreloader.Source apply(String symbolicName) {
		if (ClassList.JDK.equals(symbolicName)) {
			return JDK;
		}
		Bundle bundle = bundles.get(symbolicName);
		return bundle == null ? null : sources.computeIfAbsent(symbolicName, name -> new BundleSource(bundle));
	}

	/** The JDK's modules, through the platform class loader (which asks the boot loader first). */
	private static final ClassPreloader.Source JDK = new ClassPreloader.Source() {
		@Override
		public boolean ready() {
			return true;
		}

		@Override
		public void load(String className) throws ClassNotFoundException {
			Class.forName(className, false, ClassLoader.getPlatformClassLoader());
		}
	};

	/** Whether the bundle starts when its first class is loaded (OSGi's lazy policy or Eclipse's older headers). */
	static boolean startsLazily(Bundle bundle) {
		Dictionary<String, String> headers = bundle.getHeaders("");
		String policy = headers.get(Constants.BUNDLE_ACTIVATIONPOLICY);
		return policy != null && policy.trim().startsWith(Constants.ACTIVATION_LAZY)
				|| startsWithTrue(headers.get("Eclipse-LazyStart")) || startsWithTrue(headers.get("Eclipse-AutoStart"));
	}

	private static boolean startsWithTrue(String header) {
		return header != null && header.trim().toLowerCase(java.util.Locale.ROOT).startsWith("true");
	}

	/** A bundle; its host and whether that starts lazily are looked up once, when the host is known. */
	private static final class BundleSource implements ClassPreloader.Source {
		private final Bundle bundle;
		private Bundle host;
		private boolean lazy;

		BundleSource(Bundle bundle) {
			this.bundle = bundle;
		}

		@Override
		public boolean ready() {
			Bundle loader = host();
			int state = loader.getState();
			if (lazy) {
				return state == Bundle.ACTIVE;
			}
			return state == Bundle.RESOLVED || state == Bundle.STARTING || state == Bundle.ACTIVE;
		}

		@Override
		public void load(String className) throws ClassNotFoundException {
			host().loadClass(className);
		}

		private Bundle host() {
			if (host == null) {
				Bundle found = findHost();
				if (found == null) {
					// a fragment not attached yet: treated as its own bundle (not ready) and looked up again
					return bundle;
				}
				host = found;
				lazy = startsLazily(found);
			}
			return host;
		}

		private Bundle findHost() {
			BundleRevision revision = bundle.adapt(BundleRevision.class);
			if (revision == null || (revision.getTypes() & BundleRevision.TYPE_FRAGMENT) == 0) {
				return bundle;
			}
			BundleWiring wiring = bundle.adapt(BundleWiring.class);
			if (wiring != null) {
				for (BundleWire wire : wiring.getRequiredWires(HostNamespace.HOST_NAMESPACE)) {
					return wire.getProvider().getBundle();
				}
			}
			return null;
		}
	}
}

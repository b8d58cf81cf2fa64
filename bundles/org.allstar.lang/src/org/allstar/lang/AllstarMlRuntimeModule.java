// SPDX-License-Identifier: EPL-2.0
package org.allstar.lang;

import org.allstar.lang.conversion.AllstarMlValueConverters;
import org.allstar.lang.linking.UnresolvedReferenceMessages;
import org.allstar.lang.scoping.PackageAwareImportScopeProvider;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.scoping.IScopeProvider;
import org.eclipse.xtext.scoping.impl.AbstractDeclarativeScopeProvider;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/**
 * The runtime services of ALLSTAR-ML. Bindings, each overridable on its own:
 * <ul>
 * <li>{@link #bindIValueConverterService()}: numbers, percentiles, wallet addresses, names</li>
 * <li>{@link #configureIScopeProviderDelegate(Binder)}: imports, with the file's own package imported implicitly</li>
 * <li>{@link #bindILinkingDiagnosticMessageProvider()}: unresolved references with a stable code and a hint</li>
 * </ul>
 */
public class AllstarMlRuntimeModule extends AbstractAllstarMlRuntimeModule {

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return AllstarMlValueConverters.class;
	}

	@Override
	public void configureIScopeProviderDelegate(Binder binder) {
		binder.bind(IScopeProvider.class).annotatedWith(Names.named(AbstractDeclarativeScopeProvider.NAMED_DELEGATE))
				.to(PackageAwareImportScopeProvider.class);
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return UnresolvedReferenceMessages.class;
	}
}
